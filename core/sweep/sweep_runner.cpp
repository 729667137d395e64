#include "sweep/sweep_runner.h"

#include "sweep/trial_record.h"

#include <chrono>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "config/config_io.h"
#include "runs/environment_facts.h"
#include "runs/experiment_runner.h"
#include "runs/workspace.h"
#include "sweep/pruner.h"
#include "sweep/sampler.h"
#include "training/device_choice.h"
#include "util/file_lock.h"
#include "util/number_text.h"
#include "util/path_text.h"
#include "util/time_text.h"

namespace core::sweep {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

bool isFinal(TrainingState s) {
    return s == TrainingState::Completed || s == TrainingState::Pruned ||
           s == TrainingState::Failed;
}

// Removes a training's partial run folder before it is trained again. Only a folder directly
// inside the sweep folder, and only when no process trains in it.
std::optional<std::string> removePartialRun(const fs::path& folder, const std::string& runName) {
    if (runName.empty() || runName.find_first_of("/\\") != std::string::npos || runName == "." ||
        runName == "..")
        return std::nullopt;
    const fs::path path = folder / runName;
    std::error_code ec;
    if (!fs::exists(path, ec))
        return std::nullopt;
    if (util::FileLock::isHeld(path / runs::kLockFile))
        return "cannot rerun " + util::utf8Of(path) + ": a process is still training in it";
    fs::remove_all(path, ec);
    if (ec)
        return "cannot remove the partial run " + util::utf8Of(path) + ": " + ec.message();
    return std::nullopt;
}

class Runner;

// Forwards a training's epochs to the runner (on the training's thread).
class RunProgress : public training::ProgressSink {
public:
    RunProgress(Runner& runner, std::size_t trial, int repeat, std::stop_source& stop)
        : m_runner(runner), m_trial(trial), m_repeat(repeat), m_stop(stop) {}
    void epochFinished(const training::EpochResult& result) override;

private:
    Runner& m_runner;
    std::size_t m_trial;
    int m_repeat;
    std::stop_source& m_stop;
};

class Runner {
public:
    Runner(fs::path folder, SweepState state, const SweepRunOptions& options, SweepSink& sink,
           std::stop_token stop)
        : m_folder(std::move(folder)),
          m_state(std::move(state)),
          m_options(options),
          m_sink(sink),
          m_stop(std::move(stop)),
          m_started(Clock::now()),
          m_elapsedBefore(m_state.elapsedSeconds) {}

    SweepOutcome run() {
        SweepOutcome outcome;
        if (auto e = resetUnfinished()) {
            outcome.error = *e;
            outcome.state = m_state;
            return outcome;
        }
        m_state.finished = false;
        m_state.endReason.clear();
        if (m_options.data && !m_options.data->folder.empty())
            m_state.dataFolder = util::utf8Of(m_options.data->folder);
        {
            std::unique_lock lock(m_mutex);
            save();
        }
        const int workers = std::max(1, m_options.concurrency);
        {
            std::vector<std::jthread> threads;
            for (int i = 1; i < workers; ++i)
                threads.emplace_back([this] { workerEntry(); });
            workerEntry();
        }  // joins
        std::unique_lock lock(m_mutex);
        const bool done = m_noMoreTrials && !nextPending() && !anyRunning();
        outcome.stopped = !done && !m_failed && m_stop.stop_requested();
        if (m_failed) {
            outcome.error = m_error;
            m_state.endReason = sweepErrorMessage(m_error).english();
        } else if (outcome.stopped) {
            m_state.endReason = stoppedByUserMessage().english();
        } else {
            m_state.finished = true;
            m_state.endReason = m_noMoreReason;
        }
        save();
        outcome.ok = !m_failed;
        if (!m_saveError.empty() && outcome.error.empty()) {
            outcome.ok = false;
            outcome.error = m_saveError;
        }
        outcome.state = m_state;
        m_sink.sweepFinished(m_state);
        return outcome;
    }

    // Called by RunProgress on the training's thread after each epoch.
    void epochFinished(std::size_t t, int repeat, const training::EpochResult& epoch,
                       std::stop_source& stop) {
        std::unique_lock lock(m_mutex);
        auto& run = m_state.trials[t].runs[std::size_t(repeat)];
        run.validationRmse.push_back(validationRmse(epoch.validationLoss));
        run.epochs = epoch.epoch;
        const auto& rule = m_state.spec.earlyTermination;
        if (rule.kind != TerminationKind::None && run.prunedEpoch == 0) {
            std::vector<LearningCurve> others;
            const long long s = sequenceOf(t, repeat);
            forEachRunUpTo(s - m_state.suggestionLag, [&](const Trial&, const TrialRun& other) {
                if (!other.validationRmse.empty())
                    others.push_back(
                        {other.validationRmse, other.state == TrainingState::Completed});
            });
            if (auto decision = decidePruning(rule, run.validationRmse, others)) {
                run.prunedEpoch = decision->epoch;
                run.pruneReason = decision->reason;
                save();
                stop.request_stop();
            }
        }
        m_sink.trialEpoch(m_state.trials[t], repeat, epoch);
    }

private:
    long long sequenceOf(std::size_t trial, int repeat) const {
        return (long long)trial * m_state.spec.repeats + repeat;
    }

