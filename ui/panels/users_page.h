#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace ui::models {
class Session;
class RankedTestItemsModel;
class RecommendationsModel;
}  // namespace ui::models

namespace ui::panels {

/// Per-user top-k: pick a user (by id, with completion), see who they are, their test items
/// ranked by prediction with their Precision@k and NDCG@k, and the best-predicted movies they
/// have not rated. Both tables export to CSV.
class UsersPage : public QWidget {
    Q_OBJECT

public:
    UsersPage(models::Session* session, QWidget* parent = nullptr);
    /// Shows a user; false (and a message in place) when the run does not know the user.
    bool showUser(int userId);
    models::RankedTestItemsModel* testItems() const { return m_tested; }
    models::RecommendationsModel* recommendations() const { return m_recommended; }
    /// Writes a table as CSV (UTF-8, header row). Returns an error message or empty.
    QString exportCsv(bool recommendationsTable, const QString& path) const;

private:
    void onRunChanged();
    void chooseAndExport(bool recommendationsTable);

    models::Session* m_session;
    QLineEdit* m_user;
    QLabel* m_info;
    QLabel* m_metrics;
    models::RankedTestItemsModel* m_tested;
    models::RecommendationsModel* m_recommended;
    int m_userId = 0;
};

}  // namespace ui::panels
