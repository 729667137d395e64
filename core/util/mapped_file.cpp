#include "util/mapped_file.h"

#include <cerrno>
#include <cstring>
#include <utility>

#include "util/atomic_file.h"
#include "util/path_text.h"

#if defined(__unix__) || defined(__APPLE__)
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#define RW_HAVE_MMAP 1
#endif

namespace core::util {

std::optional<MappedFile> MappedFile::open(const std::filesystem::path& path, std::string* error) {
    MappedFile file;
#ifdef RW_HAVE_MMAP
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (error)
            *error = "cannot open " + util::utf8Of(path) + ": " + std::strerror(errno);
        return std::nullopt;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        if (error)
            *error = "cannot read " + util::utf8Of(path) + ": " + std::strerror(errno);
        ::close(fd);
        return std::nullopt;
    }
    if (st.st_size > 0) {
        void* mapping = ::mmap(nullptr, std::size_t(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
        if (mapping != MAP_FAILED) {
            ::madvise(mapping, std::size_t(st.st_size), MADV_SEQUENTIAL);
            file.m_mapping = mapping;
            file.m_mappedBytes = std::size_t(st.st_size);
            file.m_text = std::string_view(static_cast<const char*>(mapping), file.m_mappedBytes);
            ::close(fd);
            return file;
        }
    }
    ::close(fd);  // empty, or not mappable (a pipe, a special file): read it
#endif
    auto copy = readWholeFile(path, error);
    if (!copy)
        return std::nullopt;
    file.m_copy = std::move(*copy);
    file.m_text = file.m_copy;
    return file;
}

MappedFile::MappedFile(MappedFile&& other) noexcept {
    *this = std::move(other);
}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
    if (this == &other)
        return *this;
    release();
    m_mapping = std::exchange(other.m_mapping, nullptr);
    m_mappedBytes = std::exchange(other.m_mappedBytes, 0);
    m_copy = std::move(other.m_copy);
    m_text = m_mapping ? std::exchange(other.m_text, {}) : std::string_view(m_copy);
    other.m_text = {};
    return *this;
}

MappedFile::~MappedFile() {
    release();
}

void MappedFile::release() {
#ifdef RW_HAVE_MMAP
    if (m_mapping)
        ::munmap(m_mapping, m_mappedBytes);
#endif
    m_mapping = nullptr;
    m_mappedBytes = 0;
    m_text = {};
}

}  // namespace core::util
