#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <stop_token>

#include "config/config_io.h"
#include "data/synthetic_movielens.h"
#include "runs/run_record.h"
#include "runs/workspace.h"
#include "sweep/sweep_leaderboard.h"
#include "sweep/sweep_runner.h"
#include "test_support.h"
#include "util/file_lock.h"

using namespace core;
using namespace core::sweep;

namespace {

// Counts the sink's calls; optionally requests a stop when a given trial starts.
class RecordingSink : public SweepSink {
public:
    std::stop_source* stop = nullptr;
    int stopAtTrial = 0;
    int started = 0, epochs = 0, finished = 0, sweepsFinished = 0;
    std::vector<int> startOrder;
    void trialStarted(const Trial& trial, int repeat) override {
        ++started;
        startOrder.push_back(trial.number * 100 + repeat);
        if (stop && trial.number == stopAtTrial)
            stop->request_stop();
    }
    void trialEpoch(const Trial&, int, const training::EpochResult&) override { ++epochs; }
    void trialFinished(const Trial&, int, const SweepState&) override { ++finished; }
    void sweepFinished(const SweepState&) override { ++sweepsFinished; }
};

SweepSpec parseOrDie(const std::string& yaml) {
    const auto r = parseSweepSpec(yaml, "test.yaml", {});
    if (!r.ok())
        qFatal("%s", r.errors.front().message.c_str());
    return r.spec;
}

// The base of every test sweep: tiny data, few epochs, one thread.
const char* kBase =
    "base:\n"
    "  training: {max_epochs: 3, batch_size: 256}\n"
    "  early_stopping: {patience: 2}\n"
    "  runtime: {device: cpu, threads: 1}\n";

// What must be equal between two sweeps with the same spec and seed.
struct TrialOutcome {
    int number;
    ParameterValues values;
    std::vector<std::string> states;
    std::vector<std::optional<double>> objectives;
    std::vector<int> prunedEpochs;
    friend bool operator==(const TrialOutcome&, const TrialOutcome&) = default;
};

std::vector<TrialOutcome> outcomes(const SweepState& s) {
    std::vector<TrialOutcome> out;
    for (const auto& t : s.trials) {
        TrialOutcome o{t.number, t.values, {}, {}, {}};
        for (const auto& r : t.runs) {
            o.states.emplace_back(trainingStateText(r.state));
            o.objectives.push_back(r.objective);
            o.prunedEpochs.push_back(r.prunedEpoch);
        }
        out.push_back(std::move(o));
    }
    return out;
}

QString describe(const std::vector<TrialOutcome>& v) {
    QString s;
    for (const auto& o : v) {
        s += QString("trial %1:").arg(o.number);
        for (std::size_t i = 0; i < o.states.size(); ++i)
            s += QString(" %1 %2")
                     .arg(QString::fromStdString(o.states[i]))
                     .arg(o.objectives[i] ? *o.objectives[i] : -1.0, 0, 'g', 17);
        s += "\n";
    }
    return s;
}

}  // namespace

class TestSweepRunner : public QObject {
    Q_OBJECT

    std::shared_ptr<const data::MovieLensData> m_data;
    QTemporaryDir m_dir;
    int m_sweeps = 0;

    std::filesystem::path newSweep(const std::string& yaml, int concurrency = 1) {
        NewSweep n;
        n.spec = parseOrDie(yaml);
        n.specText = yaml;
        n.specSource = "test.yaml";
        n.workspace = test_support::path(m_dir) / "ws";
        n.name = "sweep-" + std::to_string(++m_sweeps);
        n.concurrency = concurrency;
        std::string error;
        const auto folder = createSweep(n, &error);
        if (!folder)
            qFatal("%s", error.c_str());
        return *folder;
    }

