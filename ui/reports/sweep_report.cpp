#include "reports/sweep_report.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>

#include "models/csv_text.h"
#include "models/sweep_trial_model.h"
#include "sweep/sweep_spec.h"
#include "util/number_text.h"

namespace ui::reports {
namespace {

namespace sweep = core::sweep;

// Files are read by other tools: numbers in the C locale's form, whatever the UI language.
QString fixed(double value, int digits) {
    return QString::fromStdString(core::util::formatFixed(value, digits));
}

QString valueText(const core::config::FieldValue& value) {
    if (const auto* d = std::get_if<double>(&value))
        return QString::fromStdString(core::util::formatGeneral(*d, 4));
    return QString::fromStdString(core::config::formatFieldValue(value));
}

QString cell(QString text) {
    return text.replace('|', QStringLiteral("\\|")).replace('\n', ' ');
}

}  // namespace

QString exportSweepReport(const QString& parentFolder, const core::sweep::SweepState& state,
                          const QString& leaderboardCsv, const models::ImportanceResult& importance,
                          const QList<charts::ChartHandle>& charts, QString* error) {
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return QString();
    };
    const QString stem = QStringLiteral("sweep-report-%1").arg(QString::fromStdString(state.name));
    QDir parent(parentFolder);
    if (!parent.exists() && !QDir().mkpath(parentFolder))
        return fail(QObject::tr("cannot create %1").arg(parentFolder));
    QString name = stem;
    for (int i = 2; parent.exists(name); ++i)
        name = QStringLiteral("%1-%2").arg(stem).arg(i);
    if (!parent.mkdir(name))
        return fail(QObject::tr("cannot create %1").arg(parent.filePath(name)));
    const QString folder = parent.filePath(name);
    const QStringList images = charts::exportCharts(charts, folder, error);
    if (images.size() != charts.size())
        return {};
    if (const QString e = models::writeCsvFile(
            QDir(folder).filePath(QStringLiteral("leaderboard.csv")), leaderboardCsv);
        !e.isEmpty())
        return fail(e);