    template <typename F>
    void forEachRunUpTo(long long lastSequence, F&& f) const {
        for (std::size_t t = 0; t < m_state.trials.size(); ++t)
            for (std::size_t r = 0; r < m_state.trials[t].runs.size(); ++r)
                if (sequenceOf(t, int(r)) <= lastSequence)
                    f(m_state.trials[t], m_state.trials[t].runs[r]);
    }

    // Resume: trainings that did not end are trained again from scratch.
    std::optional<std::string> resetUnfinished() {
        for (auto& trial : m_state.trials)
            for (auto& run : trial.runs) {
                if (isFinal(run.state))
                    continue;
                if (auto e = removePartialRun(m_folder, run.runName))
                    return e;
                TrialRun fresh;
                fresh.repeat = run.repeat;
                fresh.trainingSeed = run.trainingSeed;
                run = fresh;
            }
        return std::nullopt;
    }

    void save() {
        m_state.elapsedSeconds =
            m_elapsedBefore + std::chrono::duration<double>(Clock::now() - m_started).count();
        if (auto e = writeSweepState(m_folder, m_state); e && m_saveError.empty())
            m_saveError = *e;
    }

    void changed() {
        ++m_version;
        m_changed.notify_all();
    }

    // The pending training with the lowest sequence number, as (trial index, repeat).
    std::optional<std::pair<std::size_t, int>> nextPending() const {
        for (std::size_t t = 0; t < m_state.trials.size(); ++t)
            for (std::size_t r = 0; r < m_state.trials[t].runs.size(); ++r)
                if (m_state.trials[t].runs[r].state == TrainingState::Pending)
                    return std::pair{t, int(r)};
        return std::nullopt;
    }

    bool anyRunning() const {
        for (const auto& t : m_state.trials)
            for (const auto& r : t.runs)
                if (r.state == TrainingState::Running)
                    return true;
        return false;
    }

    bool allFinalUpTo(long long lastSequence) const {
        bool all = true;
        forEachRunUpTo(lastSequence,
                       [&](const Trial&, const TrialRun& r) { all = all && isFinal(r.state); });
        return all;
    }

    // What the sampler may know when the training numbered `sequence` starts: the trials all
    // of whose trainings come at least suggestionLag places before it.
    std::vector<SamplerObservation> observationsFor(long long sequence) const {
        const long long last = sequence - m_state.suggestionLag;
        const bool maximise = m_state.spec.objective.direction == Direction::Maximize;
        std::vector<SamplerObservation> history;
        for (std::size_t t = 0; t < m_state.trials.size(); ++t) {
            const auto& trial = m_state.trials[t];
            if (sequenceOf(t, int(trial.runs.size()) - 1) > last)
                break;
            SamplerObservation o = observationOf(trial, maximise);
            history.push_back(std::move(o));
        }
        return history;
    }

    bool wallBudgetSpent() const {
        const double budget = m_state.spec.budget.maxWallSeconds;
        const double elapsed =
            m_elapsedBefore + std::chrono::duration<double>(Clock::now() - m_started).count();
        return budget > 0 && elapsed >= budget;
    }

    // Appends the next trial, or notes why there is none.
    std::optional<std::size_t> suggestNext(long long sequence) {
        const auto& spec = m_state.spec;
        const int number = int(m_state.trials.size()) + 1;
        if (number > plannedTrials(spec)) {
            m_noMoreTrials = true;
            const bool capped = spec.budget.maxTrials > 0 && spec.budget.maxTrials < spec.trials;
            m_noMoreReason = (capped ? maxTrialsReachedMessage(spec.budget.maxTrials)
                                     : allTrialsRanMessage(plannedTrials(spec)))
                                 .english();
            return std::nullopt;
        }
        if (wallBudgetSpent()) {
            m_noMoreTrials = true;
            m_noMoreReason = maxWallSecondsReachedMessage(spec.budget.maxWallSeconds).english();
            return std::nullopt;
        }
        const auto history = observationsFor(sequence);
        auto values = suggestTrial(spec, number, history);
        if (!values) {
            m_noMoreTrials = true;
            m_noMoreReason = allGridPointsRanMessage(number - 1).english();
            return std::nullopt;
        }
        Trial trial;
        trial.number = number;
        trial.values = std::move(*values);
        for (int r = 0; r < spec.repeats; ++r) {
            TrialRun run;
            run.repeat = r;
            run.trainingSeed = trialConfig(spec, trial.values, r).training.seed;
            trial.runs.push_back(run);
        }
        m_state.trials.push_back(std::move(trial));
        return m_state.trials.size() - 1;
    }

