#pragma once

#include <vector>

#include "model/recommendations.h"
#include "models/row_index_table_model.h"

namespace ui::models {

/// A user's test items ranked by prediction (title, genres, actual, predicted, relevant).
class RankedTestItemsModel : public RowIndexTableModel {
    Q_OBJECT
public:
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
