#include "model/model_shape.h"

#include <array>
#include <utility>

namespace core::model {
namespace {

constexpr std::array<std::pair<ModelKind, std::string_view>, 6> kKinds = {{
    {ModelKind::NeuMF, "neumf"},
    {ModelKind::Ensemble, "ensemble"},
    {ModelKind::AutoRec, "autorec"},
    {ModelKind::BiasedMF, "biased_mf"},
    {ModelKind::Biases, "biases"},
    {ModelKind::GlobalMean, "global_mean"},
}};

}  // namespace

ModelKind modelKindOf(const config::ModelConfig& config) {
    for (const auto& [kind, text] : kKinds)
        if (text == config.kind)
            return kind;
    return ModelKind::NeuMF;
}

std::string_view modelKindText(ModelKind kind) {
    for (const auto& [k, text] : kKinds)
        if (k == kind)
            return text;
    return "neumf";
}

std::int64_t ModelShape::parameterCount() const {
    const auto autorec = (2 * std::int64_t(numUsers) + 1) * model.autorecHidden + numUsers;
    switch (kind()) {
        case ModelKind::GlobalMean:
            return 1;
        case ModelKind::Biases:
            return 1 + std::int64_t(numUsers) + numMovies;
        case ModelKind::BiasedMF:
            return 1 + (std::int64_t(numUsers) + numMovies) * (1 + model.factors);
        case ModelKind::AutoRec:  // encoder numUsers → hidden, decoder hidden → numUsers
            return autorec;
        case ModelKind::Ensemble:
        case ModelKind::NeuMF:
            break;
    }
    const std::int64_t ue = model.userEmbeddingDim, me = model.movieEmbeddingDim,
                       mf = model.movieFeatureDim;
    std::int64_t n = numUsers * ue + numMovies * me;  // embeddings
    n += userFeatureCount * ue + ue;                  // user feature projection
    n += genreCount * mf + mf;                        // genre projection
    std::int64_t in = fusionInputDim();
    for (const int h : model.mlpLayers) {
        n += in * h + h + 2 * h;  // Linear + BatchNorm affine
        in = h;
    }
    n += in + 1;  // output layer
    return kind() == ModelKind::Ensemble ? n + autorec : n;
}

std::string ModelShape::describe() const {
    const std::string sizes =
        std::to_string(numUsers) + " users, " + std::to_string(numMovies) + " movies, ";
    const std::string params = std::to_string(parameterCount()) + " parameters)";
    switch (kind()) {
        case ModelKind::GlobalMean:
            return "GlobalMean(" + sizes + params;
        case ModelKind::Biases:
            return "Biases(" + sizes + params;
        case ModelKind::BiasedMF:
            return "BiasedMF(" + sizes + std::to_string(model.factors) + " factors, " + params;
        case ModelKind::AutoRec:
            return "I-AutoRec(" + sizes + std::to_string(model.autorecHidden) + " hidden, " +
                   params;
        case ModelKind::Ensemble:
        case ModelKind::NeuMF:
            break;
    }
    std::string mlp = std::to_string(fusionInputDim());
    for (const int h : model.mlpLayers)
        mlp += "→" + std::to_string(h);
    if (kind() == ModelKind::Ensemble)
        return "Ensemble(NeuMFEnhanced + I-AutoRec, " + sizes + "MLP " + mlp + "→1, " +
               std::to_string(model.autorecHidden) + " hidden, " + params;
    return "NeuMFEnhanced(" + sizes + "MLP " + mlp + "→1, " + params;
}

}  // namespace core::model
