#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "charts/chart_export.h"
#include "charts/loss_comparison_chart.h"
#include "charts/parallel_coordinates_plot.h"
#include "charts/sweep_plots.h"
#include "i18n/translations.h"
#include "image_checks.h"
#include "models/session.h"
#include "models/sweep_texts.h"
#include "models/sweep_trial_model.h"
#include "panels/experiment_page.h"
#include "panels/sweeps_page.h"
#include "runs/run_record.h"
#include "sweep/slurm.h"
#include "sweep/sweep_leaderboard.h"
#include "sweep/sweep_runner.h"
#include "util/file_lock.h"
#include "util/number_text.h"
#include "widget_test_main.h"
#include "widgets/config_form.h"
#include "widgets/slurm_dialog.h"
#include "widgets/sweep_editor.h"
#include "windows/main_window.h"
#include "workers/sweep_worker.h"

using namespace ui;
namespace sweep = core::sweep;

namespace {

bool loadSample(windows::MainWindow& w) {
    QSignalSpy loaded(&w, &windows::MainWindow::datasetLoaded);
    w.openDataset(RW_TEST_SAMPLE_DIR);
    return loaded.wait(30000) && loaded.front().front().toBool();
}

template <typename T>
T* child(QWidget* parent, const QString& name) {
    auto* w = parent->findChild<T*>(name);
    if (!w)
        qFatal("no widget %s", qPrintable(name));
    return w;
}

// Sets the editor to a tiny sweep: random search, `trials` trials, the learning rate on a log
// range and the dropout from a list (typed with the UI's decimal separator), over the
// Experiment page's configuration with `epochs` epochs.
void tinySpec(windows::MainWindow& w, int trials, bool pruner) {
    qobject_cast<QSpinBox*>(w.experimentPage()->form()->editor("training.max_epochs"))->setValue(2);
    auto* editor = w.sweepsPage()->editor();
    child<QRadioButton>(editor, "base.session")->setChecked(true);
    while (editor->parameterCount() > 1)
        editor->removeParameter(editor->parameterCount() - 1);
    auto* key = child<QComboBox>(editor, "parameter0.key");
    key->setCurrentIndex(key->findData(QStringLiteral("training.learning_rate")));
    auto* kind = child<QComboBox>(editor, "parameter0.kind");
    kind->setCurrentIndex(1);
    child<QLineEdit>(editor, "parameter0.low")->setText(models::localeGeneral(3e-4, 3));
    child<QLineEdit>(editor, "parameter0.high")->setText(models::localeGeneral(1e-2, 3));
    auto* scale = child<QComboBox>(editor, "parameter0.scale");
    scale->setCurrentIndex(scale->findData(int(sweep::Scale::Log)));
    const int dropout = editor->addParameter(QStringLiteral("model.dropout"));
    auto* dropoutKind = child<QComboBox>(editor, QStringLiteral("parameter%1.kind").arg(dropout));
    dropoutKind->setCurrentIndex(0);
    child<QLineEdit>(editor, QStringLiteral("parameter%1.values").arg(dropout))
        ->setText(models::localeGeneral(0.1, 2) + "; " + models::localeGeneral(0.4, 2));
    auto* strategy = child<QComboBox>(editor, "strategy");
    strategy->setCurrentIndex(strategy->findData(int(sweep::Strategy::Random)));
    child<QSpinBox>(editor, "trials")->setValue(trials);
    child<QSpinBox>(editor, "seed")->setValue(7);
    auto* termination = child<QComboBox>(editor, "early_termination.kind");
    termination->setCurrentIndex(termination->findData(
        int(pruner ? sweep::TerminationKind::Median : sweep::TerminationKind::None)));
    child<QSpinBox>(editor, "early_termination.warmup_epochs")->setValue(1);
    child<QSpinBox>(editor, "early_termination.min_trials")->setValue(1);
    child<QSpinBox>(editor, "repeats")->setValue(1);
    child<QSpinBox>(editor, "budget.max_trials")->setValue(0);
    child<QSpinBox>(editor, "budget.max_wall_seconds")->setValue(0);
    auto* metric = child<QComboBox>(editor, "objective.metric");
    metric->setCurrentIndex(metric->findData(int(sweep::ObjectiveMetric::ValidationRmse)));
}

QString fileText(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Replaces PATH while alive (the page looks for sbatch on it).
class PathOverride {
public:
    explicit PathOverride(const QString& path) : m_old(qgetenv("PATH")) {
        qputenv("PATH", path.toUtf8());
    }
    ~PathOverride() { qputenv("PATH", m_old); }

private:
    QByteArray m_old;
};

// A stand-in for sbatch: prints `output` and exits with `code`.
QString fakeSbatch(const QString& folder, const QString& output, int code) {
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath("sbatch");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QStringLiteral("#!/bin/sh\necho '%1'\nexit %2\n").arg(output).arg(code).toUtf8());
    f.close();
    f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
    return folder;
}

QStringList csvLines(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
}

}  // namespace

class TestSweepsPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    // The editor checks with core's parser and shows each error next to the widget of the key
    // it names; the planned trial count follows; a spec saved and loaded again is the same.
    void editorValidatesInPlace() {
        models::Session session;
        widgets::SweepEditor editor(&session);
        QVERIFY2(editor.isValid(), qPrintable(editor.problems().join(QLatin1Char(10))));
        QCOMPARE(editor.parameterCount(), 1);
        auto* low = child<QLineEdit>(&editor, "parameter0.low");
        auto* scale = child<QComboBox>(&editor, "parameter0.scale");
        scale->setCurrentIndex(scale->findData(int(sweep::Scale::Log)));

        // A log range from 0: core's message, naming the key, under the parameter's row.
        low->setText("0");
        QVERIFY(!editor.isValid());
        const QString expected =
            "`parameters.training.learning_rate.range.low` must be > 0 for a log scale (got 0)";
        QVERIFY2(editor.problems().contains(expected), qPrintable(editor.problems().join('\n')));
        QCOMPARE(editor.errorShownFor("parameters.training.learning_rate"), expected);
        QVERIFY(low->property("invalid").toBool());
        QCOMPARE(editor.plannedTrials(), -1);

        // Not a number: the form's own check, also naming the key.
        low->setText("abc");
        QVERIFY(editor.errorShownFor("parameters.training.learning_rate")
                    .startsWith("`parameters.training.learning_rate.range.low` must be a number"));
        // Both decimal separators are read.
        low->setText("0,0001");
        QVERIFY2(editor.isValid(), qPrintable(editor.problems().join('\n')));
        QCOMPARE(editor.result().spec.parameters[0].range->low, 1e-4);
        low->setText("0.0002");
        QVERIFY(editor.isValid());
        QCOMPARE(editor.result().spec.parameters[0].range->low, 2e-4);
        QVERIFY(!low->property("invalid").toBool());
        QVERIFY(editor.errorShownFor("parameters.training.learning_rate").isEmpty());

        // A bad value in a list.
        const int kind = editor.addParameter("model.kind");
        auto* values = child<QLineEdit>(&editor, QStringLiteral("parameter%1.values").arg(kind));
        values->setText("neumf; biased_mf; svd");
        QVERIFY(!editor.isValid());
        QVERIFY2(editor.errorShownFor("parameters.model.kind").contains("parameters.model.kind"),
                 qPrintable(editor.errorShownFor("parameters.model.kind")));
        QVERIFY(values->property("invalid").toBool());
        values->setText("neumf; biased_mf");
        QVERIFY(editor.isValid());

        // Grid: steps per range; the planned count is the combinations, capped by the budget.
        auto* strategy = child<QComboBox>(&editor, "strategy");
        strategy->setCurrentIndex(strategy->findData(int(sweep::Strategy::Grid)));
        child<QSpinBox>(&editor, "parameter0.steps")->setValue(4);
        QVERIFY2(editor.isValid(), qPrintable(editor.problems().join('\n')));
        QCOMPARE(editor.plannedTrials(), 8);
        QVERIFY(child<QLabel>(&editor, "plannedTrials")->text().contains(QLocale().toString(8)));
        child<QSpinBox>(&editor, "budget.max_trials")->setValue(5);
        QCOMPARE(editor.plannedTrials(), 5);

        // Early termination: ASHA's parameters, checked by core.
        auto* termination = child<QComboBox>(&editor, "early_termination.kind");
        termination->setCurrentIndex(termination->findData(int(sweep::TerminationKind::Asha)));
        QVERIFY(editor.isValid());
        QCOMPARE(editor.result().spec.earlyTermination.kind, sweep::TerminationKind::Asha);

        // Save and load: the same spec.
        const QString path = m_dir.filePath("spec.yaml");
        QString error;
        QVERIFY2(editor.saveFile(path, &error), qPrintable(error));
        QCOMPARE(editor.specFile(), path);
        const auto saved = editor.result().spec;
        widgets::SweepEditor other(&session);  // opens the last spec file on its own
        QVERIFY(other.isValid());
        QCOMPARE(other.result().spec, saved);
        QCOMPARE(other.specFile(), path);
        QVERIFY(child<QRadioButton>(&other, "base.spec")->isChecked());
        QVERIFY(!other.loadFile(m_dir.filePath("missing.yaml")));
        QCOMPARE(other.result().spec, saved);

        // A parameter swept twice.
        other.addParameter("model.kind");
        QVERIFY(!other.isValid());
        QVERIFY(other.problems().join('\n').contains("`parameters.model.kind` appears twice"));
    }

    // A tiny sweep on the sample (4 random trials of 2 epochs, median pruning): the table fills
    // while it runs, and at the end equals sweep.json's leaderboard and the run folders'
    // metrics; brushing filters the table; exports; double-click opens a trial's run.
    void tinySweep() {
        windows::MainWindow w;
        w.setWorkspace(m_dir.filePath("ws"));
        w.resize(1400, 900);
        w.show();
        QVERIFY(loadSample(w));
        tinySpec(w, 4, true);
        auto* page = w.sweepsPage();
        w.tabs()->setCurrentWidget(page);
        QVERIFY2(page->editor()->isValid(), qPrintable(page->editor()->problems().join('\n')));
        QCOMPARE(page->editor()->plannedTrials(), 4);
        QVERIFY(page->startAction()->isEnabled());

        QSignalSpy started(page, &panels::SweepsPage::sweepStarted);
        QSignalSpy finished(page, &panels::SweepsPage::sweepFinished);
        QString error;
        QVERIFY2(page->startSweep(&error), qPrintable(error));
        QCOMPARE(started.count(), 1);
        QVERIFY(page->isRunning());
        QVERIFY(!w.startTraining());  // one long job at a time
        QVERIFY(!page->startAction()->isEnabled());
        QVERIFY(page->stopAction()->isEnabled());
        auto* worker = page->worker();
        QSignalSpy trialStarted(worker, &workers::SweepWorker::trialStarted);
        QSignalSpy trialFinished(worker, &workers::SweepWorker::trialFinished);
        QSignalSpy states(worker, &workers::SweepWorker::stateChanged);

        // Live: the first trial shows up while the sweep runs.
        QVERIFY(trialFinished.wait(120000));
        QTRY_VERIFY_WITH_TIMEOUT(page->trialModel()->rowCount() >= 1, 5000);
        const bool stillRunning = finished.isEmpty();
        QVERIFY(finished.wait(300000));
        QVERIFY(finished.front().front().toBool());
        QVERIFY(stillRunning);
        QVERIFY(!page->isRunning());
        QCOMPARE(trialStarted.count(), 4);
        QCOMPARE(trialFinished.count(), 4);
        QVERIFY(states.count() >= 4);

        // The table equals sweep.json, its leaderboard and the run folders.
        const std::filesystem::path folder = page->sweepFolder().toStdString();
        std::string message;
        const auto state = sweep::readSweepState(folder, &message);
        QVERIFY2(state, message.c_str());
        QVERIFY(state->finished);
        QCOMPARE(int(state->trials.size()), 4);
        QVERIFY(page->state() && *page->state() == *state);
        auto* model = page->trialModel();
        QCOMPARE(model->rowCount(), 4);
        const auto board = sweep::leaderboard(*state);
        const int objectiveColumn = model->column("objective");
        const int rmseColumn = model->column("test_rmse");
        const int statusColumn = model->column("status");
        int completed = 0;
        for (const auto& entry : board) {
            const int row = model->rowOfTrial(entry.trial);
            QVERIFY(row >= 0);
            const auto cell = [&](int column, int role = Qt::DisplayRole) {
                return model->data(model->index(row, column), role);
            };
            QCOMPARE(cell(model->column("rank")).toString(),
                     entry.rank > 0 ? QLocale().toString(entry.rank) : QStringLiteral("–"));
            QCOMPARE(cell(objectiveColumn).toString(),
                     entry.objective ? models::localeFixed(*entry.objective, 4) : QString());
            QCOMPARE(cell(objectiveColumn, models::SweepTrialModel::SortRole).toDouble(),
                     entry.objective.value_or(0));
            QCOMPARE(cell(0, models::SweepTrialModel::BestRole).toBool(), entry.rank == 1);
            for (std::size_t p = 0; p < entry.values.size(); ++p)
                QCOMPARE(cell(3 + int(p)).toString(), models::sweepValueText(entry.values[p]));
            if (entry.state == sweep::TrainingState::Pruned)
                QVERIFY(cell(statusColumn).toString().contains(QString::number(entry.prunedEpoch)));
            if (entry.state != sweep::TrainingState::Completed)
                continue;
            ++completed;
            // Test metrics as the trial's run folder holds them.
            const auto& run = state->trials[std::size_t(entry.trial - 1)].runs.front();
            const auto record = core::runs::readRun(folder / run.runName, &message);
            QVERIFY2(record && record->metrics, message.c_str());
            const double rmse = record->metrics->regression.rmseStars();
            QCOMPARE(cell(rmseColumn).toString(), models::localeFixed(rmse, 4));
            QVERIFY(std::abs(cell(rmseColumn, models::SweepTrialModel::SortRole).toDouble() -
                             rmse) < 1e-9);
            QCOMPARE(cell(statusColumn).toString(), models::trainingStateLabel(entry.state));
        }
        QVERIFY(completed >= 1);

        // Sortable: by the objective, ascending.
        page->trialView()->sortByColumn(objectiveColumn, Qt::AscendingOrder);
        auto* filter = page->trialFilter();
        double previous = -1;
        for (int r = 0; r < filter->rowCount(); ++r) {
            const QVariant v =
                filter->index(r, objectiveColumn).data(models::SweepTrialModel::SortRole);
            if (!v.isValid())
                continue;
            QVERIFY(v.toDouble() >= previous);
            previous = v.toDouble();
        }

        // Brushing the objective's lower half keeps exactly the trials there.
        auto* plot = page->parallelPlot();
        QApplication::processEvents();
        QCOMPARE(plot->drawnTrialCount(), 4);
        const int objectiveAxis = plot->axisCount() - 1;
        plot->setBrush(objectiveAxis, 0.0, 0.5);
        int inside = 0;
        for (const auto& t : state->trials) {
            const auto& row = model->rows()[std::size_t(model->rowOfTrial(t.number))];
            if (row.objective &&
                ui::models::axisPosition(plot->data().objective, *row.objective) <= 0.5)
                ++inside;
        }
        QVERIFY(inside >= 1);
        QCOMPARE(filter->rowCount(), inside);
        QVERIFY(page->findChild<QLabel*>("filterNote")->text().contains(QString::number(inside)));
        plot->clearBrushes();
        QCOMPARE(filter->rowCount(), 4);
        // With the mouse: drag along the first axis over its upper half.
        plot->replot();
        QTest::mousePress(plot, Qt::LeftButton, {}, plot->pixelAt(0, 1.0));
        QTest::mouseMove(plot, plot->pixelAt(0, 0.7));
        QTest::mouseMove(plot, plot->pixelAt(0, 0.5));
        QTest::mouseRelease(plot, Qt::LeftButton, {}, plot->pixelAt(0, 0.5));
        QVERIFY(plot->hasBrushes());
        const auto brushed = plot->brushedTrials();
        QVERIFY(brushed);
        QCOMPARE(filter->rowCount(), int(brushed->size()));
        for (int r = 0; r < filter->rowCount(); ++r) {
            const int trial = filter->index(r, 0).data(models::SweepTrialModel::TrialRole).toInt();
            const auto& row = model->rows()[std::size_t(model->rowOfTrial(trial))];
            QVERIFY(ui::models::axisPosition(plot->data().parameters[0],
                                             std::get<double>(row.values[0])) >= 0.5 - 0.01);
        }
        QTest::mouseClick(plot, Qt::LeftButton, {}, plot->pixelAt(0, 0.2));  // a click clears
        QVERIFY(!plot->hasBrushes());
        QCOMPARE(filter->rowCount(), 4);

        // The other plots show the trials (hidden tabs are drawn when asked for).
        page->charts();
        QCOMPARE(page->parameterPlot()->panelCount(), 2);
        QVERIFY(page->parameterPlot()->pointCount(0) >= completed);
        QVERIFY(page->historyPlot()->bestLinePointCount() >= completed);
        QVERIFY(page->importancePlot()->note().contains("10"));  // too few trials to say
        QVERIFY(!page->importance().enough);
        // The method and its limits are stated.
        const auto* method = page->findChild<QLabel*>("importanceMethod");
        QVERIFY(method && method->toolTip().contains("one-way analysis of variance"));
        QVERIFY(method->toolTip().contains("interactions between parameters are not counted"));

        // Learning curves of the selected trials.
        page->trialView()->selectRow(0);
        QCOMPARE(page->lossChart()->runCount(), 1);
        page->trialView()->clearSelection();

        // Exports: every plot as a non-blank PNG, the leaderboard as CSV, a report folder.
        for (const auto& chart : page->charts()) {
            const QString png = m_dir.filePath(chart.fileStem + ".png");
            QVERIFY2(charts::exportChartPng(chart.widget, png, QSize(800, 500), 1.0, &error),
                     qPrintable(error));
            const QImage image(png);
            QCOMPARE(image.size(), QSize(800, 500));
            QVERIFY2(hasContent(image), qPrintable(chart.fileStem));
        }
        const QString csv = m_dir.filePath("leaderboard.csv");
        QVERIFY(page->exportLeaderboardCsv(csv).isEmpty());
        const auto lines = csvLines(csv);
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines[0].startsWith(
            "rank,trial,status,training.learning_rate,model.dropout,objective,spread,repeats,"
            "test_rmse,test_mae,test_r2,test_precision_at_k,test_ndcg_at_k,epochs,seconds,"
            "pruned_epoch,note,runs"));
        for (std::size_t i = 0; i < board.size(); ++i) {
            const QStringList fields = lines[int(i) + 1].split(',');
            QCOMPARE(fields[1], QString::number(board[i].trial));
            QCOMPARE(fields[2], QString::fromUtf8(sweep::trainingStateText(board[i].state)));
            QCOMPARE(fields[5],
                     board[i].objective
                         ? QString::fromStdString(core::util::formatNumber(*board[i].objective))
                         : QString());
        }
        const QString report = page->exportReportTo(m_dir.filePath("reports"), &error);
        QVERIFY2(!report.isEmpty(), qPrintable(error));
        const QDir reportDir(report);
        QCOMPARE(reportDir.entryList({"*.png"}).size(), 5);
        QVERIFY(reportDir.exists("leaderboard.csv"));
        QFile md(reportDir.filePath("report.md"));
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(md.readAll());
        QVERIFY(text.contains("## Leaderboard"));
        QVERIFY(text.contains("sweep_parallel_coordinates.png"));
        QVERIFY(text.contains("training.learning_rate"));
        QVERIFY(text.contains("Not enough trials"));

        // Double-click a completed trial: its run opens on the Results page.
        page->trialView()->sortByColumn(model->column("rank"), Qt::AscendingOrder);
        const QModelIndex first = filter->index(0, 1);
        const int bestTrial = first.data(models::SweepTrialModel::TrialRole).toInt();
        QCOMPARE(bestTrial, model->bestTrial());
        QSignalSpy opened(&w, &windows::MainWindow::runOpened);
        // A click first, as a hand does (QTest's lone double-click event is lost after the
        // clicks on the plot above).
        QTest::mouseClick(page->trialView()->viewport(), Qt::LeftButton, {},
                          page->trialView()->visualRect(first).center());
        QTest::mouseDClick(page->trialView()->viewport(), Qt::LeftButton, {},
                           page->trialView()->visualRect(first).center());
        QVERIFY(opened.wait(60000));
        QVERIFY(opened.front().front().toBool());
        QCOMPARE(w.session()->run()->record.summary.name,
                 state->trials[std::size_t(bestTrial - 1)].runs.front().runName);

        // The workspace's list shows it; screenshot for the eye.
        QTRY_VERIFY_WITH_TIMEOUT(page->sweepList()->count() == 1, 10000);
        w.tabs()->setCurrentWidget(page);
        QApplication::processEvents();
        w.grab().save(m_dir.filePath("sweeps-page.png"));
        if (qEnvironmentVariableIsSet("RW_KEEP_SCREENSHOTS"))
            w.grab().save(qEnvironmentVariable("RW_KEEP_SCREENSHOTS") + "/sweeps-page.png");
    }

    // Stop a sweep after a trial ended, then resume it: it ends with every planned trial, the
    // ended one kept as it was.
    void resumeStoppedSweep() {
        windows::MainWindow w;
        w.setWorkspace(m_dir.filePath("ws-resume"));
        w.show();
        QVERIFY(loadSample(w));
        tinySpec(w, 3, false);
        auto* page = w.sweepsPage();
        QSignalSpy finished(page, &panels::SweepsPage::sweepFinished);
        QString error;
        QVERIFY2(page->startSweep(&error), qPrintable(error));
        QSignalSpy trialFinished(page->worker(), &workers::SweepWorker::trialFinished);
        QVERIFY(trialFinished.wait(120000));
        page->stopSweep();
        QVERIFY(!page->stopAction()->isEnabled());
        QVERIFY(finished.wait(120000));
        QVERIFY(!page->isRunning());
        const std::filesystem::path folder = page->sweepFolder().toStdString();
        std::string message;
        const auto stopped = sweep::readSweepState(folder, &message);
        QVERIFY2(stopped, message.c_str());
        QVERIFY(!stopped->finished);
        QCOMPARE(QString::fromStdString(stopped->endReason), QString("stopped by the user"));
        QVERIFY(page->resumeAction()->isEnabled());
        QVERIFY(page->findChild<QLabel*>("sweepHeader")->text().contains("resume"));
        // Two trainings run at once: whichever ended first is the one kept.
        const auto done = std::find_if(
            stopped->trials.begin(), stopped->trials.end(),
            [](const auto& t) { return sweep::trialState(t) == sweep::TrainingState::Completed; });
        QVERIFY(done != stopped->trials.end());
        const auto kept = *done;
        const auto keptIndex = std::size_t(done - stopped->trials.begin());

        finished.clear();
        QVERIFY2(page->resumeSweep(&error), qPrintable(error));
        QVERIFY(finished.wait(300000));
        QVERIFY(finished.front().front().toBool());
        const auto resumed = sweep::readSweepState(folder, &message);
        QVERIFY2(resumed, message.c_str());
        QVERIFY(resumed->finished);
        QCOMPARE(int(resumed->trials.size()), 3);
        QCOMPARE(resumed->trials[keptIndex], kept);
        for (const auto& t : resumed->trials)
            QCOMPARE(sweep::trialState(t), sweep::TrainingState::Completed);
        QCOMPARE(page->trialModel()->rowCount(), 3);
        QVERIFY(!page->resumeAction()->isEnabled());
    }

    // The Slurm dialog: defaults to the CLI next to this program, checks what sbatch would
    // reject, and remembers what was accepted.
    void slurmDialog() {
        widgets::SlurmDialog dialog;
        const auto defaults = dialog.settings();
        QCOMPARE(QString::fromStdString(defaults.cli.string()),
                 QDir(QCoreApplication::applicationDirPath()).filePath("ratings-workbench-cli"));
        QVERIFY(defaults.submit);
        QVERIFY(dialog.problem().isEmpty());
        auto* time = child<QLineEdit>(&dialog, "slurm.time");
        time->setText("four hours");
        QVERIFY(dialog.problem().contains("time limit"));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        time->setText("1-02:00:00");
        child<QLineEdit>(&dialog, "slurm.memory")->setText("12x");
        QVERIFY(dialog.problem().contains("memory"));
        child<QLineEdit>(&dialog, "slurm.memory")->setText("12g");
        child<QLineEdit>(&dialog, "slurm.partition")->setText("short");
        child<QSpinBox>(&dialog, "slurm.cpus")->setValue(3);
        child<QLineEdit>(&dialog, "slurm.cli")->setText("/shared/bin/ratings-workbench-cli");
        child<QCheckBox>(&dialog, "slurm.writeOnly")->setChecked(true);
        QVERIFY(dialog.problem().isEmpty());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto s = widgets::SlurmDialog::rememberedSettings();
        QCOMPARE(QString::fromStdString(s.partition), QString("short"));
        QCOMPARE(QString::fromStdString(s.time), QString("1-02:00:00"));
        QCOMPARE(QString::fromStdString(s.memory), QString("12G"));
        QCOMPARE(s.cpusPerTask, 3);
        QCOMPARE(QString::fromStdString(s.cli.string()),
                 QString("/shared/bin/ratings-workbench-cli"));
        QVERIFY(!s.submit);
        widgets::SlurmDialog again;  // opens with the remembered answers
        QCOMPARE(child<QLineEdit>(&again, "slurm.partition")->text(), QString("short"));
        QVERIFY(child<QCheckBox>(&again, "slurm.writeOnly")->isChecked());
    }

    // A TPE sweep handed to Slurm, only writing the scripts (no Slurm needed): the page writes
    // wave 1 (the two start-up trials) naming the sweep folder; the test runs the array tasks
    // as the nodes would; the page's next look records them and writes wave 2 from their
    // results; after its task, the sweep is finished and the table holds all three trials.
    void slurmWriteOnlyWaves() {
        windows::MainWindow w;
        w.setWorkspace(m_dir.filePath("ws-slurm"));
        w.show();
        QVERIFY(loadSample(w));
        tinySpec(w, 3, false);
        auto* page = w.sweepsPage();
        auto* strategy = child<QComboBox>(page->editor(), "strategy");
        strategy->setCurrentIndex(strategy->findData(int(sweep::Strategy::Tpe)));
        child<QSpinBox>(page->editor(), "startup_trials")->setValue(2);
        QVERIFY2(page->editor()->isValid(), qPrintable(page->editor()->problems().join('\n')));
        QVERIFY(page->slurmButton()->isEnabled());

        sweep::SlurmSettings settings;
        settings.cli = "/cluster/bin/ratings-workbench-cli";
        settings.partition = "debug";
        settings.time = "00:10:00";
        settings.submit = false;
        QSignalSpy steps(page, &panels::SweepsPage::slurmStepDone);
        QString error;
        QVERIFY2(page->startSlurmSweep(settings, &error), qPrintable(error));
        QVERIFY(steps.wait(30000));
        QVERIFY2(steps.front().front().toBool(), qPrintable(page->slurmError()));
        QVERIFY(page->isSlurmSweep());
        QVERIFY(!page->isRunning());
        const QString folder = page->sweepFolder();
        QVERIFY(!folder.isEmpty());
        const std::filesystem::path path = folder.toStdString();

        // Wave 1: the script names the sweep folder, the CLI and the settings; nothing submitted.
        std::string message;
        auto state = sweep::readSweepState(path, &message);
        QVERIFY2(state, message.c_str());
        QCOMPARE(int(state->slurmWaves.size()), 1);
        QCOMPARE(int(state->slurmWaves[0].trainings.size()), 2);
        QVERIFY(state->slurmWaves[0].jobId.empty());
        const QString script1 = QDir(folder).filePath("slurm-wave-1.sbatch");
        const QString text1 = fileText(script1);
        QVERIFY2(text1.contains(QDir(folder).absolutePath()), qPrintable(text1));
        QVERIFY(text1.contains("--slurm-task"));
        QVERIFY(text1.contains("/cluster/bin/ratings-workbench-cli"));
        QVERIFY(text1.contains("#SBATCH --partition=debug"));
        QVERIFY(text1.contains("#SBATCH --time=00:10:00"));
        QVERIFY(text1.contains("#SBATCH --array=0-1"));
        const QString header = page->findChild<QLabel*>("sweepHeader")->text();
        QVERIFY2(header.contains(script1.toHtmlEscaped()), qPrintable(header));
        QVERIFY(header.contains("not submitted"));
        QCOMPARE(page->trialModel()->rowCount(), 2);
        QVERIFY(!page->resumeAction()->isEnabled());  // Slurm's waves go on by themselves
        QTRY_COMPARE_WITH_TIMEOUT(page->sweepList()->count(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(page->sweepList()->item(0)->text().contains("on Slurm"), 10000);

        // Nothing has ended: a look submits nothing.
        steps.clear();
        QVERIFY(page->pollSlurm());
        QVERIFY(steps.wait(30000));
        QVERIFY(steps.front().front().toBool());
        QVERIFY(!QFile::exists(QDir(folder).filePath("slurm-wave-2.sbatch")));

        // The nodes run wave 1; the next look records it and writes wave 2 from its results.
        for (int i = 0; i < 2; ++i) {
            const auto status = sweep::runSlurmTask(path, 1, i, 1, &message);
            QVERIFY2(status, message.c_str());
        }
        steps.clear();
        QVERIFY(page->pollSlurm());
        QVERIFY(steps.wait(30000));
        QVERIFY2(steps.front().front().toBool(), qPrintable(page->slurmError()));
        QVERIFY(
            fileText(QDir(folder).filePath("slurm-wave-2.sbatch")).contains("#SBATCH --array=0-0"));
        state = sweep::readSweepState(path, &message);
        QVERIFY2(state, message.c_str());
        QCOMPARE(int(state->trials.size()), 3);
        QCOMPARE(sweep::trialState(state->trials[0]), sweep::TrainingState::Completed);
        QCOMPARE(sweep::trialState(state->trials[1]), sweep::TrainingState::Completed);
        QVERIFY(page->state() && *page->state() == *state);
        QCOMPARE(page->trialModel()->rowCount(), 3);
        QVERIFY(page->trialModel()->bestTrial() == 1 || page->trialModel()->bestTrial() == 2);

        const auto status = sweep::runSlurmTask(path, 2, 0, 1, &message);
        QVERIFY2(status, message.c_str());
        steps.clear();
        QVERIFY(page->pollSlurm());
        QVERIFY(steps.wait(30000));
        QVERIFY(page->state()->finished);
        QVERIFY(page->findChild<QLabel*>("sweepHeader")->text().contains("finished"));
        QVERIFY(!page->pollSlurm() || steps.wait(30000));  // nothing more to submit
        QCOMPARE(int(page->state()->slurmWaves.size()), 2);
        for (const auto& t : page->state()->trials)
            QCOMPARE(sweep::trialState(t), sweep::TrainingState::Completed);
    }

    // Submitting: no sbatch on PATH is refused before anything is created; an sbatch that
    // fails leaves no sweep folder and shows its message; one that answers gives the job id.
    void slurmSubmit() {
        windows::MainWindow w;
        const QString workspace = m_dir.filePath("ws-sbatch");
        w.setWorkspace(workspace);
        w.show();
        QVERIFY(loadSample(w));
        tinySpec(w, 2, false);
        auto* page = w.sweepsPage();
        sweep::SlurmSettings settings;
        settings.cli = "/cluster/bin/ratings-workbench-cli";
        QString error;
        {
            PathOverride path(m_dir.filePath("empty-bin"));
            QVERIFY(!page->startSlurmSweep(settings, &error));
        }
        QVERIFY2(error.contains("sbatch was not found"), qPrintable(error));
        QVERIFY(error.contains("Only write the script"));
        QVERIFY(sweep::listSweeps(workspace.toStdString()).empty());

        QSignalSpy steps(page, &panels::SweepsPage::slurmStepDone);
        {
            PathOverride path(fakeSbatch(m_dir.filePath("failing-bin"),
                                         "sbatch: error: invalid partition name", 1) +
                              ":/usr/bin:/bin");
            QVERIFY2(page->startSlurmSweep(settings, &error), qPrintable(error));
            QVERIFY(steps.wait(30000));
        }
        QVERIFY(!steps.front().front().toBool());
        QVERIFY2(page->slurmError().contains("invalid partition name"),
                 qPrintable(page->slurmError()));
        QVERIFY(page->findChild<QLabel*>("sweepHeader")->text().contains("invalid partition"));
        QVERIFY(sweep::listSweeps(workspace.toStdString()).empty());

        steps.clear();
        {
            PathOverride path(fakeSbatch(m_dir.filePath("working-bin"), "4242;cluster", 0) +
                              ":/usr/bin:/bin");
            QVERIFY2(page->startSlurmSweep(settings, &error), qPrintable(error));
            QVERIFY(steps.wait(30000));
        }
        QVERIFY2(steps.front().front().toBool(), qPrintable(page->slurmError()));
        QCOMPARE(QString::fromStdString(page->state()->slurmWaves.at(0).jobId), QString("4242"));
        QVERIFY(page->findChild<QLabel*>("sweepHeader")->text().contains("job 4242"));
        QCOMPARE(int(sweep::listSweeps(workspace.toStdString()).size()), 1);
    }

    // A sweep another process runs opens read-only (no resume) and is re-read until it ends.
    void opensSweepOfAnotherProcessReadOnly() {
        windows::MainWindow w;
        const QString workspace = m_dir.filePath("ws-other");
        w.setWorkspace(workspace);
        sweep::NewSweep request;
        const auto spec = sweep::parseSweepSpec(
            "parameters:\n  training.learning_rate: {values: [0.001, 0.002]}\nstrategy: grid\n",
            "test.yaml", {});
        QVERIFY(spec.ok());
        request.spec = spec.spec;
        request.workspace = workspace.toStdString();
        request.name = "elsewhere";
        std::string message;
        const auto folder = sweep::createSweep(request, &message);
        QVERIFY2(folder, message.c_str());
        auto lock = core::util::FileLock::acquire(*folder / sweep::kSweepLockFile, &message);
        QVERIFY2(lock, message.c_str());

        auto* page = w.sweepsPage();
        page->refreshList();
        QTRY_COMPARE_WITH_TIMEOUT(page->sweepList()->count(), 1, 10000);
        QVERIFY(page->sweepList()->item(0)->text().contains("elsewhere"));
        QSignalSpy opened(page, &panels::SweepsPage::sweepOpened);
        page->openSweep(QString::fromStdString(folder->string()));
        QVERIFY(opened.wait(10000));
        QVERIFY(opened.front().front().toBool());
        QVERIFY(page->isReadOnly());
        QVERIFY(!page->resumeAction()->isEnabled());
        QVERIFY(page->findChild<QLabel*>("sweepHeader")->text().contains("another process"));
        QString error;
        QVERIFY(!page->resumeSweep(&error));
        QVERIFY(error.contains("Another process"));

        lock.reset();  // the other process ends: the next poll notices
        QTRY_VERIFY_WITH_TIMEOUT(!page->isReadOnly(), 10000);
        QVERIFY(page->resumeAction()->isEnabled());
    }

    // Switching the language live: the page's words, the table's headers and statuses, and the
    // numbers (also those inside core's stored reasons) follow; sweep.json keeps its English.
    void retranslatesLive() {
        const QString workspace = m_dir.filePath("ws-language");
        sweep::NewSweep request;
        const auto spec = sweep::parseSweepSpec(
            "parameters:\n  training.learning_rate: {values: [0.001, 0.002]}\nstrategy: grid\n"
            "early_termination: {kind: median}\n",
            "test.yaml", {});
        QVERIFY(spec.ok());
        request.spec = spec.spec;
        request.workspace = workspace.toStdString();
        request.name = "language";
        std::string message;
        const auto folder = sweep::createSweep(request, &message);
        QVERIFY2(folder, message.c_str());
        auto state = sweep::readSweepState(*folder, &message);
        QVERIFY2(state, message.c_str());
        const auto pruneReason = sweep::medianPruneMessage(0.95, 2, 0.9075, 3).english();
        for (int n = 1; n <= 2; ++n) {
            sweep::Trial t;
            t.number = n;
            t.values = {n == 1 ? 0.001 : 0.002};
            sweep::TrialRun r;
            r.runName = "trial-00" + std::to_string(n);
            r.validationRmse = {0.97, n == 1 ? 0.86081 : 0.95};
            r.epochs = 2;
            r.objective = n == 1 ? 0.86081 : 0.95;
            r.state = n == 1 ? sweep::TrainingState::Completed : sweep::TrainingState::Pruned;
            if (n == 2) {
                r.prunedEpoch = 2;
                r.pruneReason = pruneReason;
            }
            t.runs = {r};
            state->trials.push_back(t);
        }
        state->finished = true;
        state->endReason = sweep::allTrialsRanMessage(2).english();
        QVERIFY(!sweep::writeSweepState(*folder, *state));

        models::Session session;
        panels::SweepsPage page(&session);
        page.resize(1200, 800);
        QSignalSpy opened(&page, &panels::SweepsPage::sweepOpened);
        page.openSweep(QString::fromStdString(folder->string()));
        QVERIFY(opened.wait(10000));
        QVERIFY(opened.front().front().toBool());
        auto* header = page.findChild<QLabel*>("sweepHeader");
        auto* plots = page.findChild<QTabWidget*>("sweepPlots");
        auto* model = page.trialModel();
        const auto cell = [&](int trial, const char* key) {
            return model
                ->data(model->index(model->rowOfTrial(trial), model->column(key)), Qt::DisplayRole)
                .toString();
        };
        QCOMPARE(cell(1, "objective"), QString("0.8608"));
        QVERIFY(header->text().contains("finished: all 2 trials ran"));
        QVERIFY(header->text().contains("(0.8608)"));
        QVERIFY(cell(2, "status").startsWith("pruned at epoch 2: median: val RMSE 0.9500"));
        QCOMPARE(plots->tabText(0), QString("Parallel coordinates"));
        QCOMPARE(
            model->headerData(model->column("trial"), Qt::Horizontal, Qt::DisplayRole).toString(),
            QString("Trial"));
        QCOMPARE(page.editor()->findChild<QRadioButton*>("base.session")->text(),
                 QString("The &Experiment page's configuration"));

        QCOMPARE(i18n::installTranslators(*QCoreApplication::instance(), "es"), QString("es"));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(cell(1, "objective"), QString("0,8608"));
        QVERIFY2(header->text().contains("(0,8608)"), qPrintable(header->text()));
        QVERIFY2(header->text().contains(
                     QCoreApplication::translate("ui::panels::SweepsPage", "finished: %1").arg("")),
                 qPrintable(header->text()));
        // The stored reason's numbers in the new locale (its template is translated later).
        const QString status = cell(2, "status");
        QVERIFY2(status.startsWith("podada en la época 2: ") && status.contains("0,9500") &&
                     status.contains("0,9075"),
                 qPrintable(status));
        QCOMPARE(plots->tabText(0), QString("Coordenadas paralelas"));
        QCOMPARE(
            model->headerData(model->column("trial"), Qt::Horizontal, Qt::DisplayRole).toString(),
            QString("Prueba"));
        QCOMPARE(page.editor()->findChild<QRadioButton*>("base.session")->text(),
                 QString("La configuración de la página &Experimento"));
        QCOMPARE(page.startAction()->text(), QString("Iniciar &barrido"));

        QCOMPARE(i18n::installTranslators(*QCoreApplication::instance(), "en"), QString("en"));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(cell(1, "objective"), QString("0.8608"));
        QCOMPARE(plots->tabText(0), QString("Parallel coordinates"));
        QVERIFY(cell(2, "status").startsWith("pruned at epoch 2: median: val RMSE 0.9500"));
        // What the file keeps is unchanged English.
        const auto reread = sweep::readSweepState(*folder, &message);
        QVERIFY2(reread, message.c_str());
        QCOMPARE(reread->endReason, std::string("all 2 trials ran"));
        QCOMPARE(reread->trials[1].runs[0].pruneReason, pruneReason);
    }
};

RW_UI_TEST_MAIN(TestSweepsPage)
#include "tst_sweeps_page.moc"
