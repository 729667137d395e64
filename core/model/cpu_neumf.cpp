#include "model/cpu_neumf.h"

#include <ATen/Parallel.h>

#if defined(__linux__)
#include <dlfcn.h>
#endif

#include <algorithm>
#include <cmath>
#include <cstring>

#include "model/neumf_network.h"
#include "util/chunk_team.h"

// Hot loops get AVX-512 and AVX2 clones selected at load time; the binary still runs on any
// x86-64. (The rows here are 16–128 floats: one to eight 512-bit vectors.)
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)
#define RW_MULTIVERSION __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define RW_MULTIVERSION
#endif

namespace core::model {
namespace {

constexpr double kBatchNormEps = 1e-5;
constexpr double kBatchNormMomentum = 0.1;

// oneDNN's row-major sgemm (dnnl.h: dnnl_sgemm), when the process has it loaded.
using OneDnnSgemm = int (*)(char transA, char transB, std::int64_t m, std::int64_t n,
                            std::int64_t k, float alpha, const float* a, std::int64_t lda,
                            const float* b, std::int64_t ldb, float beta, float* c,
                            std::int64_t ldc);

// Why not the BLAS behind ATen: OpenBLAS picks its kernels from a table of CPU models, and
// Debian's 0.3.21 does not know AMD Zen 4/5, so it runs its AVX2 (Haswell) kernels on CPUs that
// have AVX-512. oneDNN picks its kernels from the CPU's feature bits; Debian's LibTorch links it
// (libdnnl.so.2), so it is in the process already and is looked up rather than linked. At these
// GEMMs' shapes (512 × 112 × 128 …) it had 1.7–1.9× OpenBLAS's throughput on an AMD EPYC of
// family 26, an epoch of the fused step 1.25 s instead of 1.85 s. Only the fused step uses it
// (results differ from OpenBLAS's in the last bits); the autograd step, which repeats the
// notebook, keeps ATen's BLAS. Elsewhere (another LibTorch build, another OS) the GEMMs fall
// back to ATen's mm. Both follow the calling thread's OpenMP thread count.
OneDnnSgemm oneDnnSgemm() {
    static const OneDnnSgemm sgemm = [] {
#if defined(__linux__)
        return reinterpret_cast<OneDnnSgemm>(dlsym(RTLD_DEFAULT, "dnnl_sgemm"));
#else
        return OneDnnSgemm{};
#endif
    }();
    return sgemm;
}

// Row-major C (m×n, row stride ldc) = op(A) · op(B), op = transpose when the flag is set;
// lda and ldb are the row strides of A and B as stored.
void gemm(bool transA, bool transB, float* C, std::int64_t ldc, const float* A, std::int64_t lda,
          const float* B, std::int64_t ldb, std::int64_t m, std::int64_t n, std::int64_t k) {
    if (const auto sgemm = oneDnnSgemm();
        sgemm && sgemm(transA ? 'T' : 'N', transB ? 'T' : 'N', m, n, k, 1.0f, A, lda, B, ldb, 0.0f,
                       C, ldc) == 0)
        return;
    const auto view = [](const float* p, std::int64_t rows, std::int64_t cols, std::int64_t ld) {
        return at::from_blob(const_cast<float*>(p), {rows, cols}, {ld, 1}, at::kFloat);
    };
    auto c = view(C, m, n, ldc);
    at::mm_out(c, transA ? view(A, k, m, lda).t() : view(A, m, k, lda),
               transB ? view(B, n, k, ldb).t() : view(B, k, n, ldb));
}

// Row-major storage aligned to cache lines: the two lanes of a step write disjoint row blocks
// (and column blocks) of shared buffers, which then share no line.
template <class T>
struct CacheLineAllocator {
    using value_type = T;
    CacheLineAllocator() = default;
    template <class U>
    CacheLineAllocator(const CacheLineAllocator<U>&) {}
    T* allocate(std::size_t n) {
        return static_cast<T*>(::operator new (n * sizeof(T), std::align_val_t{64}));
    }
    void deallocate(T* p, std::size_t) { ::operator delete (p, std::align_val_t{64}); }
    friend bool operator==(const CacheLineAllocator&, const CacheLineAllocator&) { return true; }
};
using Floats = std::vector<float, CacheLineAllocator<float>>;

// First row of lane 1: half the batch, rounded down to a multiple of 16 rows (whole cache lines
// and whole GEMM panels).
int laneSplit(int batch) {
    return batch / 2 / 16 * 16;
}

float* ptr(torch::Tensor& t) {
    return t.data_ptr<float>();
}
float* gradPtr(torch::Tensor& t) {
    return t.mutable_grad().defined() ? t.mutable_grad().data_ptr<float>() : nullptr;
}

// The per-layer loops below work on row-major rows × cols blocks; the inner loop runs over
// columns so that it vectorises.

// z += bias (per column); sums[j] = Σ_rows z.
RW_MULTIVERSION void addBiasColumnSums(float* __restrict z, const float* __restrict bias, int rows,
                                       int cols, float* __restrict sums) {
    std::fill(sums, sums + cols, 0.0f);
    for (int b = 0; b < rows; ++b) {
        float* row = z + std::int64_t(b) * cols;
        for (int j = 0; j < cols; ++j) {
            row[j] += bias[j];
            sums[j] += row[j];
        }
    }
}

// out[j] = Σ_rows (z − mean[j])².
RW_MULTIVERSION void columnSquaredDeviations(const float* __restrict z,
                                             const float* __restrict mean, int rows, int cols,
                                             float* __restrict out) {
    std::fill(out, out + cols, 0.0f);
    for (int b = 0; b < rows; ++b) {
        const float* row = z + std::int64_t(b) * cols;
        for (int j = 0; j < cols; ++j) {
            const float d = row[j] - mean[j];
            out[j] += d * d;
        }
    }
}

// Training-mode BatchNorm → ReLU → dropout in one pass. `gate` is the derivative of ReLU and
// dropout together (0, or 1/(1−p) for a kept positive unit); `random` may be null (no dropout).
RW_MULTIVERSION void normaliseActivate(const float* __restrict z, const float* __restrict mean,
                                       const float* __restrict invstd,
                                       const float* __restrict gamma, const float* __restrict beta,
                                       const std::uint32_t* __restrict random,
                                       std::uint32_t dropBelow, float keepScale, int rows, int cols,
                                       float* __restrict xhat, float* __restrict gate,
                                       float* __restrict act) {
    for (int b = 0; b < rows; ++b) {
        const std::int64_t row = std::int64_t(b) * cols;
        for (int j = 0; j < cols; ++j) {
            const float xh = (z[row + j] - mean[j]) * invstd[j];
            xhat[row + j] = xh;
            const float y = gamma[j] * xh + beta[j];
            const bool kept = random == nullptr || random[row + j] >= dropBelow;
            const float g = (y > 0.0f && kept) ? keepScale : 0.0f;
            gate[row + j] = g;
            act[row + j] = y * g;
        }
    }
}

// Evaluation-mode BatchNorm (folded into scale and shift) → ReLU.
RW_MULTIVERSION void evaluateActivate(const float* __restrict z, const float* __restrict bias,
                                      const float* __restrict scale, const float* __restrict shift,
                                      int rows, int cols, float* __restrict act) {
    for (int b = 0; b < rows; ++b) {
        const std::int64_t row = std::int64_t(b) * cols;
        for (int j = 0; j < cols; ++j) {
            const float y = (z[row + j] + bias[j]) * scale[j] + shift[j];
            act[row + j] = y > 0.0f ? y : 0.0f;
        }
    }
}

// Backward through dropout and ReLU (g *= gate) and the BatchNorm reductions:
// dBeta[j] = Σ g, dGamma[j] = Σ g · xhat.
RW_MULTIVERSION void gateAndReduce(float* __restrict g, const float* __restrict gate,
                                   const float* __restrict xhat, int rows, int cols,
                                   float* __restrict dBeta, float* __restrict dGamma) {
    std::fill(dBeta, dBeta + cols, 0.0f);
    std::fill(dGamma, dGamma + cols, 0.0f);
    for (int b = 0; b < rows; ++b) {
        const std::int64_t row = std::int64_t(b) * cols;
        for (int j = 0; j < cols; ++j) {
            const float v = g[row + j] * gate[row + j];
            g[row + j] = v;
            dBeta[j] += v;
            dGamma[j] += v * xhat[row + j];
        }
    }
}

// Training-mode BatchNorm input gradient, in place:
// g = γ·invstd/B · (B·g − dBeta − xhat·dGamma), with scale[j] = γ·invstd/B and n = B (the
// whole batch; `rows` may be a part of it); also biasGrad[j] = Σ_rows g (the gradient of the
// Linear bias before the BatchNorm).
RW_MULTIVERSION void batchNormBackward(float* __restrict g, const float* __restrict xhat,
                                       const float* __restrict scale, const float* __restrict dBeta,
                                       const float* __restrict dGamma, float n, int rows, int cols,
                                       float* __restrict biasGrad) {
    std::fill(biasGrad, biasGrad + cols, 0.0f);
    for (int b = 0; b < rows; ++b) {
        const std::int64_t row = std::int64_t(b) * cols;
        for (int j = 0; j < cols; ++j) {
            const float v = scale[j] * (n * g[row + j] - dBeta[j] - xhat[row + j] * dGamma[j]);
            g[row + j] = v;
            biasGrad[j] += v;
        }
    }
}

// The output layer: out[b] = Σ_j act[b][j]·w[j] + bias.
RW_MULTIVERSION void outputForward(const float* __restrict act, const float* __restrict w,
                                   float bias, int rows, int cols, float* __restrict out) {
    for (int b = 0; b < rows; ++b) {
        const float* row = act + std::int64_t(b) * cols;
        float acc = 0.0f;
        for (int j = 0; j < cols; ++j)
            acc += row[j] * w[j];
        out[b] = acc + bias;
    }
}

// Output layer backward: wGrad[j] = Σ_b d[b]·act[b][j]; actGrad[b][j] = d[b]·w[j].
RW_MULTIVERSION void outputBackward(const float* __restrict act, const float* __restrict w,
                                    const float* __restrict d, int rows, int cols,
                                    float* __restrict wGrad, float* __restrict actGrad) {
    std::fill(wGrad, wGrad + cols, 0.0f);
    for (int b = 0; b < rows; ++b) {
        const std::int64_t row = std::int64_t(b) * cols;
        const float db = d[b];
        for (int j = 0; j < cols; ++j) {
            wGrad[j] += db * act[row + j];
            actGrad[row + j] = db * w[j];
        }
    }
}

}  // namespace

DropoutRandom::DropoutRandom(std::uint64_t seed) {
    // Stream 0 is seeded first, as the single stream was.
    for (Stream& stream : m_streams)
        for (int lane = 0; lane < kLanes; ++lane)
            for (std::uint32_t* s :
                 {&stream.s0[lane], &stream.s1[lane], &stream.s2[lane], &stream.s3[lane]}) {
                seed += 0x9E3779B97F4A7C15ull;  // splitmix64
                std::uint64_t z = seed;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
                *s = std::uint32_t((z ^ (z >> 31)) | 1u);
            }
}

#if defined(__GNUC__)
// The eight lanes as one vector (GCC/Clang vector extension): the compiler does not vectorise
// the lane loop of the portable version below, and this loop was 6% of an epoch.
using Lanes = std::uint32_t __attribute__((vector_size(4 * DropoutRandom::kLanes)));

RW_MULTIVERSION void DropoutRandom::fill(std::uint32_t* __restrict out, std::int64_t n,
                                         int stream) {
    Stream& st = m_streams[stream];
    Lanes s0, s1, s2, s3;
    std::memcpy(&s0, st.s0, sizeof s0);
    std::memcpy(&s1, st.s1, sizeof s1);
    std::memcpy(&s2, st.s2, sizeof s2);
    std::memcpy(&s3, st.s3, sizeof s3);
    std::int64_t i = 0;
    for (; i + kLanes <= n; i += kLanes) {  // xoshiro128+, one step per lane
        const Lanes r = s0 + s3;
        std::memcpy(out + i, &r, sizeof r);
        const Lanes t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >> 21);
    }
    std::memcpy(st.s0, &s0, sizeof s0);
    std::memcpy(st.s1, &s1, sizeof s1);
    std::memcpy(st.s2, &s2, sizeof s2);
    std::memcpy(st.s3, &s3, sizeof s3);
    if (i < n) {
        std::uint32_t tail[kLanes];
        fill(tail, kLanes, stream);
        for (int l = 0; i < n; ++i, ++l)
            out[i] = tail[l];
    }
}
#else
void DropoutRandom::fill(std::uint32_t* out, std::int64_t n, int stream) {
    Stream& st = m_streams[stream];
    std::int64_t i = 0;
    for (; i + kLanes <= n; i += kLanes) {
        for (int l = 0; l < kLanes; ++l) {  // xoshiro128+, one step per lane
            out[i + l] = st.s0[l] + st.s3[l];
            const std::uint32_t t = st.s1[l] << 9;
            st.s2[l] ^= st.s0[l];
            st.s3[l] ^= st.s1[l];
            st.s1[l] ^= st.s2[l];
            st.s0[l] ^= st.s3[l];
            st.s2[l] ^= t;
            st.s3[l] = (st.s3[l] << 11) | (st.s3[l] >> 21);
        }
    }
    if (i < n) {
        std::uint32_t tail[kLanes];
        fill(tail, kLanes, stream);
        for (int l = 0; i < n; ++i, ++l)
            out[i] = tail[l];
    }
}
#endif