    QFile file(QDir(folder).filePath(QStringLiteral("report.md")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return fail(QObject::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    QTextStream out(&file);
    out.setEncoding(QStringConverter::Utf8);
    const auto& spec = state.spec;
    const auto rows = models::trialRows(state);
    int finished = 0;
    for (const auto& r : rows)
        finished += r.state == sweep::TrainingState::Completed ||
                    r.state == sweep::TrainingState::Pruned ||
                    r.state == sweep::TrainingState::Failed;
    const QString metric = QString::fromUtf8(sweep::metricText(spec.objective.metric));
    out << "# Ratings Workbench sweep report: " << QString::fromStdString(state.name) << "\n\n";
    out << "- Created: " << QString::fromStdString(state.created) << "\n";
    out << "- Data: `" << QString::fromStdString(state.dataFolder) << "`\n";
    out << "- Strategy: " << QString::fromUtf8(sweep::strategyText(spec.strategy)) << ", "
        << finished << " of " << sweep::plannedTrials(spec) << " trials finished"
        << (spec.repeats > 1 ? QStringLiteral(" (%1 trainings each)").arg(spec.repeats) : QString())
        << ", seed " << QString::number(spec.seed) << "\n";
    out << "- Objective: " << metric << " ("
        << QString::fromUtf8(sweep::directionText(spec.objective.direction)) << ")\n";
    out << "- Early termination: "
        << QString::fromUtf8(sweep::terminationText(spec.earlyTermination.kind)) << "\n";
    out << "- State: "
        << (state.finished ? QStringLiteral("finished: ") + QString::fromStdString(state.endReason)
            : state.endReason.empty() ? QStringLiteral("interrupted")
                                      : QString::fromStdString(state.endReason))
        << "; " << fixed(state.elapsedSeconds, 1) << " s of sweeping\n\n";

    out << "## Leaderboard\n\n";
    QStringList header{QStringLiteral("rank"), QStringLiteral("trial")};
    for (const auto& p : spec.parameters)
        header << QStringLiteral("`%1`").arg(QString::fromStdString(p.key));
    header << metric + (spec.objective.direction == sweep::Direction::Minimize ? " ↓" : " ↑")
           << QStringLiteral("test RMSE") << QStringLiteral("epochs") << QStringLiteral("seconds")
           << QStringLiteral("status");
    out << "| " << header.join(QStringLiteral(" | ")) << " |\n|";
    for (int c = 0; c < header.size(); ++c)
        out << (c >= 2 ? " ---: |" : " ---: |");
    out << "\n";
    std::vector<const models::TrialRow*> ordered;
    for (const auto& r : rows)
        ordered.push_back(&r);
    std::sort(ordered.begin(), ordered.end(),
              [](const auto* a, const auto* b) { return a->order < b->order; });
    for (const auto* r : ordered) {
        QStringList line{r->rank > 0 ? QString::number(r->rank) : QStringLiteral("–"),
                         QString::number(r->number)};
        for (const auto& v : r->values)
            line << cell(valueText(v));
        QString objective = r->objective ? fixed(*r->objective, 4) : QStringLiteral("–");
        if (r->objective && spec.repeats > 1 && r->repeats > 1)
            objective += QStringLiteral(" ± %1 (%2)").arg(fixed(r->spread, 4)).arg(r->repeats);
        line << objective << (r->test ? fixed(r->test->rmseStars, 4) : QStringLiteral("–"))
             << (r->epochs > 0 ? QString::fromStdString(core::util::formatGeneral(r->epochs, 3))
                               : QStringLiteral("–"))
             << fixed(r->seconds, 1);
        QString status = QString::fromUtf8(sweep::trainingStateText(r->state));
        if (r->state == sweep::TrainingState::Pruned)
            status += QStringLiteral(" at epoch %1").arg(r->prunedEpoch);
        if (!r->note.empty())
            status += QStringLiteral(": ") + QString::fromStdString(r->note);
        line << cell(status);
        out << "| " << line.join(QStringLiteral(" | ")) << " |\n";
    }
    out << "\nThe same table with every test metric, unrounded: `leaderboard.csv`.\n\n";

    out << "## Parameter importance\n\n"
        << "For each parameter alone, the share of the objective's variance over the completed "
           "trials that its values explain: a one-way analysis of variance with the trials "
           "grouped by value (ranges cut into 2-4 equal-count bins), reported as epsilon squared "
           "(eta squared corrected for what that many groups explain by chance). Interactions "
           "are not counted and the shares need not add up to 100%; a sampler that concentrates "
           "on good regions (TPE) makes parameters correlate, which can inflate or hide an "
           "effect.\n\n";
    if (!importance.enough) {
        out << "Not enough trials: shown from " << models::kMinImportanceTrials
            << " completed trials (" << importance.trials << " here).\n\n";
    } else {
        out << "| parameter | share of variance (ε²) | η² | groups |\n| --- | ---: | ---: | ---: "
               "|\n";
        for (const auto& p : importance.parameters)
            out << "| `" << p.key << "` | " << fixed(p.share * 100, 1) << "% | "
                << fixed(p.etaSquared * 100, 1) << "% | " << p.groups << " |\n";
        out << "\nOver " << importance.trials << " completed trials.\n\n";
    }

    out << "## Charts\n\n";
    for (const auto& path : images)
        out << "![" << QFileInfo(path).baseName() << "](" << QFileInfo(path).fileName() << ")\n\n";
    out << "## Specification\n\n```yaml\n" << QString::fromStdString(state.specText);
    if (!state.specText.empty() && state.specText.back() != '\n')
        out << "\n";
    out << "```\n\n## Base configuration\n\n```yaml\n"
        << QString::fromStdString(state.baseConfigYaml) << "```\n";
    out.flush();
    if (file.error() != QFile::NoError)
        return fail(file.errorString());
    return folder;
}

}  // namespace ui::reports
