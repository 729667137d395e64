#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>

#include "data/movielens_data.h"
#include "sweep/sweep_state.h"
#include "training/training_progress.h"

namespace core::sweep {

/// Receives a sweep's live progress. Calls come from the runner's worker threads (the thread
/// that called runSweep and, with concurrency > 1, threads it starts), one at a time: never
/// two at once, so an implementation needs no lock of its own for its state, but it must be
/// cheap, must not throw, and must not call back into the runner. The references are valid
/// during the call only (copy what you keep; a GUI sink emits queued signals with copies).
class SweepSink {
public:
    virtual ~SweepSink() = default;
    /// A training of `trial` (its runs[repeat]) starts; runs[repeat].runName is its folder.
    virtual void trialStarted(const Trial& /*trial*/, int /*repeat*/) {}
    /// It finished an epoch (after validation). runs[repeat].validationRmse includes it.
    virtual void trialEpoch(const Trial& /*trial*/, int /*repeat*/,
                            const training::EpochResult& /*epoch*/) {}
    /// It ended: completed, pruned, failed, or (stopped by the user) pending again. `sweep` is
    /// the whole state after it, for a leaderboard.
    virtual void trialFinished(const Trial& /*trial*/, int /*repeat*/,
                               const SweepState& /*sweep*/) {}
    /// The sweep ended (done, budget, stop or error); the last call.
    virtual void sweepFinished(const SweepState& /*sweep*/) {}
};

/// What a new sweep needs besides its spec.
struct NewSweep {
    SweepSpec spec;
    std::string specText;              ///< the spec file's text (copied into sweep.json); empty:
                                       ///< sweepSpecToYaml(spec), for a spec built in code
    std::string specSource;            ///< its path, for the record
    std::filesystem::path workspace;   ///< the sweep folder is created in here
    std::string name;                  ///< folder name; empty: "sweep-YYYYMMDD-HHMMSS"
    std::filesystem::path dataFolder;  ///< the ml-1m folder trials train on (for resume)
    int concurrency = 1;               ///< becomes the sweep's suggestionLag
};

/// Trainings at once when the user says nothing: 2 on a machine with at least two cores (on the
/// 2-core machine two one-thread trainings ran about twice the trials per hour of one, see
/// SweepRunOptions::concurrency), else 1. The CLI's and the GUI's default.
int defaultConcurrency();

/// Why the trainings of `spec` cannot run concurrently (they would use the autograd step, whose
/// random numbers come from LibTorch's one global generator), or nullopt when they can.
std::optional<std::string> concurrencyObstacle(const SweepSpec& spec);

/// Creates the sweep folder (a new name, "-2", "-3", … when taken) and its sweep.json with no
/// trials. Returns the folder, or nullopt with *error naming the path. Any thread.
std::optional<std::filesystem::path> createSweep(const NewSweep& sweep, std::string* error);

/// How to run a sweep.
struct SweepRunOptions {
    std::shared_ptr<const data::MovieLensData> data;  ///< loaded once, shared by all trainings
    /// Trainings at once. More than the sweep's suggestionLag gives nothing (trainings wait
    /// for those their decisions depend on). Above 1 every training must use the fused CPU
    /// step (the autograd step draws from LibTorch's one global generator). Measured on the
    /// 2-core machine (8 trials of 12 epochs on the bundled sample): two one-thread trainings
    /// at once ran 4,600–5,300 trials per hour, one one-thread training 2,400–2,800 and one
    /// two-thread training 1,850–2,250 (2,000–2,200, 1,600–1,750 and 830–950 while other
    /// processes loaded the machine); the CLI's default is therefore 2, while 1 here leaves a
    /// core to a GUI thread.
    int concurrency = 1;
};

/// The end of a runSweep call.
struct SweepOutcome {
    bool ok = false;  ///< false: it could not start or run (error says why)
    std::string error;
    bool stopped = false;  ///< the stop token ended it; resume to go on
    SweepState state;      ///< sweep.json as last written
};

/// Runs the sweep in `folder` — a new one from createSweep, or one that was stopped or killed
/// — until every planned trial has run, the budget is spent, or `stop` is requested. Blocks:
/// call it on a worker thread, never a GUI thread.
///
/// Resuming: it locks the folder (fails when another process runs it), then every training that
/// sweep.json does not record as ended — pending, or running when its process died, whatever its
/// run folder says (interrupted, stopped, missing, or even complete when the kill came between the
/// run's end and sweep.json's update) — is made pending again and its run folder is deleted; it is
/// trained again (to the same result on the same machine with the fused step and one thread). Then
/// it goes on. Trainings run in the order of trial number and repeat; each trial's values come from
/// suggestTrial given the trials whose trainings all started at least suggestionLag places before
/// its first training, after waiting for them to finish; pruning decisions for a training compare
/// with the same set. So the sequence of trials and decisions depends on the spec, the seed and the
/// lag only, never on timing: a resumed sweep ends with the same trials, values and (same machine,
/// fused step, one thread per training) objectives as an uninterrupted one.
///
/// A stop request stops the trainings in progress after their current batch; they become
/// pending again (their run folders say "stopped" until a resume replaces them). Each
/// training is an ordinary run (runs::runExperiment) in the sweep folder, tagged with the
/// sweep and trial. sweep.json is rewritten after every change of state.
SweepOutcome runSweep(const std::filesystem::path& folder, const SweepRunOptions& options,
                      SweepSink& sink, std::stop_token stop = {});

}  // namespace core::sweep
