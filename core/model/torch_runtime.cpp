#include "model/torch_runtime.h"

// Only the light CUDA query headers: this file does not need the tensor library.
#include <torch/cuda.h>
#include <torch/version.h>

#if __has_include(<ATen/cuda/CUDAContext.h>) && __has_include(<cuda_runtime_api.h>)
#include <ATen/cuda/CUDAContext.h>
#define RW_HAVE_CUDA_HEADERS 1
#else
#define RW_HAVE_CUDA_HEADERS 0
#endif

#include <filesystem>
#include <fstream>

namespace core::model {

std::string libtorchVersion() {
    return TORCH_VERSION;
}
bool cudaAvailable() {
    return torch::cuda::is_available();
}

std::string cudaDeviceName() {
    if (!torch::cuda::is_available())
        return {};
#if RW_HAVE_CUDA_HEADERS
    return at::cuda::getDeviceProperties(0)->name;
#else
    // Without the CUDA runtime headers, the NVIDIA driver still names the card.
    std::error_code ec;
    for (const auto& gpu : std::filesystem::directory_iterator("/proc/driver/nvidia/gpus", ec)) {
        std::ifstream info(gpu.path() / "information");
        std::string line;
        while (std::getline(info, line))
            if (line.rfind("Model:", 0) == 0) {
                const auto start = line.find_first_not_of(" \t", 6);
                return start == std::string::npos ? "CUDA device 0" : line.substr(start);
            }
    }
    return "CUDA device 0";
#endif
}

}  // namespace core::model
