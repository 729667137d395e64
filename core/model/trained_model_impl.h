#pragma once

// Internal to core: the LibTorch state behind the TrainedModel facade.

#include <cstdint>
#include <vector>

#include "model/model_shape.h"
#include "model/neumf_network.h"
#include "model/trained_model.h"

namespace core::model {

/// The state behind the TrainedModel facade. Always on the CPU.
struct TrainedModel::Impl {
    ModelShape shape;
    NeuMFEnhanced net{nullptr};
    torch::Tensor userFeatures;  ///< numUsers × 3, float
    torch::Tensor movieGenres;   ///< numMovies × 18, float
    std::vector<std::int32_t> userIds;
    std::vector<std::int32_t> movieIds;
};

}  // namespace core::model