struct CpuNeuMF::Params {
    float *userEmb, *movieEmb, *userFeatW, *userFeatB, *movieFeatW, *movieFeatB, *outW, *outB;
    float *gUserEmb, *gMovieEmb, *gUserFeatW, *gUserFeatB, *gMovieFeatW, *gMovieFeatB, *gOutW,
        *gOutB;
    int ue, me, mf, d0, features, genres;
    int movieAt;  // column of the movie embedding in the fused input (after the user's parts)
};

// What one lane computes of a hidden layer's column reductions: partial sums over its own rows
// (read by both lanes in the next phase), and its own copy of the combined values (both lanes
// compute the same numbers; each writes only its own).
struct LanePart {
    Floats sum, squares, dBetaPart, dGammaPart, biasGradPart;  // partial sums over the lane's rows
    Floats mean, invstd, dBeta, dGamma, scale;                 // combined, this lane's copy
    Floats gw;  // lane 1: its partial weight gradient (lane 0 writes the .grad directly)
};

struct CpuNeuMF::Layer {
    int in = 0, out = 0;
    float *w, *b, *gamma, *beta, *runMean, *runVar;
    std::int64_t* tracked;
    float *gw, *gb, *gGamma, *gBeta;
    Floats z, act;            // pre-activation, output (both modes), maxBatch × out
    Floats xhat, gate, grad;  // training only
    Floats scale, shift;      // evaluation: the running statistics folded into an affine map
    LanePart lane[CpuNeuMF::kLanes];
};

