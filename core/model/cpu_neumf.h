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

/// Random bits for dropout masks: eight interleaved xoshiro128+ generators (integer arithmetic
/// only, so the same seed gives the same masks on every platform), laid out so that filling
/// a buffer vectorises. There are kStreams independent streams of them, one per lane of the
/// training step; different threads may fill different streams at the same time.
class DropoutRandom {
public:
    static constexpr int kLanes = 8;
    static constexpr int kStreams = 2;
    explicit DropoutRandom(std::uint64_t seed);
    /// Fills out[0 … n) with uniformly random 32-bit values from stream `stream`.
    void fill(std::uint32_t* out, std::int64_t n, int stream = 0);

private:
    struct alignas(64) Stream {  // a cache line of its own: each lane's thread writes its own
        std::uint32_t s0[kLanes], s1[kLanes], s2[kLanes], s3[kLanes];
    };
    Stream m_streams[kStreams];
};

/// Forward (train and eval modes) and backward of a NeuMFEnhanced on the CPU, reading and
/// writing the module's parameter, gradient and BatchNorm buffers in place. Not thread-safe;
/// one instance per training thread. The module must stay alive and keep its storage.
///
/// A batch is cut into kLanes = 2 lanes of rows (the first starts at row 0, the second at
/// half the batch rounded down to a multiple of 16), whatever the thread count. Each lane runs
/// the whole forward and backward pass on its own rows; the lanes meet only to combine
/// per-column BatchNorm sums and gradient partials, always lane 0's plus lane 1's. Gathering
/// the input and scattering its gradient go by table instead (lane 0: the user's columns,
/// lane 1: the movie's), so that each embedding table is read and written on one thread. A
/// team of two runs a lane each, phase after phase (≈ 3 + 3 per hidden layer phases a
/// step); a team of one (or none) runs them one after the other, with the same results.
class CpuNeuMF {
public:
    static constexpr int kLanes = 2;

    /// `userFeatures` (numUsers × 3) and `movieGenres` (numMovies × genres) must outlive this,
    /// and so must `team` (null: everything on the calling thread), which runs the lanes.
    /// Results do not depend on the team's size.
    CpuNeuMF(NeuMFEnhancedImpl& net, const float* userFeatures, const float* movieGenres,
             int maxBatch, util::ChunkTeam* team = nullptr);
    ~CpuNeuMF();
    CpuNeuMF(const CpuNeuMF&) = delete;
    CpuNeuMF& operator=(const CpuNeuMF&) = delete;

    /// Evaluation-mode predictions (running BatchNorm statistics, no dropout).
    void predict(const std::int32_t* users, const std::int32_t* movies, std::int64_t n, float* out);

    /// Training-mode forward and backward of one batch (B ≥ 2) with MSE loss. Gradients are
    /// written into the module's .grad buffers, which must be zero on entry for the embedding
    /// and feature-projection rows (training::adamUpdate leaves them so). Updates the BatchNorm
    /// running statistics. Returns the batch's mean squared error. Lane l draws its dropout
    /// bits from `random`'s stream l.
    double trainStep(const std::int32_t* users, const std::int32_t* movies, const float* targets,
                     int batch, DropoutRandom& random);

private:
    struct Layer;
    struct Params;
    struct Buffers;
    template <class Phase>
    void forLanes(const Phase& phase);
    void transposeUserFeatW();
    void transposeMovieFeatW();
    void assembleUsers(const std::int32_t* users, int begin, int end);
    void assembleMovies(const std::int32_t* movies, int begin, int end);
    void scatterUsers(const std::int32_t* users, int batch);
    void scatterMovies(const std::int32_t* movies, int batch);
    void linearForward(Layer& layer, const float* input, int lane, int begin, int end);
    void batchMeanAndSquares(Layer& layer, int lane, int begin, int end, int batch);
    void activateRows(Layer& layer, int lane, int begin, int end, int batch, DropoutRandom& random);
    void backward(std::size_t layerIndex, int lane, int begin, int end, int batch);

    NeuMFEnhancedImpl& m_net;
    util::ChunkTeam* m_team;
    const float* m_userFeatures;
    const float* m_movieGenres;
    int m_maxBatch;
    double m_dropout;
    std::vector<Layer> m_layers;
    Params* m_p;
    Buffers* m_b;
};

}  // namespace core::model
