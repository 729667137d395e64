#pragma once

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QStringList>

#include <atomic>
#include <limits>
#include <memory>
#include <vector>

namespace ui::models {

/// Base of the read-only tables over core data: keeps a vector of visible source rows, so
/// sorting and filtering a million ratings is an index permutation, not a copy.
/// Subclasses describe columns and rows. GUI thread only; above a size set with
/// setBackgroundIndexing, the filtered and sorted index is built on a worker thread.
class RowIndexTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit RowIndexTableModel(QObject* parent = nullptr);
    ~RowIndexTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    /// Shows only rows that match `text` (see rowMatches); empty shows all.
    void setFilterText(const QString& text);
    /// Shows at most `limit` rows: the first ones (in source order) that match the filter.
    /// A view's header keeps per-row state, so 25 million rows would cost a second and
    /// hundreds of megabytes in the window's thread.
    void setRowLimit(int limit) { m_rowLimit = limit; }
    /// True when rows that match were left out by the limit.
    bool isLimited() const { return m_limited; }
    /// From `sourceRows` source rows on, filtering and sorting run on a worker thread (the
    /// rows shown stay until the new ones are ready; indexingChanged tells). A subclass that
    /// allows it calls stopIndexing() before it changes its source and in its destructor, and
    /// its cell, sortKey and rowMatches must only read the source.
    void setBackgroundIndexing(int sourceRows) { m_backgroundFrom = sourceRows; }
    /// True while a filter or sort is being worked out in the background.
    bool isIndexing() const { return m_indexing; }
    /// Announces every header and cell as changed: they are written with tr() and the
    /// locale's numbers when asked for, so a language change only needs the views to ask again.
    void refreshTexts();
    /// Source row shown at a view row.
    int sourceRow(int viewRow) const { return m_identity ? viewRow : m_rows[std::size_t(viewRow)]; }

signals:
    void indexingChanged(bool indexing);

protected:
    /// Call after the source data changed.
    void resetRows();
    /// Cancels and waits for a background filter or sort (see setBackgroundIndexing).
    void stopIndexing();
    virtual int sourceRowCount() const = 0;
    virtual QStringList headers() const = 0;
    virtual QVariant cell(int sourceRow, int column, int role) const = 0;
    /// Sort key: numbers sort numerically, strings by locale-aware comparison.
    virtual QVariant sortKey(int sourceRow, int column) const {
        return cell(sourceRow, column, Qt::DisplayRole);
    }
    virtual bool rowMatches(int sourceRow, const QString& text) const;

private:
    struct Index;
    // The rows that match `filter` (at most `limit` of them), sorted by `column` (< 0: none).
    // Reads only the source; returns null when `cancel` was set.
    std::shared_ptr<Index> buildIndex(const QString& filter, int column, Qt::SortOrder order,
                                      int limit, const std::atomic<bool>* cancel) const;
    void showIndex(const Index& index);
    void setIndexing(bool indexing);

    std::vector<int> m_rows;  // view row → source row, unless m_identity
    bool m_identity = true;   // no filter and no sort: view row r is source row r
    int m_sourceRows = 0;
    int m_rowLimit = std::numeric_limits<int>::max();
    bool m_limited = false;
    QString m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_backgroundFrom = std::numeric_limits<int>::max();
    bool m_indexing = false;
    std::atomic<bool> m_cancel{false};
    QFutureWatcher<std::shared_ptr<Index>> m_watcher;
};

}  // namespace ui::models