struct CpuNeuMF::Buffers {
    Floats x;                                          // fused input, maxBatch × D0
    Floats dx;                                         // its gradient
    Floats out;                                        // predictions
    Floats dout;                                       // d loss / d prediction
    Floats userFeatWt, movieFeatWt;                    // feature projections, transposed
    std::vector<std::vector<std::int8_t>> genreLists;  // active genres per movie
    struct alignas(64) Lane {
        std::vector<std::uint32_t> random;  // dropout bits of one layer's rows
        Floats outWGrad;                    // partial gradient of the output layer's weights
        float outBiasGrad = 0;
        double loss = 0;  // partial sum of squared errors
    } lane[CpuNeuMF::kLanes];
};

CpuNeuMF::CpuNeuMF(NeuMFEnhancedImpl& net, const float* userFeatures, const float* movieGenres,
                   int maxBatch, util::ChunkTeam* team)
    : m_net(net),
      m_team(team),
      m_userFeatures(userFeatures),
      m_movieGenres(movieGenres),
      m_maxBatch(std::max(2, maxBatch)),
      m_dropout(net.shape.model.dropout),
      m_p(new Params{}),
      m_b(new Buffers{}) {
    const ModelShape& s = net.shape;
    Params& p = *m_p;
    p.ue = s.model.userEmbeddingDim;
    p.me = s.model.movieEmbeddingDim;
    p.mf = s.model.movieFeatureDim;
    p.d0 = s.fusionInputDim();
    p.features = s.userFeatureCount;
    p.genres = s.genreCount;
    p.userEmb = ptr(net.userEmbedding->weight);
    p.movieEmb = ptr(net.movieEmbedding->weight);
    p.movieAt = (p.features > 0 ? 2 : 1) * p.ue;
    if (p.features > 0) {  // the user-feature branch (off without a users file)
        p.userFeatW = ptr(net.userFeatFc->weight);
        p.userFeatB = ptr(net.userFeatFc->bias);
        p.gUserFeatW = gradPtr(net.userFeatFc->weight);
        p.gUserFeatB = gradPtr(net.userFeatFc->bias);
    }
    p.movieFeatW = ptr(net.movieFeatFc->weight);
    p.movieFeatB = ptr(net.movieFeatFc->bias);
    p.outW = ptr(net.output->weight);
    p.outB = ptr(net.output->bias);
    p.gUserEmb = gradPtr(net.userEmbedding->weight);
    p.gMovieEmb = gradPtr(net.movieEmbedding->weight);
    p.gMovieFeatW = gradPtr(net.movieFeatFc->weight);
    p.gMovieFeatB = gradPtr(net.movieFeatFc->bias);
    p.gOutW = gradPtr(net.output->weight);
    p.gOutB = gradPtr(net.output->bias);

    int in = p.d0;
    m_layers.resize(net.fusionFc.size());
    for (std::size_t i = 0; i < m_layers.size(); ++i) {
        Layer& l = m_layers[i];
        auto& fc = net.fusionFc[i];
        auto& bn = net.batchNorms[i];
        l.in = in;
        l.out = int(fc->weight.size(0));
        l.w = ptr(fc->weight);
        l.b = ptr(fc->bias);
        l.gamma = ptr(bn->weight);
        l.beta = ptr(bn->bias);
        l.runMean = ptr(bn->running_mean);
        l.runVar = ptr(bn->running_var);
        l.tracked = bn->num_batches_tracked.data_ptr<std::int64_t>();
        l.gw = gradPtr(fc->weight);
        l.gb = gradPtr(fc->bias);
        l.gGamma = gradPtr(bn->weight);
        l.gBeta = gradPtr(bn->bias);
        l.z.resize(std::size_t(m_maxBatch) * std::size_t(l.out));
        l.act.resize(l.z.size());
        l.scale.resize(std::size_t(l.out));
        l.shift.resize(std::size_t(l.out));
        in = l.out;
    }
    Buffers& b = *m_b;
    b.x.resize(std::size_t(m_maxBatch) * std::size_t(p.d0));
    b.userFeatWt.resize(std::size_t(p.ue) * std::size_t(p.features));
    b.movieFeatWt.resize(std::size_t(p.mf) * std::size_t(p.genres));
    b.out.resize(std::size_t(m_maxBatch));

    // Genre multi-hot rows are sparse (1–6 of 18): keep each movie's active columns.
    b.genreLists.resize(std::size_t(s.numMovies));
    for (std::int64_t movie = 0; movie < s.numMovies; ++movie)
        for (int g = 0; g < p.genres; ++g)
            if (movieGenres[movie * p.genres + g] != 0.0f)
                b.genreLists[std::size_t(movie)].push_back(std::int8_t(g));
}

