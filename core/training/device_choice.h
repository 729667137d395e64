#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "config/experiment_config.h"

namespace core::training {

/// Where training runs.
enum class Device { Cpu, Cuda };
/// How a training step is computed: the hand-written CPU kernels, or LibTorch's autograd.
enum class TrainingStep { Fused, Autograd };

/// The one text of each, as in configuration files and run.json: "cpu", "cuda"; "fused",
/// "autograd". The *FromText functions return nullopt for any other text.
std::string_view deviceText(Device device);
std::optional<Device> deviceFromText(std::string_view text);
std::string_view trainingStepText(TrainingStep step);
std::optional<TrainingStep> trainingStepFromText(std::string_view text);

/// Where training runs and with which step implementation: what `runtime.device`,
/// `runtime.training_step` and `runtime.threads` resolve to on this machine.
struct DeviceChoice {
    Device device = Device::Cpu;
    std::string name;  ///< "CPU" or the GPU's name
    TrainingStep trainingStep = TrainingStep::Fused;
    int threads = 1;  ///< CPU threads for LibTorch / BLAS
};

/// Resolves config.runtime for config.model: `auto` picks CUDA when LibTorch sees one, and
/// the fused step on the CPU for neumf (autograd otherwise); `cuda` where there is none, or
/// `fused` on CUDA or for another model kind, is an error (message names the key). Any thread.
std::optional<DeviceChoice> resolveDevice(const config::ExperimentConfig& config,
                                          std::string* error);

}  // namespace core::training
