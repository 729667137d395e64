#pragma once

// Internal to core: this header includes LibTorch. Public headers and the UI never include
// it; they use TrainedModel.

#include <torch/torch.h>

#include <vector>

#include "model/model_shape.h"
#include "model/trained_model.h"

namespace core::model {

/// The notebook's NeuMFEnhanced: user and movie id embeddings, the user features
/// [Gender, Age, Occupation] projected to the user embedding width, the genre multi-hot
/// projected to movie_feature_dim, concatenated as [user_emb, user_extra, movie_emb,
/// movie_extra] and fused by Linear → BatchNorm → ReLU → Dropout per hidden layer, then one
/// output. Parameter names match the notebook's state_dict for the default two layers.
class NeuMFEnhancedImpl : public torch::nn::Module {
public:
    explicit NeuMFEnhancedImpl(const ModelShape& shape);

    /// users, movies: int64 indices (B); userFeatures (B×3), movieGenres (B×18) float.
    /// Returns (B) predictions on the normalised scale.
    torch::Tensor forward(const torch::Tensor& users, const torch::Tensor& movies,
                          const torch::Tensor& userFeatures, const torch::Tensor& movieGenres);

    ModelShape shape;
    torch::nn::Embedding userEmbedding{nullptr};
    torch::nn::Embedding movieEmbedding{nullptr};
    torch::nn::Linear userFeatFc{nullptr};
    torch::nn::Linear movieFeatFc{nullptr};
    std::vector<torch::nn::Linear> fusionFc;
    std::vector<torch::nn::BatchNorm1d> batchNorms;
    torch::nn::Linear output{nullptr};
};
TORCH_MODULE(NeuMFEnhanced);

/// The state behind the TrainedModel facade. Always on the CPU.
struct TrainedModel::Impl {
    ModelShape shape;
    NeuMFEnhanced net{nullptr};
    torch::Tensor userFeatures;  ///< numUsers × 3, float
    torch::Tensor movieGenres;   ///< numMovies × 18, float
    std::vector<std::int32_t> userIds;
    std::vector<std::int32_t> movieIds;
};

/// All trainable parameters of a network in one contiguous buffer (and their gradients in
/// another), with the module's parameters and .grad re-pointed at slices of them, so that
/// one optimizer pass covers every parameter and a checkpoint is one copy.
struct FlatParameters {
    explicit FlatParameters(NeuMFEnhancedImpl& net);

    torch::Tensor values;  ///< 1-D, on the network's device
    torch::Tensor grads;   ///< 1-D, same size; zero-initialised
    std::vector<torch::Tensor> buffers;  ///< BatchNorm running statistics (not flattened)

    /// A copy of values and buffers (for keeping the best epoch).
    struct Snapshot {
        torch::Tensor values;
        std::vector<torch::Tensor> buffers;
    };
    Snapshot snapshot() const;
    void restore(const Snapshot& snapshot);
};

/// Copies a network's parameters and buffers (any device) into a CPU TrainedModel.
void copyWeights(NeuMFEnhancedImpl& from, NeuMFEnhancedImpl& to);

}  // namespace core::model
