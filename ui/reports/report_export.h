#pragma once

#include <QList>
#include <QString>

#include "charts/chart_export.h"

namespace ui::models {
struct RunView;
}

namespace ui::reports {

/// Writes a report into a new folder <parent>/report-<run name> (-2, -3, … when taken; nothing
/// is overwritten): every chart as PNG at the remembered export size, and report.md with the
/// run summary, the test metrics, the per-epoch history and the configuration. Returns the
/// folder, or an empty string and *error.
QString exportReport(const QString& parentFolder, const models::RunView& run,
                     const QList<charts::ChartHandle>& charts, QString* error);

}  // namespace ui::reports