    SweepOutcome run(const std::filesystem::path& folder, SweepSink& sink, int concurrency = 1,
                     std::stop_token stop = {}) {
        SweepRunOptions options;
        options.data = m_data;
        options.concurrency = concurrency;
        return runSweep(folder, options, sink, stop);
    }

private slots:
    void initTestCase() {
        m_data = std::make_shared<const data::MovieLensData>(
            data::generateSyntheticMovieLens(*data::syntheticPreset("tiny")));
    }

    // Each training is an ordinary run folder in the sweep folder; sweep.json and the
    // leaderboard hold exactly the metrics those folders hold.
    void leaderboardEqualsRunFolders() {
        const auto folder = newSweep(std::string(kBase) +
                                     "strategy: grid\n"
                                     "objective: {metric: test_rmse}\n"
                                     "parameters:\n"
                                     "  training.learning_rate: {values: [0.001, 0.01]}\n"
                                     "  model.dropout: {values: [0.0, 0.3]}\n");
        RecordingSink sink;
        const auto outcome = run(folder, sink);
        QVERIFY2(outcome.ok, outcome.error.c_str());
        QVERIFY(!outcome.stopped);
        QVERIFY(outcome.state.finished);
        QCOMPARE(outcome.state.endReason, std::string("all 4 trials ran"));
        QCOMPARE(sink.started, 4);
        QCOMPARE(sink.finished, 4);
        QCOMPARE(sink.sweepsFinished, 1);
        QVERIFY(sink.epochs >= 4);

        std::string error;
        const auto saved = readSweepState(folder, &error);
        QVERIFY2(saved, error.c_str());
        QCOMPARE(*saved, outcome.state);
        QCOMPARE(runs::listRuns(folder).size(), std::size_t(4));
        for (const auto& trial : saved->trials) {
            const auto& r = trial.runs.at(0);
            QCOMPARE(r.state, TrainingState::Completed);
            const auto record = runs::readRun(folder / r.runName, &error);
            QVERIFY2(record, error.c_str());
            QVERIFY(record->metrics);
            QCOMPARE(r.test->rmseStars, record->metrics->regression.rmseStars());
            QCOMPARE(r.test->maeStars, record->metrics->regression.maeStars());
            QCOMPARE(r.test->ndcgAtK, record->metrics->ranking.ndcg);
            QCOMPARE(*r.objective, record->metrics->regression.rmseStars());
            QCOMPARE(r.epochs, record->summary.epochs);
            QCOMPARE(r.validationRmse.size(), record->history.size());
            QCOMPARE(r.validationRmse.back(),
                     std::sqrt(record->history.back().validationLoss) * 5.0);
            QCOMPARE(record->config.training.learningRate, std::get<double>(trial.values[0]));
            QCOMPARE(record->config.model.dropout, std::get<double>(trial.values[1]));
            QVERIFY(QString::fromStdString(record->summary.tag).startsWith("sweep sweep-"));
        }
        // Ranked by test RMSE, ascending.
        const auto board = leaderboard(*saved);
        QCOMPARE(board.size(), std::size_t(4));
        for (std::size_t i = 0; i < board.size(); ++i) {
            QCOMPARE(board[i].rank, int(i) + 1);
            QVERIFY(board[i].testRmse);
            QCOMPARE(*board[i].objective, *board[i].testRmse);
            if (i > 0)
                QVERIFY(*board[i - 1].objective <= *board[i].objective);
        }

        // Running a finished sweep again does nothing.
        RecordingSink again;
        const auto rerun = run(folder, again);
        QVERIFY(rerun.ok);
        QCOMPARE(again.started, 0);
        QCOMPARE(outcomes(rerun.state), outcomes(outcome.state));
    }

