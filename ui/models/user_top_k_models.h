#pragma once

#include <vector>

#include "model/recommendations.h"
#include "models/row_index_table_model.h"

namespace ui::models {

// The per-user tables of the Users page. They show numbers in the UI locale; ExportRole gives
// each cell as a file holds it (C locale, "4.25"), for CSV export.

/// A user's test items ranked by prediction (title, genres, actual, predicted, relevant).
class RankedTestItemsModel : public RowIndexTableModel {
    Q_OBJECT
public:
    /// A cell as CSV writes it (C-locale numbers, "yes"/"no" untranslated).
    static constexpr int ExportRole = Qt::UserRole + 1;
    using RowIndexTableModel::RowIndexTableModel;
    void setItems(std::vector<core::model::RankedTestItem> items);
    const std::vector<core::model::RankedTestItem>& items() const { return m_items; }

protected:
    int sourceRowCount() const override { return int(m_items.size()); }
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    std::vector<core::model::RankedTestItem> m_items;
};

/// The best-predicted movies a user has not rated.
class RecommendationsModel : public RowIndexTableModel {
    Q_OBJECT
public:
    /// A cell as CSV writes it (C-locale numbers).
    static constexpr int ExportRole = RankedTestItemsModel::ExportRole;
    using RowIndexTableModel::RowIndexTableModel;
    void setItems(std::vector<core::model::Recommendation> items);
    const std::vector<core::model::Recommendation>& items() const { return m_items; }

protected:
    int sourceRowCount() const override { return int(m_items.size()); }
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    std::vector<core::model::Recommendation> m_items;
};

}  // namespace ui::models
