#include "model/cpu_neumf.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cmath>

#include "model/neumf_network.h"

// Hot loops get an AVX2 clone selected at load time; the binary still runs on any x86-64.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)
#define RW_MULTIVERSION __attribute__((target_clones("avx2", "default")))
#else
#define RW_MULTIVERSION
#endif

namespace core::model {
namespace {

constexpr double kBatchNormEps = 1e-5;
constexpr double kBatchNormMomentum = 0.1;

at::Tensor wrap(const float* p, std::int64_t rows, std::int64_t cols) {
    return at::from_blob(const_cast<float*>(p), {rows, cols}, at::kFloat);
}

// C (m×n) = A (m×k) · Bᵀ, B stored n×k (a Linear weight).
void gemmABt(float* C, const float* A, const float* B, std::int64_t m, std::int64_t n, std::int64_t k) {
    auto c = wrap(C, m, n);
    at::mm_out(c, wrap(A, m, k), wrap(B, n, k).t());
}

// C (m×n) = Aᵀ · B, A stored k×m, B stored k×n (a weight gradient).
void gemmAtB(float* C, const float* A, const float* B, std::int64_t m, std::int64_t n, std::int64_t k) {
    auto c = wrap(C, m, n);
    at::mm_out(c, wrap(A, k, m).t(), wrap(B, k, n));
}

// C (m×n) = A (m×k) · B (k×n) (an input gradient).
void gemmAB(float* C, const float* A, const float* B, std::int64_t m, std::int64_t n, std::int64_t k) {
    auto c = wrap(C, m, n);
    at::mm_out(c, wrap(A, m, k), wrap(B, k, n));
}

float* ptr(torch::Tensor& t) { return t.data_ptr<float>(); }
float* gradPtr(torch::Tensor& t) { return t.mutable_grad().defined() ? t.mutable_grad().data_ptr<float>() : nullptr; }

RW_MULTIVERSION void adamRange(float* __restrict p, float* __restrict g, float* __restrict m,
                               float* __restrict v, std::int64_t begin, std::int64_t end, float wd,
                               float b1, float oneMinusB1, float b2, float oneMinusB2,
                               float bc2Sqrt, float eps, float stepSize) {
    for (std::int64_t i = begin; i < end; ++i) {
        const float gi = g[i] + wd * p[i];
        g[i] = 0.0f;
        const float mi = m[i] * b1 + oneMinusB1 * gi;
        const float vi = v[i] * b2 + oneMinusB2 * (gi * gi);
        m[i] = mi;
        v[i] = vi;
        const float denom = std::sqrt(vi) / bc2Sqrt + eps;
        p[i] = p[i] - stepSize * (mi / denom);
    }
}

// Column sums over rows of a row-major B×H block: out[j] = Σ_b a[b·H + j].
RW_MULTIVERSION void columnSums(const float* __restrict a, int rows, int cols, float* __restrict out) {
    std::fill(out, out + cols, 0.0f);
    for (int b = 0; b < rows; ++b) {
        const float* row = a + std::int64_t(b) * cols;
        for (int j = 0; j < cols; ++j) out[j] += row[j];
    }
}

}  // namespace

DropoutRandom::DropoutRandom(std::uint64_t seed) {
    for (auto& s : m_s) {
        seed += 0x9E3779B97F4A7C15ull;
        std::uint64_t z = seed;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        s = std::uint32_t((z ^ (z >> 31)) | 1u);
    }
}

void adamUpdate(float* values, float* grads, float* m, float* v, std::int64_t n, const AdamStep& h) {
    const double bc1 = 1.0 - std::pow(h.beta1, double(h.step));
    const double bc2 = 1.0 - std::pow(h.beta2, double(h.step));
    const auto stepSize = float(h.learningRate / bc1);
    const auto bc2Sqrt = float(std::sqrt(bc2));
    at::parallel_for(0, n, 1 << 16, [&](std::int64_t begin, std::int64_t end) {
        adamRange(values, grads, m, v, begin, end, float(h.weightDecay), float(h.beta1),
                  float(1.0 - h.beta1), float(h.beta2), float(1.0 - h.beta2), bc2Sqrt,
                  float(h.epsilon), stepSize);
    });
}

struct CpuNeuMF::Params {
    float *userEmb, *movieEmb, *userFeatW, *userFeatB, *movieFeatW, *movieFeatB, *outW, *outB;
    float *gUserEmb, *gMovieEmb, *gUserFeatW, *gUserFeatB, *gMovieFeatW, *gMovieFeatB, *gOutW, *gOutB;
    int ue, me, mf, d0, features, genres;
};

struct CpuNeuMF::Layer {
    int in = 0, out = 0;
    float *w, *b, *gamma, *beta, *runMean, *runVar;
    std::int64_t* tracked;
    float *gw, *gb, *gGamma, *gBeta;
    std::vector<float> z, act;                  // pre-activation, output (both modes)
    std::vector<float> xhat, gate, grad;        // training only
    std::vector<float> mean, invstd, scale, shift, dBeta, dGamma;
};

CpuNeuMF::CpuNeuMF(NeuMFEnhancedImpl& net, const float* userFeatures, const float* movieGenres,
                   int maxBatch)
    : m_net(net), m_userFeatures(userFeatures), m_movieGenres(movieGenres),
      m_maxBatch(std::max(2, maxBatch)), m_dropout(net.shape.model.dropout), m_p(new Params{}) {
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
    p.userFeatW = ptr(net.userFeatFc->weight);
    p.userFeatB = ptr(net.userFeatFc->bias);
    p.movieFeatW = ptr(net.movieFeatFc->weight);
    p.movieFeatB = ptr(net.movieFeatFc->bias);
    p.outW = ptr(net.output->weight);
    p.outB = ptr(net.output->bias);
    p.gUserEmb = gradPtr(net.userEmbedding->weight);
    p.gMovieEmb = gradPtr(net.movieEmbedding->weight);
    p.gUserFeatW = gradPtr(net.userFeatFc->weight);
    p.gUserFeatB = gradPtr(net.userFeatFc->bias);
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
        for (auto* v : {&l.mean, &l.invstd, &l.scale, &l.shift, &l.dBeta, &l.dGamma}) v->resize(std::size_t(l.out));
        in = l.out;
    }
    m_x.resize(std::size_t(m_maxBatch) * std::size_t(p.d0));
    m_out.resize(std::size_t(m_maxBatch));