    // Repeats train each trial with training.seed + r; the leaderboard shows mean and spread.
    void repeatsAveraged() {
        const auto folder = newSweep(std::string(kBase) +
                                     "strategy: random\n"
                                     "trials: 2\n"
                                     "repeats: 2\n"
                                     "seed: 4\n"
                                     "parameters:\n"
                                     "  training.learning_rate: {range: {low: 0.001, high: "
                                     "0.01, scale: log}}\n");
        RecordingSink sink;
        const auto outcome = run(folder, sink);
        QVERIFY2(outcome.ok, outcome.error.c_str());
        QCOMPARE(sink.startOrder, (std::vector<int>{100, 101, 200, 201}));
        const auto& t = outcome.state.trials.at(0);
        QCOMPARE(t.runs.size(), std::size_t(2));
        QCOMPARE(t.runs[0].runName, std::string("trial-001-r0"));
        QCOMPARE(t.runs[1].trainingSeed, t.runs[0].trainingSeed + 1);
        std::string error;
        const auto record = runs::readRun(folder / "trial-001-r1", &error);
        QVERIFY2(record, error.c_str());
        QCOMPARE(record->config.training.seed, std::int64_t(1));
        const auto board = leaderboard(outcome.state);
        const auto& row = board.front().trial == 1 ? board[0] : board[1];
        const double a = *t.runs[0].objective, b = *t.runs[1].objective;
        QCOMPARE(row.repeats, 2);
        QCOMPARE(*row.objective, (a + b) / 2);
        QVERIFY(std::abs(row.spread - std::abs(a - b) / std::sqrt(2.0)) < 1e-12);
        QVERIFY(a != b);  // another seed trains differently
    }

    // Median stopping prunes trials in a real sweep: the run folder stays ("stopped", with the
    // reason), sweep.json records the epoch and the reason.
    void pruningKeepsTheRunFolder() {
        const auto folder = newSweep(
            "base:\n"
            "  training: {max_epochs: 6, batch_size: 256}\n"
            "  early_stopping: {patience: 6}\n"
            "  runtime: {device: cpu, threads: 1}\n"
            "strategy: grid\n"
            "early_termination: {kind: median, warmup_epochs: 1, min_trials: 1}\n"
            "parameters:\n"
            "  training.learning_rate: {values: [0.003, 0.00001, 0.000011, 0.000012]}\n");
        RecordingSink sink;
        const auto outcome = run(folder, sink);
        QVERIFY2(outcome.ok, outcome.error.c_str());
        int pruned = 0;
        for (const auto& trial : outcome.state.trials) {
            const auto& r = trial.runs.at(0);
            if (r.state != TrainingState::Pruned)
                continue;
            ++pruned;
            QCOMPARE(r.prunedEpoch, 2);  // the first epoch after the warm-up
            QCOMPARE(r.epochs, 2);
            QVERIFY2(
                QString::fromStdString(r.pruneReason)
                    .contains(QRegularExpression("^median: val RMSE [0-9.]+ at epoch 2 "
                                                 "worse than median [0-9.]+ of [1-3] trials$")),
                r.pruneReason.c_str());
            const auto summary = runs::readRunSummary(folder / r.runName, nullptr);
            QVERIFY(summary);
            QCOMPARE(summary->status, runs::RunStatus::Stopped);
            QCOMPARE(summary->epochs, 2);
            QVERIFY(QString::fromStdString(summary->message).contains("pruned by sweep"));
            QVERIFY(summary->hasMetrics);
        }
        // The fast learning rate finishes; the three tiny ones crawl and are stopped.
        QCOMPARE(outcome.state.trials[0].runs[0].state, TrainingState::Completed);
        QCOMPARE(pruned, 3);
        const auto board = leaderboard(outcome.state);
        QCOMPARE(board[0].trial, 1);
        QCOMPARE(board[0].rank, 1);
        QCOMPARE(board[1].rank, 0);
        QCOMPARE(board[1].state, TrainingState::Pruned);
    }

