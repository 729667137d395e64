#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "sweep/sweep_spec.h"

namespace core::sweep {

// Early termination of unpromising trials. Pruning works on the per-epoch validation RMSE
// (sqrt(validation MSE) × 5, stars, lower is better) — the only measure a run reports every
// epoch — whatever the sweep's objective: with a test_* objective it is a proxy. A curve's
// "best so far at epoch e" is its lowest validation RMSE over epochs 1 … e (over all of them
// when it ended sooner). Pure functions; any thread.

/// One other training's per-epoch validation RMSE, as the pruner sees it.
struct LearningCurve {
    std::vector<double> validationRmse;  ///< epoch 1, 2, … (stars)
    bool finished = false;               ///< ended on its own (not pruned, stopped or failed)
};

/// A decision to stop a training: at which epoch and why, e.g. "median: val RMSE 0.95 at
/// epoch 3 worse than median 0.91 of 6 trials".
struct PruneDecision {
    int epoch = 0;
    std::string reason;
};

/// Whether the training whose validation RMSE so far is `curve` (epoch 1 … curve.size()) is
/// stopped after its last epoch, given the other trainings the sweep may compare with
/// (`others`, see SweepRunner for which):
/// - median (median stopping rule): after `warmupEpochs` epochs and once at least `minTrials`
///   others have finished, stop when the best so far is worse than the median of the finished
///   others' best so far at this epoch;
/// - asha (asynchronous successive halving): rungs at minEpochs·η^k epochs; on reaching a rung,
///   go on only when the best so far is among the top ⌊m/η⌋ (at least the best one) of the m
///   trainings that have reached that rung, this one included, pruned ones included (Optuna's
///   SuccessiveHalvingPruner rule).
std::optional<PruneDecision> decidePruning(const EarlyTermination& rule,
                                           std::span<const double> curve,
                                           std::span<const LearningCurve> others);

/// The best (lowest) value of curve[0 … epochs − 1] (of the whole curve when shorter).
double bestSoFar(std::span<const double> curve, int epochs);

/// ASHA's rung epochs up to `maxEpochs`: minEpochs, minEpochs·η, minEpochs·η², …
std::vector<int> ashaRungs(const EarlyTermination& rule, int maxEpochs);

}  // namespace core::sweep
