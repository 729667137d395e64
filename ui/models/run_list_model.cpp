#include "models/run_list_model.h"

#include <QDateTime>

#include "models/movielens_labels.h"
#include "runs/workspace.h"

namespace ui::models {

void RunListModel::setWorkspace(const std::filesystem::path& workspace) {
    m_workspace = workspace;
    m_paths.clear();
    m_summaries.clear();
    m_rmse.clear();
    for (const auto& path : core::runs::listRuns(workspace)) {
        const auto summary = core::runs::readRunSummary(path, nullptr);
        if (!summary)
            continue;
        const double rmse =
            summary->hasMetrics ? core::runs::readSavedTestRmse(path).value_or(-1) : -1;
        m_paths.push_back(path);
        m_summaries.push_back(*summary);
        m_rmse.push_back(rmse);
    }
    resetRows();
}

QStringList RunListModel::headers() const {
    return {tr("Name"),   tr("Tag"),        tr("Status"),      tr("Created"),
            tr("Epochs"), tr("Best epoch"), tr("Test RMSE ★"), tr("Device")};
}

QVariant RunListModel::cell(int row, int column, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    const auto& s = m_summaries[std::size_t(row)];
    switch (column) {
        case 0:
            return QString::fromStdString(s.name);
        case 1:
            return QString::fromStdString(s.tag);
        case 2:
            return runStatusLabel(s.status);
        case 3: {
            const auto when = QDateTime::fromString(QString::fromStdString(s.created), Qt::ISODate);
            return when.isValid() ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                  : QString::fromStdString(s.created);
        }
        case 4:
            return s.epochs;
        case 5:
            return s.bestEpoch;
        case 6:
            return m_rmse[std::size_t(row)] >= 0
                       ? QVariant(QString::number(m_rmse[std::size_t(row)] * 5.0, 'f', 4))
                       : QVariant();
        case 7:
            return s.deviceName.empty() ? QString::fromUtf8(core::training::deviceText(s.device))
                                        : QString::fromStdString(s.deviceName);
    }
    return {};
}

}  // namespace ui::models
