#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

#include <sstream>

#include "cli/command_line.h"
#include "runs/run_record.h"
#include "runs/workspace.h"
#include "sweep/sweep_leaderboard.h"
#include "sweep/sweep_state.h"
#include "test_support.h"
#include "util/json.h"

using namespace core;
namespace cli = app::cli;

namespace {

struct Result {
    int code;
    std::string out, err;
};

Result run(std::vector<std::string> args) {
    std::ostringstream out, err;
    const int code = cli::runCommandLine(args, out, err);
    return {code, out.str(), err.str()};
}

// A TPE sweep whose later suggestions and pruning decisions depend on the earlier trials'
// objectives: small batches so that a training lasts long enough to be killed in the middle.
const char* kSpec =
    "base:\n"
    "  training: {max_epochs: 5, batch_size: 32}\n"
    "  early_stopping: {patience: 2}\n"
    "  runtime: {device: cpu, threads: 1}\n"
    "strategy: tpe\n"
    "trials: 6\n"
    "startup_trials: 2\n"
    "seed: 13\n"
    "early_termination: {kind: median, warmup_epochs: 1, min_trials: 2}\n"
    "parameters:\n"
    "  training.learning_rate: {range: {low: 0.0001, high: 0.03, scale: log}}\n"
    "  model.user_embedding_dim: {range: {low: 4, high: 32, scale: log}}\n";

// What must agree between two sweeps of the same spec and seed.
QStringList trialLines(const sweep::SweepState& s) {
    QStringList lines;
    for (const auto& t : s.trials) {
        QString line = QString("trial %1:").arg(t.number);
        for (const auto& v : t.values)
            line += " " + QString::fromStdString(config::formatFieldValue(v));
        for (const auto& r : t.runs)
            line += QString(" %1 %2 pruned@%3")
                        .arg(QString::fromStdString(std::string(sweep::trainingStateText(r.state))))
                        .arg(r.objective ? *r.objective : -1.0, 0, 'g', 17)
                        .arg(r.prunedEpoch);
        lines << line;
    }
    return lines;
}

}  // namespace

class TestSweepCommand : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string m_data, m_spec;

