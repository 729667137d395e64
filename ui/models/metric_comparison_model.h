#pragma once

#include <QAbstractTableModel>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace core::runs {
struct RunRecord;
}

namespace ui::models {

struct RunComparison;

/// The compared runs' outcomes side by side: status, epochs, best validation loss, training
/// time and the test metrics (RMSE and MAE in stars and normalised, R², Precision@k and both
/// NDCG@k), one row each, one column per run. In rows with a direction (lower or higher is
/// better) the best value among the runs that have one is marked. A run without test metrics
/// shows blanks in the metric rows. GUI thread only.
class MetricComparisonModel : public QAbstractTableModel {
    Q_OBJECT

public:
    /// data() of a run's cell: true when it holds the row's best value.
    static constexpr int BestRole = Qt::UserRole + 1;
    /// data() of a run's cell: the unrounded value (double), or null when the run has none.
    static constexpr int ValueRole = Qt::UserRole + 2;

    enum class Better { None, Lower, Higher };

    using QAbstractTableModel::QAbstractTableModel;

    void setComparison(std::shared_ptr<const RunComparison> comparison);
    /// Labels and cells again in the language and number format of the moment.
    void refreshTexts();

    /// The row of a metric key (see toCsv), or −1: status, epochs, best_epoch,
    /// best_validation_loss, training_seconds, rmse_stars, rmse, mae_stars, mae, r2,
    /// precision_at_k, ndcg_at_k_notebook, ndcg_at_k.
    int row(const QString& key) const;
    QString key(int row) const;
    bool isBest(int row, int run) const;

    /// The table as CSV: metric key, metric, one column per run (named by run; unrounded
    /// values in the C locale's form, blank when missing), and the best run(s) of the row.
    QString toCsv() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Spec {
        const char* key;
        QString label;
        Better better;
        /// The value of a run, or nullopt (no metrics, no epoch yet).
        std::function<std::optional<double>(const core::runs::RunRecord&)> value;
        /// The cell text of a value.
        std::function<QString(const core::runs::RunRecord&, double)> text;
    };
    std::vector<Spec> specs() const;
    QString cellText(int row, int run) const;

    std::shared_ptr<const RunComparison> m_comparison;
    std::vector<Spec> m_specs;
    std::vector<std::vector<bool>> m_best;  // [row][run]
};

}  // namespace ui::models
