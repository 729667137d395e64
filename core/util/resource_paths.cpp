#include "util/resource_paths.h"

#include <cstdlib>
#include <vector>

namespace core::util {

std::optional<std::filesystem::path> findResource(const std::string& relative, const char* argv0) {
    namespace fs = std::filesystem;
    std::vector<fs::path> roots;
    if (const char* env = std::getenv("RW_RESOURCE_DIR"))
        roots.emplace_back(env);
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec && argv0)
        exe = fs::absolute(argv0, ec);
    if (!exe.empty()) {
        roots.push_back(exe.parent_path() / "resources");
        roots.push_back(exe.parent_path().parent_path() / "share" / "ratings-workbench");
    }
#ifdef RW_SOURCE_RESOURCE_DIR
    roots.emplace_back(RW_SOURCE_RESOURCE_DIR);
#endif
    for (const auto& root : roots) {
        const auto candidate = root / relative;
        if (fs::exists(candidate, ec))
            return candidate;
    }
    return std::nullopt;
}

}  // namespace core::util
