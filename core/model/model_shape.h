#pragma once

#include <cstdint>
#include <string>

#include "config/experiment_config.h"

namespace core::model {

/// Everything that fixes NeuMFEnhanced's tensor shapes.
struct ModelShape {
    std::int32_t numUsers = 0;
    std::int32_t numMovies = 0;
    int userFeatureCount = 3;  ///< Gender, Age, Occupation
    int genreCount = 18;
    config::ModelConfig model;

    /// Width of the fusion MLP's input: 2 × user embedding + movie embedding + movie features.
    int fusionInputDim() const {
        return 2 * model.userEmbeddingDim + model.movieEmbeddingDim + model.movieFeatureDim;
    }
    /// Number of trainable parameters.
    std::int64_t parameterCount() const;
    /// "NeuMFEnhanced(6040 users, 3416 movies, MLP 112→128→64→1, 326,xxx parameters)"
    std::string describe() const;
};

}  // namespace core::model
