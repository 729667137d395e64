#include "models/row_index_table_model.h"

#include <QCollator>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <numeric>

namespace ui::models {

int RowIndexTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0
           : m_identity     ? std::min(m_sourceRows, m_rowLimit)
                            : int(m_rows.size());
}

int RowIndexTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(headers().size());
}

QVariant RowIndexTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    return cell(sourceRow(index.row()), index.column(), role);
}

QVariant RowIndexTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    const auto h = headers();
    return section >= 0 && section < h.size() ? QVariant(h[section]) : QVariant();
}

void RowIndexTableModel::refreshTexts() {
    const int columns = columnCount();
    if (columns == 0)
        return;
    emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columns - 1));
}

bool RowIndexTableModel::rowMatches(int sourceRow, const QString& text) const {
    for (int c = 0; c < columnCount(); ++c)
        if (cell(sourceRow, c, Qt::DisplayRole).toString().contains(text, Qt::CaseInsensitive))
            return true;
    return false;
}

struct RowIndexTableModel::Index {
    std::vector<int> rows;
    bool identity = true;
    bool limited = false;
};

RowIndexTableModel::RowIndexTableModel(QObject* parent) : QAbstractTableModel(parent) {
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Index>>::finished, this, [this] {
        const auto index = m_watcher.result();
        if (!index)  // cancelled: a newer request follows or the source changed
            return;
        showIndex(*index);
        setIndexing(false);
    });
}

RowIndexTableModel::~RowIndexTableModel() {
    stopIndexing();
}

void RowIndexTableModel::stopIndexing() {
    if (!m_watcher.isRunning())
        return;
    m_cancel.store(true);
    m_watcher.waitForFinished();
    m_cancel.store(false);
}

void RowIndexTableModel::setIndexing(bool indexing) {
    if (m_indexing == indexing)
        return;
    m_indexing = indexing;
    emit indexingChanged(indexing);
}

std::shared_ptr<RowIndexTableModel::Index> RowIndexTableModel::buildIndex(
    const QString& filter, int column, Qt::SortOrder order, int limit,
    const std::atomic<bool>* cancel) const {
    const auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    auto index = std::make_shared<Index>();
    const int sourceRows = sourceRowCount();
    // Unfiltered and unsorted, view row r is source row r: no index of 25 million rows to build.
    index->identity = filter.isEmpty() && column < 0;
    index->limited = sourceRows > limit;
    if (index->identity)
        return index;
    auto& rows = index->rows;
    if (filter.isEmpty()) {
        rows.resize(std::size_t(std::min(sourceRows, limit)));
        std::iota(rows.begin(), rows.end(), 0);
    } else {
        index->limited = false;
        for (int r = 0; r < sourceRows; ++r) {
            if (r % 65536 == 0 && cancelled())
                return nullptr;
            if (!rowMatches(r, filter))
                continue;
            if (int(rows.size()) == limit) {
                index->limited = true;
                break;
            }
            rows.push_back(r);
        }
    }
    if (column < 0)
        return index;
    // Keys once per row, then a sort of positions.
    std::vector<QVariant> keys(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (i % 65536 == 0 && cancelled())
            return nullptr;
        keys[i] = sortKey(rows[i], column);
    }
    QCollator collator;
    collator.setNumericMode(true);
    const auto less = [&](std::size_t a, std::size_t b) {
        const QVariant& x = keys[a];
        const QVariant& y = keys[b];
        if (x.typeId() == QMetaType::QString || y.typeId() == QMetaType::QString)
            return collator.compare(x.toString(), y.toString()) < 0;
        return x.toDouble() < y.toDouble();
    };
    std::vector<std::size_t> positions(rows.size());
    std::iota(positions.begin(), positions.end(), std::size_t{0});
    if (order == Qt::AscendingOrder)
        std::stable_sort(positions.begin(), positions.end(), less);
    else
        std::stable_sort(positions.begin(), positions.end(),
                         [&](std::size_t a, std::size_t b) { return less(b, a); });
    std::vector<int> sorted(rows.size());
    for (std::size_t i = 0; i < positions.size(); ++i)
        sorted[i] = rows[positions[i]];
    rows = std::move(sorted);
    return index;
}

void RowIndexTableModel::showIndex(const Index& index) {
    beginResetModel();
    m_rows = index.rows;
    m_identity = index.identity;
    m_limited = index.limited;
    m_sourceRows = sourceRowCount();
    endResetModel();
}

void RowIndexTableModel::resetRows() {
    stopIndexing();
    const QString filter = m_filter.trimmed();
    const int column = m_sortColumn, limit = m_rowLimit;
    const Qt::SortOrder order = m_sortOrder;
    if (sourceRowCount() < m_backgroundFrom || (filter.isEmpty() && column < 0)) {
        showIndex(*buildIndex(filter, column, order, limit, nullptr));
        setIndexing(false);
        return;
    }
    setIndexing(true);
    m_watcher.setFuture(QtConcurrent::run([this, filter, column, order, limit] {
        return buildIndex(filter, column, order, limit, &m_cancel);
    }));
}

void RowIndexTableModel::setFilterText(const QString& text) {
    m_filter = text;
    resetRows();
}

void RowIndexTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= columnCount())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (sourceRowCount() >= m_backgroundFrom) {
        resetRows();
        return;
    }
    // A small table sorts at once, and selections follow their rows.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sources;
    for (const auto& i : before)
        sources.push_back(sourceRow(i.row()));
    const auto index = buildIndex(m_filter.trimmed(), column, order, m_rowLimit, nullptr);
    m_rows = index->rows;
    m_identity = index->identity;
    m_limited = index->limited;
    std::vector<int> viewRowOf(std::size_t(sourceRowCount()), -1);
    for (int r = 0; r < rowCount(); ++r)
        viewRowOf[std::size_t(sourceRow(r))] = r;
    QModelIndexList after;
    for (int k = 0; k < before.size(); ++k) {
        const int row = viewRowOf[std::size_t(sources[std::size_t(k)])];
        after << (row < 0 ? QModelIndex() : this->index(row, before[k].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

}  // namespace ui::models
