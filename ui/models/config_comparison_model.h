#pragma once

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace ui::models {

struct RunComparison;

/// The compared runs' configurations side by side: one row per field of core's field table
/// (label in column 0, the key as its tooltip), one column per run with the value as
/// formatFieldValue writes it. Rows whose values differ between runs are highlighted, and
/// can be shown alone. GUI thread only.
class ConfigComparisonModel : public QAbstractTableModel {
    Q_OBJECT

public:
    /// data() of any cell: true when the row's values differ between the runs.
    static constexpr int DiffersRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setComparison(std::shared_ptr<const RunComparison> comparison);
    /// Labels and values again in the language and number format of the moment.
    void refreshTexts();
    /// Shows only the rows whose values differ (all rows when false).
    void setOnlyDifferences(bool only);
    bool onlyDifferences() const { return m_onlyDifferences; }

    /// The dotted key of a shown row ("training.learning_rate").
    QString key(int row) const;
    bool rowDiffers(int row) const;
    /// The keys whose values differ, in field-table order (whether shown or not).
    QStringList differingKeys() const;

    /// The shown rows as CSV: key, setting, one column per run (named by run), differs.
    QString toCsv() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        std::size_t field = 0;  // index into core::config::configFields()
        QStringList values;     // one per run
        bool differs = false;
    };
    void rebuild();

    std::shared_ptr<const RunComparison> m_comparison;
    std::vector<Row> m_all;
    std::vector<std::size_t> m_shown;  // indices into m_all
    bool m_onlyDifferences = false;
};

}  // namespace ui::models