CpuNeuMF::~CpuNeuMF() {
    delete m_b;
    delete m_p;
}

namespace {

// rows × cols → cols × rows.
void transpose(const float* in, int rows, int cols, float* out) {
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            out[std::size_t(c) * std::size_t(rows) + std::size_t(r)] =
                in[std::size_t(r) * std::size_t(cols) + std::size_t(c)];
}

}  // namespace

template <class Phase>
void CpuNeuMF::forLanes(const Phase& phase) {
    if (m_team)
        m_team->run(kLanes, phase);
    else
        for (int lane = 0; lane < kLanes; ++lane)
            phase(lane);
}

// The feature projections' weights are used transposed (features × ue, genres × mf), so that
// the per-row loops here and in the scatters run over output columns and vectorise.
void CpuNeuMF::transposeUserFeatW() {
    if (m_p->features > 0)
        transpose(m_p->userFeatW, m_p->ue, m_p->features, m_b->userFeatWt.data());
}

void CpuNeuMF::transposeMovieFeatW() {
    transpose(m_p->movieFeatW, m_p->mf, m_p->genres, m_b->movieFeatWt.data());
}

// Rows [begin, end) of the fused input's user columns: embedding | feature projection.
RW_MULTIVERSION void CpuNeuMF::assembleUsers(const std::int32_t* users, int begin, int end) {
    const Params& p = *m_p;
    const float* __restrict userFeatWt = m_b->userFeatWt.data();
    for (int b = begin; b < end; ++b) {
        float* __restrict x = &m_b->x[std::size_t(b) * std::size_t(p.d0)];
        const std::int64_t u = users[b];
        std::copy_n(p.userEmb + u * p.ue, p.ue, x);
        if (p.features > 0) {
            const float* uf = m_userFeatures + u * p.features;
            float* __restrict userExtra = x + p.ue;
            std::copy_n(p.userFeatB, p.ue, userExtra);
            for (int k = 0; k < p.features; ++k) {
                const float* __restrict w = userFeatWt + std::size_t(k) * std::size_t(p.ue);
                const float value = uf[k];
                for (int j = 0; j < p.ue; ++j)
                    userExtra[j] += w[j] * value;
            }
        }
    }
}

