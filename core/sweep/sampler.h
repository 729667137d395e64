#pragma once

#include <optional>
#include <span>
#include <vector>

#include "sweep/sweep_spec.h"

namespace core::sweep {

// Which values a trial gets. Every function here is a pure function of its arguments (the
// spec, the trial number, the finished trials it is given): the same inputs give the same
// values on every run, whatever the timing, which is what makes a resumed or concurrent
// sweep reproducible. Any thread.

/// What a sampler knows of a finished trial.
struct SamplerObservation {
    enum class Outcome { Completed, Pruned, Failed };
    ParameterValues values;
    Outcome outcome = Outcome::Completed;
    /// Completed: the objective turned so that lower is better (−objective when maximising).
    /// Pruned: its best validation RMSE when it was pruned (ranks pruned trials among
    /// themselves). Failed: unused.
    double loss = 0;
    int epochs = 0;  ///< Pruned: the epoch it was pruned at (later is better)
};

/// Every combination of the parameters' grid values (gridValues), the first parameter
/// varying slowest, as nested loops in the spec's order. Empty when a range has no steps.
std::vector<ParameterValues> gridPoints(const SweepSpec& spec);

/// Independent uniform draws, one per parameter in spec order, from the stream (spec.seed,
/// trialNumber): a list value uniformly; a real range uniformly (in log space for a log
/// scale); an integer range uniformly over its integers (a log scale draws log-uniformly over
/// [low − ½, high + ½] and rounds, as Optuna does).
ParameterValues sampleRandom(const SweepSpec& spec, int trialNumber);

/// Optuna's default TPESampler, univariate: the observations are ranked (completed by loss,
/// then pruned ones, later epochs first, then failed ones — a deviation from Optuna, which
/// ignores failures: here a diverging learning rate should count against its region); the
/// best γ(n) = min(⌈0.1·n⌉, 25) are "good", the rest "bad". Per parameter a Parzen estimator
/// of each group (one truncated-normal kernel per observation, bandwidth from the distance to
/// its neighbours clipped to [range/min(100, n+2), range], a prior kernel at the middle of
/// the range with the range as bandwidth and weight 1, older observations down-weighted
/// after the 25 most recent; log ranges in log space; integers as bins of width 1; lists as
/// categorical kernels smoothed by the prior). 24 candidates are drawn from the good estimator
/// l(x) and the one with the largest l(x)/g(x) is taken. Random numbers from the stream
/// (spec.seed, trialNumber).
ParameterValues sampleTpe(const SweepSpec& spec, int trialNumber,
                          std::span<const SamplerObservation> history);

/// The values of trial `trialNumber` (1-based), or nullopt when the strategy has no more:
/// grid, the trialNumber-th combination; random, sampleRandom; tpe, sampleRandom while fewer
/// than spec.startupTrials observations are given, then sampleTpe. Does not apply the budget.
std::optional<ParameterValues> suggestTrial(const SweepSpec& spec, int trialNumber,
                                            std::span<const SamplerObservation> history);

}  // namespace core::sweep
