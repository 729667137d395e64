#include "training/adam.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>

#include <cmath>

#include "util/chunk_team.h"

// The loop gets AVX-512 and AVX2 clones selected at load time; the binary still runs on any
// x86-64.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)
#define RW_MULTIVERSION __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define RW_MULTIVERSION
#endif

namespace core::training {
namespace {

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

}  // namespace

void adamUpdate(float* values, float* grads, float* m, float* v, std::int64_t n, const AdamStep& h,
                util::ChunkTeam* team) {
    const double bc1 = 1.0 - std::pow(h.beta1, double(h.step));
    const double bc2 = 1.0 - std::pow(h.beta2, double(h.step));
    const auto stepSize = float(h.learningRate / bc1);
    const auto bc2Sqrt = float(std::sqrt(bc2));
    // Element-wise, so any blocks give the same result; starts are multiples of 16 floats.
    constexpr int kBlocks = 8;
    const auto block = [&](int i) {
        const auto start = [n](int b) { return b == kBlocks ? n : (n * b / kBlocks) / 16 * 16; };
        adamRange(values, grads, m, v, start(i), start(i + 1), float(h.weightDecay), float(h.beta1),
                  float(1.0 - h.beta1), float(h.beta2), float(1.0 - h.beta2), bc2Sqrt,
                  float(h.epsilon), stepSize);
    };
    if (team)
        team->run(kBlocks, block);
    else
        for (int i = 0; i < kBlocks; ++i)
            block(i);
}

void adamUpdate(at::Tensor& values, at::Tensor& grads, at::Tensor& m, at::Tensor& v,
                const AdamStep& h) {
    at::NoGradGuard noGrad;
    const double bc1 = 1.0 - std::pow(h.beta1, double(h.step));
    const double bc2 = 1.0 - std::pow(h.beta2, double(h.step));
    if (h.weightDecay != 0)
        grads.add_(values, h.weightDecay);
    m.mul_(h.beta1).add_(grads, 1.0 - h.beta1);
    v.mul_(h.beta2).addcmul_(grads, grads, 1.0 - h.beta2);
    const auto denom = (v.sqrt() / std::sqrt(bc2)).add_(h.epsilon);
    values.addcdiv_(m, denom, -h.learningRate / bc1);
    grads.zero_();
}

}  // namespace core::training
