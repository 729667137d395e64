#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace core::util {

/// An exclusive lock on a file, held while the object lives. The operating system drops it
/// when the holding process ends in any way (exit, crash, kill -9, power loss), which is what
/// tells a run still training from one whose process is gone. Advisory: it stops only other
/// FileLock users. Any thread; one object per holder.
class FileLock {
public:
    /// Creates `path` if needed and locks it. Null (error set, naming the path) when another
    /// holder has it or it cannot be created.
    static std::unique_ptr<FileLock> acquire(const std::filesystem::path& path, std::string* error);

    /// True when some live process (this one included) holds the lock on `path`; false when
    /// the file is absent or nobody holds it.
    static bool isHeld(const std::filesystem::path& path);

    /// Releases the lock and removes the file.
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

private:
    FileLock(std::filesystem::path path, std::intptr_t handle)
        : m_path(std::move(path)), m_handle(handle) {}
    std::filesystem::path m_path;
    std::intptr_t m_handle;  ///< file descriptor (POSIX) or HANDLE (Windows)
};

}  // namespace core::util
