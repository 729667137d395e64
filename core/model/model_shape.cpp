#include "model/model_shape.h"

#include <array>
#include <utility>

#include "data/prepared_dataset.h"

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
    if (userFeatureCount > 0)
        n += userFeatureCount * ue + ue;  // user feature projection
    n += genreCount * mf + mf;            // genre projection
    std::int64_t in = fusionInputDim();
    for (const int h : model.mlpLayers) {
        n += in * h + h + 2 * h;  // Linear + BatchNorm affine
        in = h;
    }
    n += in + 1;  // output layer
    return kind() == ModelKind::Ensemble ? n + autorec : n;
}

util::Text ModelShape::describeText() const {
    using util::Text;
    const auto sized = [&](const char* pattern) {
        return std::move(Text(pattern).count(numUsers).count(numMovies));
    };
    switch (kind()) {
        case ModelKind::GlobalMean:
            return sized(RW_TEXT("GlobalMean({1} users, {2} movies, {3} parameters)"))
                .count(parameterCount());
        case ModelKind::Biases:
            return sized(RW_TEXT("Biases({1} users, {2} movies, {3} parameters)"))
                .count(parameterCount());
        case ModelKind::BiasedMF:
            return sized(RW_TEXT("BiasedMF({1} users, {2} movies, {3} factors, {4} parameters)"))
                .count(model.factors)
                .count(parameterCount());
        case ModelKind::AutoRec:
            return sized(RW_TEXT("I-AutoRec({1} users, {2} movies, {3} hidden, {4} parameters)"))
                .count(model.autorecHidden)
                .count(parameterCount());
        case ModelKind::Ensemble:
        case ModelKind::NeuMF:
            break;
    }
    std::string mlp = std::to_string(fusionInputDim());
    for (const int h : model.mlpLayers)
        mlp += "→" + std::to_string(h);
    const bool features = userFeatureCount > 0;
    if (kind() == ModelKind::Ensemble)
        return sized(features ? RW_TEXT("Ensemble(NeuMFEnhanced + I-AutoRec, {1} users, {2} "
                                        "movies, MLP {3}→1, {4} hidden, {5} parameters)")
                              : RW_TEXT("Ensemble(NeuMFEnhanced + I-AutoRec, {1} users, {2} "
                                        "movies, no user features, MLP {3}→1, {4} hidden, {5} "
                                        "parameters)"))
            .arg(mlp)
            .count(model.autorecHidden)
            .count(parameterCount());
    return sized(features ? RW_TEXT("NeuMFEnhanced({1} users, {2} movies, MLP {3}→1, {4} "
                                    "parameters)")
                          : RW_TEXT("NeuMFEnhanced({1} users, {2} movies, no user features, MLP "
                                    "{3}→1, {4} parameters)"))
        .arg(mlp)
        .count(parameterCount());
}

ModelShape shapeOf(const data::PreparedDataset& data, const config::ModelConfig& config) {
    ModelShape shape;
    shape.numUsers = data.numUsers();
    shape.numMovies = data.numMovies();
    shape.userFeatureCount = data.userFeatureCount;
    shape.genreCount = data.genreCount;
    shape.model = config;
    return shape;
}

std::string ModelShape::describe() const {
    return describeText().english();
}

}  // namespace core::model