    // Genre multi-hot rows are sparse (1–6 of 18): keep each movie's active columns.
    m_genreLists.resize(std::size_t(s.numMovies));
    for (std::int64_t movie = 0; movie < s.numMovies; ++movie)
        for (int g = 0; g < p.genres; ++g)
            if (movieGenres[movie * p.genres + g] != 0.0f) m_genreLists[std::size_t(movie)].push_back(std::int8_t(g));
}

CpuNeuMF::~CpuNeuMF() { delete m_p; }

void CpuNeuMF::assembleInput(const std::int32_t* users, const std::int32_t* movies, int batch) {
    const Params& p = *m_p;
    for (int b = 0; b < batch; ++b) {
        float* x = &m_x[std::size_t(b) * std::size_t(p.d0)];
        const std::int64_t u = users[b], m = movies[b];
        std::copy_n(p.userEmb + u * p.ue, p.ue, x);
        const float* uf = m_userFeatures + u * p.features;
        float* userExtra = x + p.ue;
        for (int j = 0; j < p.ue; ++j) {
            float acc = p.userFeatB[j];
            for (int k = 0; k < p.features; ++k) acc += p.userFeatW[j * p.features + k] * uf[k];
            userExtra[j] = acc;
        }
        std::copy_n(p.movieEmb + m * p.me, p.me, x + 2 * p.ue);
        float* movieExtra = x + 2 * p.ue + p.me;
        std::copy_n(p.movieFeatB, p.mf, movieExtra);
        for (const auto g : m_genreLists[std::size_t(m)]) {
            const float value = m_movieGenres[m * p.genres + g];
            for (int j = 0; j < p.mf; ++j) movieExtra[j] += p.movieFeatW[j * p.genres + g] * value;
        }
    }
}

