#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

#include <unistd.h>
#include <sstream>

#include "cli/command_line.h"
#include "runs/run_record.h"
#include "sweep/slurm.h"
#include "sweep/sweep_state.h"
#include "test_support.h"
#include "util/atomic_file.h"
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

std::string specText(const char* strategy, int trials, int startup) {
    return std::string(
               "base:\n"
               "  training: {max_epochs: 2, batch_size: 64}\n"
               "  runtime: {device: cpu, threads: 1}\n"
               "strategy: ") +
           strategy + "\ntrials: " + std::to_string(trials) +
           "\nstartup_trials: " + std::to_string(startup) +
           "\nseed: 5\n"
           "parameters:\n"
           "  training.learning_rate: {range: {low: 0.0005, high: 0.02, scale: log}}\n"
           "  model.dropout: {values: [0.1, 0.3]}\n";
}

// The run folder of every training agrees with what sweep.json recorded for it.
void checkAgainstRunFolders(const std::filesystem::path& folder, const sweep::SweepState& state) {
    for (const auto& t : state.trials)
        for (const auto& r : t.runs) {
            QCOMPARE(r.state, sweep::TrainingState::Completed);
            const auto summary = runs::readRunSummary(folder / r.runName, nullptr);
            QVERIFY2(summary, r.runName.c_str());
            QVERIFY(r.objective.has_value());
            QCOMPARE(*r.objective, std::sqrt(summary->bestValidationLoss) * 5.0);
            QVERIFY(r.test.has_value());
        }
}

}  // namespace

// A sweep on Slurm: job-array scripts, the tasks' run folders, collection, TPE waves. The logic
// is tested always, by running the array tasks' command here; the real round trip through
// sbatch needs a single-node Slurm, which packaging/slurm-local.sh starts when run as root.
class TestSweepSlurm : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string m_data;
    bool m_startedSlurm = false;

