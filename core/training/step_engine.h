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
    /// What an epoch goes through once, in shuffled order: the training rows (given), or for a
    /// model trained on whole movies, the movies.
    virtual std::int64_t unitsPerEpoch(std::int64_t trainingRows) const { return trainingRows; }
    /// Units per optimizer step (0: training.batch_size).
    virtual std::int64_t batchSize() const { return 0; }
    /// One optimizer step on units order[begin, end). Returns the batch loss when it is
    /// available without waiting for the device.
    virtual std::optional<double> step(const std::vector<std::int32_t>& order, std::int64_t begin,
                                       std::int64_t end, double learningRate) = 0;
    /// Mean training loss of the epoch, per training rating (reads the device once).
    virtual double epochLoss(std::int64_t rows) = 0;
    /// Starts an epoch: resets the loss and shuffles `order` (the units, from the last epoch's
    /// order; 0 … n−1 at first) into this epoch's order.
    virtual void startEpoch(std::vector<std::int32_t>& order) = 0;
    /// Validation MSE in evaluation mode; nullopt when stopped.
    virtual std::optional<double> validationLoss(const std::stop_token& stop) = 0;
    /// The validation predictions in evaluation mode, in validation order; nullopt when
    /// stopped. (What an ensemble averages.)
    virtual std::optional<std::vector<float>> validationPredictions(
        const std::stop_token& stop) = 0;
};

/// Adam's step for the configured hyper-parameters at this learning rate and step count.
inline AdamStep adamStepFor(const config::TrainingConfig& t, double learningRate,
                            std::int64_t step) {
    return {learningRate, t.adamBeta1, t.adamBeta2, t.adamEpsilon, t.weightDecay, step};
}

/// The hand-written CPU step (model/cpu_neumf): fused loops + oneDNN/ATen GEMMs, its own random
/// streams (fast; not the notebook's). Its GEMMs and Adam pass are shared out over `threads`
/// threads of its own (the calling thread and helpers); LibTorch's thread count should be 1.
/// Results do not depend on `threads`.
std::unique_ptr<StepEngine> makeFusedEngine(model::TrainedModel::Impl& model, FlatParameters& flat,
                                            const Part& train, const Part& validation,
                                            const config::ExperimentConfig& config,
                                            int threads = 1);

/// I-AutoRec's step (model.kind autorec): batches of movies, LibTorch autograd, any device.
std::unique_ptr<StepEngine> makeAutoRecEngine(model::TrainedModel::Impl& model,
                                              FlatParameters& flat, const Part& train,
                                              const Part& validation,
                                              const config::ExperimentConfig& config,
                                              torch::Device device);

/// model.kind ensemble: the NeuMF member by the fused step (`fused`) or autograd, and the
/// AutoRec member, each on its slice of `flat` with its own Adam state.
std::unique_ptr<StepEngine> makeEnsembleEngine(model::TrainedModel::Impl& model,
                                               FlatParameters& flat, const Part& train,
                                               const Part& validation,
                                               const config::ExperimentConfig& config,
                                               torch::Device device, bool fused);

/// Mean squared error of predictions against targets, in double.
double meanSquaredError(const std::vector<float>& predictions, const std::vector<float>& targets);

/// LibTorch autograd on any device, repeating the notebook's random streams.
std::unique_ptr<StepEngine> makeAutogradEngine(model::TrainedModel::Impl& model,
                                               FlatParameters& flat, const Part& train,
                                               const Part& validation,
                                               const config::ExperimentConfig& config,
                                               torch::Device device);

}  // namespace core::training