    // A stop request ends the sweep after the trainings in progress; they become pending and
    // a resume makes the sweep what an uninterrupted one with the same seed is (TPE, whose
    // suggestions depend on the earlier objectives, and median pruning, whose decisions do).
    void stoppedAndResumedEqualsUninterrupted() {
        const std::string yaml = std::string(kBase) +
                                 "strategy: tpe\n"
                                 "trials: 6\n"
                                 "startup_trials: 2\n"
                                 "seed: 21\n"
                                 "early_termination: {kind: median, warmup_epochs: 1, "
                                 "min_trials: 2}\n"
                                 "parameters:\n"
                                 "  training.learning_rate: {range: {low: 0.0001, high: 0.03, "
                                 "scale: log}}\n"
                                 "  model.user_embedding_dim: {range: {low: 4, high: 32, "
                                 "scale: log}}\n";
        const auto whole = newSweep(yaml);
        RecordingSink plain;
        const auto expected = run(whole, plain);
        QVERIFY2(expected.ok, expected.error.c_str());
        QCOMPARE(expected.state.trials.size(), std::size_t(6));

        const auto parts = newSweep(yaml);
        std::stop_source stop;
        RecordingSink first;
        first.stop = &stop;
        first.stopAtTrial = 4;
        const auto stopped = run(parts, first, 1, stop.get_token());
        QVERIFY(stopped.ok);
        QVERIFY(stopped.stopped);
        QVERIFY(!stopped.state.finished);
        QCOMPARE(stopped.state.trials.size(), std::size_t(4));
        const auto& interrupted = stopped.state.trials[3].runs[0];
        QCOMPARE(interrupted.state, TrainingState::Pending);
        QCOMPARE(interrupted.runName, std::string("trial-004"));
        QVERIFY(std::filesystem::exists(parts / "trial-004"));

        RecordingSink second;
        const auto resumed = run(parts, second);
        QVERIFY2(resumed.ok, resumed.error.c_str());
        QVERIFY(resumed.state.finished);
        QCOMPARE(second.startOrder.front(), 400);  // trial 4 again, into a fresh folder
        QVERIFY2(outcomes(resumed.state) == outcomes(expected.state),
                 qPrintable(describe(outcomes(resumed.state)) + "vs\n" +
                            describe(outcomes(expected.state))));
        QCOMPARE(runs::listRuns(parts).size(), std::size_t(6));
    }

    // With concurrency 2 the sequence still depends only on the seed (and the lag of 2): two
    // runs agree, whatever the timing.
    void concurrentSweepIsReproducible() {
        const std::string yaml = std::string(kBase) +
                                 "strategy: tpe\n"
                                 "trials: 5\n"
                                 "startup_trials: 2\n"
                                 "seed: 8\n"
                                 "parameters:\n"
                                 "  training.learning_rate: {range: {low: 0.0001, high: 0.03, "
                                 "scale: log}}\n";
        RecordingSink a, b;
        const auto first = run(newSweep(yaml, 2), a, 2);
        const auto second = run(newSweep(yaml, 2), b, 2);
        QVERIFY2(first.ok, first.error.c_str());
        QVERIFY(second.ok);
        QCOMPARE(first.state.suggestionLag, 2);
        QCOMPARE(first.state.trials.size(), std::size_t(5));
        QVERIFY2(outcomes(first.state) == outcomes(second.state),
                 qPrintable(describe(outcomes(first.state)) + "vs\n" +
                            describe(outcomes(second.state))));
    }

    void concurrencyNeedsTheFusedStep() {
        const auto folder = newSweep(
            "base: {runtime: {training_step: autograd, device: cpu}}\n"
            "parameters:\n  model.dropout: {values: [0.1]}\n");
        RecordingSink sink;
        const auto outcome = run(folder, sink, 2);
        QVERIFY(!outcome.ok);
        QVERIFY(QString::fromStdString(outcome.error).contains("fused"));
        QCOMPARE(sink.started, 0);
        // A sweep over the baselines trains some with autograd: one at a time only.
        const auto baselines =
            newSweep("parameters:\n  model.kind: {values: [neumf, biased_mf]}\n");
        const auto spec = sweep::readSweepState(baselines, nullptr)->spec;
        QVERIFY(QString::fromStdString(sweep::concurrencyObstacle(spec).value_or(""))
                    .contains("model.kind biased_mf"));
        QVERIFY(!run(baselines, sink, 2).ok);
    }

