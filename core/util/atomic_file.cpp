#include "util/atomic_file.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <random>

namespace core::util {

std::optional<std::string> writeFileAtomically(const std::filesystem::path& path,
                                               std::string_view contents) {
    static std::atomic<unsigned> counter{0};
    std::filesystem::path temporary = path;
    temporary += ".tmp-" + std::to_string(std::random_device{}()) + "-" +
                 std::to_string(counter.fetch_add(1));
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out) return "cannot write " + temporary.string() + ": " + std::strerror(errno);
        out.write(contents.data(), std::streamsize(contents.size()));
        out.flush();
        if (!out) {
            std::error_code ignored;
            std::filesystem::remove(temporary, ignored);
            return "cannot write " + path.string() + " (disk full?)";
        }
    }
    std::error_code ec;
    std::filesystem::rename(temporary, path, ec);
    if (ec) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        return "cannot replace " + path.string() + ": " + ec.message();
    }
    return std::nullopt;
}

std::optional<std::string> readWholeFile(const std::filesystem::path& path, std::string* error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        if (error) *error = "cannot open " + path.string() + ": " + std::strerror(errno);
        return std::nullopt;
    }
    std::string contents;
    in.seekg(0, std::ios::end);
    const auto size = in.tellg();
    if (size > 0) {
        contents.resize(std::size_t(size));
        in.seekg(0);
        in.read(contents.data(), size);
    }
    if (!in && !in.eof()) {
        if (error) *error = "cannot read " + path.string();
        return std::nullopt;
    }
    return contents;
}

}  // namespace core::util
