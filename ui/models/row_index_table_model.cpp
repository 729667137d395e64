#include "models/row_index_table_model.h"

#include <QCollator>

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

void RowIndexTableModel::resetRows() {
    beginResetModel();
    m_rows.clear();
    m_sourceRows = sourceRowCount();
    const QString filter = m_filter.trimmed();
    // Unfiltered and unsorted, view row r is source row r: no index of 25 million rows to build.
    m_identity = filter.isEmpty() && m_sortColumn < 0;
    m_limited = m_identity && m_sourceRows > m_rowLimit;
    if (!m_identity) {
        m_rows.reserve(std::size_t(std::min(m_sourceRows, m_rowLimit)));
        for (int r = 0; r < m_sourceRows; ++r) {
            if (!filter.isEmpty() && !rowMatches(r, filter))
                continue;
            if (int(m_rows.size()) == m_rowLimit) {
                m_limited = true;
                break;
            }
            m_rows.push_back(r);
        }
    }
    endResetModel();
    if (m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder);
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
    emit layoutAboutToBeChanged();
    if (m_identity) {
        m_rows.resize(std::size_t(std::min(m_sourceRows, m_rowLimit)));
        std::iota(m_rows.begin(), m_rows.end(), 0);
        m_identity = false;
    }
    // Keys once per row, then an index sort.
    std::vector<QVariant> keys(static_cast<std::size_t>(sourceRowCount()));
    for (const int r : m_rows)
        keys[std::size_t(r)] = sortKey(r, column);
    QCollator collator;
    collator.setNumericMode(true);
    const auto less = [&](int a, int b) {
        const QVariant& x = keys[std::size_t(a)];
        const QVariant& y = keys[std::size_t(b)];
        if (x.typeId() == QMetaType::QString || y.typeId() == QMetaType::QString)
            return collator.compare(x.toString(), y.toString()) < 0;
        return x.toDouble() < y.toDouble();
    };
    if (order == Qt::AscendingOrder)
        std::stable_sort(m_rows.begin(), m_rows.end(), less);
    else
        std::stable_sort(m_rows.begin(), m_rows.end(), [&](int a, int b) { return less(b, a); });
    emit layoutChanged();
}

}  // namespace ui::models
