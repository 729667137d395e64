#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include "config/experiment_config.h"
#include "metrics/test_evaluation.h"
#include "models/row_index_table_model.h"
#include "runs/run_record.h"

namespace ui::models {

/// The runs of a workspace folder, newest first: run.json, the saved test metrics
/// (metrics.json) and the key hyperparameters (config.yaml) of each, without reading
/// predictions or weights. Numbers are shown in the UI locale (ui/i18n/locale_text.h); sorting
/// a column orders its raw values (SortRole), so 0.85 < 0.9 < 1.02 and 64 < 512 < 1024 in any
/// language, and a run without a value (no test metrics, a hyperparameter its model kind does
/// not have) sorts after the others in either order.
class RunListModel : public RowIndexTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Tag,
        Status,
        Created,
        ModelKind,
        Epochs,
        BestEpoch,
        TestRmse,
        TestMae,
        R2,
        Precision,
        Ndcg,
        UserEmbedding,
        MovieEmbedding,
        LearningRate,
        BatchSize,
        Device,
        ColumnCount
    };
    /// The raw value of a cell (double, or a string for text columns): what sorting compares.
    static constexpr int SortRole = Qt::UserRole;

    using RowIndexTableModel::RowIndexTableModel;
    /// Re-reads the workspace.
    void setWorkspace(const std::filesystem::path& workspace);
    void refresh() { setWorkspace(m_workspace); }
    const std::filesystem::path& workspace() const { return m_workspace; }
    std::filesystem::path runPath(int viewRow) const {
        return m_runs[std::size_t(sourceRow(viewRow))].path;
    }
    const core::runs::RunSummary& summary(int viewRow) const {
        return m_runs[std::size_t(sourceRow(viewRow))].summary;
    }
    /// The view row of a run folder, or -1.
    int rowOf(const std::filesystem::path& runPath) const;

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

protected:
    int sourceRowCount() const override { return int(m_runs.size()); }
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;
    QVariant sortKey(int row, int column) const override { return cell(row, column, SortRole); }

private:
    struct Run {
        std::filesystem::path path;
        core::runs::RunSummary summary;
        std::optional<core::metrics::TestMetrics> metrics;     ///< metrics.json, when saved
        std::optional<core::config::ExperimentConfig> config;  ///< config.yaml, when readable
    };
    QVariant rawValue(const Run& run, int column) const;

    std::filesystem::path m_workspace;
    std::vector<Run> m_runs;
    int m_k = 10;  ///< the runs' ranking cut-off (0 when they differ)
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;  ///< of the sort in progress (blanks last)
};

}  // namespace ui::models
