#include "util/resource_paths.h"

#include <cstdlib>
#include <vector>

#if defined(_WIN32)
#include <windows.h>
#elif defined(__APPLE__)
#include <mach-o/dyld.h>
#endif

#include "util/path_text.h"

namespace core::util {
namespace fs = std::filesystem;

fs::path executablePath(const char* argv0) {
    std::error_code ec;
#if defined(_WIN32)
    std::wstring buffer(32768, L'\0');  // long paths (\\?\…) fit
    const DWORD n = GetModuleFileNameW(nullptr, buffer.data(), DWORD(buffer.size()));
    if (n > 0 && n < buffer.size())
        return fs::path(buffer.substr(0, n));
#elif defined(__APPLE__)
    std::uint32_t size = 0;
    _NSGetExecutablePath(nullptr, &size);
    std::string buffer(size, '\0');
    if (_NSGetExecutablePath(buffer.data(), &size) == 0)
        return fs::weakly_canonical(fs::path(buffer.c_str()), ec);
#else
    if (auto exe = fs::read_symlink("/proc/self/exe", ec); !ec)
        return exe;
#endif
    return argv0 ? fs::absolute(argv0, ec) : fs::path();
}

std::vector<fs::path> resourceRoots(const char* argv0) {
    std::vector<fs::path> roots;
#if defined(_WIN32)
    if (const wchar_t* env = _wgetenv(L"RW_RESOURCE_DIR"))
        roots.emplace_back(env);
#else
    if (const char* env = std::getenv("RW_RESOURCE_DIR"))
        roots.emplace_back(env);
#endif
    const fs::path exe = executablePath(argv0);
    if (exe.empty())
        return roots;
    const fs::path dir = exe.parent_path();
    roots.push_back(dir / "resources");  // Windows: next to the .exe
    roots.push_back(dir.parent_path() / "share" / "ratings-workbench");  // <prefix>/bin → share
    roots.push_back(dir.parent_path() / "Resources");                    // macOS: the .app bundle
#if defined(RW_SOURCE_RESOURCE_DIR) && defined(RW_BUILD_DIR)
    // Only a program still in the build tree falls back to the source tree it was built from;
    // an installed copy of the same binary never does.
    const auto build = fs::path(RW_BUILD_DIR).lexically_normal().generic_string();
    if (exe.lexically_normal().generic_string().rfind(build + "/", 0) == 0)
        roots.emplace_back(RW_SOURCE_RESOURCE_DIR);
#endif
    return roots;
}

std::optional<fs::path> findResource(const std::string& relative, const char* argv0) {
    std::error_code ec;
    for (const auto& root : resourceRoots(argv0)) {
        const auto candidate = root / pathFromUtf8(relative);
        if (fs::exists(candidate, ec))
            return candidate;
    }
    return std::nullopt;
}

}  // namespace core::util
