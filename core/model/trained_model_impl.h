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
    std::shared_ptr<RatingNetworkImpl> net;
    torch::Tensor userFeatures;  ///< numUsers × userFeatureCount (3 or 0), float
    torch::Tensor movieGenres;   ///< numMovies × genreCount, float
    std::vector<std::int32_t> userIds;
    std::vector<std::int32_t> movieIds;

    /// The network as NeuMFEnhanced (the fused CPU kernels need its layers); null for the
    /// other kinds.
    NeuMFEnhancedImpl* neumf() const { return dynamic_cast<NeuMFEnhancedImpl*>(net.get()); }
};

}  // namespace core::model
