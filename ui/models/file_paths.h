#pragma once

// File paths between Qt and the core: QString is UTF-16 and std::filesystem::path is the
// platform's own (UTF-16 on Windows, bytes, normally UTF-8, elsewhere). Converting through
// std::string would pass the system's ANSI code page on Windows and lose most non-ASCII
// names, so the window converts paths only with these.

#include <QString>

#include <filesystem>
#include <string>

namespace ui::models {

inline std::filesystem::path toPath(const QString& path) {
    return std::filesystem::path(path.toStdU16String());
}

inline QString fromPath(const std::filesystem::path& path) {
    return QString::fromStdU16String(path.u16string());
}

}  // namespace ui::models
