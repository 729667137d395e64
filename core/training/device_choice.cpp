#include "training/device_choice.h"

#include <algorithm>
#include <thread>

#include "model/trained_model.h"

namespace core::training {

std::optional<DeviceChoice> resolveDevice(const config::RuntimeConfig& runtime, std::string* error) {
    DeviceChoice choice;
    const bool cuda = model::cudaAvailable();
    if (runtime.device == "cuda" && !cuda) {
        if (error) *error = "`runtime.device` is cuda, but LibTorch sees no CUDA device (LibTorch " +
                            model::libtorchVersion() + "); use auto or cpu";
        return std::nullopt;
    }
    choice.device = (runtime.device == "cuda" || (runtime.device == "auto" && cuda)) ? "cuda" : "cpu";
    choice.name = choice.device == "cuda" ? model::cudaDeviceName() : "CPU";
    if (choice.device == "cuda" && runtime.trainingStep == "fused") {
        if (error) *error = "`runtime.training_step` fused runs on the CPU only; use auto or autograd with CUDA";
        return std::nullopt;
    }
    choice.trainingStep = runtime.trainingStep == "auto" ? (choice.device == "cuda" ? "autograd" : "fused")
                                                         : runtime.trainingStep;
    // At batch 512 the fused step's GEMMs are too small to gain from a second thread (measured
    // in bench/: 3.0 s an epoch on one thread, 4.0 s on two with OpenMP's passive wait), and
    // one thread leaves a core to the GUI. Autograd's many small ops do use all cores.
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const int automatic = choice.trainingStep == "fused" ? 1 : int(cores);
    choice.threads = runtime.threads > 0 ? runtime.threads : automatic;
    return choice;
}

}  // namespace core::training
