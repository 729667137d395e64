#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sweep/sweep_spec.h"
#include "util/text.h"

namespace core::sweep {

// A sweep's folder and its sweep.json: <workspace>/<sweep name>/sweep.json next to one
// ordinary run folder per training (trial-001, or trial-001-r0, trial-001-r1, … with
// repeats), so every tool that opens runs opens these. sweep.json holds everything needed to
// show and resume the sweep: a copy of the spec's text and of its resolved base
// configuration, the sampler settings, and every trial with its trainings. It is rewritten
// atomically after every change of state, so a killed sweep loses at most the trainings that
// were in progress. Plain value types; any thread.

/// Files of a sweep folder.
inline constexpr const char* kSweepFile = "sweep.json";
inline constexpr const char* kSweepLockFile = "sweep.lock";  ///< held while a process runs it

/// Where one training of a trial is.
enum class TrainingState {
    Pending,    ///< not started, or to be run again (stopped by the user, or interrupted)
    Running,    ///< a process is training it (or was, when that process died)
    Completed,  ///< ended on its own (all epochs or early stopping)
    Pruned,     ///< stopped by early termination; its run folder says "stopped"
    Failed,     ///< training failed (the message says why)
};

/// "pending", "running", "completed", "pruned", "failed"; nullopt for any other text.
std::string_view trainingStateText(TrainingState state);
std::optional<TrainingState> trainingStateFromText(std::string_view text);

/// The test metrics of a training's best epoch, as the leaderboard shows them.
struct TestSummary {
    double rmseStars = 0;
    double maeStars = 0;
    double r2 = 0;
    double precisionAtK = 0;
    double ndcgAtK = 0;  ///< the correct NDCG@k
    int k = 10;

    friend bool operator==(const TestSummary&, const TestSummary&) = default;
};

/// One training of a trial: the trial's values with training.seed = base seed + repeat.
struct TrialRun {
    int repeat = 0;                 ///< 0 … repeats − 1
    std::int64_t trainingSeed = 0;  ///< training.seed of this training
    TrainingState state = TrainingState::Pending;
    std::string runName;    ///< its run folder inside the sweep folder; empty before it starts
    std::string runStatus;  ///< the run folder's status text when it ended ("completed", …)
    std::optional<double> objective;     ///< the sweep's objective metric of this training
    std::optional<TestSummary> test;     ///< test metrics of its best epoch
    std::vector<double> validationRmse;  ///< per epoch, stars (what the pruners compare)
    int epochs = 0;
    int bestEpoch = 0;
    double seconds = 0;          ///< wall time of the whole run (prepare, train, test, save)
    double trainingSeconds = 0;  ///< of which training
    int prunedEpoch = 0;         ///< the epoch after which it was pruned (0 = not pruned)
    std::string pruneReason;     ///< e.g. "median: val RMSE 0.95 at epoch 3 worse than …"
    std::string message;         ///< why it failed, or other notes

    friend bool operator==(const TrialRun&, const TrialRun&) = default;
};

/// One suggested point of the search space and its trainings (one per repeat).
struct Trial {
    int number = 0;  ///< 1-based, in the order of suggestion
    ParameterValues values;
    std::vector<TrialRun> runs;

    friend bool operator==(const Trial&, const Trial&) = default;
};

/// A trial's state from its trainings': running if any runs; pending if none has ended or some
/// are still to run; else failed if any failed, pruned if any was pruned, completed otherwise.
TrainingState trialState(const Trial& trial);

/// A wave of trainings handed to Slurm as one job array (sweep --slurm): array task i trains
/// trainings[i] into its run folder; the sweep's collector records them when they end.
struct SlurmWave {
    int number = 0;                              ///< 1-based
    std::vector<std::pair<int, int>> trainings;  ///< (trial number, repeat) per array index
    std::string script;                          ///< the sbatch file's name, in the sweep folder
    std::string jobId;  ///< the array job's id; empty when written but not submitted

