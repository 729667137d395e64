#pragma once

#include <optional>
#include <string>

#include "config/experiment_config.h"

namespace core::training {

/// Where training runs and with which step implementation: what `runtime.device`,
/// `runtime.training_step` and `runtime.threads` resolve to on this machine.
struct DeviceChoice {
    std::string device;        ///< "cpu" or "cuda"
    std::string name;          ///< "CPU" or the GPU's name
    std::string trainingStep;  ///< "fused" or "autograd"
    int threads = 1;           ///< CPU threads for LibTorch / BLAS
};

/// Resolves config.runtime: `auto` picks CUDA when LibTorch sees one; `cuda` where there is
/// none, or `fused` on CUDA, is an error (message names the key). Any thread.
std::optional<DeviceChoice> resolveDevice(const config::RuntimeConfig& runtime, std::string* error);

}  // namespace core::training
