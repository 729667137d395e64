#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace core::runs {

// The workspace: the folder that holds run folders, and what a user does with them as
// folders (create, list, rename, delete). The files inside are run_record.h's concern.

/// Creates a new, empty run folder in `workspace` named `baseName` (sanitised), adding
/// "-2", "-3", … when the name is taken: an existing run is never reused or overwritten.
std::optional<std::filesystem::path> createRunDirectory(const std::filesystem::path& workspace,
                                                        const std::string& baseName,
                                                        std::string* error);

/// A default run name: "run-20261128-044300".
std::string defaultRunName();

/// Run folders (those holding run.json) in `workspace`, newest first.
std::vector<std::filesystem::path> listRuns(const std::filesystem::path& workspace);

/// Renames a run folder inside its workspace; refuses to replace an existing folder, or to
/// move a run that is training.
std::optional<std::filesystem::path> renameRun(const std::filesystem::path& path,
                                               const std::string& newName, std::string* error);
/// Deletes a run folder (only one that holds run.json, and not while it is training).
std::optional<std::string> deleteRun(const std::filesystem::path& path);

}  // namespace core::runs