    friend bool operator==(const SlurmWave&, const SlurmWave&) = default;
};

/// Everything sweep.json holds.
struct SweepState {
    std::string name;            ///< the sweep folder's name
    std::string created;         ///< ISO 8601 UTC
    std::string specSource;      ///< the spec file it was started from
    std::string specText;        ///< that file's text when it started
    std::string baseConfigYaml;  ///< the resolved base configuration (configToYaml)
    std::string dataFolder;      ///< the ml-1m folder the trials train on
    SweepSpec spec;              ///< specText parsed, with baseConfigYaml as its base
    /// Suggestions and pruning decisions for training s (in order of start) use only the
    /// trainings started at least this many places before it, all of them finished: 1 for a
    /// sequential sweep (everything before it). Fixed when the sweep is created (= its
    /// concurrency), so a resumed sweep decides as the uninterrupted one would.
    int suggestionLag = 1;
    double elapsedSeconds = 0;  ///< wall time spent sweeping, over all sessions
    bool finished = false;      ///< no trial is left to run (all planned ones ran, or budget)
    std::string endReason;      ///< why it ended or stopped last ("budget: max_trials", …)
    std::vector<Trial> trials;
    std::vector<SlurmWave> slurmWaves;  ///< non-empty: the sweep runs on Slurm, wave by wave

    friend bool operator==(const SweepState&, const SweepState&) = default;
};

// ---- the reasons and notes sweep.json keeps ----
// Why a sweep ended or stopped (end_reason), why a training was pruned (prune_reason) or was
// not trained (message), as translatable messages. sweep.json, the command line and logs keep
// their english() text, the same as earlier versions wrote; sweepMessage() reads such a text
// back into its template and arguments, so that a UI shows a stored reason in its language.

util::Text allTrialsRanMessage(int trials);               ///< "all 12 trials ran"
util::Text maxTrialsReachedMessage(int maxTrials);        ///< "budget: max_trials (2) reached"
util::Text maxWallSecondsReachedMessage(double seconds);  ///< "budget: max_wall_seconds (600) …"
util::Text allGridPointsRanMessage(int points);           ///< "all 9 grid points ran"
util::Text sweepErrorMessage(const std::string& error);   ///< "error: …"
util::Text stoppedByUserMessage();                        ///< "stopped by the user"
util::Text allTrialsRanOnSlurmMessage(int trials);        ///< "all 12 trials ran on Slurm"
/// "on Slurm: wave 2 written, not submitted" (no job id) or "… submitted as job 1234".
util::Text slurmWaveMessage(int wave, const std::string& jobId);
/// "median: val RMSE 0.9500 at epoch 3 worse than median 0.9075 of 6 trials"
util::Text medianPruneMessage(double rmse, int epoch, double median, int trials);
/// "asha: val RMSE 0.9900 at epoch 1 (rung 0) not in the top 1 of 2 trials (cut-off 0.9500)"
util::Text ashaPruneMessage(double rmse, int epoch, int rung, int keep, int trials, double cutoff);
/// "not trained: repeat 0 was pruned" (`earlier`: Pruned or Failed).
util::Text skippedRepeatMessage(int repeat, TrainingState earlier);
/// "its Slurm task ended without finishing (cancelled, out of time, or killed) after 3 epochs"
util::Text slurmTaskUnfinishedMessage(int epochs);
util::Text slurmTaskStoppedMessage();  ///< "its Slurm task was stopped before training ended"
util::Text stoppedForResumeMessage();  ///< "stopped by the user; trained again on resume"
util::Text prunedBySweepMessage(const std::string& sweep, const std::string& reason);

/// A reason or note as sweep.json (or run.json) stores it, read back into the message it was
/// written from, numbers included; a text of no known form (an error from elsewhere) comes
/// back as a message that shows it as it is.
util::Text sweepMessage(std::string_view english);

/// The state as sweep.json text.
std::string sweepToJson(const SweepState& state);
/// Reads sweep.json text (`source` names it in errors); the spec is parsed again from its
/// copy, with the stored base. Nullopt with *error on a malformed file.
std::optional<SweepState> sweepFromJson(std::string_view text, const std::string& source,
                                        std::string* error);

/// Writes folder/sweep.json atomically and durably.
std::optional<std::string> writeSweepState(const std::filesystem::path& folder,
                                           const SweepState& state);
/// Reads folder/sweep.json.
std::optional<SweepState> readSweepState(const std::filesystem::path& folder, std::string* error);

/// True while some process holds the sweep folder's lock (it is being run).
bool isSweepRunning(const std::filesystem::path& folder);

/// The sweep folders (those holding sweep.json) in `workspace`, by name. (runs::listRuns does
/// not list them: they hold no run.json; the runs inside are listed from the sweep folder.)
std::vector<std::filesystem::path> listSweeps(const std::filesystem::path& workspace);

}  // namespace core::sweep
