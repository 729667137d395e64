#pragma once

// Internal to core: this header includes LibTorch (see neumf_network.h).

#include <memory>

#include "model/autorec_network.h"

namespace core::model {

/// model.kind ensemble: the notebook's NeuMFEnhanced and an I-AutoRec, trained side by side
/// (each on its own loss, see training/ensemble_step_engine), predicting the mean of the two.
/// Two families that err differently: on ml-1m their mean is clearly better than either.
/// Parameters are named "neumf.…" and "autorec.…"; NeuMF's are drawn first, so the NeuMF
/// member starts as a neumf run with the same seed does.
class EnsembleImpl : public RatingNetworkImpl {
public:
    explicit EnsembleImpl(const ModelShape& shape);

    torch::Tensor forward(const torch::Tensor& users, const torch::Tensor& movies,
                          const torch::Tensor& userFeatures,
                          const torch::Tensor& movieGenres) override;

    std::shared_ptr<NeuMFEnhancedImpl> neumf;
    std::shared_ptr<AutoRecImpl> autorec;
};

/// The shape of one member (kind NeuMF or AutoRec) of an ensemble's shape.
ModelShape memberShape(const ModelShape& ensemble, ModelKind member);

/// The AutoRec in a network: itself, an ensemble's member, or null.
AutoRecImpl* autorecPart(torch::nn::Module& net);

}  // namespace core::model
