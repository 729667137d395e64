#pragma once

// Internal to core::sweep: how a finished training's run folder becomes a TrialRun, and a
// trial an observation for the sampler; shared by the local runner and the Slurm waves.

#include <string>

#include "runs/run_record.h"
#include "sweep/sampler.h"
#include "sweep/sweep_state.h"

namespace core::sweep {

/// "trial-007", or "trial-007-r1" when each trial is trained more than once.
std::string trainingRunName(int trial, int repeat, int repeats);

/// √(validation MSE) × 5: the validation RMSE in stars.
double validationRmse(double validationMse);

/// Records a training whose run folder was written (any status) in `run`: its state, objective,
/// test metrics, per-epoch validation RMSE and times. A pruned training's run.json gets the
/// sweep's reason as its message. `run.prunedEpoch` must already say whether it was pruned.
void recordFinishedRun(const SweepState& state, TrialRun& run, const runs::RunRecord& record);

/// What the sampler learns from a trial whose trainings all ended.
SamplerObservation observationOf(const Trial& trial, bool maximise);

}  // namespace core::sweep
