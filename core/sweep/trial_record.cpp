#include "sweep/trial_record.h"

#include <algorithm>
#include <cmath>

#include "sweep/pruner.h"
#include "util/path_text.h"

namespace core::sweep {
namespace {

std::optional<double> objectiveOf(ObjectiveMetric metric, const runs::RunRecord& record) {
    if (metric == ObjectiveMetric::ValidationRmse)
        return record.summary.bestEpoch > 0
                   ? std::optional(validationRmse(record.summary.bestValidationLoss))
                   : std::nullopt;
    if (!record.metrics)
        return std::nullopt;
    const auto& m = *record.metrics;
    double v = 0;
    switch (metric) {
        case ObjectiveMetric::TestRmse:
            v = m.regression.rmseStars();
            break;
        case ObjectiveMetric::TestMae:
            v = m.regression.maeStars();
            break;
        case ObjectiveMetric::TestR2:
            v = m.regression.r2;
            break;
        case ObjectiveMetric::TestPrecisionAtK:
            v = m.ranking.precision;
            break;
        case ObjectiveMetric::TestNdcgAtK:
            v = m.ranking.ndcg;
            break;
        case ObjectiveMetric::ValidationRmse:
            break;
    }
    return std::isfinite(v) ? std::optional(v) : std::nullopt;
}

}  // namespace

std::string trainingRunName(int trial, int repeat, int repeats) {
    std::string n = std::to_string(trial);
    if (n.size() < 3)
        n.insert(0, 3 - n.size(), '0');
    return "trial-" + n + (repeats > 1 ? "-r" + std::to_string(repeat) : "");
}

double validationRmse(double validationMse) {
    return std::sqrt(std::max(0.0, validationMse)) * 5.0;
}

void recordFinishedRun(const SweepState& state, TrialRun& run, const runs::RunRecord& record) {
    const auto& s = record.summary;
    run.runName = util::utf8Of(record.path.filename());
    run.runStatus = std::string(runs::runStatusText(s.status));
    run.epochs = s.epochs;
    run.bestEpoch = s.bestEpoch;
    run.trainingSeconds = s.trainingSeconds;
    run.validationRmse.clear();
    for (const auto& e : record.history)
        run.validationRmse.push_back(validationRmse(e.validationLoss));
    run.objective = objectiveOf(state.spec.objective.metric, record);
    if (record.metrics) {
        const auto& m = *record.metrics;
        run.test = TestSummary{m.regression.rmseStars(), m.regression.maeStars(), m.regression.r2,
                               m.ranking.precision,      m.ranking.ndcg,          m.ranking.k};
    }
    switch (s.status) {
        case runs::RunStatus::Completed:
        case runs::RunStatus::EarlyStopped:
            run.state = TrainingState::Completed;
            break;
        case runs::RunStatus::Stopped:
            run.state = run.prunedEpoch > 0 ? TrainingState::Pruned : TrainingState::Pending;
            break;
        default:
            run.state = TrainingState::Failed;
            run.message = s.message;
            break;
    }
    if (run.state == TrainingState::Completed && run.prunedEpoch > 0) {
        // Pruned after the epoch at which it ended anyway (early stopping, max_epochs).
        run.prunedEpoch = 0;
        run.pruneReason.clear();
    }
    if (run.state == TrainingState::Pruned) {
        // The trainer calls every stop "stopped by the user"; say who stopped it.
        auto summary = s;
        summary.message = prunedBySweepMessage(state.name, run.pruneReason).english();
        if (auto e = runs::writeRunSummary(record.path, summary))
            run.message = *e;
    }
    if (run.state == TrainingState::Pending) {
        // Stopped by the user: trained again on resume; the folder stays until then.
        run.objective.reset();
        run.test.reset();
        run.validationRmse.clear();
        run.prunedEpoch = 0;
        run.pruneReason.clear();
        run.message = stoppedForResumeMessage().english();
    }
}

SamplerObservation observationOf(const Trial& trial, bool maximise) {
    SamplerObservation o;
    o.values = trial.values;
    const TrainingState state = trialState(trial);
    if (state == TrainingState::Completed) {
        double sum = 0;
        int n = 0;
        for (const auto& r : trial.runs)
            if (r.objective) {
                sum += *r.objective;
                ++n;
            }
        if (n == 0) {
            o.outcome = SamplerObservation::Outcome::Failed;
        } else {
            o.loss = maximise ? -sum / n : sum / n;
        }
    } else if (state == TrainingState::Pruned) {
        o.outcome = SamplerObservation::Outcome::Pruned;
        for (const auto& r : trial.runs)
            if (r.state == TrainingState::Pruned && r.prunedEpoch > 0) {
                o.epochs = r.prunedEpoch;
                o.loss = bestSoFar(r.validationRmse, r.prunedEpoch);
                break;
            }
    } else {
        o.outcome = SamplerObservation::Outcome::Failed;
    }
    return o;
}

}  // namespace core::sweep