void CpuNeuMF::layerForward(Layer& l, const float* input, int batch, bool training,
                            DropoutRandom* random) {
    const int H = l.out;
    float* z = l.z.data();
    gemmABt(z, input, l.w, batch, H, l.in);
    float* act = l.act.data();
    if (!training) {
        for (int j = 0; j < H; ++j) {
            const float inv = float(1.0 / std::sqrt(double(l.runVar[j]) + kBatchNormEps));
            l.scale[j] = l.gamma[j] * inv;
            l.shift[j] = l.beta[j] - l.runMean[j] * l.scale[j];
        }
        for (int b = 0; b < batch; ++b) {
            const std::size_t row = std::size_t(b) * std::size_t(H);
            for (int j = 0; j < H; ++j) {
                const float y = (z[row + std::size_t(j)] + l.b[j]) * l.scale[j] + l.shift[j];
                act[row + std::size_t(j)] = y > 0.0f ? y : 0.0f;
            }
        }
        return;
    }

    // Batch statistics (biased variance for normalising, unbiased for the running average).
    for (int b = 0; b < batch; ++b) {
        float* row = z + std::size_t(b) * std::size_t(H);
        for (int j = 0; j < H; ++j) row[j] += l.b[j];
    }
    columnSums(z, batch, H, l.mean.data());
    const float invBatch = 1.0f / float(batch);
    for (int j = 0; j < H; ++j) l.mean[j] *= invBatch;
    std::vector<float>& var = l.dBeta;  // scratch
    std::fill(var.begin(), var.end(), 0.0f);
    for (int b = 0; b < batch; ++b) {
        const float* row = z + std::size_t(b) * std::size_t(H);
        for (int j = 0; j < H; ++j) {
            const float d = row[j] - l.mean[j];
            var[std::size_t(j)] += d * d;
        }
    }
    for (int j = 0; j < H; ++j) {
        const double biased = double(var[std::size_t(j)]) / batch;
        l.invstd[std::size_t(j)] = float(1.0 / std::sqrt(biased + kBatchNormEps));
        const double unbiased = double(var[std::size_t(j)]) / (batch - 1);
        l.runMean[j] = float((1.0 - kBatchNormMomentum) * l.runMean[j] + kBatchNormMomentum * l.mean[j]);
        l.runVar[j] = float((1.0 - kBatchNormMomentum) * l.runVar[j] + kBatchNormMomentum * unbiased);
    }
    ++*l.tracked;

    // Normalise, scale, ReLU and dropout in one pass; `gate` is the derivative of the last two.
    const bool dropout = m_dropout > 0.0;
    const float keepScale = dropout ? float(1.0 / (1.0 - m_dropout)) : 1.0f;
    const auto dropBelow = std::uint32_t(std::min(4294967295.0, m_dropout * 4294967296.0));
    float* xhat = l.xhat.data();
    float* gate = l.gate.data();
    for (int b = 0; b < batch; ++b) {
        const std::size_t row = std::size_t(b) * std::size_t(H);
        for (int j = 0; j < H; ++j) {
            const std::size_t i = row + std::size_t(j);
            const float xh = (z[i] - l.mean[std::size_t(j)]) * l.invstd[std::size_t(j)];
            xhat[i] = xh;
            const float y = l.gamma[j] * xh + l.beta[j];
            float g = y > 0.0f ? keepScale : 0.0f;
            if (dropout && random->next() < dropBelow) g = 0.0f;
            gate[i] = g;
            act[i] = y * g;
        }
    }
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
        const int H = m_layers.back().out;
        for (int b = 0; b < batch; ++b) {
            float acc = 0.0f;
            const float* row = input + std::size_t(b) * std::size_t(H);
            for (int j = 0; j < H; ++j) acc += row[j] * p.outW[j];
            out[start + b] = acc + p.outB[0];
        }
    }
    (void)p;
}

