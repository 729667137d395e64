#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "sweep/sweep_state.h"

namespace core::sweep {

// A sweep on a Slurm cluster. The workbench writes no scheduler of its own: it hands Slurm one
// job array per wave of trainings. Each array task runs the headless runner on one training
// (`ratings-workbench-cli sweep --slurm-task DIR --wave W --index $SLURM_ARRAY_TASK_ID`), which
// writes an ordinary run folder into the shared sweep folder and never touches sweep.json;
// collectSlurmResults records the trainings whose folders say they ended. Grid and random
// sweeps go in one wave (their trials do not depend on results); TPE goes in waves, each
// suggested from every trial finished before it (the first wave is the start-up trials).
// Early termination does not apply on Slurm (each task trains alone). Any thread; one
// process at a time per sweep folder (the sweep's lock).

/// How the job arrays are written and submitted.
struct SlurmSettings {
    std::filesystem::path cli;      ///< ratings-workbench-cli as the cluster nodes see it
    std::string partition;          ///< --partition; empty: the cluster's default
    std::string time = "04:00:00";  ///< --time of one task
    int cpusPerTask = 1;            ///< --cpus-per-task (and the training's runtime.threads)
    std::string memory = "4G";      ///< --mem of one task
    int waveSize = 0;    ///< trials per TPE wave after the start-up one; 0: startup_trials
    bool submit = true;  ///< false: only write the script (submit it yourself with sbatch)
};

/// The sbatch script of `wave` (exactly what is written to its file).
std::string slurmScript(const std::filesystem::path& sweepFolder, const SweepState& state,
                        const SlurmWave& wave, const SlurmSettings& settings);

/// Collects what has ended, then plans the next wave if the previous ones are all over:
/// suggests its trials, records them as running in sweep.json, writes its sbatch script into
/// the sweep folder and (settings.submit) submits it with `sbatch --parsable`. Returns the new
/// wave; nullopt with *error empty when there is nothing to submit yet (a wave still runs) or
/// any more (every planned trial is in a wave), or with *error set on a failure (no sbatch,
/// the sweep folder locked by another process, …).
std::optional<SlurmWave> submitSlurmWave(const std::filesystem::path& sweepFolder,
                                         const SlurmSettings& settings, std::string* error);

/// What collecting found.
struct SlurmCollection {
    int recorded = 0;       ///< trainings recorded now (their run folders ended)
    int running = 0;        ///< trainings of submitted waves still without an ended run folder
    bool finished = false;  ///< every planned trial has ended (sweep.json says finished)
};

/// Records in sweep.json every training of the Slurm waves whose run folder has ended
/// (completed, early-stopped, failed, or interrupted: a task that was killed or timed out).
/// Nullopt with *error when sweep.json cannot be read or written, or another process holds
/// the sweep; a sweep without waves collects nothing.
std::optional<SlurmCollection> collectSlurmResults(const std::filesystem::path& sweepFolder,
                                                   std::string* error);

/// What one array task does: trains the wave's index-th training into its run folder, with
/// the sweep's data folder. Returns the run's status text, or nullopt with *error.
std::optional<std::string> runSlurmTask(const std::filesystem::path& sweepFolder, int wave,
                                        int index, int threads, std::string* error);

}  // namespace core::sweep
