#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace core::runs {

/// Ordered key/value facts about where a run ran.
using Facts = std::vector<std::pair<std::string, std::string>>;

/// Versions (project, LibTorch, compiler), the BLAS library loaded into this process, CPU
/// model and core count, OS, and OpenMP's wait policy. Device facts are added by the caller.
Facts environmentFacts();

/// The file name of the BLAS library loaded into this process ("libopenblas.so.0 (openmp)",
/// "libblas.so.3 (reference)"), read from /proc/self/maps; "unknown" elsewhere.
std::string loadedBlas();

/// This process's id, and the name of the machine it runs on (empty when unknown).
std::int64_t currentProcessId();
std::string hostName();

/// Current UTC time as ISO 8601 ("2026-11-28T04:43:00Z").
std::string utcTimestamp();

}  // namespace core::runs