    void budgetStopsNewTrials() {
        const auto folder =
            newSweep(std::string(kBase) +
                     "strategy: random\n"
                     "trials: 10\n"
                     "budget: {max_trials: 2}\n"
                     "parameters:\n  model.dropout: {range: {low: 0, high: 0.5}}\n");
        RecordingSink sink;
        const auto outcome = run(folder, sink);
        QVERIFY(outcome.ok);
        QCOMPARE(outcome.state.trials.size(), std::size_t(2));
        QCOMPARE(outcome.state.endReason, std::string("budget: max_trials (2) reached"));
    }

    // Another process (here: a held lock) running the sweep refuses a second runner.
    void oneRunnerAtATime() {
        const auto folder =
            newSweep(std::string(kBase) + "parameters:\n  model.dropout: {values: [0.1]}\n");
        std::string error;
        const auto held = util::FileLock::acquire(folder / kSweepLockFile, &error);
        QVERIFY(held);
        QVERIFY(isSweepRunning(folder));
        RecordingSink sink;
        const auto outcome = run(folder, sink);
        QVERIFY(!outcome.ok);
        QVERIFY(QString::fromStdString(outcome.error).contains("another process"));
    }

    // A spec built in code has no file text: sweep.json keeps it as written YAML, and the
    // sweep reads back and runs like one from a file. Sweep folders are listed by listSweeps.
    void specBuiltInCode() {
        NewSweep n;
        n.spec.base.training.maxEpochs = 1;
        n.spec.base.runtime.threads = 1;
        n.spec.strategy = Strategy::Random;
        n.spec.trials = 1;
        SweepParameter p;
        p.key = "model.dropout";
        p.type = config::FieldType::Real;
        p.range = ParameterRange{0.1, 0.4, Scale::Linear, 0};
        n.spec.parameters = {p};
        n.workspace = test_support::path(m_dir) / "ws-code";
        n.name = "from-a-form";
        std::string error;
        const auto folder = createSweep(n, &error);
        QVERIFY2(folder, error.c_str());
        const auto state = readSweepState(*folder, &error);
        QVERIFY2(state, error.c_str());
        QCOMPARE(state->spec, n.spec);
        QVERIFY(QString::fromStdString(state->specText).contains("model.dropout"));
        RecordingSink sink;
        const auto outcome = run(*folder, sink);
        QVERIFY2(outcome.ok, outcome.error.c_str());
        QCOMPARE(outcome.state.trials.size(), std::size_t(1));
        QVERIFY(createSweep(n, &error));  // the same name again: "from-a-form-2"
        const auto sweeps = listSweeps(n.workspace);
        QCOMPARE(sweeps.size(), std::size_t(2));
        QCOMPARE(sweeps[0].filename().string(), std::string("from-a-form"));
        QCOMPARE(sweeps[1].filename().string(), std::string("from-a-form-2"));
        QVERIFY(runs::listRuns(n.workspace).empty());
    }

