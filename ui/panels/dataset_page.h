#pragma once

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

#include "charts/chart_export.h"
#include "config/experiment_config.h"
#include "data/prepared_dataset.h"

class QComboBox;
class QLabel;
class QTabWidget;
class QLineEdit;
class QProgressBar;
class QTableView;
class QPushButton;

namespace core::data {
struct MovieLensData;
}

namespace ui::models {
class Session;
class RatingsTableModel;
class UsersTableModel;
class MoviesTableModel;
class IssuesTableModel;
}  // namespace ui::models
namespace ui::charts {
class BarPlot;
}

namespace ui::panels {

/// The dataset: which folder, what loading found (errors and counted warnings with file and
/// line), counts before and after the ≥ N filters, the rating histogram, ratings per genre,
/// and sortable, filterable previews of the three files.
class DatasetPage : public QWidget {
    Q_OBJECT

public:
    /// The ratings preview holds at most this many rows: the view's header keeps state per
    /// row, 28 ms of the window's thread per million rows when a dataset arrives.
    static constexpr int kRatingsPreviewRows = 200'000;
    /// From this many rows on, a preview filters and sorts in the background.
    static constexpr int kBackgroundIndexingRows = 50'000;

    DatasetPage(models::Session* session, QWidget* parent = nullptr);

    /// Loading state (the main window loads in the background).
    void setLoading(const QString& folder);
    void setProgress(double fraction);
    /// A fatal load error, shown in place (the previous dataset stays loaded).
    void showLoadError(const QString& folder, const QString& message, const QString& details);
    void setRecentFolders(const QStringList& folders);
    QList<charts::ChartHandle> charts() const;

signals:
    void openRequested();
    void folderChosen(const QString& folder);

private:
    void showDataset();
    void updateFilterCounts();
    /// "Ratings", or how many of them the preview holds when it is limited.
    void updateTableTabTexts();
    /// The counts table; `counted` is the count after the filters, or none while counting.
    void showFilterCounts(const std::optional<core::data::DatasetCounts>& counted);
    /// The release detected and what it has (half stars, user features, genres), as HTML.
    static QString releaseText(const core::data::MovieLensData& data);

    models::Session* m_session;
    core::config::DataConfig m_countedFilters{-1, -1};  // filters of the counts on display
    QLabel* m_folder;
    QComboBox* m_recent;
    QProgressBar* m_progress;
    QLabel* m_error;
    QTabWidget* m_lower;  // charts and the three previews
    QLabel* m_release;    // which release, and what it has
    QLabel* m_counts;
    QFutureWatcher<core::data::DatasetCounts>* m_countWatcher;
    QLabel* m_warnings;
    models::IssuesTableModel* m_issues;
    QTableView* m_issuesView;
    QLabel* m_issueDetail;
    charts::BarPlot* m_starsPlot;
    charts::BarPlot* m_genrePlot;
    models::RatingsTableModel* m_ratings;
    models::UsersTableModel* m_users;
    models::MoviesTableModel* m_movies;
};

}  // namespace ui::panels