// Rows [begin, end) of the fused input's movie columns: embedding | genre projection.
RW_MULTIVERSION void CpuNeuMF::assembleMovies(const std::int32_t* movies, int begin, int end) {
    const Params& p = *m_p;
    const float* __restrict movieFeatWt = m_b->movieFeatWt.data();
    for (int b = begin; b < end; ++b) {
        float* __restrict x = &m_b->x[std::size_t(b) * std::size_t(p.d0)];
        const std::int64_t m = movies[b];
        std::copy_n(p.movieEmb + m * p.me, p.me, x + p.movieAt);
        float* __restrict movieExtra = x + p.movieAt + p.me;
        std::copy_n(p.movieFeatB, p.mf, movieExtra);
        for (const auto g : m_b->genreLists[std::size_t(m)]) {
            const float* __restrict w = movieFeatWt + std::size_t(g) * std::size_t(p.mf);
            const float value = m_movieGenres[m * p.genres + g];
            for (int j = 0; j < p.mf; ++j)
                movieExtra[j] += w[j] * value;
        }
    }
}

// The user columns of the fused input's gradient, all rows in order → the user embedding rows
// (scatter-add) and the user-feature projection (accumulated transposed, then transposed
// back).
RW_MULTIVERSION void CpuNeuMF::scatterUsers(const std::int32_t* users, int batch) {
    const Params& p = *m_p;
    float* __restrict gUserWt = m_b->userFeatWt.data();  // the transposed weights are done with
    if (p.features > 0) {
        std::fill_n(gUserWt, p.ue * p.features, 0.0f);
        std::fill_n(p.gUserFeatB, p.ue, 0.0f);
    }
    for (int b = 0; b < batch; ++b) {
        const float* __restrict dx = &m_b->dx[std::size_t(b) * std::size_t(p.d0)];
        const std::int64_t u = users[b];
        float* __restrict gu = p.gUserEmb + u * p.ue;
        for (int j = 0; j < p.ue; ++j)
            gu[j] += dx[j];
        if (p.features > 0) {
            const float* uf = m_userFeatures + u * p.features;
            const float* __restrict dUser = dx + p.ue;
            for (int k = 0; k < p.features; ++k) {
                float* __restrict gw = gUserWt + std::size_t(k) * std::size_t(p.ue);
                const float value = uf[k];
                for (int j = 0; j < p.ue; ++j)
                    gw[j] += dUser[j] * value;
            }
            float* __restrict gb = p.gUserFeatB;
            for (int j = 0; j < p.ue; ++j)
                gb[j] += dUser[j];
        }
    }
    if (p.features > 0)
        transpose(gUserWt, p.features, p.ue, p.gUserFeatW);
}

