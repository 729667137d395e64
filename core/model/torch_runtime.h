#pragma once

#include <string>

namespace core::model {

// What LibTorch offers on this machine. Any thread.

/// LibTorch's version, e.g. "1.13.1".
std::string libtorchVersion();
/// True when LibTorch sees a CUDA device.
bool cudaAvailable();
/// Name of CUDA device 0, or an empty string.
std::string cudaDeviceName();

}  // namespace core::model
