#pragma once

#include <cstdint>
#include <string>

#include "util/text.h"

namespace core::model {
class TrainedModel;
}

namespace core::training {

/// Where a run is. Reported through ProgressSink::stageChanged.
enum class Stage { Preparing, Splitting, Training, Evaluating, Saving, Finished };

/// Progress inside an epoch. Sent after every optimizer step (sinks throttle).
struct BatchProgress {
    int epoch = 0;  ///< 1-based
    int maxEpochs = 0;
    std::int64_t batch = 0;  ///< 1-based, within the epoch
    std::int64_t batchesPerEpoch = 0;
    double runningLoss = 0;       ///< mean training MSE so far this epoch (normalised²);
                                  ///< NaN when the device has not been read yet
    double batchLoss = 0;         ///< this batch's training MSE; NaN when it stays on the
                                  ///< device (CUDA reads losses once per epoch)
    double samplesPerSecond = 0;  ///< training rows per second this epoch
    double epochSeconds = 0;      ///< seconds since this epoch started
    double runSeconds = 0;        ///< seconds since training started
};

/// The outcome of one epoch, after validation and the scheduler step.
struct EpochResult {
    int epoch = 0;              ///< 1-based
    double trainLoss = 0;       ///< mean training MSE over the epoch (normalised scale)
    double validationLoss = 0;  ///< validation MSE in evaluation mode
    double learningRate = 0;    ///< learning rate after the scheduler step
    double trainSeconds = 0;
    double validationSeconds = 0;
    bool improved = false;  ///< new best validation loss (checkpoint kept)
    int bestEpoch = 0;
    double bestValidationLoss = 0;
    int epochsWithoutImprovement = 0;  ///< the early-stopping counter
};

/// Receives progress from the training thread. Implementations must be cheap (or throttle)
/// and must not throw; they are called on the thread that runs training.
class ProgressSink {
public:
    virtual ~ProgressSink() = default;
    virtual void stageChanged(Stage /*stage*/, const util::Text& /*detail*/) {}
    virtual void batchProgress(const BatchProgress& /*progress*/) {}
    virtual void epochFinished(const EpochResult& /*result*/) {}
    /// After epochFinished for an epoch with a new best validation loss: `model` holds that
    /// epoch's weights, for a checkpoint (TrainedModel::save). Valid during the call only.
    virtual void bestModelReached(const EpochResult& /*result*/,
                                  const model::TrainedModel& /*model*/) {}
};

}  // namespace core::training
