#pragma once

#include <QObject>
#include <QString>

namespace ui::windows {
class MainWindow;
}

namespace ui::automation {

/// Drives the real window through the whole flow and saves a screenshot of each page:
/// load a dataset, show the experiment form, train a few epochs (a live shot mid-training),
/// then results, a user's top-k tables and the runs list; finally exports a report.
/// Used by packaging/screenshots.sh for the README. With an empty output folder it takes no
/// screenshots and only reports the longest event-loop pause during training (used by
/// bench/gui_responsiveness.sh). Turns on the window's responsiveness measurement
/// (MainWindow::measureResponsiveness). Quits the application when done.
class ScreenshotTour : public QObject {
    Q_OBJECT

public:
    ScreenshotTour(windows::MainWindow* window, QString outputFolder, QString dataFolder,
                   int epochs);
    void start();

private:
    void shoot(const QString& name);
    void reportReplotTimes();
    windows::MainWindow* m_window;
    QString m_output;
    QString m_data;
    int m_epochs;
    bool m_liveShot = false;
};

}  // namespace ui::automation