    // A repeat is not trained when an earlier repeat of its trial that it may know of (by the
    // lag rule) was pruned or failed: the trial has no mean objective any more.
    bool skipRepeat(std::size_t t, int repeat) {
        auto& trial = m_state.trials[t];
        const long long last = sequenceOf(t, repeat) - m_state.suggestionLag;
        for (int r = 0; r < repeat; ++r) {
            const auto& earlier = trial.runs[std::size_t(r)];
            if (sequenceOf(t, r) > last ||
                (earlier.state != TrainingState::Pruned && earlier.state != TrainingState::Failed))
                continue;
            auto& run = trial.runs[std::size_t(repeat)];
            run.state = earlier.state;
            run.message = skippedRepeatMessage(r, earlier.state).english();
            return true;
        }
        return false;
    }

    void workerEntry() {
        try {
            work();
        } catch (const std::exception& e) {
            std::unique_lock lock(m_mutex);
            if (!m_failed) {
                m_failed = true;
                m_error = e.what();
            }
            changed();
        }
    }

    void work() {
        std::unique_lock lock(m_mutex);
        while (!m_failed && !m_stop.stop_requested()) {
            const auto pending = nextPending();
            long long sequence = 0;
            if (pending) {
                sequence = sequenceOf(pending->first, pending->second);
            } else if (!m_noMoreTrials) {
                sequence = sequenceOf(m_state.trials.size(), 0);
            } else {
                if (!anyRunning())
                    break;
                waitForChange(lock);
                continue;
            }
            if (!allFinalUpTo(sequence - m_state.suggestionLag)) {
                waitForChange(lock);
                continue;
            }
            std::size_t t = 0;
            int repeat = 0;
            if (pending) {
                std::tie(t, repeat) = *pending;
            } else {
                const auto added = suggestNext(sequence);
                if (!added) {
                    changed();
                    continue;
                }
                t = *added;
            }
            if (repeat > 0 && skipRepeat(t, repeat)) {
                save();
                m_sink.trialFinished(m_state.trials[t], repeat, m_state);
                changed();
                continue;
            }
            auto& run = m_state.trials[t].runs[std::size_t(repeat)];
            run.state = TrainingState::Running;
            run.runName = trainingRunName(m_state.trials[t].number, repeat, m_state.spec.repeats);
            save();
            m_sink.trialStarted(m_state.trials[t], repeat);
            changed();
            lock.unlock();
            train(t, repeat);
            lock.lock();
            changed();
        }
        changed();
    }

    void waitForChange(std::unique_lock<std::mutex>& lock) {
        const auto seen = m_version;
        m_changed.wait(lock, m_stop, [&] { return m_version != seen || m_failed; });
    }

    // One training, outside the lock; records its result under the lock.
    void train(std::size_t t, int repeat) {
        runs::ExperimentRequest request;
        std::string runName;
        {
            std::unique_lock lock(m_mutex);
            const auto& trial = m_state.trials[t];
            request.config = trialConfig(m_state.spec, trial.values, repeat);
            runName = trial.runs[std::size_t(repeat)].runName;
            request.tag = "sweep " + m_state.name + ", trial " + std::to_string(trial.number) +
                          (m_state.spec.repeats > 1 ? ", repeat " + std::to_string(repeat) : "");
        }
        request.data = m_options.data;
        request.workspace = m_folder;
        request.runName = runName;
        std::stop_source stop;
        std::stop_callback forward(m_stop, [&stop] { stop.request_stop(); });
        RunProgress progress(*this, t, repeat, stop);
        const auto started = Clock::now();
        const auto result = runs::runExperiment(request, progress, stop.get_token());
        const double seconds = std::chrono::duration<double>(Clock::now() - started).count();

        std::unique_lock lock(m_mutex);
        auto& run = m_state.trials[t].runs[std::size_t(repeat)];
        run.seconds = seconds;
        if (!result.saved) {
            run.state = TrainingState::Failed;
            run.message = result.error;
            std::error_code ec;
            if (!fs::exists(m_folder / run.runName, ec))  // runExperiment removed it
                run.runName.clear();
        } else {
            recordFinishedRun(m_state, run, result.record);
        }
        save();
        m_sink.trialFinished(m_state.trials[t], repeat, m_state);
    }