    void stateRoundTrips() {
        SweepState s;
        s.name = "x";
        s.specText = std::string(kBase) +
                     "parameters:\n  model.mlp_layers: {values: [[64], [32, 16]]}\n"
                     "  runtime.device: {values: [cpu]}\n"
                     "  training.batch_size: {values: [64]}\n  model.dropout: {values: [0.1]}\n";
        s.spec = parseOrDie(s.specText);
        s.baseConfigYaml = config::configToYaml(s.spec.base);
        s.suggestionLag = 3;
        s.elapsedSeconds = 12.5;
        Trial t;
        t.number = 1;
        t.values = {std::vector<int>{32, 16}, std::string("cpu"), std::int64_t(64), 0.1};
        TrialRun r;
        r.state = TrainingState::Pruned;
        r.runName = "trial-001";
        r.objective = 0.1 + 0.2;
        r.test = TestSummary{0.9, 0.7, 0.3, 0.5, 0.6, 10};
        r.validationRmse = {1.0, 0.95};
        r.prunedEpoch = 2;
        r.pruneReason = "median: …";
        t.runs = {r};
        s.trials = {t};
        std::string error;
        const auto back = sweepFromJson(sweepToJson(s), "sweep.json", &error);
        QVERIFY2(back, error.c_str());
        QCOMPARE(*back, s);
        QVERIFY(!sweepFromJson("{\"format\": \"other\"}", "sweep.json", &error));
        QVERIFY(QString::fromStdString(error).contains("not a sweep file"));
    }

    // The reasons sweep.json keeps are read back into the message they were written from, so
    // that a UI shows them translated; their English is what earlier versions wrote.
    void storedReasonsReadBack_data() {
        QTest::addColumn<std::string>("english");
        QTest::addColumn<std::string>("expected");
        QTest::addColumn<int>("arguments");
        const auto row = [](const char* name, const util::Text& m, const char* expected) {
            QTest::newRow(name) << m.english() << std::string(expected) << int(m.args.size());
        };
        row("all ran", allTrialsRanMessage(12), "all 12 trials ran");
        row("max trials", maxTrialsReachedMessage(2), "budget: max_trials (2) reached");
        row("wall", maxWallSecondsReachedMessage(0.5), "budget: max_wall_seconds (0.5) reached");
        row("grid", allGridPointsRanMessage(9), "all 9 grid points ran");
        row("error", sweepErrorMessage("disk full"), "error: disk full");
        row("stopped", stoppedByUserMessage(), "stopped by the user");
        row("slurm", allTrialsRanOnSlurmMessage(4), "all 4 trials ran on Slurm");
        row("wave written", slurmWaveMessage(2, ""), "on Slurm: wave 2 written, not submitted");
        row("wave submitted", slurmWaveMessage(3, "1234"),
            "on Slurm: wave 3 submitted as job 1234");
        row("median", medianPruneMessage(0.95, 3, 0.9075, 6),
            "median: val RMSE 0.9500 at epoch 3 worse than median 0.9075 of 6 trials");
        row("asha", ashaPruneMessage(0.99, 1, 0, 1, 2, 0.95),
            "asha: val RMSE 0.9900 at epoch 1 (rung 0) not in the top 1 of 2 trials (cut-off "
            "0.9500)");
        row("skipped", skippedRepeatMessage(0, TrainingState::Pruned),
            "not trained: repeat 0 was pruned");
        row("slurm task", slurmTaskUnfinishedMessage(3),
            "its Slurm task ended without finishing (cancelled, out of time, or killed) after 3 "
            "epochs");
        row("pruned by", prunedBySweepMessage("s", medianPruneMessage(1, 2, 0.5, 3).english()),
            "pruned by sweep s: median: val RMSE 1.0000 at epoch 2 worse than median 0.5000 of 3 "
            "trials");
    }

    void storedReasonsReadBack() {
        QFETCH(std::string, english);
        QFETCH(std::string, expected);
        QFETCH(int, arguments);
        QCOMPARE(english, expected);
        const auto back = sweepMessage(english);
        QVERIFY2(back.pattern != "{1}", english.c_str());
        QCOMPARE(int(back.args.size()), arguments);
        QCOMPARE(back.english(), english);
    }

    void unknownReasonShownAsItIs() {
        for (const std::string text : {"no dataset loaded", "all x trials ran", "error {1}", ""}) {
            const auto back = sweepMessage(text);
            QCOMPARE(back.pattern, std::string("{1}"));
            QCOMPARE(back.english(), text);
        }
    }
};

QTEST_GUILESS_MAIN(TestSweepRunner)
#include "tst_sweep_runner.moc"
