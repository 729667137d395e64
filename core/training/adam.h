#pragma once

// Internal to core: the Adam update of every training step, in the two forms the step engines
// use. Both are PyTorch's arithmetic (torch.optim.Adam with L2 weight decay):
//   g += wd·p;  m = β1·m + (1−β1)·g;  v = β2·v + (1−β2)·g²;  p −= lr/(1−β1ᵗ) · m / (√v/√(1−β2ᵗ) +
//   ε)
// and both zero the gradients afterwards (the next step accumulates into them).

#include <cstdint>

namespace at {
class Tensor;
}
namespace core::util {
class ChunkTeam;
}

namespace core::training {

/// Adam's hyper-parameters and step count for one update.
struct AdamStep {
    double learningRate = 1e-3;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double epsilon = 1e-8;
    double weightDecay = 0;
    std::int64_t step = 1;  ///< 1-based
};

/// One update over flat CPU buffers of n floats: one vectorised loop, in blocks shared by
/// `team` (null: this thread). (The fused CPU step.)
void adamUpdate(float* values, float* grads, float* m, float* v, std::int64_t n, const AdamStep& h,
                util::ChunkTeam* team = nullptr);

/// The same update with tensor operations, on any device. (The autograd step.)
void adamUpdate(at::Tensor& values, at::Tensor& grads, at::Tensor& m, at::Tensor& v,
                const AdamStep& h);

}  // namespace core::training
