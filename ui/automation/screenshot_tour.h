#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace ui::windows {
class MainWindow;
}
namespace ui::panels {
class SweepsPage;
}

namespace ui::automation {

class EventLoopMonitor;

/// Drives the real window through the whole flow and saves a screenshot of each page:
/// load a dataset, show the experiment form, train a few epochs (a live shot mid-training),
/// then results, a user's top-k tables and the runs list; finally exports a report, and when
/// asked for (sweepTrials > 0) runs a small TPE sweep on the Sweeps page (the learning rate on
/// a log range and the dropout from a list, median pruning, sweepEpochs epochs per trial) and
/// shows it, printing the longest event-loop pause while it ran.
/// With epochs = 0 it trains nothing and goes from the dataset straight to the sweep.
/// Used by packaging/screenshots.sh for the README. With an empty output folder it takes no
/// screenshots and only reports the longest event-loop pause during training (used by
/// bench/gui_responsiveness.sh) or the sweep (bench/gui_sweep_responsiveness.sh). Turns on the
/// window's responsiveness measurement (MainWindow::measureResponsiveness). Quits the application
/// when done.
class ScreenshotTour : public QObject {
    Q_OBJECT

public:
    ScreenshotTour(windows::MainWindow* window, QString outputFolder, QString dataFolder,
                   int epochs, int sweepTrials = 0, int sweepEpochs = 4);
    void start();
    /// Trainings at once for the sweep (the Sweeps page's setting); 0: the page's default.
    void setSweepConcurrency(int n) { m_sweepConcurrency = n; }

private:
    void shoot(const QString& name);
    void reportReplotTimes();
    /// Types each of `texts` into the ratings preview's filter, waits for its rows and prints
    /// how long that took and the longest event-loop pause meanwhile; then calls `done`.
    void measureRatingsFilter(QStringList texts, std::function<void()> done);
    void runSweep();
    void shootSweepDetails(panels::SweepsPage* page);
    void finish(int code);
    windows::MainWindow* m_window;
    QString m_output;
    QString m_data;
    int m_epochs;
    int m_sweepTrials;
    int m_sweepEpochs;
    int m_sweepConcurrency = 0;
    bool m_liveShot = false;
    // From the end of training to the last page of the tour: the Results, Users and Runs
    // pages' first drawing (not measured while screenshots are taken: a grab is a paint too).
    EventLoopMonitor* m_pagesMonitor;
};

}  // namespace ui::automation
