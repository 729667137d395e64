#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>

#include "automation/event_loop_monitor.h"
#include "charts/chart_export.h"
#include "charts/loss_chart.h"
#include "charts/result_plots.h"
#include "image_checks.h"
#include "models/run_list_model.h"
#include "models/session.h"
#include "models/user_top_k_models.h"
#include "panels/dataset_page.h"
#include "panels/experiment_page.h"
#include "panels/results_page.h"
#include "panels/runs_page.h"
#include "panels/training_page.h"
#include "panels/users_page.h"
#include "runs/run_record.h"
#include "runs/workspace.h"
#include "widget_test_main.h"
#include "widgets/config_form.h"
#include "widgets/metric_card.h"
#include "windows/main_window.h"
#include "workers/training_worker.h"

using namespace ui;

namespace {

void setEpochs(windows::MainWindow& w, int epochs) {
    qobject_cast<QSpinBox*>(w.experimentPage()->form()->editor("training.max_epochs"))
        ->setValue(epochs);
}

bool loadSample(windows::MainWindow& w) {
    QSignalSpy loaded(&w, &windows::MainWindow::datasetLoaded);
    w.openDataset(RW_TEST_SAMPLE_DIR);
    return loaded.wait(30000) && loaded.front().front().toBool();
}

}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    // The whole flow on the sample: load, change a hyperparameter, train 2 epochs with live
    // progress, results equal the run directory, per-user tables, exports.
    void wholeFlow() {
        windows::MainWindow w;
        w.setWorkspace(m_dir.filePath("ws"));
        w.show();
        QVERIFY(loadSample(w));
        QVERIFY(w.session()->dataset());
        QCOMPARE(w.session()->dataset()->ratings.size(), std::size_t(60000));

        setEpochs(w, 2);
        QCOMPARE(w.session()->config().training.maxEpochs, 2);

        QSignalSpy started(&w, &windows::MainWindow::trainingStarted);
        QSignalSpy finished(&w, &windows::MainWindow::trainingFinished);
        QVERIFY(w.startTraining());
        QCOMPARE(started.count(), 1);
        QVERIFY(w.isTraining());
        QSignalSpy batches(w.worker(), &workers::TrainingWorker::batchProgress);
        QSignalSpy epochs(w.worker(), &workers::TrainingWorker::epochFinished);
        QVERIFY(finished.wait(120000));
        QVERIFY(finished.front().front().toBool());
        QVERIFY(!w.isTraining());
        QVERIFY(batches.count() > 0);
        QCOMPARE(epochs.count(), 2);
        const auto lastBatch = qvariant_cast<core::training::BatchProgress>(batches.back().front());
        QCOMPARE(lastBatch.epoch, 2);
        QCOMPARE(lastBatch.batch, lastBatch.batchesPerEpoch);
        QCOMPARE(w.trainingPage()->lossChart()->validationPointCount(), 2);
        QCOMPARE(w.trainingPage()->lossChart()->trainPointCount(), 2);

        // Metric cards show what the run directory holds.
        const auto& run = w.session()->run();
        QVERIFY(run && run->model && run->prepared);
        std::string error;
        const auto saved = core::runs::readRun(run->record.path, &error);
        QVERIFY2(saved && saved->metrics, error.c_str());
        QCOMPARE(saved->summary.epochs, 2);
        auto* results = w.resultsPage();
        // Stars lead (the normalised values are the cards' small print).
        QCOMPARE(results->card("rmse")->value(),
                 panels::formatMetric(saved->metrics->regression.rmseStars()));
        QCOMPARE(results->card("mae")->value(),
                 panels::formatMetric(saved->metrics->regression.maeStars()));
        QCOMPARE(results->card("r2")->value(), panels::formatMetric(saved->metrics->regression.r2));
        QCOMPARE(results->card("precision")->value(),
                 panels::formatMetric(saved->metrics->ranking.precision));
        QCOMPARE(results->card("ndcg_notebook")->value(),
                 panels::formatMetric(saved->metrics->ranking.ndcgNotebook));
        QCOMPARE(results->card("ndcg")->value(),
                 panels::formatMetric(saved->metrics->ranking.ndcg));
        QCOMPARE(results->scatter()->pointCount(), int(saved->predictions.size()));

        // Per-user tables for a chosen user.
        const int userId = run->prepared->userIds[5];
        QVERIFY(w.usersPage()->showUser(userId));
        QVERIFY(w.usersPage()->testItems()->rowCount() > 0);
        QCOMPARE(w.usersPage()->recommendations()->rowCount(), 10);
        QVERIFY(w.usersPage()->findChild<QLabel*>("userMetrics")->text().contains("NDCG@10"));
        for (const bool recs : {false, true}) {
            const QString csv = m_dir.filePath(recs ? "recs.csv" : "tested.csv");
            QVERIFY(w.usersPage()->exportCsv(recs, csv).isEmpty());
            QFile f(csv);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const auto lines = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), 1 + (recs ? 10 : w.usersPage()->testItems()->rowCount()));
            QVERIFY(lines.front().startsWith("user_id,"));
        }
        QVERIFY(!w.usersPage()->showUser(99999999));

        // Every chart exports a PNG of the requested size that is not one flat colour.
        const auto charts =
            w.datasetPage()->charts() + w.trainingPage()->charts() + w.resultsPage()->charts();
        QCOMPARE(charts.size(), 7);
        for (const auto& chart : charts) {
            for (const double scale : {1.0, 2.0}) {
                const QString path =
                    m_dir.filePath(QString("%1@%2.png").arg(chart.fileStem).arg(scale));
                QString exportError;
                QVERIFY2(charts::exportChartPng(chart.widget, path, QSize(640, 400), scale,
                                                &exportError),
                         qPrintable(exportError));
                const QImage image(path);
                QCOMPARE(image.size(), QSize(int(640 * scale), int(400 * scale)));
                QVERIFY2(hasContent(image), qPrintable(chart.fileStem));
            }
        }
        // The report: a new folder with every chart and report.md.
        QString reportError;
        const QString report = w.exportReportTo(m_dir.filePath("reports"), &reportError);
        QVERIFY2(!report.isEmpty(), qPrintable(reportError));
        QVERIFY(QFile::exists(report + "/report.md"));
        QCOMPARE(QDir(report).entryList({"*.png"}).size(), 6);
        const QString second = w.exportReportTo(m_dir.filePath("reports"), &reportError);
        QVERIFY(second != report);  // never overwrites

        // The run list shows the run; opening it again restores the same results.
        w.runsPage()->refresh();
        QCOMPARE(w.runsPage()->model()->rowCount(), 1);
        QSignalSpy opened(&w, &windows::MainWindow::runOpened);
        w.openRun(QString::fromStdString(run->record.path.string()));
        QVERIFY(opened.wait(30000));
        QVERIFY(opened.front().front().toBool());
        QVERIFY(w.session()->run()->model);
        QCOMPARE(results->card("rmse")->value(),
                 panels::formatMetric(saved->metrics->regression.rmseStars()));
    }

    // Stop during training ends it in the epoch it was asked in and keeps a usable "stopped"
    // run. The stop latency is the time until the training thread leaves its loop (the
    // Evaluating stage arrives); it is printed, and its limit only catches a hang on a busy
    // machine. (The GUI's own pauses are measured by bench/gui_responsiveness.sh.)
    void stopEndsTrainingQuickly() {
        windows::MainWindow w;
        w.setWorkspace(m_dir.filePath("ws-stop"));
        QVERIFY(loadSample(w));
        setEpochs(w, 200);
        QSignalSpy finished(&w, &windows::MainWindow::trainingFinished);
        QVERIFY(w.startTraining());
        QSignalSpy epochs(w.worker(), &workers::TrainingWorker::epochFinished);
        QVERIFY(epochs.wait(60000));  // a best epoch exists
        QSignalSpy stages(w.worker(), &workers::TrainingWorker::stageChanged);
        QElapsedTimer clock;
        clock.start();
        const int epochsBeforeStop = epochs.count();
        w.stopTraining();
        const auto leftTheLoop = [&] {
            for (const auto& args : stages)
                if (args.front().toInt() == int(core::training::Stage::Evaluating))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(leftTheLoop(), 10000);
        const qint64 latency = clock.elapsed();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 30000);  // may have come while waiting above
        qInfo("training left its loop %lld ms after Stop; the stopped run was saved after %lld ms",
              latency, qint64(clock.elapsed()));
        QVERIFY(finished.front().front().toBool());
        QCOMPARE(w.session()->run()->record.summary.status, core::runs::RunStatus::Stopped);
        // The epoch in progress at Stop, and at most one finished epoch still in the signal queue.
        QVERIFY(int(w.session()->run()->record.history.size()) <= epochsBeforeStop + 2);
        QVERIFY(w.session()->run()->record.metrics.has_value());
    }

    // Quitting while training stops training before asking anything, then asks only whether
    // to keep the stopped run; "delete" removes it and the window closes.
    void quittingDuringTrainingStopsBeforeAsking() {
        windows::MainWindow w;
        const QString workspace = m_dir.filePath("ws-quit");
        w.setWorkspace(workspace);
        w.show();
        QVERIFY(loadSample(w));
        setEpochs(w, 200);
        w.session()->markConfigSaved();  // no "save the configuration?" question on closing
        QSignalSpy finished(&w, &windows::MainWindow::trainingFinished);
        QVERIFY(w.startTraining());
        QSignalSpy epochs(w.worker(), &workers::TrainingWorker::epochFinished);
        QVERIFY(epochs.wait(60000));
        bool endedWhileAsked = false;
        bool asked = false;
        QTimer::singleShot(0, &w, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = true;
            // Training ends while the question is up: it was stopped before it.
            QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 30000);
            endedWhileAsked = true;
            for (auto* button : box->buttons())
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
        });
        w.close();
        QVERIFY(asked);
        QVERIFY(endedWhileAsked);
        QTRY_VERIFY_WITH_TIMEOUT(!w.isVisible(), 10000);
        QCOMPARE(w.session()->run(), nullptr);
        QVERIFY(core::runs::listRuns(workspace.toStdString()).empty());  // deleted as asked
    }

    // The event-loop monitor (a 5 ms timer) exists only once a measurement is asked for, and
    // then runs only while training runs.
    void responsivenessIsMeasuredOnlyWhenAsked() {
        windows::MainWindow w;
        w.setWorkspace(m_dir.filePath("ws-measure"));
        QVERIFY(loadSample(w));
        setEpochs(w, 1);
        // A developer's measurement: never shown on the page.
        QVERIFY(!w.trainingPage()->findChild<QLabel*>("longestStall"));
        QSignalSpy finished(&w, &windows::MainWindow::trainingFinished);
        QVERIFY(w.startTraining());
        QVERIFY(w.findChildren<automation::EventLoopMonitor*>().isEmpty());
        QVERIFY(finished.wait(120000));
        QCOMPARE(w.lastTrainingStallMs(), 0.0);

        w.measureResponsiveness();
        const auto monitors = w.findChildren<automation::EventLoopMonitor*>();
        QCOMPARE(monitors.size(), 1);
        QVERIFY(!monitors.front()->isRunning());
        QVERIFY(w.startTraining());
        QVERIFY(monitors.front()->isRunning());
        QVERIFY(finished.wait(120000));
        QVERIFY(!monitors.front()->isRunning());
        QVERIFY(w.lastTrainingStallMs() > 0);
    }

    // One configuration: the dataset page's filter counts follow the experiment form's filters
    // (training using the form's values is checked by wholeFlow's epoch count).
    void datasetPageFollowsTheForm() {
        windows::MainWindow w;
        QVERIFY(loadSample(w));
        auto* minUser =
            qobject_cast<QSpinBox*>(w.experimentPage()->form()->editor("data.min_user_ratings"));
        minUser->setValue(40);
        QCOMPARE(w.session()->config().data.minUserRatings, 40);
        bool shown = false;
        for (auto* label : w.datasetPage()->findChildren<QLabel*>())
            shown = shown || label->text().contains("≥ 40 ratings per user");
        QVERIFY(shown);
    }

    // A broken folder shows the error in place, naming the file.
    void brokenDatasetShowsTheError() {
        windows::MainWindow w;
        QDir().mkpath(m_dir.filePath("broken"));
        QFile users(m_dir.filePath("broken/users.dat"));
        QVERIFY(users.open(QIODevice::WriteOnly));
        users.write("1::F::1::10::48067\n");
        users.close();
        QFile::copy(QString(RW_TEST_SAMPLE_DIR) + "/movies.dat",
                    m_dir.filePath("broken/movies.dat"));
        QSignalSpy loaded(&w, &windows::MainWindow::datasetLoaded);
        w.openDataset(m_dir.filePath("broken"));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.front().front().toBool(), false);
        bool shown = false;
        for (auto* label : w.datasetPage()->findChildren<QLabel*>())
            shown = shown || (label->isVisibleTo(w.datasetPage()) &&
                              label->text().contains("ratings.dat: not found"));
        QVERIFY(shown);
        QVERIFY(!w.session()->dataset());
        QVERIFY(!w.startTraining());
    }
};

RW_UI_TEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
