#pragma once

// Internal to core (includes LibTorch): the two ways a training step is computed. An engine
// owns one epoch's worth of optimizer steps and the validation loss; trainModel drives it.

#include <torch/torch.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <stop_token>
#include <vector>

#include "config/experiment_config.h"
#include "model/trained_model_impl.h"
#include "training/adam.h"
#include "training/flat_parameters.h"

namespace core::data {
struct PreparedDataset;
}

namespace core::training {

/// The rows of one part of the split as host columns.
struct Part {
    std::vector<std::int32_t> users, movies;
    std::vector<float> targets;
    std::int64_t size() const { return std::int64_t(targets.size()); }
};

/// The split's `rows` of `data` as columns.
Part gather(const data::PreparedDataset& data, const std::vector<std::int32_t>& rows);

/// One epoch's worth of optimizer steps and the validation loss, by one of two mechanisms.
class StepEngine {
public:
    virtual ~StepEngine() = default;
    /// One optimizer step on rows order[begin, end). Returns the batch loss when it is
    /// available without waiting for the device.
    virtual std::optional<double> step(const std::vector<std::int32_t>& order, std::int64_t begin,
                                       std::int64_t end, double learningRate) = 0;
    /// Mean training loss of the epoch (reads the device once).
    virtual double epochLoss(std::int64_t rows) = 0;
    /// Starts an epoch: resets the loss and fills `order` with this epoch's row order.
    virtual void startEpoch(std::vector<std::int32_t>& order) = 0;
    /// Validation MSE in evaluation mode; nullopt when stopped.
    virtual std::optional<double> validationLoss(const std::stop_token& stop) = 0;
};

/// Adam's step for the configured hyper-parameters at this learning rate and step count.
inline AdamStep adamStepFor(const config::TrainingConfig& t, double learningRate,
                            std::int64_t step) {
    return {learningRate, t.adamBeta1, t.adamBeta2, t.adamEpsilon, t.weightDecay, step};
}

/// The hand-written CPU step (model/cpu_neumf): fused loops + ATen GEMMs, its own random
/// streams (fast; not the notebook's).
std::unique_ptr<StepEngine> makeFusedEngine(model::TrainedModel::Impl& model, FlatParameters& flat,
                                            const Part& train, const Part& validation,
                                            const config::ExperimentConfig& config);

/// LibTorch autograd on any device, repeating the notebook's random streams.
std::unique_ptr<StepEngine> makeAutogradEngine(model::TrainedModel::Impl& model,
                                               FlatParameters& flat, const Part& train,
                                               const Part& validation,
                                               const config::ExperimentConfig& config,
                                               torch::Device device);

}  // namespace core::training
