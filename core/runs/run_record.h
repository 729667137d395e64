#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "config/experiment_config.h"
#include "data/prepared_dataset.h"
#include "metrics/test_evaluation.h"
#include "runs/environment_facts.h"
#include "runs/run_status.h"
#include "training/device_choice.h"
#include "training/training_progress.h"

namespace core::model {
class TrainedModel;
}

namespace core::util {
using Json = nlohmann::json;
}

namespace core::runs {

// The run folder format: which files a run folder holds and what is in run.json. Writers
// write each file atomically and durably; readers name the file (and line) of a problem.

/// run.json: what a run list shows without opening the rest.
struct RunSummary {
    std::string name;  ///< the folder name
    std::string tag;   ///< free text the user attaches
    RunStatus status = RunStatus::Failed;
    std::string message;     ///< why it stopped or failed
    std::string created;     ///< ISO 8601 UTC
    std::string dataFolder;  ///< the ml-1m folder it was trained on
    training::Device device = training::Device::Cpu;
    std::string deviceName;  ///< "CPU" or the GPU's name
    training::TrainingStep trainingStep = training::TrainingStep::Fused;
    std::string model;  ///< ModelShape::describe()
    int epochs = 0;     ///< epochs finished
    int bestEpoch = 0;
    double bestValidationLoss = 0;
    double trainingSeconds = 0;
    data::DatasetCounts before, after;
    std::int64_t trainSize = 0, validationSize = 0, testSize = 0;
    std::int64_t usersKeptInTrain = 0;
    std::int64_t processId = 0;  ///< the process that trained it (while running)
    std::string host;            ///< the machine that process ran on
    bool hasMetrics = false;     ///< metrics.json and predictions.csv exist

    bool hasModel = false;  ///< model.pt exists
};

/// Everything a run directory holds except the model weights.
struct RunRecord {
    std::filesystem::path path;
    RunSummary summary;
    config::ExperimentConfig config;
    std::vector<training::EpochResult> history;
    std::optional<metrics::TestMetrics> metrics;
    metrics::TestPredictions predictions;  ///< empty without metrics
    Facts environment;
};

/// Files of a run directory.
inline constexpr const char* kRunFile = "run.json";
inline constexpr const char* kConfigFile = "config.yaml";
inline constexpr const char* kHistoryFile = "history.csv";
inline constexpr const char* kMetricsFile = "metrics.json";
inline constexpr const char* kPredictionsFile = "predictions.csv";
inline constexpr const char* kEnvironmentFile = "environment.json";
inline constexpr const char* kModelFile = "model.pt";
inline constexpr const char* kLockFile = "run.lock";

/// Writes every file of `record` (and the model, when given) into record.path, each one
/// atomically; run.json last, so a folder without it is an incomplete run.
std::optional<std::string> writeRun(const RunRecord& record, const model::TrainedModel* model);

/// Writes environment.json (the facts in order of keys).
std::optional<std::string> writeEnvironment(const std::filesystem::path& path, const Facts& facts);

/// Writes run.json alone (atomically).
std::optional<std::string> writeRunSummary(const std::filesystem::path& path,
                                           const RunSummary& summary);

/// Reads a run directory (not the weights). The test metrics are recomputed from
/// predictions.csv (metrics.json is for other tools to read). Errors name the file and line.
std::optional<RunRecord> readRun(const std::filesystem::path& path, std::string* error);

/// Reads only run.json (fast; for run lists). A Running run whose process no longer holds
/// its lock (run.lock) reads as Interrupted, with a message saying how far it got: its
/// history, run.json and best model.pt are as of its last recorded epoch.
std::optional<RunSummary> readRunSummary(const std::filesystem::path& path, std::string* error);

/// Sets the tag in run.json (not while the run is training: it rewrites run.json).
std::optional<std::string> setRunTag(const std::filesystem::path& path, const std::string& tag);
/// The test metrics as written to metrics.json (and printed by the CLI's --json).
util::Json testMetricsJson(const metrics::TestMetrics& metrics);

/// The test RMSE (normalised) saved in a run's metrics.json, or nullopt (for run lists).
std::optional<double> readSavedTestRmse(const std::filesystem::path& path);
/// The test metrics saved in a run's metrics.json (for run lists: predictions.csv is not read,
/// so ranking.perUser is empty), or nullopt when the file is missing or not JSON. A value the
/// file lacks (or holds as null, as an undefined R²) reads as NaN. Any thread.
std::optional<metrics::TestMetrics> readSavedTestMetrics(const std::filesystem::path& path);

}  // namespace core::runs
