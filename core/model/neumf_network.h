#pragma once

// Internal to core: this header includes LibTorch. Public headers and the UI never include
// it; they use TrainedModel.

#include <torch/torch.h>

#include <vector>

#include "model/model_shape.h"

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

/// Copies a network's parameters and buffers (any device) into a CPU TrainedModel.
void copyWeights(NeuMFEnhancedImpl& from, NeuMFEnhancedImpl& to);

}  // namespace core::model