// The movie columns likewise → the movie embedding rows and the genre projection.
RW_MULTIVERSION void CpuNeuMF::scatterMovies(const std::int32_t* movies, int batch) {
    const Params& p = *m_p;
    float* __restrict gMovieWt = m_b->movieFeatWt.data();
    std::fill_n(gMovieWt, p.mf * p.genres, 0.0f);
    std::fill_n(p.gMovieFeatB, p.mf, 0.0f);
    for (int b = 0; b < batch; ++b) {
        const float* __restrict dMovie =
            &m_b->dx[std::size_t(b) * std::size_t(p.d0) + std::size_t(p.movieAt)];
        const std::int64_t m = movies[b];
        float* __restrict gm = p.gMovieEmb + m * p.me;
        for (int j = 0; j < p.me; ++j)
            gm[j] += dMovie[j];
        const float* __restrict dGenre = dMovie + p.me;
        float* __restrict gb = p.gMovieFeatB;
        for (int j = 0; j < p.mf; ++j)
            gb[j] += dGenre[j];
        for (const auto g : m_b->genreLists[std::size_t(m)]) {
            float* __restrict gw = gMovieWt + std::size_t(g) * std::size_t(p.mf);
            const float value = m_movieGenres[m * p.genres + g];
            for (int j = 0; j < p.mf; ++j)
                gw[j] += dGenre[j] * value;
        }
    }
    transpose(gMovieWt, p.genres, p.mf, p.gMovieFeatW);
}

// Training mode, rows [begin, end): z = input · Wᵀ + bias, and this lane's column sums of z.
void CpuNeuMF::linearForward(Layer& l, const float* input, int lane, int begin, int end) {
    const int H = l.out, rows = end - begin;
    float* z = l.z.data() + std::size_t(begin) * std::size_t(H);
    if (rows > 0)
        gemm(false, true, z, H, input + std::size_t(begin) * std::size_t(l.in), l.in, l.w, l.in,
             rows, H, l.in);
    addBiasColumnSums(z, l.b, rows, H, l.lane[lane].sum.data());
}

// The batch mean from both lanes' sums (lane 0's + lane 1's), and this lane's part of the
// squared deviations from it (the two-pass variance).
void CpuNeuMF::batchMeanAndSquares(Layer& l, int lane, int begin, int end, int batch) {
    LanePart& part = l.lane[lane];
    for (int j = 0; j < l.out; ++j)
        part.mean[std::size_t(j)] =
            (l.lane[0].sum[std::size_t(j)] + l.lane[1].sum[std::size_t(j)]) / float(batch);
    columnSquaredDeviations(l.z.data() + std::size_t(begin) * std::size_t(l.out), part.mean.data(),
                            end - begin, l.out, part.squares.data());
}

// BatchNorm (batch statistics) → ReLU → dropout on rows [begin, end). Lane 1 also updates the
// running statistics: the biased variance normalises, the unbiased one feeds the average.
void CpuNeuMF::activateRows(Layer& l, int lane, int begin, int end, int batch,
                            DropoutRandom& random) {
    LanePart& part = l.lane[lane];
    const int H = l.out, rows = end - begin;
    for (int j = 0; j < H; ++j) {
        const double sum = l.lane[0].squares[std::size_t(j)] + l.lane[1].squares[std::size_t(j)];
        part.invstd[std::size_t(j)] = float(1.0 / std::sqrt(sum / batch + kBatchNormEps));
        if (lane == 1) {
            l.runMean[j] = float((1.0 - kBatchNormMomentum) * l.runMean[j] +
                                 kBatchNormMomentum * part.mean[std::size_t(j)]);
            l.runVar[j] = float((1.0 - kBatchNormMomentum) * l.runVar[j] +
                                kBatchNormMomentum * sum / (batch - 1));
        }
    }
    if (lane == 1)
        ++*l.tracked;

    const bool dropout = m_dropout > 0.0;
    const std::uint32_t* bits = nullptr;
    if (dropout) {
        auto& buffer = m_b->lane[lane].random;
        buffer.resize(std::size_t(rows) * std::size_t(H));
        random.fill(buffer.data(), std::int64_t(buffer.size()), lane);
        bits = buffer.data();
    }
    const std::size_t at = std::size_t(begin) * std::size_t(H);
    normaliseActivate(l.z.data() + at, part.mean.data(), part.invstd.data(), l.gamma, l.beta, bits,
                      std::uint32_t(std::min(4294967295.0, m_dropout * 4294967296.0)),
                      dropout ? float(1.0 / (1.0 - m_dropout)) : 1.0f, rows, H, l.xhat.data() + at,
                      l.gate.data() + at, l.act.data() + at);
}

