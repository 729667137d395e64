#include "sweep/sweep_leaderboard.h"

#include <algorithm>
#include <cmath>

namespace core::sweep {

std::vector<LeaderboardRow> leaderboard(const SweepState& state) {
    std::vector<LeaderboardRow> rows;
    for (const auto& t : state.trials) {
        LeaderboardRow row;
        row.trial = t.number;
        row.values = t.values;
        row.state = trialState(t);
        std::vector<double> objectives, rmses;
        double epochs = 0;
        int trained = 0;
        for (const auto& r : t.runs) {
            if (r.objective)
                objectives.push_back(*r.objective);
            if (r.test)
                rmses.push_back(r.test->rmseStars);
            // Repeats skipped after a pruned one have no run folder and count no epochs.
            if ((r.state == TrainingState::Completed || r.state == TrainingState::Pruned) &&
                !r.runName.empty()) {
                epochs += r.epochs;
                ++trained;
            }
            if (r.state == TrainingState::Pruned && row.prunedEpoch == 0 && r.prunedEpoch > 0) {
                row.prunedEpoch = r.prunedEpoch;
                row.note = r.pruneReason;
            }
            if (r.state == TrainingState::Failed && row.note.empty())
                row.note = r.message;
        }
        const auto mean = [](const std::vector<double>& v) {
            double s = 0;
            for (double x : v)
                s += x;
            return s / double(v.size());
        };
        if (!objectives.empty()) {
            row.objective = mean(objectives);
            row.repeats = int(objectives.size());
            if (objectives.size() > 1) {
                double ss = 0;
                for (double x : objectives)
                    ss += (x - *row.objective) * (x - *row.objective);
                row.spread = std::sqrt(ss / double(objectives.size() - 1));
            }
        }
        if (!rmses.empty())
            row.testRmse = mean(rmses);
        row.epochs = trained ? epochs / trained : 0;
        rows.push_back(std::move(row));
    }
    const bool maximise = state.spec.objective.direction == Direction::Maximize;
    const auto group = [](const LeaderboardRow& r) {
        switch (r.state) {
            case TrainingState::Completed:
                return 0;
            case TrainingState::Pruned:
                return 1;
            case TrainingState::Failed:
                return 2;
            default:
                return 3;
        }
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const auto& a, const auto& b) {
        if (group(a) != group(b))
            return group(a) < group(b);
        if (group(a) == 0 && a.objective && b.objective && *a.objective != *b.objective)
            return maximise ? *a.objective > *b.objective : *a.objective < *b.objective;
        if (group(a) == 1 && a.prunedEpoch != b.prunedEpoch)
            return a.prunedEpoch > b.prunedEpoch;
        return a.trial < b.trial;
    });
    int rank = 0;
    for (auto& r : rows)
        if (r.state == TrainingState::Completed)
            r.rank = ++rank;
    return rows;
}

}  // namespace core::sweep
