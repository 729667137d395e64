#pragma once

#include <cstdint>
#include <vector>

#include "config/experiment_config.h"
#include "metrics/ranking_metrics.h"
#include "metrics/regression_metrics.h"

namespace core::data {
struct PreparedDataset;
}
namespace core::model {
class TrainedModel;
}

namespace core::metrics {

/// The test set's predictions, one entry per test rating, in split order.
struct TestPredictions {
    std::vector<std::int32_t> userIds;    ///< UserID
    std::vector<std::int32_t> movieIds;   ///< MovieID
    std::vector<std::int32_t> userIndex;  ///< model index of the user
    std::vector<float> truth;             ///< normalised true rating (stars / 5)
    std::vector<float> predicted;         ///< normalised prediction
    std::size_t size() const { return truth.size(); }
};

/// Everything the notebook reports on the test set, plus the correct NDCG.
struct TestMetrics {
    RegressionMetrics regression;
    RankingMetrics ranking;  ///< perUser filled
};

/// Predicts the given dataset rows with `model` (evaluation mode).
TestPredictions predictRows(const model::TrainedModel& model, const data::PreparedDataset& data,
                            const std::vector<std::int32_t>& rows, int batchSize);

/// Computes the metrics of a set of predictions.
TestMetrics computeTestMetrics(const TestPredictions& predictions,
                               const config::EvaluationConfig& config);

}  // namespace core::metrics
