#include "util/atomic_file.h"
#include "util/path_text.h"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>

#ifdef _WIN32
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace core::util {
namespace {

// Writes and syncs a new file: after a power cut the rename below must never point at a
// file whose blocks were not yet on disk.
std::optional<std::string> writeAndSync(const std::filesystem::path& path,
                                        std::string_view contents) {
#ifdef _WIN32
    std::FILE* file = _wfopen(path.c_str(), L"wb");
    if (!file)
        return "cannot write " + util::utf8Of(path) + ": " + std::strerror(errno);
    const bool ok = std::fwrite(contents.data(), 1, contents.size(), file) == contents.size() &&
                    std::fflush(file) == 0 && _commit(_fileno(file)) == 0;
    const int error = errno;
    std::fclose(file);
    if (!ok)
        return "cannot write " + util::utf8Of(path) + ": " + std::strerror(error);
#else
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0)
        return "cannot write " + util::utf8Of(path) + ": " + std::strerror(errno);
    std::size_t done = 0;
    while (done < contents.size()) {
        const auto n = ::write(fd, contents.data() + done, contents.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int error = errno;
            ::close(fd);
            return "cannot write " + util::utf8Of(path) + ": " + std::strerror(error);
        }
        done += std::size_t(n);
    }
    if (::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        return "cannot write " + util::utf8Of(path) + ": " + std::strerror(error);
    }
    if (::close(fd) != 0)
        return "cannot write " + util::utf8Of(path) + ": " + std::strerror(errno);
#endif
    return std::nullopt;
}

// Makes a rename in `folder` durable. (Windows journals the rename itself.)
void syncFolder(const std::filesystem::path& folder) {
#ifndef _WIN32
    const int fd =
        ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
#else
    (void)folder;
#endif
}

}  // namespace

std::optional<std::string> writeFileAtomically(const std::filesystem::path& path,
                                               std::string_view contents) {
    static std::atomic<unsigned> counter{0};
    std::filesystem::path temporary = path;
    temporary += ".tmp-" + std::to_string(std::random_device{}()) + "-" +
                 std::to_string(counter.fetch_add(1));
    if (auto error = writeAndSync(temporary, contents)) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        return error;
    }
    std::error_code ec;
    std::filesystem::rename(temporary, path, ec);
    if (ec) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        return "cannot replace " + util::utf8Of(path) + ": " + ec.message();
    }
    syncFolder(path.parent_path());
    return std::nullopt;
}

std::optional<std::string> readWholeFile(const std::filesystem::path& path, std::string* error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        if (error)
            *error = "cannot open " + util::utf8Of(path) + ": " + std::strerror(errno);
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
        if (error)
            *error = "cannot read " + util::utf8Of(path);
        return std::nullopt;
    }
    return contents;
}

}  // namespace core::util
