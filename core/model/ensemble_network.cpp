#include "model/ensemble_network.h"

namespace core::model {

ModelShape memberShape(const ModelShape& ensemble, ModelKind member) {
    ModelShape s = ensemble;
    s.model.kind = std::string(modelKindText(member));
    return s;
}

EnsembleImpl::EnsembleImpl(const ModelShape& s) : RatingNetworkImpl(s) {
    neumf = register_module("neumf",
                            std::make_shared<NeuMFEnhancedImpl>(memberShape(s, ModelKind::NeuMF)));
    autorec = register_module("autorec",
                              std::make_shared<AutoRecImpl>(memberShape(s, ModelKind::AutoRec)));
}

torch::Tensor EnsembleImpl::forward(const torch::Tensor& users, const torch::Tensor& movies,
                                    const torch::Tensor& userFeatures,
                                    const torch::Tensor& movieGenres) {
    return (neumf->forward(users, movies, userFeatures, movieGenres) +
            autorec->forward(users, movies, {}, {})) *
           0.5;
}

AutoRecImpl* autorecPart(torch::nn::Module& net) {
    if (auto* a = dynamic_cast<AutoRecImpl*>(&net))
        return a;
    if (auto* e = dynamic_cast<EnsembleImpl*>(&net))
        return e->autorec.get();
    return nullptr;
}

}  // namespace core::model