// Backward through hidden layer `li` on rows [begin, end), its gradient arriving gated in
// l.grad with both lanes' dBeta/dGamma parts: BatchNorm, then this lane's part of the weight
// gradient and its rows of the input gradient; then the gating and reductions of the layer
// below, if any.
void CpuNeuMF::backward(std::size_t li, int lane, int begin, int end, int batch) {
    Layer& l = m_layers[li];
    LanePart& part = l.lane[lane];
    const int H = l.out, rows = end - begin;
    for (int j = 0; j < H; ++j) {
        const auto k = std::size_t(j);
        part.dBeta[k] = l.lane[0].dBetaPart[k] + l.lane[1].dBetaPart[k];
        part.dGamma[k] = l.lane[0].dGammaPart[k] + l.lane[1].dGammaPart[k];
        part.scale[k] = l.gamma[j] * part.invstd[k] / float(batch);
    }
    if (lane == 1) {
        std::copy(part.dBeta.begin(), part.dBeta.end(), l.gBeta);
        std::copy(part.dGamma.begin(), part.dGamma.end(), l.gGamma);
    }
    float* g = l.grad.data() + std::size_t(begin) * std::size_t(H);
    batchNormBackward(g, l.xhat.data() + std::size_t(begin) * std::size_t(H), part.scale.data(),
                      part.dBeta.data(), part.dGamma.data(), float(batch), rows, H,
                      part.biasGradPart.data());
    const float* input =
        (li == 0 ? m_b->x.data() : m_layers[li - 1].act.data()) + std::size_t(begin) * l.in;
    float* gw = lane == 0 ? l.gw : part.gw.data();
    if (rows > 0)
        gemm(true, false, gw, l.in, g, H, input, l.in, H, l.in, rows);
    else
        std::fill_n(gw, std::size_t(H) * std::size_t(l.in), 0.0f);
    float* inputGrad =
        (li == 0 ? m_b->dx.data() : m_layers[li - 1].grad.data()) + std::size_t(begin) * l.in;
    if (rows > 0)
        gemm(false, false, inputGrad, l.in, g, H, l.w, l.in, rows, l.in, H);
    if (li > 0) {
        Layer& below = m_layers[li - 1];
        const std::size_t at = std::size_t(begin) * std::size_t(below.out);
        gateAndReduce(inputGrad, below.gate.data() + at, below.xhat.data() + at, rows, below.out,
                      below.lane[lane].dBetaPart.data(), below.lane[lane].dGammaPart.data());
    }
}

void CpuNeuMF::predict(const std::int32_t* users, const std::int32_t* movies, std::int64_t n,
                       float* out) {
    const Params& p = *m_p;
    transposeUserFeatW();
    transposeMovieFeatW();
    for (auto& l : m_layers)
        for (int j = 0; j < l.out; ++j) {  // BatchNorm with running statistics, folded
            const float inv = float(1.0 / std::sqrt(double(l.runVar[j]) + kBatchNormEps));
            l.scale[std::size_t(j)] = l.gamma[j] * inv;
            l.shift[std::size_t(j)] = l.beta[j] - l.runMean[j] * l.scale[std::size_t(j)];
        }
    // Rows are independent in evaluation mode: each lane runs its rows through the whole net.
    for (std::int64_t start = 0; start < n; start += m_maxBatch) {
        const int batch = int(std::min<std::int64_t>(m_maxBatch, n - start));
        const int split = laneSplit(batch);
        forLanes([&](int lane) {
            const int begin = lane == 0 ? 0 : split, end = lane == 0 ? split : batch;
            const int rows = end - begin;
            if (rows == 0)
                return;
            assembleUsers(users + start, begin, end);
            assembleMovies(movies + start, begin, end);
            const float* input = m_b->x.data() + std::size_t(begin) * std::size_t(p.d0);
            for (auto& l : m_layers) {
                float* z = l.z.data() + std::size_t(begin) * std::size_t(l.out);
                float* act = l.act.data() + std::size_t(begin) * std::size_t(l.out);
                gemm(false, true, z, l.out, input, l.in, l.w, l.in, rows, l.out, l.in);
                evaluateActivate(z, l.b, l.scale.data(), l.shift.data(), rows, l.out, act);
                input = act;
            }
            outputForward(input, p.outW, p.outB[0], rows, m_layers.back().out, out + start + begin);
        });
    }
}

