#include <QAbstractButton>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>

#include "models/movielens_labels.h"
#include "models/run_list_model.h"
#include "models/session.h"
#include "panels/runs_page.h"
#include "runs/run_record.h"
#include "runs/workspace.h"
#include "test_support.h"
#include "widget_test_main.h"
#include "windows/main_window.h"

using namespace ui;
namespace runs = core::runs;

namespace {

struct CliResult {
    int code = -1;
    QString out, err;
};

CliResult runCli(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(RW_TEST_CLI), args);
    CliResult r;
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

}  // namespace

// A real training process killed with SIGKILL (as by the OOM killer or a power cut): its
// folder reads as interrupted, with the epochs it finished, in the CLI and on the Runs page;
// its best epoch can still be evaluated and opened; and it can be deleted from the window.
class TestInterruptedRun : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void killedTrainingShowsAsInterrupted() {
        const auto workspace = test_support::path(m_dir) / "ws";
        const auto run = workspace / "killed";
        QProcess training;
        training.start(QStringLiteral(RW_TEST_CLI),
                       {"train", "--data", RW_TEST_SAMPLE_DIR, "--workspace",
                        QString::fromStdString(workspace.string()), "--name", "killed", "--quiet",
                        "--set", "training.max_epochs=1000", "--set",
                        "early_stopping.patience=1000", "--set", "scheduler.patience=1000"});
        QVERIFY(training.waitForStarted());
        // run.json counts an epoch once it is recorded (a new best one once its model is saved).
        const auto recordedEpochs = [&] {
            const auto s = runs::readRunSummary(run, nullptr);
            return s ? s->epochs : 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(recordedEpochs() >= 2, 120000);

        // While the process lives, the run is "running" and cannot be deleted.
        auto live = runs::readRunSummary(run, nullptr);
        QVERIFY(live);
        QCOMPARE(live->status, runs::RunStatus::Running);
        QVERIFY(runs::deleteRun(run).has_value());

        training.kill();  // SIGKILL: no handler runs, nothing is flushed
        QVERIFY(training.waitForFinished(30000));
        QCOMPARE(training.exitStatus(), QProcess::CrashExit);

        const auto summary = runs::readRunSummary(run, nullptr);
        QVERIFY(summary);
        QCOMPARE(summary->status, runs::RunStatus::Interrupted);
        QVERIFY2(summary->epochs >= 2, qPrintable(QString::number(summary->epochs)));
        QVERIFY(summary->bestEpoch >= 1 && summary->bestEpoch <= summary->epochs);
        QVERIFY(summary->hasModel);
        QVERIFY(!summary->hasMetrics);
        QVERIFY(
            QString::fromStdString(summary->message).contains("was killed or the machine stopped"));
        const auto record = runs::readRun(run, nullptr);
        QVERIFY(record);
        QVERIFY(int(record->history.size()) >= summary->epochs);  // history.csv is written first
        QCOMPARE(record->config.training.maxEpochs, 1000);

        // The command line lists it with its epochs, and evaluates its best epoch.
        const auto list =
            runCli({"runs", "--workspace", QString::fromStdString(workspace.string())});
        QCOMPARE(list.code, 0);
        QVERIFY2(list.out.contains(QStringLiteral("killed  interrupted")), qPrintable(list.out));
        QVERIFY2(
            list.out.contains(
                QStringLiteral("epochs %1, best %2").arg(summary->epochs).arg(summary->bestEpoch)),
            qPrintable(list.out));
        const auto evaluated = runCli({"evaluate", "--run", QString::fromStdString(run.string())});
        QVERIFY2(evaluated.code == 0, qPrintable(evaluated.err));
        QVERIFY(evaluated.out.contains(
            QStringLiteral("interrupted after %1 epochs").arg(summary->epochs)));
        QVERIFY(evaluated.out.contains(QStringLiteral("RMSE")));

        // The Runs page shows the same; opening it computes its best epoch's test metrics.
        windows::MainWindow w;
        w.setWorkspace(QString::fromStdString(workspace.string()));
        auto* page = w.runsPage();
        auto* model = page->model();
        QCOMPARE(model->rowCount(), 1);
        const auto cell = [&](const QString& header) {
            for (int c = 0; c < model->columnCount(); ++c)
                if (model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString() == header)
                    return model->data(model->index(0, c), Qt::DisplayRole).toString();
            return QString();
        };
        QCOMPARE(cell(QStringLiteral("Status")),
                 models::runStatusLabel(runs::RunStatus::Interrupted));
        QCOMPARE(cell(QStringLiteral("Epochs")), QString::number(summary->epochs));
        QCOMPARE(cell(QStringLiteral("Best epoch")), QString::number(summary->bestEpoch));

        QSignalSpy opened(&w, &windows::MainWindow::runOpened);
        w.openRun(QString::fromStdString(run.string()));
        QVERIFY(opened.wait(60000));
        QVERIFY(opened.front().front().toBool());
        QVERIFY(w.session()->run()->record.metrics.has_value());

        // Delete from the page, answering its confirmation as a user would.
        auto* view = page->findChild<QTableView*>();
        QVERIFY(view);
        view->selectRow(0);
        QTimer::singleShot(0, [] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (box)
                box->button(QMessageBox::Yes)->click();
        });
        QPushButton* remove = nullptr;
        for (auto* b : page->findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("Delete…"))
                remove = b;
        QVERIFY(remove);
        remove->click();
        QVERIFY(!std::filesystem::exists(run));
        QCOMPARE(model->rowCount(), 0);
    }
};

RW_UI_TEST_MAIN(TestInterruptedRun)
#include "tst_interrupted_run.moc"