    fs::path m_folder;
    SweepState m_state;
    const SweepRunOptions& m_options;
    SweepSink& m_sink;
    std::stop_token m_stop;
    Clock::time_point m_started;
    double m_elapsedBefore;

    std::mutex m_mutex;
    std::condition_variable_any m_changed;
    std::uint64_t m_version = 0;
    bool m_noMoreTrials = false;
    std::string m_noMoreReason;
    bool m_failed = false;
    std::string m_error;
    std::string m_saveError;
};

void RunProgress::epochFinished(const training::EpochResult& result) {
    m_runner.epochFinished(m_trial, m_repeat, result, m_stop);
}

std::optional<std::string> checkConcurrency(const SweepSpec& spec, int concurrency) {
    if (concurrency <= 1)
        return std::nullopt;
    if (auto reason = concurrencyObstacle(spec))
        return "concurrency " + std::to_string(concurrency) + " is not possible: " + *reason;
    return std::nullopt;
}

}  // namespace

int defaultConcurrency() {
    return std::thread::hardware_concurrency() >= 2 ? 2 : 1;
}

// Concurrent trainings must not share LibTorch's global generator: only the fused step, which
// has its own random streams, may run beside another. The fused step trains neumf only.
std::optional<std::string> concurrencyObstacle(const SweepSpec& spec) {
    for (const auto& p : spec.parameters) {
        if (p.key == "runtime.training_step" || p.key == "runtime.device")
            return "the sweep varies `" + p.key +
                   "`, and concurrent trainings need the fused CPU step";
        if (p.key == "model.kind")
            for (const auto& v : p.values)
                if (const auto* kind = std::get_if<std::string>(&v); kind && *kind != "neumf")
                    return "model.kind " + *kind +
                           " trains with the autograd step, which draws from LibTorch's one global "
                           "generator: concurrent trainings would change each other's random "
                           "numbers";
    }
    std::string error;
    const auto device = training::resolveDevice(spec.base, &error);
    if (!device)
        return error;
    if (device->trainingStep != training::TrainingStep::Fused)
        return "the base configuration trains with the autograd step, not the fused CPU step "
               "(runtime.training_step, or a model.kind other than neumf); autograd draws from "
               "LibTorch's one global generator, so concurrent trainings would change each other's "
               "random numbers";
    return std::nullopt;
}

std::optional<std::filesystem::path> createSweep(const NewSweep& sweep, std::string* error) {
    const std::string name =
        sweep.name.empty() ? util::formatNow("sweep-%Y%m%d-%H%M%S", false) : sweep.name;
    const auto folder = runs::createRunDirectory(sweep.workspace, name, error);
    if (!folder)
        return std::nullopt;
    SweepState state;
    state.name = util::utf8Of(folder->filename());
    state.created = runs::utcTimestamp();
    state.specSource = sweep.specSource;
    state.specText = sweep.specText.empty() ? sweepSpecToYaml(sweep.spec) : sweep.specText;
    state.baseConfigYaml = config::configToYaml(sweep.spec.base);
    state.dataFolder = util::utf8Of(sweep.dataFolder);
    state.spec = sweep.spec;
    state.suggestionLag = std::max(1, sweep.concurrency);
    if (auto e = writeSweepState(*folder, state)) {
        if (error)
            *error = *e;
        std::error_code ignored;
        fs::remove_all(*folder, ignored);
        return std::nullopt;
    }
    return folder;
}

SweepOutcome runSweep(const std::filesystem::path& folder, const SweepRunOptions& options,
                      SweepSink& sink, std::stop_token stop) {
    SweepOutcome outcome;
    std::string error;
    const auto lock = util::FileLock::acquire(folder / kSweepLockFile, &error);
    if (!lock) {
        outcome.error =
            "another process is running the sweep in " + util::utf8Of(folder) + " (" + error + ")";
        return outcome;
    }
    auto state = readSweepState(folder, &error);
    if (!state) {
        outcome.error = error;
        return outcome;
    }
    if (!options.data) {
        outcome.error = "no dataset loaded";
        outcome.state = *state;
        return outcome;
    }
    if (!state->slurmWaves.empty()) {
        outcome.error =
            util::utf8Of(folder) +
            " runs on Slurm: collect and continue it with sweep --slurm-next (or --status)";
        outcome.state = *state;
        return outcome;
    }
    if (auto e = checkConcurrency(state->spec, options.concurrency)) {
        outcome.error = *e;
        outcome.state = *state;
        return outcome;
    }
    return Runner(folder, std::move(*state), options, sink, std::move(stop)).run();
}

}  // namespace core::sweep
