#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace core::util {

/// This program's executable (/proc/self/exe, GetModuleFileNameW, _NSGetExecutablePath);
/// `argv0` made absolute where none of those answers; empty when nothing is known.
std::filesystem::path executablePath(const char* argv0 = nullptr);

/// Where shipped resources are looked for, in order: $RW_RESOURCE_DIR; next to the
/// executable (<exe dir>/resources on Windows, <prefix>/share/ratings-workbench for
/// <prefix>/bin, <bundle>/Contents/Resources on macOS); and, only for a program that still
/// lives in its build tree, the source tree's resources/.
std::vector<std::filesystem::path> resourceRoots(const char* argv0 = nullptr);

/// Finds a file or folder shipped in the project's resources/ (e.g. "sample/ml-sample",
/// "default_config.yaml") in the first of resourceRoots() that has it. `relative` is UTF-8.
std::optional<std::filesystem::path> findResource(const std::string& relative,
                                                  const char* argv0 = nullptr);

}  // namespace core::util
