#pragma once

#include <QString>
#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;
class QScrollArea;
class QTableView;

namespace ui::models {
class Session;
class RankedTestItemsModel;
class RecommendationsModel;
}  // namespace ui::models

namespace ui::panels {

/// Per-user top-k of the session's run: pick a user (by id, with completion), see who they
/// are, their test items ranked by prediction with their Precision@k and NDCG@k, and the
/// best-predicted movies they have not rated. A header line names the run (and its model
/// kind) and says when another run replaced it; the tables are recomputed for the new run.
/// Both tables are tall enough for k rows; the page scrolls when the window is smaller. Both
/// export to CSV.
class UsersPage : public QWidget {
    Q_OBJECT

public:
    UsersPage(models::Session* session, QWidget* parent = nullptr);
    /// Shows a user; false when the run does not know the user (the tables are then emptied
    /// and the message says why) or has no model and data to rank with.
    bool showUser(int userId);
    models::RankedTestItemsModel* testItems() const { return m_tested; }
    models::RecommendationsModel* recommendations() const { return m_recommended; }
    QTableView* testItemsView() const { return m_testedView; }
    QTableView* recommendationsView() const { return m_recommendedView; }
    /// The line that names the run on display.
    QString runHeader() const;
    /// The line about the user (who they are, or why there is nothing to show).
    QString userInfo() const;
    /// Writes a table as CSV (UTF-8, header row). Returns an error message or empty.
    QString exportCsv(bool recommendationsTable, const QString& path) const;

private:
    void onRunChanged();
    void clearTables();
    /// Sizes both tables to show `rows` rows and their header without scrolling.
    void fitTables(int rows);
    /// Writes the run header, the user line and the user's metrics from the state below, in
    /// the language of the moment.
    void updateTexts();
    void chooseAndExport(bool recommendationsTable);

    models::Session* m_session;
    QScrollArea* m_scroll;
    QLabel* m_run;
    QLineEdit* m_user;
    QLabel* m_info;
    QLabel* m_metrics;
    models::RankedTestItemsModel* m_tested;
    models::RecommendationsModel* m_recommended;
    QTableView* m_testedView;
    QTableView* m_recommendedView;
    int m_userId = 0;         ///< the user whose tables are shown (0: none)
    int m_unknownUserId = 0;  ///< the last id asked for that the run does not know (0: none)
    int m_userRatings = 0;    ///< the shown user's ratings after the filters
    QString m_runPath;        ///< the run on display, to notice when another replaces it
    QString m_runName;
    QString m_replacedRunName;  ///< the run shown before this one (empty: none)
};

}  // namespace ui::panels
