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

// Every GEMM of a training step is cut into this many blocks of C's rows, whatever the team's
// size, so that results do not depend on the thread count: a team of two runs one block each.
constexpr int kGemmBlocks = 2;

// C (m×n) = op(A) · op(B) for dense A (m×k, or k×m when transposed) and B (k×n, or n×k), in
// kGemmBlocks row blocks of C shared by the team (null: this thread). Block starts are
// multiples of 16 rows.
void teamGemm(util::ChunkTeam* team, bool transA, bool transB, float* C, const float* A,
              const float* B, std::int64_t m, std::int64_t n, std::int64_t k) {
    const std::int64_t lda = transA ? m : k, ldb = transB ? k : n;
    const auto blockStart = [m](int i) {
        return i == kGemmBlocks ? m : (m * i / kGemmBlocks) / 16 * 16;
    };
    const auto block = [&](int i) {
        const std::int64_t r0 = blockStart(i), rows = blockStart(i + 1) - r0;
        if (rows > 0)
            gemm(transA, transB, C + r0 * n, n, transA ? A + r0 : A + r0 * lda, lda, B, ldb, rows,
                 n, k);
    };
    if (team)
        team->run(kGemmBlocks, block);
    else
        for (int i = 0; i < kGemmBlocks; ++i)
            block(i);
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
// g = γ·invstd/B · (B·g − dBeta − xhat·dGamma), with scale[j] = γ·invstd/B; also
// biasGrad[j] = Σ_rows g (the gradient of the Linear bias before the BatchNorm).
RW_MULTIVERSION void batchNormBackward(float* __restrict g, const float* __restrict xhat,
                                       const float* __restrict scale, const float* __restrict dBeta,
                                       const float* __restrict dGamma, int rows, int cols,
                                       float* __restrict biasGrad) {
    const float n = float(rows);
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
    for (int lane = 0; lane < kLanes; ++lane)
        for (std::uint32_t* s : {&m_s0[lane], &m_s1[lane], &m_s2[lane], &m_s3[lane]}) {
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

RW_MULTIVERSION void DropoutRandom::fill(std::uint32_t* __restrict out, std::int64_t n) {
    Lanes s0, s1, s2, s3;
    std::memcpy(&s0, m_s0, sizeof s0);
    std::memcpy(&s1, m_s1, sizeof s1);
    std::memcpy(&s2, m_s2, sizeof s2);
    std::memcpy(&s3, m_s3, sizeof s3);
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
    std::memcpy(m_s0, &s0, sizeof s0);
    std::memcpy(m_s1, &s1, sizeof s1);
    std::memcpy(m_s2, &s2, sizeof s2);
    std::memcpy(m_s3, &s3, sizeof s3);
    if (i < n) {
        std::uint32_t tail[kLanes];
        fill(tail, kLanes);
        for (int l = 0; i < n; ++i, ++l)
            out[i] = tail[l];
    }
}
#else
void DropoutRandom::fill(std::uint32_t* out, std::int64_t n) {
    std::int64_t i = 0;
    for (; i + kLanes <= n; i += kLanes) {
        for (int l = 0; l < kLanes; ++l) {  // xoshiro128+, one step per lane
            out[i + l] = m_s0[l] + m_s3[l];
            const std::uint32_t t = m_s1[l] << 9;
            m_s2[l] ^= m_s0[l];
            m_s3[l] ^= m_s1[l];
            m_s1[l] ^= m_s2[l];
            m_s0[l] ^= m_s3[l];
            m_s2[l] ^= t;
            m_s3[l] = (m_s3[l] << 11) | (m_s3[l] >> 21);
        }
    }
    if (i < n) {
        std::uint32_t tail[kLanes];
        fill(tail, kLanes);
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

struct CpuNeuMF::Layer {
    int in = 0, out = 0;
    float *w, *b, *gamma, *beta, *runMean, *runVar;
    std::int64_t* tracked;
    float *gw, *gb, *gGamma, *gBeta;
    std::vector<float> z, act;            // pre-activation, output (both modes)
    std::vector<float> xhat, gate, grad;  // training only
    std::vector<float> mean, invstd, scale, shift, dBeta, dGamma;
};

CpuNeuMF::CpuNeuMF(NeuMFEnhancedImpl& net, const float* userFeatures, const float* movieGenres,
                   int maxBatch, util::ChunkTeam* team)
    : m_net(net),
      m_team(team),
      m_userFeatures(userFeatures),
      m_movieGenres(movieGenres),
      m_maxBatch(std::max(2, maxBatch)),
      m_dropout(net.shape.model.dropout),
      m_p(new Params{}) {
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
        for (auto* v : {&l.mean, &l.invstd, &l.scale, &l.shift, &l.dBeta, &l.dGamma})
            v->resize(std::size_t(l.out));
        in = l.out;
    }
    m_x.resize(std::size_t(m_maxBatch) * std::size_t(p.d0));
    m_userFeatWt.resize(std::size_t(p.ue) * std::size_t(p.features));
    m_movieFeatWt.resize(std::size_t(p.mf) * std::size_t(p.genres));
    m_out.resize(std::size_t(m_maxBatch));

    // Genre multi-hot rows are sparse (1–6 of 18): keep each movie's active columns.
    m_genreLists.resize(std::size_t(s.numMovies));
    for (std::int64_t movie = 0; movie < s.numMovies; ++movie)
        for (int g = 0; g < p.genres; ++g)
            if (movieGenres[movie * p.genres + g] != 0.0f)
                m_genreLists[std::size_t(movie)].push_back(std::int8_t(g));
}

CpuNeuMF::~CpuNeuMF() {
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

// The feature projections' weights are used transposed (features × ue, genres × mf), so that
// the per-row loops here and in scatterInputGradient run over output columns and vectorise.
RW_MULTIVERSION void CpuNeuMF::assembleInput(const std::int32_t* users, const std::int32_t* movies,
                                             int batch) {
    const Params& p = *m_p;
    if (p.features > 0)
        transpose(p.userFeatW, p.ue, p.features, m_userFeatWt.data());
    transpose(p.movieFeatW, p.mf, p.genres, m_movieFeatWt.data());
    for (int b = 0; b < batch; ++b) {
        float* __restrict x = &m_x[std::size_t(b) * std::size_t(p.d0)];
        const std::int64_t u = users[b], m = movies[b];
        std::copy_n(p.userEmb + u * p.ue, p.ue, x);
        if (p.features > 0) {
            const float* uf = m_userFeatures + u * p.features;
            float* __restrict userExtra = x + p.ue;
            std::copy_n(p.userFeatB, p.ue, userExtra);
            for (int k = 0; k < p.features; ++k) {
                const float* __restrict w = &m_userFeatWt[std::size_t(k) * std::size_t(p.ue)];
                const float value = uf[k];
                for (int j = 0; j < p.ue; ++j)
                    userExtra[j] += w[j] * value;
            }
        }
        std::copy_n(p.movieEmb + m * p.me, p.me, x + p.movieAt);
        float* __restrict movieExtra = x + p.movieAt + p.me;
        std::copy_n(p.movieFeatB, p.mf, movieExtra);
        for (const auto g : m_genreLists[std::size_t(m)]) {
            const float* __restrict w = &m_movieFeatWt[std::size_t(g) * std::size_t(p.mf)];
            const float value = m_movieGenres[m * p.genres + g];
            for (int j = 0; j < p.mf; ++j)
                movieExtra[j] += w[j] * value;
        }
    }
}

// Fused input's gradient m_dx → the embedding rows (scatter-add) and the two feature
// projections (accumulated transposed, then transposed back).
RW_MULTIVERSION void CpuNeuMF::scatterInputGradient(const std::int32_t* users,
                                                    const std::int32_t* movies, int batch) {
    const Params& p = *m_p;
    float* __restrict gUserWt = m_userFeatWt.data();  // the transposed weights are done with
    float* __restrict gMovieWt = m_movieFeatWt.data();
    if (p.features > 0) {
        std::fill_n(gUserWt, p.ue * p.features, 0.0f);
        std::fill_n(p.gUserFeatB, p.ue, 0.0f);
    }
    std::fill_n(gMovieWt, p.mf * p.genres, 0.0f);
    std::fill_n(p.gMovieFeatB, p.mf, 0.0f);
    for (int b = 0; b < batch; ++b) {
        const float* __restrict dx = &m_dx[std::size_t(b) * std::size_t(p.d0)];
        const std::int64_t u = users[b], m = movies[b];
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
        float* __restrict gm = p.gMovieEmb + m * p.me;
        const float* __restrict dMovie = dx + p.movieAt;
        for (int j = 0; j < p.me; ++j)
            gm[j] += dMovie[j];
        const float* __restrict dGenre = dMovie + p.me;
        float* __restrict gb = p.gMovieFeatB;
        for (int j = 0; j < p.mf; ++j)
            gb[j] += dGenre[j];
        for (const auto g : m_genreLists[std::size_t(m)]) {
            float* __restrict gw = gMovieWt + std::size_t(g) * std::size_t(p.mf);
            const float value = m_movieGenres[m * p.genres + g];
            for (int j = 0; j < p.mf; ++j)
                gw[j] += dGenre[j] * value;
        }
    }
    if (p.features > 0)
        transpose(gUserWt, p.features, p.ue, p.gUserFeatW);
    transpose(gMovieWt, p.genres, p.mf, p.gMovieFeatW);
}

void CpuNeuMF::layerForward(Layer& l, const float* input, int batch, bool training,
                            DropoutRandom* random) {
    const int H = l.out;
    float* z = l.z.data();
    teamGemm(m_team, false, true, z, input, l.w, batch, H, l.in);
    if (!training) {
        for (int j = 0; j < H; ++j) {
            const float inv = float(1.0 / std::sqrt(double(l.runVar[j]) + kBatchNormEps));
            l.scale[std::size_t(j)] = l.gamma[j] * inv;
            l.shift[std::size_t(j)] = l.beta[j] - l.runMean[j] * l.scale[std::size_t(j)];
        }
        evaluateActivate(z, l.b, l.scale.data(), l.shift.data(), batch, H, l.act.data());
        return;
    }

    // Batch statistics: biased variance normalises, the unbiased one feeds the running average.
    addBiasColumnSums(z, l.b, batch, H, l.mean.data());
    for (auto& m : l.mean)
        m /= float(batch);
    std::vector<float>& squares = l.dBeta;  // scratch until the backward pass
    columnSquaredDeviations(z, l.mean.data(), batch, H, squares.data());
    for (int j = 0; j < H; ++j) {
        const double sum = squares[std::size_t(j)];
        l.invstd[std::size_t(j)] = float(1.0 / std::sqrt(sum / batch + kBatchNormEps));
        l.runMean[j] = float((1.0 - kBatchNormMomentum) * l.runMean[j] +
                             kBatchNormMomentum * l.mean[std::size_t(j)]);
        l.runVar[j] = float((1.0 - kBatchNormMomentum) * l.runVar[j] +
                            kBatchNormMomentum * sum / (batch - 1));
    }
    ++*l.tracked;

    const bool dropout = m_dropout > 0.0;
    const std::uint32_t* bits = nullptr;
    if (dropout) {
        m_random.resize(std::size_t(batch) * std::size_t(H));
        random->fill(m_random.data(), std::int64_t(m_random.size()));
        bits = m_random.data();
    }
    normaliseActivate(z, l.mean.data(), l.invstd.data(), l.gamma, l.beta, bits,
                      std::uint32_t(std::min(4294967295.0, m_dropout * 4294967296.0)),
                      dropout ? float(1.0 / (1.0 - m_dropout)) : 1.0f, batch, H, l.xhat.data(),
                      l.gate.data(), l.act.data());
}

void CpuNeuMF::predict(const std::int32_t* users, const std::int32_t* movies, std::int64_t n,
                       float* out) {
    const Params& p = *m_p;
    for (std::int64_t start = 0; start < n; start += m_maxBatch) {
        const int batch = int(std::min<std::int64_t>(m_maxBatch, n - start));
        assembleInput(users + start, movies + start, batch);
        const float* input = m_x.data();
        for (auto& l : m_layers) {
            layerForward(l, input, batch, false, nullptr);
            input = l.act.data();
        }
        outputForward(input, p.outW, p.outB[0], batch, m_layers.back().out, out + start);
    }
}

double CpuNeuMF::trainStep(const std::int32_t* users, const std::int32_t* movies,
                           const float* targets, int batch, DropoutRandom& random) {
    const Params& p = *m_p;
    if (m_dx.empty()) {
        for (auto& l : m_layers)
            for (auto* v : {&l.xhat, &l.gate, &l.grad})
                v->resize(l.z.size());
        m_dx.resize(m_x.size());
        m_dout.resize(m_out.size());
    }
    assembleInput(users, movies, batch);
    const float* input = m_x.data();
    for (auto& l : m_layers) {
        layerForward(l, input, batch, true, &random);
        input = l.act.data();
    }

    // Output layer and MSE.
    Layer& last = m_layers.back();
    const int H = last.out;
    outputForward(input, p.outW, p.outB[0], batch, H, m_out.data());
    double loss = 0;
    float outBiasGrad = 0.0f;
    const float lossScale = 2.0f / float(batch);
    for (int b = 0; b < batch; ++b) {
        const float error = m_out[std::size_t(b)] - targets[b];
        loss += double(error) * double(error);
        m_dout[std::size_t(b)] = lossScale * error;
        outBiasGrad += m_dout[std::size_t(b)];
    }
    p.gOutB[0] = outBiasGrad;
    outputBackward(input, p.outW, m_dout.data(), batch, H, p.gOutW, last.grad.data());

    // Hidden layers, last to first.
    for (std::size_t li = m_layers.size(); li-- > 0;) {
        Layer& l = m_layers[li];
        const int Hl = l.out;
        float* g = l.grad.data();
        gateAndReduce(g, l.gate.data(), l.xhat.data(), batch, Hl, l.dBeta.data(), l.dGamma.data());
        for (int j = 0; j < Hl; ++j) {
            l.scale[std::size_t(j)] = l.gamma[j] * l.invstd[std::size_t(j)] / float(batch);
            l.gBeta[j] = l.dBeta[std::size_t(j)];
            l.gGamma[j] = l.dGamma[std::size_t(j)];
        }
        batchNormBackward(g, l.xhat.data(), l.scale.data(), l.dBeta.data(), l.dGamma.data(), batch,
                          Hl, l.gb);
        const float* layerInput = li == 0 ? m_x.data() : m_layers[li - 1].act.data();
        teamGemm(m_team, true, false, l.gw, g, layerInput, Hl, l.in, batch);
        float* inputGrad = li == 0 ? m_dx.data() : m_layers[li - 1].grad.data();
        teamGemm(m_team, false, false, inputGrad, g, l.w, batch, l.in, Hl);
    }

    scatterInputGradient(users, movies, batch);
    return loss / batch;
}

}  // namespace core::model
