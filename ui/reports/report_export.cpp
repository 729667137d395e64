#include "reports/report_export.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include "config/config_io.h"
#include "models/session.h"

namespace ui::reports {

QString exportReport(const QString& parentFolder, const models::RunView& run,
                     const QList<charts::ChartHandle>& charts, QString* error) {
    const auto& r = run.record;
    const QString stem = QStringLiteral("report-%1").arg(QString::fromStdString(r.summary.name));
    QDir parent(parentFolder);
    if (!parent.exists() && !QDir().mkpath(parentFolder)) {
        if (error)
            *error = QObject::tr("cannot create %1").arg(parentFolder);
        return {};
    }
    QString name = stem;
    for (int i = 2; parent.exists(name); ++i)
        name = QStringLiteral("%1-%2").arg(stem).arg(i);
    if (!parent.mkdir(name)) {
        if (error)
            *error = QObject::tr("cannot create %1").arg(parent.filePath(name));
        return {};
    }
    const QString folder = parent.filePath(name);
    const QStringList images = charts::exportCharts(charts, folder, error);
    if (images.size() != charts.size())
        return {};

    QFile file(QDir(folder).filePath(QStringLiteral("report.md")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = QObject::tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return {};
    }
    QTextStream out(&file);
    out.setEncoding(QStringConverter::Utf8);
    const auto& s = r.summary;
    out << "# Ratings Workbench report: " << QString::fromStdString(s.name) << "\n\n";
    out << "- Status: " << QString::fromUtf8(core::runs::runStatusText(s.status));
    if (!s.message.empty())
        out << " (" << QString::fromStdString(s.message) << ")";
    out << "\n- Created: " << QString::fromStdString(s.created) << "\n";
    out << "- Data: `" << QString::fromStdString(s.dataFolder) << "`; after filters "
        << s.after.users << " users, " << s.after.movies << " movies, " << s.after.ratings
        << " ratings\n";
    out << "- Split: train " << s.trainSize << " / validation " << s.validationSize << " / test "
        << s.testSize << "\n";
    out << "- Model: " << QString::fromStdString(s.model) << "\n";
    out << "- Training: " << s.epochs << " epochs, best " << s.bestEpoch << " (validation MSE "
        << QString::number(s.bestValidationLoss, 'f', 5) << "), "
        << QString::number(s.trainingSeconds, 'f', 1) << " s on "
        << QString::fromStdString(s.deviceName) << " ("
        << QString::fromUtf8(core::training::trainingStepText(s.trainingStep)) << " step)\n\n";
    if (r.metrics) {
        const auto& m = *r.metrics;
        const QString k = QString::number(m.ranking.k);
        out << "## Test metrics\n\n| metric | normalised (stars / 5) | stars |\n| --- | ---: | "
               "---: |\n";
        out << "| RMSE | " << QString::number(m.regression.rmse, 'f', 4) << " | "
            << QString::number(m.regression.rmseStars(), 'f', 4) << " |\n";
        out << "| MAE | " << QString::number(m.regression.mae, 'f', 4) << " | "
            << QString::number(m.regression.maeStars(), 'f', 4) << " |\n";
        out << "| R² | " << QString::number(m.regression.r2, 'f', 4) << " | |\n";
        out << "| Precision@" << k << " | " << QString::number(m.ranking.precision, 'f', 4)
            << " | |\n";
        out << "| NDCG@" << k << " (notebook-compatible) | "
            << QString::number(m.ranking.ndcgNotebook, 'f', 4) << " | |\n";
        out << "| NDCG@" << k << " (correct) | " << QString::number(m.ranking.ndcg, 'f', 4)
            << " | |\n\n";
        out << m.regression.count << " test ratings, " << m.ranking.users << " users.\n\n";
    }
    out << "## Charts\n\n";
    for (const auto& path : images)
        out << "![" << QFileInfo(path).baseName() << "](" << QFileInfo(path).fileName() << ")\n\n";
    out << "## History\n\n| epoch | train MSE | validation MSE | learning rate | train s | "
           "validation s |\n"
           "| ---: | ---: | ---: | ---: | ---: | ---: |\n";
    for (const auto& e : r.history)
        out << "| " << e.epoch << (e.improved ? " ★" : "") << " | "
            << QString::number(e.trainLoss, 'f', 5) << " | "
            << QString::number(e.validationLoss, 'f', 5) << " | "
            << QString::number(e.learningRate, 'g', 3) << " | "
            << QString::number(e.trainSeconds, 'f', 2) << " | "
            << QString::number(e.validationSeconds, 'f', 2) << " |\n";
    out << "\n## Configuration\n\n```yaml\n"
        << QString::fromStdString(core::config::configToYaml(r.config)) << "```\n";
    out.flush();
    if (file.error() != QFile::NoError) {
        if (error)
            *error = file.errorString();
        return {};
    }
    return folder;
}

}  // namespace ui::reports
