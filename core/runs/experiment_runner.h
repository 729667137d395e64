#pragma once

#include <filesystem>
#include <memory>
#include <stop_token>
#include <string>

#include "config/experiment_config.h"
#include "data/movielens_data.h"
#include "data/per_user_split.h"
#include "data/prepared_dataset.h"
#include "runs/run_record.h"
#include "training/trainer.h"

namespace core::runs {

/// What to run: a config on loaded data, saved as a new run in `workspace`.
struct ExperimentRequest {
    config::ExperimentConfig config;
    std::shared_ptr<const data::MovieLensData> data;
    std::filesystem::path workspace;
    std::string runName;  ///< empty: defaultRunName()
    std::string tag;
};

/// The outcome: the saved record (path, summary, history, metrics, predictions), the model
/// and the prepared data (for per-user tables), or an error.
struct ExperimentResult {
    bool saved = false;  ///< a run directory was written (also for stopped and failed runs)
    std::string error;   ///< why nothing usable came out (empty when saved)
    training::TrainingStatus status = training::TrainingStatus::Failed;
    RunRecord record;
    std::shared_ptr<const model::TrainedModel> model;  ///< null when training failed
    std::shared_ptr<const data::PreparedDataset> prepared;
    data::PerUserSplit split;
};

/// Filters and prepares the data, splits it, trains, evaluates on the test set and writes a
/// run directory. Progress and stage changes go to `sink` on the calling thread; `stop` ends
/// training within a batch and the best weights so far are evaluated and saved as a
/// "stopped" run. Never throws.
ExperimentResult runExperiment(const ExperimentRequest& request, training::ProgressSink& sink,
                               std::stop_token stop = {});

}  // namespace core::runs
