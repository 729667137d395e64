#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace core::util {

/// Finds a file or folder shipped in the project's resources/ (e.g. "sample/ml-sample",
/// "default_config.yaml"). Looks in $RW_RESOURCE_DIR, next to the executable
/// (<exe>/resources, <exe>/../share/ratings-workbench) and in the source tree the build came
/// from. `argv0` helps locate the executable where /proc is missing.
std::optional<std::filesystem::path> findResource(const std::string& relative,
                                                  const char* argv0 = nullptr);

}  // namespace core::util
