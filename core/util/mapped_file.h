#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace core::util {

/// A whole file's bytes for reading. On POSIX systems the file is mapped into memory (no copy
/// and no zero-filled buffer: a 650 MB ratings.csv costs no time before it is parsed); elsewhere
/// it is read into a string. Move-only; the bytes live as long as the object.
class MappedFile {
public:
    /// Opens `path`. Returns nullopt and sets *error (naming the path) on failure.
    static std::optional<MappedFile> open(const std::filesystem::path& path, std::string* error);

    MappedFile(MappedFile&&) noexcept;
    MappedFile& operator=(MappedFile&&) noexcept;
    ~MappedFile();

    std::string_view text() const { return m_text; }

private:
    MappedFile() = default;
    void release();

    std::string_view m_text;
    void* m_mapping = nullptr;  // POSIX mapping, or null
    std::size_t m_mappedBytes = 0;
    std::string m_copy;  // the bytes when not mapped
};

}  // namespace core::util
