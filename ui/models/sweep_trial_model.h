#pragma once

#include <QAbstractTableModel>
#include <QSet>
#include <QSortFilterProxyModel>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sweep/sweep_state.h"

namespace ui::models {

/// One trial as the sweep's table, its CSV and the sweep report show it: the leaderboard's
/// mean objective (± sample standard deviation over repeats), the mean test metrics of its
/// trainings that have them, and where a running training is.
struct TrialRow {
    int number = 0;  ///< Trial::number
    int rank = 0;    ///< leaderboard rank; 0 when not ranked (not completed)
    int order = 0;   ///< position in the leaderboard (0 = first)
    core::sweep::TrainingState state = core::sweep::TrainingState::Pending;
    core::sweep::ParameterValues values;
    std::optional<double> objective;               ///< mean over the trainings that have one
    double spread = 0;                             ///< their sample standard deviation (0 with one)
    int repeats = 0;                               ///< trainings the mean is over
    std::optional<core::sweep::TestSummary> test;  ///< means over trainings with test metrics
    double epochs = 0;                             ///< mean epochs of the trainings that ran
    double seconds = 0;                            ///< wall seconds of all its trainings
    int runningRepeat = -1;                        ///< a running training's repeat, or −1
    int runningEpoch = 0;                          ///< its last finished epoch
    int prunedEpoch = 0;
    std::string note;                   ///< pruned or failed: the reason or message
    std::vector<std::string> runNames;  ///< run folders of its trainings (inside the sweep)
};

/// The rows of every trial, in trial-number order (leaderboard() gives rank and order).
std::vector<TrialRow> trialRows(const core::sweep::SweepState& state);

/// The trials of a sweep as a table: rank, trial, status (running with its epoch, pruned with
/// the epoch and reason, failed with the message), each swept value, the objective (mean ±
/// spread over repeats), the test metrics, epochs and seconds. One source row per trial in
/// trial order; a view sorts and filters through SweepTrialFilter. The best trial's row is
/// highlighted. Live updates insert new trials and refresh the others, so a view's selection
/// survives them. GUI thread only.
class SweepTrialModel : public QAbstractTableModel {
    Q_OBJECT

public:
    /// data(): a number to sort by (the leaderboard's order for the rank column).
    static constexpr int SortRole = Qt::UserRole + 1;
    /// data() of any cell: its row's trial number.
    static constexpr int TrialRole = Qt::UserRole + 2;
    /// data(): true on the best trial's cells.
    static constexpr int BestRole = Qt::UserRole + 3;

    using QAbstractTableModel::QAbstractTableModel;

    /// Shows a sweep's state. `live`: a process runs it now (a training marked running is
    /// running; otherwise it was interrupted).
    void setState(std::shared_ptr<const core::sweep::SweepState> state, bool live);
    const std::shared_ptr<const core::sweep::SweepState>& state() const { return m_state; }
    const std::vector<TrialRow>& rows() const { return m_rows; }
    /// The source row of a trial number, or −1.
    int rowOfTrial(int trial) const;
    /// The best trial's number (rank 1), or 0.
    int bestTrial() const;

    /// A column's key: rank, trial, status, each parameter's key, objective, test_rmse,
    /// test_mae, test_r2, test_precision_at_k, test_ndcg_at_k, epochs, seconds.
    QString columnKey(int column) const;
    int column(const QString& key) const;
    /// The status text of a row ("pruned at epoch 2: …").
    QString statusText(const TrialRow& row) const;
    /// Asks views for every header and cell again (after the UI language changed).
    void refreshTexts();

    /// The leaderboard as CSV, best first: rank, trial, status, each parameter (by key),
    /// objective, spread, repeats, the test metrics, epochs, seconds, pruned_epoch, note, runs;
    /// unrounded numbers in the C locale's form, blank when missing.
    QString toCsv() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    int parameterCount() const;
    QVariant cell(const TrialRow& row, const QString& key, int role) const;

    std::shared_ptr<const core::sweep::SweepState> m_state;
    std::vector<TrialRow> m_rows;
    bool m_live = false;
};

/// Sorts the trial table (by SweepTrialModel::SortRole) and shows only the trials a brush
/// lets through (all when no filter is set).
class SweepTrialFilter : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit SweepTrialFilter(QObject* parent = nullptr);
    /// Shows only these trial numbers; nullopt shows all.
    void setTrialFilter(std::optional<QSet<int>> trials);
    bool isFiltered() const { return m_trials.has_value(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<QSet<int>> m_trials;
};

}  // namespace ui::models
