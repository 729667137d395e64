#pragma once

#include <memory>
#include <optional>
#include <string>

#include "data/movielens_data.h"
#include "data/prepared_dataset.h"
#include "metrics/test_evaluation.h"
#include "runs/run_record.h"

namespace core::model {
class TrainedModel;
}

namespace core::runs {

/// A saved run's model with the dataset it was trained on, prepared with the run's filters.
struct RunModel {
    std::unique_ptr<model::TrainedModel> model;
    std::shared_ptr<const data::PreparedDataset> prepared;
};

/// Reads `record`'s model.pt and prepares `data` with the run's filters. Fails (error set,
/// naming the file or folder) when the model cannot be read or, with *dataMismatch set,
/// when `data` does not hold the users and movies the model was trained on.
std::optional<RunModel> loadRunModel(const RunRecord& record,
                                     std::shared_ptr<const data::MovieLensData> data,
                                     std::string* error, bool* dataMismatch = nullptr);

/// The test set of the run's split predicted by its model, and the metrics: what `evaluate`
/// and the window compute for a run saved without metrics (an interrupted one).
struct RunEvaluation {
    metrics::TestPredictions predictions;
    metrics::TestMetrics metrics;
};
RunEvaluation evaluateRunModel(const RunRecord& record, const RunModel& run);

}  // namespace core::runs
