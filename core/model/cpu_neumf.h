#pragma once

// Internal to core. Hand-written CPU forward/backward of NeuMFEnhanced over the module's own
// parameter storage: the GEMMs go through ATen (and so the same BLAS as LibTorch), while
// gathering, BatchNorm, ReLU, dropout, the loss and the scatter of embedding gradients are
// single fused loops instead of dozens of separate tensor ops and allocations. (Adam's fused
// loop is in training/adam.)

#include <cstdint>
#include <vector>

namespace core::util {
class ChunkTeam;
}

namespace core::model {

class NeuMFEnhancedImpl;

/// Random bits for dropout masks: eight interleaved xoshiro128+ streams (integer arithmetic
/// only, so the same seed gives the same masks on every platform), laid out so that filling
/// a buffer vectorises.
class DropoutRandom {
public:
    static constexpr int kLanes = 8;
    explicit DropoutRandom(std::uint64_t seed);
    /// Fills out[0 … n) with uniformly random 32-bit values.
    void fill(std::uint32_t* out, std::int64_t n);

private:
    alignas(32) std::uint32_t m_s0[kLanes], m_s1[kLanes], m_s2[kLanes], m_s3[kLanes];
};

/// Forward (train and eval modes) and backward of a NeuMFEnhanced on the CPU, reading and
/// writing the module's parameter, gradient and BatchNorm buffers in place. Not thread-safe;
/// one instance per training thread. The module must stay alive and keep its storage.
class CpuNeuMF {
public:
    /// `userFeatures` (numUsers × 3) and `movieGenres` (numMovies × genres) must outlive this,
    /// and so must `team` (null: everything on the calling thread), which shares out the GEMMs.
    /// Results do not depend on the team's size.
    CpuNeuMF(NeuMFEnhancedImpl& net, const float* userFeatures, const float* movieGenres,
             int maxBatch, util::ChunkTeam* team = nullptr);
    ~CpuNeuMF();

    /// Evaluation-mode predictions (running BatchNorm statistics, no dropout).
    void predict(const std::int32_t* users, const std::int32_t* movies, std::int64_t n, float* out);

    /// Training-mode forward and backward of one batch (B ≥ 2) with MSE loss. Gradients are
    /// written into the module's .grad buffers, which must be zero on entry for the embedding
    /// and feature-projection rows (training::adamUpdate leaves them so). Updates the BatchNorm
    /// running statistics. Returns the batch's mean squared error.
    double trainStep(const std::int32_t* users, const std::int32_t* movies, const float* targets,
                     int batch, DropoutRandom& random);

private:
    struct Layer;
    struct Params;
    void assembleInput(const std::int32_t* users, const std::int32_t* movies, int batch);
    void scatterInputGradient(const std::int32_t* users, const std::int32_t* movies, int batch);
    void layerForward(Layer& layer, const float* input, int batch, bool training,
                      DropoutRandom* random);

    NeuMFEnhancedImpl& m_net;
    util::ChunkTeam* m_team;
    const float* m_userFeatures;
    const float* m_movieGenres;
    int m_maxBatch;
    double m_dropout;
    std::vector<Layer> m_layers;
    Params* m_p;
    std::vector<float> m_x;                              // fused input, maxBatch × D0
    std::vector<float> m_dx;                             // its gradient
    std::vector<float> m_out;                            // predictions
    std::vector<float> m_dout;                           // d loss / d prediction
    std::vector<float> m_userFeatWt, m_movieFeatWt;      // feature projections, transposed
    std::vector<std::uint32_t> m_random;                 // dropout bits of one layer
    std::vector<std::vector<std::int8_t>> m_genreLists;  // active genres per movie
};

}  // namespace core::model
