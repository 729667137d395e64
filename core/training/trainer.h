#pragma once

#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "config/experiment_config.h"
#include "model/trained_model.h"
#include "training/device_choice.h"
#include "training/training_progress.h"

namespace core::data {
struct PreparedDataset;
struct PerUserSplit;
}  // namespace core::data

namespace core::training {

/// How a training run ended.
enum class TrainingStatus { Completed, EarlyStopped, Stopped, Failed };

/// The result of trainModel.
struct TrainingOutcome {
    TrainingStatus status = TrainingStatus::Failed;
    std::string message;               ///< plain-language reason for Stopped / Failed
    std::vector<EpochResult> history;  ///< one entry per finished epoch
    int bestEpoch = 0;                 ///< 0 when no epoch finished
    double bestValidationLoss = 0;
    /// The best epoch's weights on the CPU (the current weights when stopped before the first
    /// epoch ended); null only when training could not start.
    std::unique_ptr<model::TrainedModel> model;
    DeviceChoice device;
    double seconds = 0;
};

/// Trains NeuMFEnhanced as the notebook does: MSE, Adam with L2 weight decay, shuffled
/// batches, validation loss each epoch, ReduceLROnPlateau, early stopping, best weights
/// kept and restored. Reports through `sink` on the calling thread; checks `stop` before
/// every batch (so a stop takes effect within one batch). Never throws: errors (invalid
/// config, no CUDA, non-finite loss, LibTorch errors) come back as status Failed.
TrainingOutcome trainModel(const config::ExperimentConfig& config,
                           const data::PreparedDataset& data, const data::PerUserSplit& split,
                           ProgressSink& sink, std::stop_token stop = {});

}  // namespace core::training
