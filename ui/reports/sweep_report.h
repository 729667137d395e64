#pragma once

#include <QList>
#include <QString>

#include "charts/chart_export.h"
#include "models/parameter_importance.h"
#include "sweep/sweep_state.h"

namespace ui::reports {

/// Writes a sweep report into a new folder <parent>/sweep-report-<sweep name> (-2, -3, … when
/// taken; nothing is overwritten): every chart as PNG at the remembered export size, the
/// leaderboard as leaderboard.csv (`leaderboardCsv`), and report.md with the sweep's summary,
/// the leaderboard as a table, the parameter importance (method and figures), the charts, the
/// specification and the base configuration. Returns the folder, or an empty string and
/// *error. GUI thread (it renders the charts).
QString exportSweepReport(const QString& parentFolder, const core::sweep::SweepState& state,
                          const QString& leaderboardCsv, const models::ImportanceResult& importance,
                          const QList<charts::ChartHandle>& charts, QString* error);

}  // namespace ui::reports
