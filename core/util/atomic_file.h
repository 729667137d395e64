#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace core::util {

/// Writes `contents` to `path` atomically and durably: a temporary file in the same folder is
/// written, synced to disk, and renamed over `path`, then the folder is synced; readers see
/// the old file or the new one, never a part, and after a power cut the file is not empty.
/// Returns an error message naming the path on failure. Any thread.
std::optional<std::string> writeFileAtomically(const std::filesystem::path& path,
                                               std::string_view contents);

/// Reads a whole file. Returns nullopt and sets *error (naming the path) on failure.
std::optional<std::string> readWholeFile(const std::filesystem::path& path, std::string* error);

}  // namespace core::util
