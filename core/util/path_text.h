#pragma once

// Paths as UTF-8 text, the same on every platform: std::filesystem::path(std::string) and
// path::string() use the system's narrow encoding, which on Windows is an ANSI code page that
// cannot hold most non-ASCII names. Everything that turns a path into text (messages, files,
// Qt strings) or text into a path goes through these two.

#include <filesystem>
#include <string>
#include <string_view>

namespace core::util {

/// The path named by UTF-8 text.
std::filesystem::path pathFromUtf8(std::string_view utf8);
/// The path as UTF-8 text (generic or native separators as the path holds them).
std::string utf8Of(const std::filesystem::path& path);

}  // namespace core::util
