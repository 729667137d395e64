#pragma once

#include <filesystem>
#include <vector>

#include "models/row_index_table_model.h"
#include "runs/run_record.h"

namespace ui::models {

/// The runs of a workspace folder (run.json of each), newest first.
class RunListModel : public RowIndexTableModel {
    Q_OBJECT
public:
    using RowIndexTableModel::RowIndexTableModel;
    /// Re-reads the workspace.
    void setWorkspace(const std::filesystem::path& workspace);
    void refresh() { setWorkspace(m_workspace); }
    const std::filesystem::path& workspace() const { return m_workspace; }
    std::filesystem::path runPath(int viewRow) const {
        return m_paths[std::size_t(sourceRow(viewRow))];
    }
    const core::runs::RunSummary& summary(int viewRow) const {
        return m_summaries[std::size_t(sourceRow(viewRow))];
    }

protected:
    int sourceRowCount() const override { return int(m_summaries.size()); }
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    std::filesystem::path m_workspace;
    std::vector<std::filesystem::path> m_paths;
    std::vector<core::runs::RunSummary> m_summaries;
    std::vector<double> m_rmse;
};

}  // namespace ui::models
