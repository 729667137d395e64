#include "sweep/slurm.h"

#include <cstdio>
#include <memory>

#include "config/config_fields.h"
#include "data/movielens_reader.h"
#include "runs/experiment_runner.h"
#include "runs/run_record.h"
#include "sweep/sampler.h"
#include "sweep/trial_record.h"
#include "util/atomic_file.h"
#include "util/file_lock.h"
#include "util/path_text.h"

namespace core::sweep {
namespace {

namespace fs = std::filesystem;

// A shell word: 'text', with any ' closed, escaped and reopened.
std::string shellWord(const std::string& text) {
    std::string out = "'";
    for (const char c : text)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

std::string describeValues(const SweepState& state, const Trial& trial) {
    std::string out;
    for (std::size_t i = 0; i < state.spec.parameters.size() && i < trial.values.size(); ++i)
        out += (i ? ", " : "") + state.spec.parameters[i].key + "=" +
               config::formatFieldValue(trial.values[i]);
    return out;
}

Trial* findTrial(SweepState& state, int number) {
    for (auto& t : state.trials)
        if (t.number == number)
            return &t;
    return nullptr;
}

bool ended(TrainingState s) {
    return s == TrainingState::Completed || s == TrainingState::Pruned ||
           s == TrainingState::Failed;
}

// Runs a command through the shell, returning its exit status and output. (Slurm clusters run
// Linux; elsewhere this still builds, and sbatch is simply not found.)
int runCommand(const std::string& command, std::string* output) {
#if defined(_WIN32)
    const auto openPipe = _popen;
    const auto closePipe = _pclose;
#else
    const auto openPipe = popen;
    const auto closePipe = pclose;
#endif
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(openPipe((command + " 2>&1").c_str(), "r"),
                                               closePipe);
    if (!pipe)
        return -1;
    char buffer[512];
    while (std::fgets(buffer, sizeof buffer, pipe.get()))
        *output += buffer;
    return closePipe(pipe.release());
}

// Records the ended trainings of the waves in `state`; returns what it found.
SlurmCollection collect(const fs::path& folder, SweepState& state) {
    SlurmCollection c;
    for (const auto& wave : state.slurmWaves)
        for (const auto& [number, repeat] : wave.trainings) {
            Trial* trial = findTrial(state, number);
            if (!trial || repeat < 0 || repeat >= int(trial->runs.size()))
                continue;
            TrialRun& run = trial->runs[std::size_t(repeat)];
            if (run.state != TrainingState::Running)
                continue;
            const auto summary = runs::readRunSummary(folder / run.runName, nullptr);
            if (!summary || summary->status == runs::RunStatus::Running) {
                ++c.running;  // queued, or training now
                continue;
            }
            if (summary->status == runs::RunStatus::Interrupted) {
                run.state = TrainingState::Failed;
                run.runStatus = "interrupted";
                run.epochs = summary->epochs;
                run.message = slurmTaskUnfinishedMessage(summary->epochs).english();
                ++c.recorded;
                continue;
            }
            std::string error;
            const auto record = runs::readRun(folder / run.runName, &error);
            if (!record) {
                run.state = TrainingState::Failed;
                run.message = error;
            } else {
                recordFinishedRun(state, run, *record);
                if (run.state == TrainingState::Pending) {  // stopped: no pruner on Slurm
                    run.state = TrainingState::Failed;
                    run.message = slurmTaskStoppedMessage().english();
                }
            }
            ++c.recorded;
        }
    const int planned = plannedTrials(state.spec);
    bool allEnded = c.running == 0;
    for (const auto& t : state.trials)
        for (const auto& r : t.runs)
            allEnded = allEnded && ended(r.state);
    if (allEnded && int(state.trials.size()) >= planned && !state.trials.empty()) {
        state.finished = true;
        state.endReason = allTrialsRanOnSlurmMessage(int(state.trials.size())).english();
    }
    c.finished = state.finished;
    return c;
}

// The next trials to suggest: grid and random all at once; TPE the start-up trials first, then
// waveSize at a time, each from every trial that has ended.
std::vector<Trial> planTrials(const SweepState& state, const SlurmSettings& settings) {
    const auto& spec = state.spec;
    const int planned = plannedTrials(spec);
    const int existing = int(state.trials.size());
    int count = planned - existing;
    if (spec.strategy == Strategy::Tpe) {
        const int wave =
            existing < spec.startupTrials
                ? spec.startupTrials - existing
                : (settings.waveSize > 0 ? settings.waveSize : std::max(1, spec.startupTrials));
        count = std::min(count, wave);
    }
    std::vector<SamplerObservation> history;
    const bool maximise = spec.objective.direction == Direction::Maximize;
    for (const auto& t : state.trials)
        history.push_back(observationOf(t, maximise));
    std::vector<Trial> trials;
    for (int i = 0; i < count; ++i) {
        const int number = existing + i + 1;
        auto values = suggestTrial(spec, number, history);
        if (!values)
            break;
        Trial trial;
        trial.number = number;
        trial.values = std::move(*values);
        for (int r = 0; r < spec.repeats; ++r) {
            TrialRun run;
            run.repeat = r;
            run.trainingSeed = trialConfig(spec, trial.values, r).training.seed;
            run.state = TrainingState::Running;
            run.runName = trainingRunName(number, r, spec.repeats);
            trial.runs.push_back(run);
        }
        trials.push_back(std::move(trial));
    }
    return trials;
}

}  // namespace

std::string slurmScript(const fs::path& sweepFolder, const SweepState& state, const SlurmWave& wave,
                        const SlurmSettings& settings) {
    const fs::path folder = fs::absolute(sweepFolder);
    const std::string w = std::to_string(wave.number);
    std::string s = "#!/bin/bash\n";
    s += "#SBATCH --job-name=rw-" + state.name + "-w" + w + "\n";
    s += "#SBATCH --array=0-" + std::to_string(wave.trainings.size() - 1) + "\n";
    s += "#SBATCH --cpus-per-task=" + std::to_string(settings.cpusPerTask) + "\n";
    s += "#SBATCH --time=" + settings.time + "\n";
    if (!settings.memory.empty())
        s += "#SBATCH --mem=" + settings.memory + "\n";
    if (!settings.partition.empty())
        s += "#SBATCH --partition=" + settings.partition + "\n";
    s +=
        "#SBATCH --output=" + util::utf8Of(folder / "slurm-logs" / ("wave" + w + "-%a.out")) + "\n";
    s += "#\n# Ratings Workbench sweep " + state.name + ", wave " + w +
         ". Array task i trains the i-th training below into\n# its run folder in " +
         util::utf8Of(folder) + " (a shared filesystem); sweep --status collects them.\n";
    for (std::size_t i = 0; i < wave.trainings.size(); ++i) {
        const auto& [number, repeat] = wave.trainings[i];
        const Trial* trial = nullptr;
        for (const auto& t : state.trials)
            if (t.number == number)
                trial = &t;
        s += "#   " + std::to_string(i) + ": trial " + std::to_string(number) +
             (state.spec.repeats > 1 ? " repeat " + std::to_string(repeat) : "") +
             (trial ? " (" + describeValues(state, *trial) + ")" : "") + "\n";
    }
    s += "set -euo pipefail\nexport OMP_WAIT_POLICY=passive\n";
    s += "exec " + shellWord(util::utf8Of(settings.cli)) + " sweep --slurm-task " +
         shellWord(util::utf8Of(folder)) + " --wave " + w +
         " --index \"$SLURM_ARRAY_TASK_ID\" --threads " + std::to_string(settings.cpusPerTask) +
         "\n";
    return s;
}

std::optional<SlurmCollection> collectSlurmResults(const fs::path& sweepFolder,
                                                   std::string* error) {
    auto lock = util::FileLock::acquire(sweepFolder / kSweepLockFile, nullptr);
    if (!lock) {
        if (error)
            *error = util::utf8Of(sweepFolder) + " is being run by another process";
        return std::nullopt;
    }
    auto state = readSweepState(sweepFolder, error);
    if (!state)
        return std::nullopt;
    if (state->slurmWaves.empty())
        return SlurmCollection{0, 0, state->finished};
    const auto before = *state;
    const auto found = collect(sweepFolder, *state);
    if (!(*state == before))
        if (auto e = writeSweepState(sweepFolder, *state)) {
            if (error)
                *error = *e;
            return std::nullopt;
        }
    return found;
}

std::optional<SlurmWave> submitSlurmWave(const fs::path& sweepFolder, const SlurmSettings& settings,
                                         std::string* error) {
    if (error)
        error->clear();
    const auto fail = [&](std::string message) -> std::optional<SlurmWave> {
        if (error)
            *error = std::move(message);
        return std::nullopt;
    };
    auto lock = util::FileLock::acquire(sweepFolder / kSweepLockFile, nullptr);
    if (!lock)
        return fail(util::utf8Of(sweepFolder) + " is being run by another process");
    std::string readError;
    auto state = readSweepState(sweepFolder, &readError);
    if (!state)
        return fail(readError);
    if (state->slurmWaves.empty() && !state->trials.empty())
        return fail(util::utf8Of(sweepFolder) +
                    " already runs on this machine (sweep --resume it)");
    const auto found = collect(sweepFolder, *state);
    if (found.running > 0 || state->finished) {
        if (auto e = writeSweepState(sweepFolder, *state))
            return fail(*e);
        return std::nullopt;  // a wave still runs, or the sweep is over
    }
    auto trials = planTrials(*state, settings);
    if (trials.empty()) {
        if (auto e = writeSweepState(sweepFolder, *state))
            return fail(*e);
        return std::nullopt;
    }
    SlurmWave wave;
    wave.number = int(state->slurmWaves.size()) + 1;
    wave.script = "slurm-wave-" + std::to_string(wave.number) + ".sbatch";
    for (const auto& t : trials) {
        for (const auto& r : t.runs)
            wave.trainings.emplace_back(t.number, r.repeat);
        state->trials.push_back(t);
    }
    std::error_code ec;
    fs::create_directories(sweepFolder / "slurm-logs", ec);
    const auto script = slurmScript(sweepFolder, *state, wave, settings);
    if (auto e = util::writeFileAtomically(sweepFolder / wave.script, script))
        return fail(*e);
    if (settings.submit) {
        std::string output;
        const int status = runCommand("cd " + shellWord(util::utf8Of(fs::absolute(sweepFolder))) +
                                          " && sbatch --parsable " + shellWord(wave.script),
                                      &output);
        while (!output.empty() && (output.back() == '\n' || output.back() == '\r'))
            output.pop_back();
        if (status != 0 || output.empty())
            return fail("sbatch could not submit " + util::utf8Of(sweepFolder / wave.script) +
                        (output.empty() ? std::string(" (is Slurm installed and running?)")
                                        : ": " + output));
        wave.jobId = output.substr(0, output.find(';'));
    }
    state->slurmWaves.push_back(wave);
    state->finished = false;
    state->endReason = slurmWaveMessage(wave.number, wave.jobId).english();
    if (auto e = writeSweepState(sweepFolder, *state))
        return fail(*e);
    return wave;
}

std::optional<std::string> runSlurmTask(const fs::path& sweepFolder, int wave, int index,
                                        int threads, std::string* error) {
    const auto fail = [&](std::string message) -> std::optional<std::string> {
        if (error)
            *error = std::move(message);
        return std::nullopt;
    };
    auto state = readSweepState(sweepFolder, error);
    if (!state)
        return std::nullopt;
    const SlurmWave* w = nullptr;
    for (const auto& candidate : state->slurmWaves)
        if (candidate.number == wave)
            w = &candidate;
    if (!w || index < 0 || index >= int(w->trainings.size()))
        return fail(util::utf8Of(sweepFolder) + " has no training " + std::to_string(index) +
                    " in wave " + std::to_string(wave));
    const auto [number, repeat] = w->trainings[std::size_t(index)];
    const Trial* trial = findTrial(*state, number);
    if (!trial || repeat >= int(trial->runs.size()))
        return fail("sweep.json does not list trial " + std::to_string(number));
    const std::string runName = trainingRunName(number, repeat, state->spec.repeats);
    // A folder left by an earlier attempt of this task (requeued) is trained again.
    std::error_code ec;
    if (fs::exists(sweepFolder / runName, ec) &&
        !util::FileLock::isHeld(sweepFolder / runName / runs::kLockFile))
        fs::remove_all(sweepFolder / runName, ec);
    auto load = data::loadMovieLens(state->dataFolder);
    if (!load.ok())
        return fail(load.report.firstError());
    runs::ExperimentRequest request;
    request.config = trialConfig(state->spec, trial->values, repeat);
    if (threads > 0)
        request.config.runtime.threads = threads;
    request.data = load.data;
    request.workspace = sweepFolder;
    request.runName = runName;
    request.tag = "sweep " + state->name + ", trial " + std::to_string(number) + " (Slurm wave " +
                  std::to_string(wave) + ")";
    training::ProgressSink quiet;
    const auto result = runs::runExperiment(request, quiet);
    if (!result.saved)
        return fail(result.error);
    return std::string(runs::runStatusText(result.record.summary.status));
}

}  // namespace core::sweep
