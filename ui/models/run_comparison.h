#pragma once

#include <QString>
#include <QStringList>

#include <filesystem>
#include <vector>

#include "runs/run_record.h"

namespace ui::models {

/// The runs of one comparison, read from their folders: configuration, history, predictions
/// and test metrics of each (no model weights). A run without test metrics (interrupted,
/// failed) is kept with what it has. Plain value, built off the GUI thread by
/// readRunComparison, then shared read-only with the comparison page's tables and charts.
struct RunComparison {
    std::vector<core::runs::RunRecord> runs;  ///< in the order asked for, unreadable ones left out
    QStringList problems;                     ///< one line per folder that could not be read

    /// The run's display name (its folder name).
    QString name(std::size_t run) const { return QString::fromStdString(runs[run].summary.name); }
};

/// Reads the run folders (readRun each, so each run's metrics are recomputed from its
/// predictions). Takes a fraction of a second per ml-1m run: call it off the GUI thread.
/// Thread-safe; never throws (an exception while reading a folder becomes its problem line).
RunComparison readRunComparison(const std::vector<std::filesystem::path>& folders);

}  // namespace ui::models
