#include "util/file_lock.h"
#include "util/path_text.h"

#include <cerrno>
#include <cstring>

#ifdef _WIN32
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace core::util {

#ifdef _WIN32

namespace {
HANDLE openLockFile(const std::filesystem::path& path, DWORD disposition) {
    return CreateFileW(path.c_str(), GENERIC_READ | GENERIC_WRITE,
                       FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, disposition,
                       FILE_ATTRIBUTE_NORMAL, nullptr);
}
}  // namespace

std::unique_ptr<FileLock> FileLock::acquire(const std::filesystem::path& path, std::string* error) {
    HANDLE h = openLockFile(path, OPEN_ALWAYS);
    if (h == INVALID_HANDLE_VALUE) {
        if (error)
            *error = "cannot create " + util::utf8Of(path);
        return nullptr;
    }
    OVERLAPPED at{};
    if (!LockFileEx(h, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &at)) {
        CloseHandle(h);
        if (error)
            *error = util::utf8Of(path) + " is locked by another process";
        return nullptr;
    }
    return std::unique_ptr<FileLock>(new FileLock(path, reinterpret_cast<std::intptr_t>(h)));
}

bool FileLock::isHeld(const std::filesystem::path& path) {
    HANDLE h = openLockFile(path, OPEN_EXISTING);
    if (h == INVALID_HANDLE_VALUE)
        return false;
    OVERLAPPED at{};
    const bool free = LockFileEx(h, LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &at);
    if (free)
        UnlockFileEx(h, 0, 1, 0, &at);
    CloseHandle(h);
    return !free;
}

FileLock::~FileLock() {
    HANDLE h = reinterpret_cast<HANDLE>(m_handle);
    OVERLAPPED at{};
    UnlockFileEx(h, 0, 1, 0, &at);
    CloseHandle(h);
    std::error_code ignored;
    std::filesystem::remove(m_path, ignored);
}

#else

// flock(): held per open file, so a second open in the same process conflicts too (the window
// sees its own training run as running), and released by the kernel when the process dies.
std::unique_ptr<FileLock> FileLock::acquire(const std::filesystem::path& path, std::string* error) {
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    if (fd < 0) {
        if (error)
            *error = "cannot create " + util::utf8Of(path) + ": " + std::strerror(errno);
        return nullptr;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int e = errno;
        ::close(fd);
        if (error)
            *error = util::utf8Of(path) + (e == EWOULDBLOCK
                                               ? std::string(" is locked by another process")
                                               : ": " + std::string(std::strerror(e)));
        return nullptr;
    }
    return std::unique_ptr<FileLock>(new FileLock(path, fd));
}

bool FileLock::isHeld(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool free = ::flock(fd, LOCK_SH | LOCK_NB) == 0;
    ::close(fd);  // also drops the shared lock just taken
    return !free;
}

FileLock::~FileLock() {
    // Remove first, then unlock: a reader never finds the file present but unlocked while
    // the holder is still finishing.
    std::error_code ignored;
    std::filesystem::remove(m_path, ignored);
    ::close(int(m_handle));
}

#endif

}  // namespace core::util
