#include "models/user_top_k_models.h"

#include <QBrush>

#include "i18n/locale_text.h"

namespace ui::models {

void RankedTestItemsModel::setItems(std::vector<core::model::RankedTestItem> items) {
    m_items = std::move(items);
    resetRows();
}

QStringList RankedTestItemsModel::headers() const {
    return {tr("Rank"),     tr("Title"),       tr("Genres"),
            tr("Actual ★"), tr("Predicted ★"), tr("Relevant")};
}

QVariant RankedTestItemsModel::cell(int row, int column, int role) const {
    const auto& item = m_items[std::size_t(row)];
    if (role == Qt::ForegroundRole && column == 5)
        return QBrush(item.relevant ? QColor(0x2e, 0x7d, 0x32) : Qt::gray);
    if (role == Qt::TextAlignmentRole && column != 1 && column != 2)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && (column == 1 || column == 2))
        return cell(row, column, Qt::DisplayRole);  // the columns elide when narrow
    if (role == ExportRole) {
        switch (column) {
            case 0:
                return QString::number(row + 1);
            case 3:
                return QString::number(double(item.trueStars));
            case 4:
                return QString::number(item.predictedStars, 'f', 2);
            case 5:
                return item.relevant ? QStringLiteral("yes") : QStringLiteral("no");
        }
        return cell(row, column, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
        case 0:
            return i18n::count(row + 1);
        case 1:
            return QString::fromStdString(item.title);
        case 2:
            return QString::fromStdString(item.genres);
        case 3:
            return i18n::number(item.trueStars,
                                item.trueStars == std::floor(item.trueStars) ? 0 : 1);
        case 4:
            return i18n::number(item.predictedStars, 2);
        case 5:
            return item.relevant ? tr("yes") : tr("no");
    }
    return {};
}

void RecommendationsModel::setItems(std::vector<core::model::Recommendation> items) {
    m_items = std::move(items);
    resetRows();
}

QStringList RecommendationsModel::headers() const {
    return {tr("Rank"), tr("Title"), tr("Year"), tr("Genres"), tr("Predicted ★")};
}

QVariant RecommendationsModel::cell(int row, int column, int role) const {
    const auto& item = m_items[std::size_t(row)];
    if (role == Qt::TextAlignmentRole && (column == 0 || column == 2 || column == 4))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && (column == 1 || column == 3))
        return cell(row, column, Qt::DisplayRole);  // the columns elide when narrow
    if (role == ExportRole) {
        switch (column) {
            case 0:
                return QString::number(row + 1);
            case 4:
                return QString::number(item.predictedStars, 'f', 2);
        }
        return cell(row, column, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
        case 0:
            return i18n::count(row + 1);
        case 1:
            return QString::fromStdString(item.title);
        case 2:
            // A year is a name, not a quantity: never "1,995".
            return item.year ? QString::number(item.year) : QString();
        case 3:
            return QString::fromStdString(item.genres);
        case 4:
            return i18n::number(item.predictedStars, 2);
    }
    return {};
}

}  // namespace ui::models
