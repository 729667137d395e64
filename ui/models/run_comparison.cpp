#include "models/run_comparison.h"
#include "models/file_paths.h"

#include <QCoreApplication>

#include <exception>
#include <optional>

namespace ui::models {

RunComparison readRunComparison(const std::vector<std::filesystem::path>& folders) {
    RunComparison comparison;
    comparison.runs.reserve(folders.size());
    for (const auto& folder : folders) {
        std::string error;
        std::optional<core::runs::RunRecord> record;
        // The one place the background read ends: a file that throws (out of memory on a huge
        // predictions.csv, a filesystem error) becomes that run's problem line.
        try {
            record = core::runs::readRun(folder, &error);
        } catch (const std::exception& e) {
            error = e.what();
        }
        if (record)
            comparison.runs.push_back(std::move(*record));
        else
            comparison.problems << QCoreApplication::translate("ui::models::RunComparison",
                                                               "%1 could not be read: %2")
                                       .arg(models::fromPath(folder.filename()),
                                            QString::fromStdString(error));
    }
    return comparison;
}

}  // namespace ui::models
