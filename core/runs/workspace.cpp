#include "runs/workspace.h"

#include <algorithm>
#include <cctype>

#include "runs/run_record.h"
#include "util/file_lock.h"
#include "util/path_text.h"
#include "util/time_text.h"

namespace core::runs {
namespace fs = std::filesystem;

namespace {

std::string sanitise(const std::string& name) {
    std::string out;
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        out += (std::isalnum(u) || c == '-' || c == '_' || c == '.' || u >= 0x80) ? c : '-';
    }
    while (!out.empty() && (out.front() == '.' || out.front() == '-'))
        out.erase(out.begin());
    return out.empty() ? defaultRunName() : out.substr(0, 120);
}

}  // namespace

std::string defaultRunName() {
    return util::formatNow("run-%Y%m%d-%H%M%S", false);
}

std::optional<fs::path> createRunDirectory(const fs::path& workspace, const std::string& baseName,
                                           std::string* error) {
    std::error_code ec;
    fs::create_directories(workspace, ec);
    if (ec) {
        if (error)
            *error = "cannot create the workspace " + util::utf8Of(workspace) + ": " + ec.message();
        return std::nullopt;
    }
    const std::string base = sanitise(baseName);
    for (int attempt = 1; attempt < 10000; ++attempt) {
        const fs::path candidate =
            workspace / (attempt == 1 ? base : base + "-" + std::to_string(attempt));
        // create_directory returns false when the folder exists: the check and the claim are one
        // step.
        if (fs::create_directory(candidate, ec))
            return candidate;
        if (ec) {
            if (error)
                *error = "cannot create " + util::utf8Of(candidate) + ": " + ec.message();
            return std::nullopt;
        }
    }
    if (error)
        *error = "no free run name like " + base + " in " + util::utf8Of(workspace);
    return std::nullopt;
}

std::vector<fs::path> listRuns(const fs::path& workspace) {
    std::vector<std::pair<std::string, fs::path>> runs;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(workspace, ec)) {
        if (!entry.is_directory(ec) || !fs::exists(entry.path() / kRunFile, ec))
            continue;
        const auto summary = readRunSummary(entry.path(), nullptr);
        runs.emplace_back(summary ? summary->created : std::string(), entry.path());
    }
    std::sort(runs.begin(), runs.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second.filename() > b.second.filename();
    });
    std::vector<fs::path> paths;
    for (auto& r : runs)
        paths.push_back(std::move(r.second));
    return paths;
}

std::optional<fs::path> renameRun(const fs::path& path, const std::string& newName,
                                  std::string* error) {
    if (util::FileLock::isHeld(path / kLockFile)) {
        if (error)
            *error = util::utf8Of(path) + " is still training; rename it when it ends";
        return std::nullopt;
    }
    const std::string clean = sanitise(newName);
    const fs::path target = path.parent_path() / clean;
    std::error_code ec;
    if (fs::exists(target, ec)) {
        if (error)
            *error = "a run named " + clean + " already exists";
        return std::nullopt;
    }
    fs::rename(path, target, ec);
    if (ec) {
        if (error)
            *error = "cannot rename " + util::utf8Of(path) + ": " + ec.message();
        return std::nullopt;
    }
    return target;
}

std::optional<std::string> deleteRun(const fs::path& path) {
    std::error_code ec;
    if (!fs::exists(path / kRunFile, ec))
        return util::utf8Of(path) + " is not a run folder (no run.json); not deleted";
    if (util::FileLock::isHeld(path / kLockFile))
        return util::utf8Of(path) + " is still training; stop it first (not deleted)";
    fs::remove_all(path, ec);
    if (ec)
        return "cannot delete " + util::utf8Of(path) + ": " + ec.message();
    return std::nullopt;
}

}  // namespace core::runs
