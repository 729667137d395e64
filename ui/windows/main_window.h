#pragma once

#include <filesystem>

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>

#include "data/movielens_reader.h"
#include "models/run_comparison.h"
#include "models/session.h"
#include "runs/experiment_runner.h"

class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QThread;

namespace ui::models {
class Session;
struct RunView;
}  // namespace ui::models
namespace ui::panels {
class DatasetPage;
class ExperimentPage;
class TrainingPage;
class ResultsPage;
class UsersPage;
class RunsPage;
class ComparePage;
class SweepsPage;
}  // namespace ui::panels
namespace ui::workers {
class TrainingWorker;
}
namespace ui::automation {
class EventLoopMonitor;
}

namespace ui::windows {

/// The outcome of opening a saved run in the background.
struct OpenedRun {
    std::shared_ptr<models::RunView> view;  ///< null when the run could not be read
    QString error;                          ///< why not, or what is missing (model, data)
};

/// The workbench window: pages for the dataset, the experiment, live training, results,
/// per-user top-k, saved runs, the comparison of runs and hyperparameter sweeps; menus, shortcuts,
/// toolbar and status bar; remembered settings. Long work (loading, training, opening runs) runs
/// off the GUI thread.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum Page {
        DatasetTab,
        ExperimentTab,
        TrainingTab,
        ResultsTab,
        UsersTab,
        RunsTab,
        CompareTab,
        SweepsTab
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Loads a MovieLens folder in the background; datasetLoaded() tells the outcome.
    void openDataset(const QString& folder);
    /// Starts training with the session's configuration; false (with the reason shown) when it
    /// cannot start (no dataset, or invalid fields in the form). trainingFinished() tells the
    /// outcome.
    bool startTraining();
    /// Asks the running training to stop after the current batch.
    void stopTraining();
    bool isTraining() const;
    /// Opens a saved run in the background; runOpened() tells the outcome.
    void openRun(const QString& runFolder);
    /// Reads saved runs in the background (busy cursor) and shows them on the Compare page;
    /// runsCompared() tells the outcome. Needs two readable runs.
    void compareRuns(const QStringList& runFolders);
    void setWorkspace(const QString& folder);
    QString workspace() const;
    /// Writes a report of the run on display into a new folder under `parentFolder`.
    QString exportReportTo(const QString& parentFolder, QString* error);
    /// From now on, measures the longest GUI event-loop gap of every training run and sweep (a
    /// 5 ms timer while they run) and shows it on the training page. Off unless asked for: the
    /// screenshot tour and the responsiveness benchmark ask.
    void measureResponsiveness();
    /// Longest GUI event-loop gap of the last training run, in ms (0 when not measured).
    double lastTrainingStallMs() const { return m_lastStallMs; }
    /// Longest GUI event-loop gap while the last sweep ran, in ms (0 when not measured).
    double lastSweepStallMs() const { return m_lastSweepStallMs; }
    /// Longest event-loop pause from opening a dataset until its pages were shown.
    double lastLoadStallMs() const { return m_lastLoadStallMs; }

    models::Session* session() const { return m_session; }
    panels::DatasetPage* datasetPage() const { return m_datasetPage; }
    panels::ExperimentPage* experimentPage() const { return m_experimentPage; }
    panels::TrainingPage* trainingPage() const { return m_trainingPage; }
    panels::ResultsPage* resultsPage() const { return m_resultsPage; }
    panels::UsersPage* usersPage() const { return m_usersPage; }
    panels::RunsPage* runsPage() const { return m_runsPage; }
    panels::ComparePage* comparePage() const { return m_comparePage; }
    panels::SweepsPage* sweepsPage() const { return m_sweepsPage; }
    QTabWidget* tabs() const { return m_tabs; }
    workers::TrainingWorker* worker() const;

signals:
    void datasetLoaded(bool ok);
    void trainingStarted();
    void trainingFinished(bool saved);
    void runOpened(bool ok);
    void runsCompared(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void chooseDataset();
    void chooseWorkspace();
    void addRecentFolder(const QString& folder);
    void rebuildRecentMenu();
    void onDatasetLoaded();
    void onTrainingFinished(std::shared_ptr<const core::runs::ExperimentResult> result);
    void onTrainingFailed(const QString& message);
    void endTraining();
    // Closes the window after training ended on a quit; deletes the run when asked to.
    void quitAfterTraining();
    void updateActions();
    void exportCurrentPageCharts();
    void exportReport();
    void showAbout();
    void setLanguage(const QString& code);
    void showError(const QString& title, const QString& message);

    models::Session* m_session;
    QTabWidget* m_tabs;
    panels::DatasetPage* m_datasetPage;
    panels::ExperimentPage* m_experimentPage;
    panels::TrainingPage* m_trainingPage;
    panels::ResultsPage* m_resultsPage;
    panels::UsersPage* m_usersPage;
    panels::RunsPage* m_runsPage;
    panels::ComparePage* m_comparePage;
    panels::SweepsPage* m_sweepsPage;
    QLabel* m_deviceLabel;
    QAction* m_trainAction = nullptr;
    QAction* m_stopAction = nullptr;
    QAction* m_exportChartsAction = nullptr;
    QAction* m_exportReportAction = nullptr;
    QMenu* m_recentMenu = nullptr;

    QFutureWatcher<models::DatasetLoad> m_loadWatcher;
    std::shared_ptr<std::atomic<double>> m_loadProgress;
    QTimer m_loadProgressTimer;
    QString m_loadingFolder;
    QFutureWatcher<OpenedRun> m_runWatcher;
    QFutureWatcher<models::RunComparison> m_compareWatcher;

    QPointer<workers::TrainingWorker> m_worker;
    QThread* m_thread = nullptr;
    automation::EventLoopMonitor* m_monitor = nullptr;  // only when measuring responsiveness
    double m_lastStallMs = 0;
    double m_lastSweepStallMs = 0;
    double m_lastLoadStallMs = 0;
    bool m_quitAfterTraining = false;
    bool m_discardStoppedRun = false;
    std::filesystem::path m_trainedRun;  // the run the last training saved
    bool m_quitAfterSweep = false;
};

}  // namespace ui::windows
