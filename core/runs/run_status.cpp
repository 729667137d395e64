#include "runs/run_status.h"

#include <array>
#include <utility>

namespace core::runs {
namespace {

constexpr std::array<std::pair<RunStatus, std::string_view>, 6> kTexts = {{
    {RunStatus::Running, "running"},
    {RunStatus::Completed, "completed"},
    {RunStatus::EarlyStopped, "early_stopped"},
    {RunStatus::Stopped, "stopped"},
    {RunStatus::Failed, "failed"},
    {RunStatus::Interrupted, "interrupted"},
}};

}  // namespace

std::string_view runStatusText(RunStatus status) {
    for (const auto& [s, text] : kTexts)
        if (s == status)
            return text;
    return "failed";
}

std::optional<RunStatus> runStatusFromText(std::string_view text) {
    for (const auto& [s, t] : kTexts)
        if (t == text)
            return s;
    return std::nullopt;
}

RunStatus runStatusOf(training::TrainingStatus status) {
    switch (status) {
        case training::TrainingStatus::Completed:
            return RunStatus::Completed;
        case training::TrainingStatus::EarlyStopped:
            return RunStatus::EarlyStopped;
        case training::TrainingStatus::Stopped:
            return RunStatus::Stopped;
        case training::TrainingStatus::Failed:
            return RunStatus::Failed;
    }
    return RunStatus::Failed;
}

}  // namespace core::runs
