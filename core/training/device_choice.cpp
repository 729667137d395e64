#include "training/device_choice.h"

#include <algorithm>
#include <thread>

#include "model/model_shape.h"
#include "model/torch_runtime.h"

namespace core::training {

std::string_view deviceText(Device device) {
    return device == Device::Cuda ? "cuda" : "cpu";
}

std::optional<Device> deviceFromText(std::string_view text) {
    if (text == "cpu")
        return Device::Cpu;
    if (text == "cuda")
        return Device::Cuda;
    return std::nullopt;
}

std::string_view trainingStepText(TrainingStep step) {
    return step == TrainingStep::Autograd ? "autograd" : "fused";
}

std::optional<TrainingStep> trainingStepFromText(std::string_view text) {
    if (text == "fused")
        return TrainingStep::Fused;
    if (text == "autograd")
        return TrainingStep::Autograd;
    return std::nullopt;
}

std::optional<DeviceChoice> resolveDevice(const config::ExperimentConfig& config,
                                          std::string* error) {
    const auto& runtime = config.runtime;
    // The fused step trains NeuMFEnhanced: a neumf model, or an ensemble's NeuMF member.
    const auto kind = model::modelKindOf(config.model);
    const bool neumf = kind == model::ModelKind::NeuMF || kind == model::ModelKind::Ensemble;
    DeviceChoice choice;
    const bool cuda = model::cudaAvailable();
    if (runtime.device == "cuda" && !cuda) {
        if (error)
            *error = "`runtime.device` is cuda, but LibTorch sees no CUDA device (LibTorch " +
                     model::libtorchVersion() + "); use auto or cpu";
        return std::nullopt;
    }
    // The configuration's texts are read here and nowhere else.
    choice.device = (runtime.device == "cuda" || (runtime.device == "auto" && cuda)) ? Device::Cuda
                                                                                     : Device::Cpu;
    choice.name = choice.device == Device::Cuda ? model::cudaDeviceName() : "CPU";
    if (choice.device == Device::Cuda && runtime.trainingStep == "fused") {
        if (error)
            *error =
                "`runtime.training_step` fused runs on the CPU only; use auto or autograd with "
                "CUDA";
        return std::nullopt;
    }
    if (!neumf && runtime.trainingStep == "fused") {
        if (error)
            *error =
                "`runtime.training_step` fused trains model.kind neumf and ensemble only (got " +
                config.model.kind + "); use auto or autograd";
        return std::nullopt;
    }
    if (runtime.trainingStep == "auto")
        choice.trainingStep =
            choice.device == Device::Cuda || !neumf ? TrainingStep::Autograd : TrainingStep::Fused;
    else
        choice.trainingStep =
            trainingStepFromText(runtime.trainingStep).value_or(TrainingStep::Fused);
    // The fused step runs two lanes of rows on two threads (model/cpu_neumf): on an idle 2-core
    // machine an epoch of ml-1m at batch 512 takes 0.62 s instead of 0.83–0.88 s, but its
    // lanes meet ~10 times a step, so with another process on a core it is slower than one
    // thread (1.0–1.14 s). One thread by default: it leaves a core to the GUI, and sweeps run
    // two one-thread trainings at once. Autograd's many small ops do use all cores.
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const int automatic = choice.trainingStep == TrainingStep::Fused ? 1 : int(cores);
    choice.threads = runtime.threads > 0 ? runtime.threads : automatic;
    return choice;
}

}  // namespace core::training
