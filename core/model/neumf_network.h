#pragma once

// Internal to core: this header includes LibTorch. Public headers and the UI never include
// it; they use TrainedModel.

#include <torch/torch.h>

#include <vector>

#include "model/model_shape.h"

namespace core::model {

/// A network that predicts normalised ratings from user and movie indices and their
/// feature rows. The trainer, checkpoints and predictions work through this interface.
class RatingNetworkImpl : public torch::nn::Module {
public:
    explicit RatingNetworkImpl(const ModelShape& s) : shape(s) {}

    /// users, movies: int64 indices (B); userFeatures (B×userFeatureCount), movieGenres
    /// (B×genreCount) float (may be undefined when usesFeatures() is false). Returns (B)
    /// predictions on the normalised scale.
    virtual torch::Tensor forward(const torch::Tensor& users, const torch::Tensor& movies,
                                  const torch::Tensor& userFeatures,
                                  const torch::Tensor& movieGenres) = 0;
    /// False when forward ignores the feature rows (callers may skip gathering them).
    virtual bool usesFeatures() const { return true; }

    ModelShape shape;
};

/// The notebook's NeuMFEnhanced: user and movie id embeddings, the user features
/// [Gender, Age, Occupation] projected to the user embedding width, the genre multi-hot
/// projected to movie_feature_dim, concatenated as [user_emb, user_extra, movie_emb,
/// movie_extra] and fused by Linear → BatchNorm → ReLU → Dropout per hidden layer, then one
/// output. Parameter names match the notebook's state_dict for the default two layers.
class NeuMFEnhancedImpl : public RatingNetworkImpl {
public:
    explicit NeuMFEnhancedImpl(const ModelShape& shape);

    torch::Tensor forward(const torch::Tensor& users, const torch::Tensor& movies,
                          const torch::Tensor& userFeatures,
                          const torch::Tensor& movieGenres) override;

    torch::nn::Embedding userEmbedding{nullptr};
    torch::nn::Embedding movieEmbedding{nullptr};
    torch::nn::Linear userFeatFc{nullptr};  ///< null when shape.userFeatureCount is 0
    torch::nn::Linear movieFeatFc{nullptr};
    std::vector<torch::nn::Linear> fusionFc;
    std::vector<torch::nn::BatchNorm1d> batchNorms;
    torch::nn::Linear output{nullptr};
};

/// The baselines, one module: the training mean μ, plus (kind biases and biased_mf) a bias
/// per user and per movie, plus (biased_mf) the dot product of a user's and a movie's factor
/// vectors: μ + b_u + b_i + p_u·q_i. Factors start N(0, 0.01²) (PyTorch's N(0, 1) embedding
/// initialisation is far too large for a dot product), biases at 0, μ at 0.7 (3.5 stars)
/// until the trainer sets it to the training mean.
class BiasedMFImpl : public RatingNetworkImpl {
public:
    explicit BiasedMFImpl(const ModelShape& shape);

    torch::Tensor forward(const torch::Tensor& users, const torch::Tensor& movies,
                          const torch::Tensor& userFeatures,
                          const torch::Tensor& movieGenres) override;
    bool usesFeatures() const override { return false; }

    torch::Tensor globalBias;                    ///< (1)
    torch::nn::Embedding userBias{nullptr};      ///< numUsers × 1 (biases, biased_mf)
    torch::nn::Embedding movieBias{nullptr};     ///< numMovies × 1 (biases, biased_mf)
    torch::nn::Embedding userFactors{nullptr};   ///< numUsers × factors (biased_mf)
    torch::nn::Embedding movieFactors{nullptr};  ///< numMovies × factors (biased_mf)
};

/// A freshly initialised network of shape.model.kind (PyTorch's default initialisation for
/// NeuMFEnhanced, drawn from LibTorch's global generator).
std::shared_ptr<RatingNetworkImpl> makeNetwork(const ModelShape& shape);

/// Copies a network's parameters and buffers (any device) into another of the same shape
/// (and an AutoRec's training ratings).
void copyWeights(torch::nn::Module& from, torch::nn::Module& to);

}  // namespace core::model