double CpuNeuMF::trainStep(const std::int32_t* users, const std::int32_t* movies,
                           const float* targets, int batch, DropoutRandom& random) {
    const Params& p = *m_p;
    if (m_dx.empty()) {
        for (auto& l : m_layers)
            for (auto* v : {&l.xhat, &l.gate, &l.grad}) v->resize(l.z.size());
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
    double loss = 0;
    const float lossScale = 2.0f / float(batch);
    for (int b = 0; b < batch; ++b) {
        float acc = 0.0f;
        const float* row = input + std::size_t(b) * std::size_t(H);
        for (int j = 0; j < H; ++j) acc += row[j] * p.outW[j];
        const float prediction = acc + p.outB[0];
        const float error = prediction - targets[b];
        loss += double(error) * double(error);
        m_dout[std::size_t(b)] = lossScale * error;
    }
    std::fill(p.gOutW, p.gOutW + H, 0.0f);
    float gOutB = 0.0f;
    for (int b = 0; b < batch; ++b) {
        const float d = m_dout[std::size_t(b)];
        const float* row = input + std::size_t(b) * std::size_t(H);
        float* g = last.grad.data() + std::size_t(b) * std::size_t(H);
        for (int j = 0; j < H; ++j) {
            p.gOutW[j] += d * row[j];
            g[j] = d * p.outW[j];
        }
        gOutB += d;
    }
    p.gOutB[0] = gOutB;

    // Hidden layers, last to first.
    for (std::size_t li = m_layers.size(); li-- > 0;) {
        Layer& l = m_layers[li];
        const int Hl = l.out;
        float* g = l.grad.data();
        const float* xhat = l.xhat.data();
        const float* gate = l.gate.data();
        std::fill(l.dBeta.begin(), l.dBeta.end(), 0.0f);
        std::fill(l.dGamma.begin(), l.dGamma.end(), 0.0f);
        for (int b = 0; b < batch; ++b) {
            const std::size_t row = std::size_t(b) * std::size_t(Hl);
            for (int j = 0; j < Hl; ++j) {
                const std::size_t i = row + std::size_t(j);
                g[i] *= gate[i];
                l.dBeta[std::size_t(j)] += g[i];
                l.dGamma[std::size_t(j)] += g[i] * xhat[i];
            }
        }
        const float n = float(batch);
        for (int j = 0; j < Hl; ++j) {
            l.scale[std::size_t(j)] = l.gamma[j] * l.invstd[std::size_t(j)] / n;
            l.gBeta[j] = l.dBeta[std::size_t(j)];
            l.gGamma[j] = l.dGamma[std::size_t(j)];
        }
        for (int b = 0; b < batch; ++b) {
            const std::size_t row = std::size_t(b) * std::size_t(Hl);
            for (int j = 0; j < Hl; ++j) {
                const std::size_t i = row + std::size_t(j);
                g[i] = l.scale[std::size_t(j)] *
                       (n * g[i] - l.dBeta[std::size_t(j)] - xhat[i] * l.dGamma[std::size_t(j)]);
            }
        }
        columnSums(g, batch, Hl, l.gb);
        const float* layerInput = li == 0 ? m_x.data() : m_layers[li - 1].act.data();
        gemmAtB(l.gw, g, layerInput, Hl, l.in, batch);
        float* inputGrad = li == 0 ? m_dx.data() : m_layers[li - 1].grad.data();
        gemmAB(inputGrad, g, l.w, batch, l.in, Hl);
    }

    // Fused input: embeddings (scatter-add) and the two feature projections.
    std::fill(p.gUserFeatW, p.gUserFeatW + p.ue * p.features, 0.0f);
    std::fill(p.gUserFeatB, p.gUserFeatB + p.ue, 0.0f);
    std::fill(p.gMovieFeatW, p.gMovieFeatW + p.mf * p.genres, 0.0f);
    std::fill(p.gMovieFeatB, p.gMovieFeatB + p.mf, 0.0f);
    for (int b = 0; b < batch; ++b) {
        const float* dx = &m_dx[std::size_t(b) * std::size_t(p.d0)];
        const std::int64_t u = users[b], m = movies[b];
        float* gu = p.gUserEmb + u * p.ue;
        for (int j = 0; j < p.ue; ++j) gu[j] += dx[j];
        const float* uf = m_userFeatures + u * p.features;
        const float* dUser = dx + p.ue;
        for (int j = 0; j < p.ue; ++j) {
            for (int k = 0; k < p.features; ++k) p.gUserFeatW[j * p.features + k] += dUser[j] * uf[k];
            p.gUserFeatB[j] += dUser[j];
        }
        float* gm = p.gMovieEmb + m * p.me;
        const float* dMovie = dx + 2 * p.ue;
        for (int j = 0; j < p.me; ++j) gm[j] += dMovie[j];
        const float* dGenre = dMovie + p.me;
        for (int j = 0; j < p.mf; ++j) p.gMovieFeatB[j] += dGenre[j];
        for (const auto gi : m_genreLists[std::size_t(m)]) {
            const float value = m_movieGenres[m * p.genres + gi];
            for (int j = 0; j < p.mf; ++j) p.gMovieFeatW[j * p.genres + gi] += dGenre[j] * value;
        }
    }
    return loss / batch;
}

}  // namespace core::model
