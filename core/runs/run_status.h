#pragma once

#include <optional>
#include <string_view>

#include "training/trainer.h"

namespace core::runs {

/// Where a run is, as run lists show it.
enum class RunStatus {
    Running,       ///< its training process holds the folder's lock
    Completed,     ///< trained all max_epochs
    EarlyStopped,  ///< stopped by early stopping
    Stopped,       ///< stopped by the user; the best epoch so far was saved
    Failed,        ///< training could not go on (the message says why)
    Interrupted,   ///< says Running, but its process is gone: read from a folder, never written
};

/// The one text of each status, as in run.json and the CLI: "running", "completed",
/// "early_stopped", "stopped", "failed", "interrupted".
std::string_view runStatusText(RunStatus status);
/// The status of a text; nullopt for any other text.
std::optional<RunStatus> runStatusFromText(std::string_view text);
/// How a trainModel outcome reads as a run status.
RunStatus runStatusOf(training::TrainingStatus status);

}  // namespace core::runs
