#include "metrics/test_evaluation.h"

#include "data/prepared_dataset.h"
#include "model/trained_model.h"

namespace core::metrics {

TestPredictions predictRows(const model::TrainedModel& model, const data::PreparedDataset& data,
                            const std::vector<std::int32_t>& rows, int batchSize) {
    TestPredictions p;
    std::vector<std::int32_t> movieIndex;
    p.userIndex.reserve(rows.size());
    movieIndex.reserve(rows.size());
    for (const auto r : rows) {
        const auto u = data.userIndex[std::size_t(r)];
        const auto m = data.movieIndex[std::size_t(r)];
        p.userIndex.push_back(u);
        movieIndex.push_back(m);
        p.userIds.push_back(data.userIds[std::size_t(u)]);
        p.movieIds.push_back(data.movieIds[std::size_t(m)]);
        p.truth.push_back(data.ratingNorm[std::size_t(r)]);
    }
    p.predicted = model.predict(p.userIndex, movieIndex, batchSize);
    return p;
}

TestMetrics computeTestMetrics(const TestPredictions& predictions,
                               const config::EvaluationConfig& config) {
    TestMetrics m;
    m.regression = regressionMetrics(predictions.truth, predictions.predicted);
    m.ranking = rankingMetrics(predictions.userIndex, predictions.truth, predictions.predicted,
                               config.k, config.relevanceThreshold);
    return m;
}

}  // namespace core::metrics
