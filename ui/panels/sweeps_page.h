#pragma once

#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

#include "charts/chart_export.h"
#include "data/movielens_data.h"
#include "models/parameter_importance.h"
#include "sweep/slurm.h"
#include "sweep/sweep_runner.h"
#include "sweep/sweep_state.h"

class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTableView;
class QThread;

namespace ui::models {
class Session;
class SweepTrialModel;
class SweepTrialFilter;
}  // namespace ui::models
namespace ui::widgets {
class SweepEditor;
}
namespace ui::workers {
class SweepWorker;
}
namespace ui::charts {
class ParallelCoordinatesPlot;
class ObjectiveByParameterPlot;
class SweepHistoryPlot;
class ParameterImportancePlot;
class LossComparisonChart;
}  // namespace ui::charts

namespace ui::panels {

/// A sweep as read from its folder, off the GUI thread.
struct OpenedSweep {
    QString folder;
    std::shared_ptr<const core::sweep::SweepState> state;  ///< null when unreadable
    bool runningElsewhere = false;  ///< a process holds its lock (this window runs none then)
    QString error;
};

/// What one look at a Slurm sweep did, off the GUI thread: created the sweep folder (the first
/// time), collected the trainings that ended, submitted (or wrote) the next wave.
struct SlurmStep {
    QString folder;
    std::shared_ptr<const core::sweep::SweepState> state;  ///< null when unreadable
    std::optional<core::sweep::SlurmWave> wave;            ///< the wave submitted or written now
    QString error;
};

/// One line of the workspace's sweep list.
struct SweepListEntry {
    QString folder;
    QString text;  ///< "name — state, n of m trials, best …"
};

/// Hyperparameter sweeps: the spec editor (left), the workspace's sweeps (open one, finished,
/// stopped or running, read-only while another process runs it), and the sweep on display:
/// its trials as a sortable table (best row highlighted, double-click opens the trial's run on
/// the Results page) and as plots: parallel coordinates (brushing an axis filters the table),
/// the objective by parameter and by trial with the best so far, parameter importance, and
/// the validation RMSE per epoch of the selected trials. Start runs a new sweep of the
/// editor's spec on the window's dataset, on a SweepWorker thread; stop and resume. Live
/// state arrives as queued snapshots, and a timer shows the latest at most ten times a
/// second. Exports the leaderboard as CSV, the plots as PNG and a sweep report. Reads sweep
/// folders off the GUI thread. "Run on Slurm…" hands the trainings to a Slurm cluster instead
/// (core::sweep::submitSlurmWave, one job array per wave): while a Slurm sweep is on display,
/// every kSlurmPollMs a background step collects the trainings that ended and submits the next
/// wave. GUI thread only.
class SweepsPage : public QWidget {
    Q_OBJECT

public:
    /// At most one refresh of the table and plots per this many milliseconds.
    static constexpr int kRefreshIntervalMs = 100;
    /// How often a Slurm sweep on display is collected (and its next wave submitted).
    static constexpr int kSlurmPollMs = 5000;

    SweepsPage(models::Session* session, QWidget* parent = nullptr);
    ~SweepsPage() override;

    void setWorkspace(const QString& folder);
    /// Another long job of the window (training) runs: no sweep may start.
    void setTrainingActive(bool active);

    /// Creates a sweep of the editor's spec in the workspace and runs it on the window's
    /// dataset. False, with the reason in *error (also shown), when it cannot start.
    bool startSweep(QString* error = nullptr);
    /// Asks the running sweep to stop: trainings in progress stop after their batch and are
    /// trained again on resume.
    void stopSweep();
    /// Resumes the sweep on display (stopped or killed; its own dataset, loaded if needed).
    bool resumeSweep(QString* error = nullptr);
    /// Creates a sweep of the editor's spec in the workspace and hands its first wave to Slurm
    /// (or only writes its sbatch script), in the background; slurmStepDone() tells the
    /// outcome. False, with the reason in *error, when it cannot start (no dataset, errors in
    /// the spec, sbatch not found when submitting, …).
    bool startSlurmSweep(const core::sweep::SlurmSettings& settings, QString* error = nullptr);
    /// Collects the Slurm sweep on display and submits its next wave now (the timer does it
    /// every kSlurmPollMs); false when there is none or a step is in progress.
    bool pollSlurm();
    /// The sweep on display runs on Slurm (its sweep.json has waves).
    bool isSlurmSweep() const;
    /// The settings the next waves of the Slurm sweep on display are submitted with.
    const core::sweep::SlurmSettings& slurmSettings() const { return m_slurmSettings; }
    /// Reads a sweep folder in the background and shows it; sweepOpened() tells the outcome.
    void openSweep(const QString& folder);
    /// Re-reads the workspace's sweep list (in the background).
    void refreshList();

    bool isRunning() const;
    workers::SweepWorker* worker() const;
    /// The folder of the sweep on display, or empty.
    QString sweepFolder() const { return m_folder; }
    const std::shared_ptr<const core::sweep::SweepState>& state() const { return m_state; }
    /// Another process runs the sweep on display: nothing here may change it.
    bool isReadOnly() const { return m_runningElsewhere; }

