#include "model/model_shape.h"

namespace core::model {

std::int64_t ModelShape::parameterCount() const {
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
    return n + in + 1;  // output layer
}

std::string ModelShape::describe() const {
    std::string mlp = std::to_string(fusionInputDim());
    for (const int h : model.mlpLayers)
        mlp += "→" + std::to_string(h);
    return "NeuMFEnhanced(" + std::to_string(numUsers) + " users, " + std::to_string(numMovies) +
           " movies, MLP " + mlp + "→1, " + std::to_string(parameterCount()) + " parameters)";
}

}  // namespace core::model