private slots:
    void initTestCase() {
        m_data = (test_support::path(m_dir) / "tiny").string();
        QCOMPARE(run({"generate", "--out", m_data, "--preset", "tiny"}).code, 0);
        m_spec = (test_support::path(m_dir) / "sweep.yaml").string();
        test_support::writeFile(m_spec, kSpec);
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("nothing to do") << QStringList{"sweep"} << "give a SPEC file";
        QTest::newRow("spec and resume")
            << QStringList{"sweep", "s.yaml", "--resume", "x"} << "excludes";
        QTest::newRow("resume and status")
            << QStringList{"sweep", "--resume", "x", "--status", "y"} << "excludes";
        QTest::newRow("zero concurrency")
            << QStringList{"sweep", "s.yaml", "--concurrency", "0"} << "--concurrency";
        QTest::newRow("unknown option")
            << QStringList{"sweep", "s.yaml", "--trials", "3"} << "unknown option --trials";
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        QFETCH(QString, fragment);
        std::vector<std::string> argv;
        for (const auto& a : args)
            argv.push_back(a.toStdString());
        const auto r = run(argv);
        QCOMPARE(r.code, int(cli::kExitUsage));
        QVERIFY2(QString::fromStdString(r.err).contains(fragment), r.err.c_str());
    }

    void invalidSpecIsAConfigurationError() {
        const auto bad = (test_support::path(m_dir) / "bad.yaml").string();
        test_support::writeFile(bad,
                                "parameters:\n"
                                "  training.learning_rate:\n"
                                "    range: {low: 0, high: 0.1, scale: log}\n"
                                "  model.dropout: {values: [2]}\n");
        const auto r = run({"sweep", bad, "--data", m_data, "--workspace",
                            (test_support::path(m_dir) / "ws-bad").string()});
        QCOMPARE(r.code, int(cli::kExitConfigError));
        const auto err = QString::fromStdString(r.err);
        QVERIFY2(err.contains("bad.yaml:3: `parameters.training.learning_rate.range.low` must be "
                              "> 0 for a log scale (got 0)"),
                 r.err.c_str());
        QVERIFY(err.contains("bad.yaml:4: in `parameters.model.dropout.values`"));
        QVERIFY(!std::filesystem::exists(test_support::path(m_dir) / "ws-bad"));
    }

    // The table and the JSON of a finished grid sweep, and --status of it.
    void tableAndJson() {
        const auto spec = (test_support::path(m_dir) / "grid.yaml").string();
        test_support::writeFile(spec,
                                "base: {training: {max_epochs: 2, batch_size: 256}, runtime: "
                                "{threads: 1}}\n"
                                "strategy: grid\n"
                                "parameters:\n"
                                "  model.dropout: {values: [0.0, 0.2]}\n");
        const auto workspace = (test_support::path(m_dir) / "ws-grid").string();
        const auto r = run({"sweep", spec, "--data", m_data, "--workspace", workspace, "--name",
                            "grid", "--quiet"});
        QVERIFY2(r.code == 0, r.err.c_str());
        const auto out = QString::fromStdString(r.out);
        QVERIFY2(out.contains("State: finished: all 2 trials ran"), r.out.c_str());
        QVERIFY2(out.contains(QRegularExpression(
                     "rank  trial  model.dropout  validation_rmse ↓  test RMSE  epochs  status\n"
                     "   1      [12]  0\\.?2?  +[0-9.]+ +[0-9.]+ +2 +completed\n")),
                 r.out.c_str());

        const auto j = run({"sweep", "--status", workspace + "/grid", "--json"});
        QCOMPARE(j.code, 0);
        std::string error;
        const auto doc = util::parseJson(j.out, &error);
        QVERIFY2(doc, error.c_str());
        QCOMPARE((*doc)["finished"].get<bool>(), true);
        QCOMPARE((*doc)["running"].get<bool>(), false);
        const auto& board = (*doc)["leaderboard"];
        QCOMPARE(board.size(), std::size_t(2));
        QCOMPARE(board[0]["rank"].get<int>(), 1);
        QVERIFY(board[0]["objective"].get<double>() <= board[1]["objective"].get<double>());
        QCOMPARE(board[0]["runs"].size(), std::size_t(1));
        // The trials are runs like any other.
        const auto runsList = run({"runs", "--workspace", workspace + "/grid"});
        QCOMPARE(QString::fromStdString(runsList.out).count("completed"), 2);
    }

    // A real `sweep` process killed with SIGKILL in the middle of a training: --status shows
    // the training as interrupted; --resume trains it again and ends with exactly the trials,
    // values, pruning decisions and objectives of an uninterrupted sweep of the same spec
    // (one training at a time, and two, when two are killed at once).
    void killedSweepResumesToTheSameLeaderboard_data() {
        QTest::addColumn<int>("concurrency");
        QTest::newRow("sequential") << 1;
        QTest::newRow("two at once") << 2;
    }
    void killedSweepResumesToTheSameLeaderboard() {
        QFETCH(int, concurrency);
        const auto workspace =
            test_support::path(m_dir) / ("ws-kill-" + std::to_string(concurrency));
        const auto cliArgs = [&](const std::string& name) {
            return QStringList{"sweep",         QString::fromStdString(m_spec),
                               "--data",        QString::fromStdString(m_data),
                               "--workspace",   QString::fromStdString(workspace.string()),
                               "--name",        QString::fromStdString(name),
                               "--concurrency", QString::number(concurrency),
                               "--quiet"};
        };
        QElapsedTimer clock;
        clock.start();
        QProcess whole;
        whole.start(QStringLiteral(RW_TEST_CLI), cliArgs("whole"));
        QVERIFY(whole.waitForFinished(300000));
        QVERIFY2(whole.exitCode() == 0, whole.readAllStandardError().constData());
        const qint64 wholeMs = clock.elapsed();

        QProcess killed;
        killed.start(QStringLiteral(RW_TEST_CLI), cliArgs("killed"));
        QVERIFY(killed.waitForStarted());
        const auto folder = workspace / "killed";
        // Kill once trial 3 or later is training and has recorded an epoch.
        bool midTraining = false;
        for (QElapsedTimer waited; !waited.isValid() || waited.elapsed() < 300000;) {
            if (!waited.isValid())
                waited.start();
            if (killed.state() == QProcess::NotRunning)
                break;
            if (const auto s = sweep::readSweepState(folder, nullptr); s && s->trials.size() >= 3) {
                const auto& run = s->trials.back().runs.front();
                const auto summary =
                    run.state == sweep::TrainingState::Running && !run.runName.empty()
                        ? runs::readRunSummary(folder / run.runName, nullptr)
                        : std::nullopt;
                if (summary && summary->epochs >= 1) {
                    midTraining = true;
                    break;
                }
            }
            QThread::msleep(5);
        }
        QVERIFY2(midTraining, "the sweep ended before it could be killed mid-training");
        killed.kill();  // SIGKILL: nothing is flushed, no handler runs
        QVERIFY(killed.waitForFinished(30000));
        QCOMPARE(killed.exitStatus(), QProcess::CrashExit);

        std::string error;
        const auto atKill = sweep::readSweepState(folder, &error);
        QVERIFY2(atKill, error.c_str());
        QVERIFY(!atKill->finished);
        QVERIFY(!sweep::isSweepRunning(folder));
        const auto status = run({"sweep", "--status", folder.string()});
        QCOMPARE(status.code, 0);
        QVERIFY2(QString::fromStdString(status.out).contains("interrupted"), status.out.c_str());
        bool folderInterrupted = false;
        for (const auto& t : atKill->trials)
            for (const auto& r : t.runs)
                if (r.state == sweep::TrainingState::Running) {
                    const auto s = runs::readRunSummary(folder / r.runName, nullptr);
                    // Interrupted, or killed before its run.json was written.
                    folderInterrupted =
                        folderInterrupted || !s || s->status == runs::RunStatus::Interrupted;
                }
        QVERIFY(folderInterrupted);

        QProcess resume;
        resume.start(QStringLiteral(RW_TEST_CLI),
                     {"sweep", "--resume", QString::fromStdString(folder.string()), "--quiet"});
        QVERIFY(resume.waitForFinished(300000));
        QVERIFY2(resume.exitCode() == 0, resume.readAllStandardError().constData());

        const auto expected = sweep::readSweepState(workspace / "whole", &error);
        const auto got = sweep::readSweepState(folder, &error);
        QVERIFY2(expected && got, error.c_str());
        QVERIFY(got->finished);
        QCOMPARE(got->trials.size(), std::size_t(6));
        QCOMPARE(trialLines(*got), trialLines(*expected));
        const auto a = sweep::leaderboard(*expected), b = sweep::leaderboard(*got);
        for (std::size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(b[i].trial, a[i].trial);
            QCOMPARE(b[i].rank, a[i].rank);
            QCOMPARE(b[i].objective, a[i].objective);
        }
        // Every training has one finished run folder; none is left interrupted.
        int folders = 0;
        for (const auto& path : runs::listRuns(folder)) {
            const auto s = runs::readRunSummary(path, nullptr);
            QVERIFY(s && s->status != runs::RunStatus::Interrupted &&
                    s->status != runs::RunStatus::Running);
            ++folders;
        }
        QCOMPARE(folders, 6);
        qInfo("uninterrupted sweep: %lld ms; whole test: %lld ms", wholeMs, clock.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestSweepCommand)
#include "tst_sweep_command.moc"
