#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace ui::models {

/// Base of the read-only tables over core data: keeps a vector of visible source rows, so
/// sorting and filtering a million ratings is an index permutation, not a copy.
/// Subclasses describe columns and rows. GUI thread only.
class RowIndexTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    /// Shows only rows that match `text` (see rowMatches); empty shows all.
    void setFilterText(const QString& text);
    /// Announces every header and cell as changed: they are written with tr() and the
    /// locale's numbers when asked for, so a language change only needs the views to ask again.
    void refreshTexts();
    /// Source row shown at a view row.
    int sourceRow(int viewRow) const { return m_rows[std::size_t(viewRow)]; }

protected:
    /// Call after the source data changed.
    void resetRows();
    virtual int sourceRowCount() const = 0;
    virtual QStringList headers() const = 0;
    virtual QVariant cell(int sourceRow, int column, int role) const = 0;
    /// Sort key: numbers sort numerically, strings by locale-aware comparison.
    virtual QVariant sortKey(int sourceRow, int column) const {
        return cell(sourceRow, column, Qt::DisplayRole);
    }
    virtual bool rowMatches(int sourceRow, const QString& text) const;

private:
    std::vector<int> m_rows;
    QString m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

}  // namespace ui::models
