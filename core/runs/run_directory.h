#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "config/experiment_config.h"
#include "data/prepared_dataset.h"
#include "metrics/test_evaluation.h"
#include "runs/environment_facts.h"
#include "training/training_progress.h"
#include "util/json.h"

namespace core::model {
class TrainedModel;
}

namespace core::runs {

/// run.json: what a run list shows without opening the rest.
struct RunSummary {
    std::string name;             ///< the folder name
    std::string tag;              ///< free text the user attaches
    std::string status;           ///< training::statusName (completed, early_stopped, stopped,
                                  ///< failed), or kStatusRunning / kStatusInterrupted
    std::string message;          ///< why it stopped or failed
    std::string created;          ///< ISO 8601 UTC
    std::string dataFolder;       ///< the ml-1m folder it was trained on
    std::string device;           ///< cpu / cuda
    std::string deviceName;
    std::string trainingStep;     ///< fused / autograd
    std::string model;            ///< ModelShape::describe()
    int epochs = 0;               ///< epochs finished
    int bestEpoch = 0;
    double bestValidationLoss = 0;
    double trainingSeconds = 0;
    data::DatasetCounts before, after;
    std::int64_t trainSize = 0, validationSize = 0, testSize = 0;
    std::int64_t usersKeptInTrain = 0;
    std::int64_t processId = 0;   ///< the process that trained it (while running)
    std::string host;             ///< the machine that process ran on
    bool hasMetrics = false;      ///< metrics.json and predictions.csv exist

    bool hasModel = false;        ///< model.pt exists
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

/// A run whose training process holds the folder's lock (run.lock).
inline constexpr const char* kStatusRunning = "running";
/// A run that says "running" but whose process is gone (killed, crashed, power cut): read
/// from a folder, never written. Its history, run.json and best model.pt are as of its last
/// finished epoch.
inline constexpr const char* kStatusInterrupted = "interrupted";

/// Files of a run directory.
inline constexpr const char* kRunFile = "run.json";
inline constexpr const char* kConfigFile = "config.yaml";
inline constexpr const char* kHistoryFile = "history.csv";
inline constexpr const char* kMetricsFile = "metrics.json";
inline constexpr const char* kPredictionsFile = "predictions.csv";
inline constexpr const char* kEnvironmentFile = "environment.json";
inline constexpr const char* kModelFile = "model.pt";
inline constexpr const char* kLockFile = "run.lock";

/// Creates a new, empty run folder in `workspace` named `baseName` (sanitised), adding
/// "-2", "-3", … when the name is taken: an existing run is never reused or overwritten.
std::optional<std::filesystem::path> createRunDirectory(const std::filesystem::path& workspace,
                                                        const std::string& baseName,
                                                        std::string* error);

/// A default run name: "run-20261128-044300".
std::string defaultRunName();

/// Writes every file of `record` (and the model, when given) into record.path, each one
/// atomically; run.json last, so a folder without it is an incomplete run.
std::optional<std::string> writeRun(const RunRecord& record, const model::TrainedModel* model);

/// Writes run.json alone (atomically).
std::optional<std::string> writeRunSummary(const std::filesystem::path& path, const RunSummary& summary);

/// Reads a run directory (not the weights). Metrics are recomputed from predictions.csv and
/// checked against metrics.json. Errors name the file and line.
std::optional<RunRecord> readRun(const std::filesystem::path& path, std::string* error);

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

/// Reads only run.json (fast; for run lists). A "running" run whose process no longer holds
/// its lock reads as kStatusInterrupted, with a message saying how far it got.
std::optional<RunSummary> readRunSummary(const std::filesystem::path& path, std::string* error);

/// Run folders (those holding run.json) in `workspace`, newest first.
std::vector<std::filesystem::path> listRuns(const std::filesystem::path& workspace);

/// Sets the tag in run.json (not while the run is training: it rewrites run.json).
std::optional<std::string> setRunTag(const std::filesystem::path& path, const std::string& tag);
/// Renames a run folder inside its workspace; refuses to replace an existing folder, or to
/// move a run that is training.
std::optional<std::filesystem::path> renameRun(const std::filesystem::path& path,
                                               const std::string& newName, std::string* error);
/// Deletes a run folder (only one that holds run.json, and not while it is training).
std::optional<std::string> deleteRun(const std::filesystem::path& path);

/// The test metrics as written to metrics.json (and printed by the CLI's --json).
util::JsonValue testMetricsJson(const metrics::TestMetrics& metrics);

/// History as CSV text and back (used by writeRun/readRun and the export).
std::string historyToCsv(const std::vector<training::EpochResult>& history);
std::optional<std::vector<training::EpochResult>> historyFromCsv(const std::string& text,
                                                                 const std::string& source,
                                                                 std::string* error);

}  // namespace core::runs