double CpuNeuMF::trainStep(const std::int32_t* users, const std::int32_t* movies,
                           const float* targets, int batch, DropoutRandom& random) {
    const Params& p = *m_p;
    Buffers& buf = *m_b;
    if (buf.dx.empty()) {
        for (auto& l : m_layers) {
            for (auto* v : {&l.xhat, &l.gate, &l.grad})
                v->resize(l.z.size());
            for (auto& part : l.lane)
                for (auto* v : {&part.sum, &part.squares, &part.dBetaPart, &part.dGammaPart,
                                &part.biasGradPart, &part.mean, &part.invstd, &part.dBeta,
                                &part.dGamma, &part.scale})
                    v->resize(std::size_t(l.out));
            l.lane[1].gw.resize(std::size_t(l.out) * std::size_t(l.in));
        }
        buf.dx.resize(buf.x.size());
        buf.dout.resize(buf.out.size());
        for (auto& lane : buf.lane)
            lane.outWGrad.resize(std::size_t(m_layers.back().out));
    }
    const int split = laneSplit(batch);
    const auto rowsOf = [split, batch](int lane) {
        return lane == 0 ? std::pair{0, split} : std::pair{split, batch};
    };

    // Phases: each forLanes is one job of the team and ends with both lanes done.
    forLanes([&](int lane) {  // the input, by table
        if (lane == 0) {
            transposeUserFeatW();
            assembleUsers(users, 0, batch);
        } else {
            transposeMovieFeatW();
            assembleMovies(movies, 0, batch);
        }
    });
    const float* input = buf.x.data();
    for (std::size_t li = 0; li < m_layers.size(); ++li) {
        Layer& l = m_layers[li];
        forLanes([&](int lane) {
            const auto [begin, end] = rowsOf(lane);
            if (li > 0)
                activateRows(m_layers[li - 1], lane, begin, end, batch, random);
            linearForward(l, input, lane, begin, end);
        });
        forLanes([&](int lane) {
            const auto [begin, end] = rowsOf(lane);
            batchMeanAndSquares(l, lane, begin, end, batch);
        });
        input = l.act.data();
    }

    // The last hidden layer's activation, the output layer, MSE, and back to the last hidden
    // layer's gated gradient.
    Layer& last = m_layers.back();
    const int H = last.out;
    const float lossScale = 2.0f / float(batch);
    forLanes([&](int lane) {
        const auto [begin, end] = rowsOf(lane);
        const int rows = end - begin;
        activateRows(last, lane, begin, end, batch, random);
        const std::size_t at = std::size_t(begin) * std::size_t(H);
        outputForward(last.act.data() + at, p.outW, p.outB[0], rows, H, buf.out.data() + begin);
        auto& mine = buf.lane[lane];
        double loss = 0;
        float outBiasGrad = 0.0f;
        for (int b = begin; b < end; ++b) {
            const float error = buf.out[std::size_t(b)] - targets[b];
            loss += double(error) * double(error);
            buf.dout[std::size_t(b)] = lossScale * error;
            outBiasGrad += buf.dout[std::size_t(b)];
        }
        mine.loss = loss;
        mine.outBiasGrad = outBiasGrad;
        outputBackward(last.act.data() + at, p.outW, buf.dout.data() + begin, rows, H,
                       mine.outWGrad.data(), last.grad.data() + at);
        gateAndReduce(last.grad.data() + at, last.gate.data() + at, last.xhat.data() + at, rows, H,
                      last.lane[lane].dBetaPart.data(), last.lane[lane].dGammaPart.data());
    });

    // Hidden layers, last to first.
    for (std::size_t li = m_layers.size(); li-- > 0;)
        forLanes([&](int lane) {
            const auto [begin, end] = rowsOf(lane);
            backward(li, lane, begin, end, batch);
        });

    // Embedding and projection gradients by table; lane 1 also combines the lanes' partial
    // gradients of the dense layers.
    forLanes([&](int lane) {
        if (lane == 0) {
            scatterUsers(users, batch);
            return;
        }
        scatterMovies(movies, batch);
        for (auto& l : m_layers) {
            const float* part = l.lane[1].gw.data();
            for (std::size_t k = 0, n = std::size_t(l.out) * std::size_t(l.in); k < n; ++k)
                l.gw[k] += part[k];
            for (std::size_t j = 0; j < std::size_t(l.out); ++j)
                l.gb[j] = l.lane[0].biasGradPart[j] + l.lane[1].biasGradPart[j];
        }
        for (std::size_t j = 0; j < std::size_t(H); ++j)
            p.gOutW[j] = buf.lane[0].outWGrad[j] + buf.lane[1].outWGrad[j];
        p.gOutB[0] = buf.lane[0].outBiasGrad + buf.lane[1].outBiasGrad;
    });
    return (buf.lane[0].loss + buf.lane[1].loss) / batch;
}

}  // namespace core::model
