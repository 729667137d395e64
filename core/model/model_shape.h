#pragma once

#include "util/text.h"

#include <cstdint>
#include <string>
#include <string_view>

#include "config/experiment_config.h"

namespace core::data {
struct PreparedDataset;
}

namespace core::model {

/// Which model a configuration trains (`model.kind`). The values are stored in checkpoints:
/// append, never reorder.
enum class ModelKind {
    NeuMF,       ///< the notebook's NeuMFEnhanced
    BiasedMF,    ///< μ + b_u + b_i + p_u·q_i, trained by the same trainer and optimiser
    Biases,      ///< μ + b_u + b_i, regularised closed form
    GlobalMean,  ///< μ, the training mean
    AutoRec,     ///< I-AutoRec: a movie's training ratings encoded, then decoded per user
    Ensemble,    ///< NeuMF and AutoRec trained side by side, their predictions averaged
};

/// The kind named by config.kind ("neumf", "biased_mf", "biases", "global_mean"); NeuMF for
/// any other text (validate() rejects it first).
ModelKind modelKindOf(const config::ModelConfig& config);
/// The text of a kind, as in configuration files.
std::string_view modelKindText(ModelKind kind);

/// Everything that fixes a model's tensor shapes.
struct ModelShape {
    std::int32_t numUsers = 0;
    std::int32_t numMovies = 0;
    int userFeatureCount = 3;  ///< Gender, Age, Occupation; 0: no users file, branch off
    int genreCount = 18;       ///< the release's genres (ml-1m: 18)
    config::ModelConfig model;

    ModelKind kind() const { return modelKindOf(model); }
    /// Width of NeuMFEnhanced's fusion MLP input: user embedding (twice: the id's and the
    /// projected user features, once without user features) + movie embedding + movie features.
    int fusionInputDim() const {
        return (userFeatureCount > 0 ? 2 : 1) * model.userEmbeddingDim + model.movieEmbeddingDim +
               model.movieFeatureDim;
    }
    /// Number of trainable parameters.
    std::int64_t parameterCount() const;
    /// "NeuMFEnhanced(6040 users, 3416 movies, MLP 112→128→64→1, 326,xxx parameters)",
    /// "BiasedMF(6040 users, 3416 movies, 32 factors, 304,xxx parameters)", …
    std::string describe() const;
    /// describe() as a translatable message (counts grouped in a UI: "6,040 users").
    util::Text describeText() const;
};

/// The shape of a `config` model over `data`: its users, movies, user features and genres.
ModelShape shapeOf(const data::PreparedDataset& data, const config::ModelConfig& config);

}  // namespace core::model
