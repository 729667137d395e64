#pragma once

#include <optional>
#include <vector>

#include "sweep/sweep_state.h"

namespace core::sweep {

/// One trial in the leaderboard: its values and the mean over its trainings (repeats).
struct LeaderboardRow {
    int rank = 0;   ///< 1 = best; 0 for trials that are not ranked (not completed)
    int trial = 0;  ///< Trial::number
    ParameterValues values;
    TrainingState state = TrainingState::Pending;  ///< trialState()
    std::optional<double> objective;               ///< mean over the trainings that have one
    double spread = 0;                             ///< their sample standard deviation (0 with one)
    int repeats = 0;                               ///< how many trainings the mean is over
    std::optional<double> testRmse;                ///< mean test RMSE (stars)
    double epochs = 0;                             ///< mean epochs of the trainings that ran
    int prunedEpoch = 0;                           ///< pruned: the epoch (of the pruned training)
    std::string note;                              ///< pruned or failed: the reason or message
};

/// The trials, best first: completed trials ranked by mean objective in the spec's direction
/// (ties by trial number), then pruned ones (latest prune first), failed, then unfinished
/// ones, by trial number. Any thread.
std::vector<LeaderboardRow> leaderboard(const SweepState& state);

}  // namespace core::sweep