    widgets::SweepEditor* editor() const { return m_editor; }
    models::SweepTrialModel* trialModel() const { return m_model; }
    models::SweepTrialFilter* trialFilter() const { return m_filter; }
    QTableView* trialView() const { return m_view; }
    QListWidget* sweepList() const { return m_list; }
    charts::ParallelCoordinatesPlot* parallelPlot() const { return m_parallel; }
    charts::ObjectiveByParameterPlot* parameterPlot() const { return m_byParameter; }
    charts::SweepHistoryPlot* historyPlot() const { return m_history; }
    charts::ParameterImportancePlot* importancePlot() const { return m_importance; }
    charts::LossComparisonChart* lossChart() const { return m_loss; }
    const models::ImportanceResult& importance() const { return m_importanceResult; }

    /// Every plot, brought up to date (File ▸ Export charts, the report).
    QList<charts::ChartHandle> charts();
    /// Writes the leaderboard as CSV; empty when written, else the reason.
    QString exportLeaderboardCsv(const QString& path) const;
    /// Writes a sweep report into a new folder under `parentFolder`; returns it, or empty with
    /// *error.
    QString exportReportTo(const QString& parentFolder, QString* error);

    QAction* startAction() const { return m_startAction; }
    QAction* stopAction() const { return m_stopAction; }
    QAction* resumeAction() const { return m_resumeAction; }
    /// "Run on Slurm…": asks for the settings (widgets::SlurmDialog), then startSlurmSweep().
    QPushButton* slurmButton() const { return m_slurm; }
    /// The last Slurm step's error (empty when it went well).
    QString slurmError() const { return m_slurmError; }

signals:
    void sweepStarted();
    /// The worker ended: ok unless it failed or the sweep ended on an error.
    void sweepFinished(bool ok);
    void sweepOpened(bool ok);
    /// A Slurm step ended (ok: no error); the state it read is on display.
    void slurmStepDone(bool ok);
    void openRunRequested(const QString& runFolder);
    /// For the window's status bar.
    void statusMessage(const QString& text, int timeoutMs);
    /// A sweep started or ended here (the window updates its actions).
    void runningChanged();

private:
    void buildLayout();
    void launch(const QString& folder, std::shared_ptr<const core::data::MovieLensData> data,
                const QString& dataFolder, int concurrency);
    void onLiveState(std::shared_ptr<const core::sweep::SweepState> state);
    void onWorkerFinished(std::shared_ptr<const core::sweep::SweepState> state, bool stopped,
                          const QString& error);
    void onWorkerFailed(const QString& message);
    void endWorker();
    void display(const QString& folder, std::shared_ptr<const core::sweep::SweepState> state,
                 bool live, bool runningElsewhere);
    void refresh();
    void refreshCharts(bool all);
    void updateLossCurves();
    void updateHeader();
    void updateActions();
    void applyBrush();
    void openTrialRun(const QModelIndex& index);
    void chooseAndExportCsv();
    void chooseAndExportReport();
    void fail(const QString& message, QString* error);
    QString startProblem() const;
    core::sweep::NewSweep newSweepRequest(int concurrency) const;
    void chooseAndStartSlurm();
    void onSlurmStep();
    void updateSlurmPolling();
    QString slurmText() const;

    models::Session* m_session;
    QString m_workspace;
    bool m_trainingActive = false;

    // the sweep on display
    QString m_folder;
    std::shared_ptr<const core::sweep::SweepState> m_state;
    bool m_live = false;              // it runs (here or elsewhere)
    bool m_runningElsewhere = false;  // another process runs it
    bool m_dirty = false;             // m_state not shown yet
    int m_sizedRows = -1;             // the table's columns fit this many rows
    std::vector<bool> m_staleCharts;  // per plot tab: not redrawn since m_state changed
    models::ImportanceResult m_importanceResult;
    models::SweepPlotData m_plotData;  // what the plots were last given
    QTimer m_refreshTimer;
    QTimer m_pollTimer;  // re-reads a sweep another process runs

    // the sweep this window runs
    QPointer<workers::SweepWorker> m_worker;
    QThread* m_thread = nullptr;
    QString m_runFolder;
    bool m_stopping = false;

    QFutureWatcher<OpenedSweep> m_openWatcher;
    bool m_polling = false;  // the watcher's read is a poll, not an open
    QFutureWatcher<std::vector<SweepListEntry>> m_listWatcher;
    bool m_listAgain = false;  // a refresh was asked for while a listing ran

    // the Slurm sweep on display
    QFutureWatcher<SlurmStep> m_slurmWatcher;
    QTimer m_slurmTimer;
    core::sweep::SlurmSettings m_slurmSettings;
    QString m_slurmError;

    QSplitter* m_splitter;
    QSplitter* m_rightSplitter;
    widgets::SweepEditor* m_editor;
    QListWidget* m_list;
    QLabel* m_header;
    QLabel* m_filterNote;
    QPushButton* m_clearBrushes;
    QSpinBox* m_concurrency;
    QPushButton* m_start;
    QPushButton* m_stop;
    QPushButton* m_resume;
    QPushButton* m_slurm;
    QString m_slurmToolTip;
    QPushButton* m_exportCsv;
    QPushButton* m_exportReport;
    QAction* m_startAction;
    QAction* m_stopAction;
    QAction* m_resumeAction;
    models::SweepTrialModel* m_model;
    models::SweepTrialFilter* m_filter;
    QTableView* m_view;
    QTabWidget* m_plots;
    charts::ParallelCoordinatesPlot* m_parallel;
    charts::ObjectiveByParameterPlot* m_byParameter;
    charts::SweepHistoryPlot* m_history;
    charts::ParameterImportancePlot* m_importance;
    QLabel* m_importanceNote;
    charts::LossComparisonChart* m_loss;
    QLabel* m_lossNote;
};

}  // namespace ui::panels
