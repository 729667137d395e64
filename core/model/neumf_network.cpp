#include "model/neumf_network.h"

#include "model/autorec_network.h"
#include "model/ensemble_network.h"

namespace core::model {

NeuMFEnhancedImpl::NeuMFEnhancedImpl(const ModelShape& s) : RatingNetworkImpl(s) {
    const auto& m = s.model;
    userEmbedding =
        register_module("user_embedding", torch::nn::Embedding(s.numUsers, m.userEmbeddingDim));
    movieEmbedding =
        register_module("movie_embedding", torch::nn::Embedding(s.numMovies, m.movieEmbeddingDim));
    if (s.userFeatureCount > 0)  // without a users file the branch is off
        userFeatFc = register_module("user_feat_fc",
                                     torch::nn::Linear(s.userFeatureCount, m.userEmbeddingDim));
    movieFeatFc =
        register_module("movie_feat_fc", torch::nn::Linear(s.genreCount, m.movieFeatureDim));
    std::int64_t in = s.fusionInputDim();
    for (std::size_t i = 0; i < m.mlpLayers.size(); ++i) {
        const auto n = std::to_string(i + 1);
        fusionFc.push_back(register_module("fusion_fc" + n, torch::nn::Linear(in, m.mlpLayers[i])));
        batchNorms.push_back(register_module("bn" + n, torch::nn::BatchNorm1d(m.mlpLayers[i])));
        in = m.mlpLayers[i];
    }
    output = register_module("output", torch::nn::Linear(in, 1));
}

torch::Tensor NeuMFEnhancedImpl::forward(const torch::Tensor& users, const torch::Tensor& movies,
                                         const torch::Tensor& userFeatures,
                                         const torch::Tensor& movieGenres) {
    auto x = userFeatFc
                 ? torch::cat({userEmbedding(users), userFeatFc(userFeatures),
                               movieEmbedding(movies), movieFeatFc(movieGenres)},
                              1)
                 : torch::cat(
                       {userEmbedding(users), movieEmbedding(movies), movieFeatFc(movieGenres)}, 1);
    for (std::size_t i = 0; i < fusionFc.size(); ++i)
        x = torch::dropout(torch::relu(batchNorms[i](fusionFc[i](x))), shape.model.dropout,
                           is_training());
    return output(x).squeeze(1);
}

BiasedMFImpl::BiasedMFImpl(const ModelShape& s) : RatingNetworkImpl(s) {
    globalBias = register_parameter("global_bias", torch::full({1}, 0.7f));
    const auto kind = modelKindOf(s.model);
    if (kind == ModelKind::GlobalMean)
        return;
    torch::NoGradGuard noGrad;
    userBias = register_module("user_bias", torch::nn::Embedding(s.numUsers, 1));
    movieBias = register_module("movie_bias", torch::nn::Embedding(s.numMovies, 1));
    userBias->weight.zero_();
    movieBias->weight.zero_();
    if (kind != ModelKind::BiasedMF)
        return;
    userFactors =
        register_module("user_factors", torch::nn::Embedding(s.numUsers, s.model.factors));
    movieFactors =
        register_module("movie_factors", torch::nn::Embedding(s.numMovies, s.model.factors));
    userFactors->weight.normal_(0.0, 0.01);
    movieFactors->weight.normal_(0.0, 0.01);
}

torch::Tensor BiasedMFImpl::forward(const torch::Tensor& users, const torch::Tensor& movies,
                                    const torch::Tensor&, const torch::Tensor&) {
    auto prediction = globalBias.expand({users.size(0)});
    if (userBias)
        prediction = prediction + userBias(users).squeeze(1) + movieBias(movies).squeeze(1);
    if (userFactors)
        prediction = prediction + (userFactors(users) * movieFactors(movies)).sum(1);
    return prediction;
}

std::shared_ptr<RatingNetworkImpl> makeNetwork(const ModelShape& shape) {
    if (modelKindOf(shape.model) == ModelKind::NeuMF)
        return std::make_shared<NeuMFEnhancedImpl>(shape);
    if (modelKindOf(shape.model) == ModelKind::AutoRec)
        return std::make_shared<AutoRecImpl>(shape);
    if (modelKindOf(shape.model) == ModelKind::Ensemble)
        return std::make_shared<EnsembleImpl>(shape);
    return std::make_shared<BiasedMFImpl>(shape);
}

void copyWeights(torch::nn::Module& from, torch::nn::Module& to) {
    torch::NoGradGuard noGrad;
    auto src = from.parameters();
    auto dst = to.parameters();
    for (std::size_t i = 0; i < src.size(); ++i)
        dst[i].copy_(src[i]);
    auto srcBuffers = from.buffers();
    auto dstBuffers = to.buffers();
    for (std::size_t i = 0; i < srcBuffers.size(); ++i)
        dstBuffers[i].copy_(srcBuffers[i]);
    auto* fromAutoRec = autorecPart(from);
    if (auto* toAutoRec = autorecPart(to); fromAutoRec && toAutoRec) {
        toAutoRec->ratedMovies = fromAutoRec->ratedMovies.to(torch::kCPU);
        toAutoRec->ratedUsers = fromAutoRec->ratedUsers.to(torch::kCPU);
        toAutoRec->ratedValues = fromAutoRec->ratedValues.to(torch::kCPU);
        toAutoRec->forgetCodes();
    }
}

}  // namespace core::model
