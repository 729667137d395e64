#pragma once

// Internal to core (includes LibTorch): the optimizer's view of a network's parameters.

#include <torch/torch.h>

#include <vector>

#include "model/neumf_network.h"

namespace core::training {

/// All trainable parameters of a network in one contiguous buffer (and their gradients in
/// another), with the module's parameters and .grad re-pointed at slices of them, so that
/// one optimizer pass covers every parameter and a checkpoint is one copy.
struct FlatParameters {
    explicit FlatParameters(torch::nn::Module& net);

    torch::Tensor values;                ///< 1-D, on the network's device
    torch::Tensor grads;                 ///< 1-D, same size; zero-initialised
    std::vector<torch::Tensor> buffers;  ///< BatchNorm running statistics (not flattened)

    /// A copy of values and buffers (for keeping the best epoch).
    struct Snapshot {
        torch::Tensor values;
        std::vector<torch::Tensor> buffers;
    };
    Snapshot snapshot() const;
    void restore(const Snapshot& snapshot);

    /// The n values (and gradients) from `offset` on, sharing this one's storage, without
    /// buffers: the parameters of one member of a larger network, for its own optimizer.
    FlatParameters slice(std::int64_t offset, std::int64_t n) const;

private:
    FlatParameters() = default;
};

}  // namespace core::training