private slots:
    void initTestCase() {
        m_data = (test_support::path(m_dir) / "tiny").string();
        QCOMPARE(run({"generate", "--out", m_data, "--preset", "tiny"}).code, 0);
    }

    void cleanupTestCase() {
        if (m_startedSlurm)
            QProcess::execute("bash", {RW_TEST_SOURCE_DIR "/packaging/slurm-local.sh", "stop"});
    }

    // Written, not submitted: the script names every training; running its tasks' command and
    // collecting completes the sweep with the run folders' results.
    void scriptTasksAndCollection() {
        const auto workspace = test_support::path(m_dir) / "ws-local";
        const auto spec = test_support::path(m_dir) / "random.yaml";
        test_support::writeFile(spec, specText("random", 3, 1));
        const auto r = run({"sweep", spec.string(), "--slurm", "--slurm-no-submit", "--workspace",
                            workspace.string(), "--data", m_data, "--name", "s", "--slurm-cli",
                            RW_TEST_CLI, "--slurm-cpus", "2", "--slurm-time", "00:10:00"});
        QVERIFY2(r.code == 0, r.err.c_str());
        const auto folder = workspace / "s";
        const auto script = util::readWholeFile(folder / "slurm-wave-1.sbatch", nullptr);
        QVERIFY(script);
        const QString s = QString::fromStdString(*script);
        QVERIFY(s.contains("#SBATCH --array=0-2"));
        QVERIFY(s.contains("#SBATCH --cpus-per-task=2"));
        QVERIFY(s.contains("#SBATCH --time=00:10:00"));
        QVERIFY(s.contains("--slurm-task '" +
                           QString::fromStdString(std::filesystem::absolute(folder).string()) +
                           "' --wave 1 --index \"$SLURM_ARRAY_TASK_ID\" --threads 2"));
        QVERIFY(s.contains("#   2: trial 3 ("));
        auto state = sweep::readSweepState(folder, nullptr);
        QCOMPARE(state->slurmWaves.size(), std::size_t(1));
        QVERIFY(state->slurmWaves[0].jobId.empty());
        QCOMPARE(state->trials.size(), std::size_t(3));
        // Nothing has run: --status finds 3 trainings still out.
        std::string error;
        auto c = sweep::collectSlurmResults(folder, &error);
        QVERIFY2(c, error.c_str());
        QCOMPARE(c->running, 3);
        // A local sweep refuses it.
        QVERIFY(run({"sweep", "--resume", folder.string()}).code != 0);
        for (int i = 0; i < 3; ++i) {
            const auto task = run({"sweep", "--slurm-task", folder.string(), "--wave", "1",
                                   "--index", std::to_string(i), "--threads", "1"});
            QVERIFY2(task.code == 0, task.err.c_str());
            QVERIFY(QString::fromStdString(task.out).contains("completed"));
        }
        const auto status = run({"sweep", "--status", folder.string(), "--json"});
        QCOMPARE(status.code, 0);
        state = sweep::readSweepState(folder, nullptr);
        QVERIFY(state->finished);
        checkAgainstRunFolders(folder, *state);
        // Nothing more to submit.
        const auto next = run({"sweep", "--slurm-next", folder.string(), "--slurm-no-submit"});
        QCOMPARE(next.code, 0);
        QVERIFY(QString::fromStdString(next.out).contains("has ended"));
    }

    // TPE in waves: the start-up trials, then the rest suggested from them.
    void tpeGoesInWaves() {
        const auto workspace = test_support::path(m_dir) / "ws-waves";
        const auto spec = test_support::path(m_dir) / "tpe.yaml";
        test_support::writeFile(spec, specText("tpe", 4, 2));
        QCOMPARE(
            run({"sweep", spec.string(), "--slurm", "--slurm-no-submit", "--workspace",
                 workspace.string(), "--data", m_data, "--name", "t", "--slurm-cli", RW_TEST_CLI})
                .code,
            0);
        const auto folder = workspace / "t";
        QCOMPARE(sweep::readSweepState(folder, nullptr)->trials.size(), std::size_t(2));
        // The next wave waits for this one.
        QVERIFY(QString::fromStdString(
                    run({"sweep", "--slurm-next", folder.string(), "--slurm-no-submit"}).out)
                    .contains("still running"));
        for (int i = 0; i < 2; ++i)
            QCOMPARE(run({"sweep", "--slurm-task", folder.string(), "--wave", "1", "--index",
                          std::to_string(i)})
                         .code,
                     0);
        const auto next = run({"sweep", "--slurm-next", folder.string(), "--slurm-no-submit"});
        QVERIFY2(QString::fromStdString(next.out).contains("wave 2 of 2 trainings"),
                 next.out.c_str());
        for (int i = 0; i < 2; ++i)
            QCOMPARE(run({"sweep", "--slurm-task", folder.string(), "--wave", "2", "--index",
                          std::to_string(i)})
                         .code,
                     0);
        QCOMPARE(run({"sweep", "--status", folder.string()}).code, 0);
        const auto state = sweep::readSweepState(folder, nullptr);
        QVERIFY(state->finished);
        QCOMPARE(state->trials.size(), std::size_t(4));
        checkAgainstRunFolders(folder, *state);
    }

    // The real round trip: sbatch, a job array on a single-node Slurm, collection.
    void roundTripThroughSlurm() {
        if (geteuid() != 0)
            QSKIP(
                "the Slurm round trip starts slurmctld, slurmd and munged: run the tests as root");
        QProcess status;
        status.start("bash", {RW_TEST_SOURCE_DIR "/packaging/slurm-local.sh", "status"});
        status.waitForFinished(30000);
        if (status.exitCode() != 0) {
            QProcess start;
            start.setProcessChannelMode(QProcess::MergedChannels);
            start.start("bash", {RW_TEST_SOURCE_DIR "/packaging/slurm-local.sh", "start"});
            if (!start.waitForFinished(300000) || start.exitCode() != 0)
                QSKIP(qPrintable("Slurm could not start here: " +
                                 QString::fromUtf8(start.readAll()).trimmed()));
            m_startedSlurm = true;
        }
        const auto workspace = test_support::path(m_dir) / "ws-slurm";
        const auto spec = test_support::path(m_dir) / "slurm.yaml";
        test_support::writeFile(spec, specText("random", 3, 1));
        const auto r =
            run({"sweep", spec.string(), "--slurm", "--workspace", workspace.string(), "--data",
                 m_data, "--name", "real", "--slurm-cli", RW_TEST_CLI, "--slurm-mem", "1G"});
        QVERIFY2(r.code == 0, r.err.c_str());
        QVERIFY2(QString::fromStdString(r.out).contains("submitted as Slurm job"), r.out.c_str());
        const auto folder = workspace / "real";
        QElapsedTimer clock;
        clock.start();
        std::optional<sweep::SweepState> state;
        while (clock.elapsed() < 240000) {
            QCOMPARE(run({"sweep", "--status", folder.string(), "--json"}).code, 0);
            state = sweep::readSweepState(folder, nullptr);
            if (state && state->finished)
                break;
            QThread::msleep(1000);
        }
        QVERIFY2(state && state->finished, "the Slurm job array did not finish within 4 minutes");
        qInfo("3 trainings through Slurm in %lld ms", qint64(clock.elapsed()));
        checkAgainstRunFolders(folder, *state);
        QVERIFY(!state->slurmWaves[0].jobId.empty());
        // The tasks wrote their logs where the script said.
        QVERIFY(std::filesystem::exists(folder / "slurm-logs" / "wave1-0.out"));
    }
};

QTEST_GUILESS_MAIN(TestSweepSlurm)
#include "tst_sweep_slurm.moc"
