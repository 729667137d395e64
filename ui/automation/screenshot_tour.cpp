#include "automation/screenshot_tour.h"

#include <qcustomplot.h>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>

#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <vector>

#include "panels/experiment_page.h"
#include "panels/results_page.h"
#include "panels/training_page.h"
#include "panels/users_page.h"
#include "widgets/config_form.h"
#include "windows/main_window.h"
#include "workers/training_worker.h"

namespace ui::automation {

ScreenshotTour::ScreenshotTour(windows::MainWindow* window, QString outputFolder,
                               QString dataFolder, int epochs)
    : QObject(window),
      m_window(window),
      m_output(std::move(outputFolder)),
      m_data(std::move(dataFolder)),
      m_epochs(epochs) {
    m_window->measureResponsiveness();  // the tour reports the longest event-loop pause
}

void ScreenshotTour::shoot(const QString& name) {
    if (m_output.isEmpty())
        return;
    QApplication::processEvents();
    const QString path = QDir(m_output).filePath(name + ".png");
    m_window->grab().save(path);
    QTextStream(stdout) << "screenshot: " << path << "\n";
}

void ScreenshotTour::reportReplotTimes() {
    // How long a pan or zoom of each test-set plot takes to redraw (median of 7 replots).
    m_window->tabs()->setCurrentIndex(windows::MainWindow::ResultsTab);
    QApplication::processEvents();
    for (const auto& chart : m_window->resultsPage()->charts()) {
        auto* plot = qobject_cast<QCustomPlot*>(chart.widget);
        if (!plot)
            continue;
        std::vector<double> ms;
        for (int i = 0; i < 7; ++i) {
            QElapsedTimer clock;
            clock.start();
            plot->xAxis->moveRange(i % 2 ? 0.01 : -0.01);
            plot->replot(QCustomPlot::rpImmediateRefresh);
            ms.push_back(double(clock.nsecsElapsed()) / 1e6);
        }
        std::sort(ms.begin(), ms.end());
        QTextStream(stdout) << "replot " << chart.fileStem << ": " << ms[ms.size() / 2]
                            << " ms (median of 7)\n";
    }
}

void ScreenshotTour::start() {
    if (!m_output.isEmpty())
        QDir().mkpath(m_output);
    connect(m_window, &windows::MainWindow::datasetLoaded, this, [this](bool ok) {
        if (!ok) {
            QTextStream(stderr) << "screenshots: the dataset did not load\n";
            QApplication::exit(1);
            return;
        }
        QTimer::singleShot(300, this, [this] {
            shoot("1-dataset");
            if (auto* epochs = qobject_cast<QSpinBox*>(
                    m_window->experimentPage()->form()->editor("training.max_epochs")))
                epochs->setValue(m_epochs);
            m_window->tabs()->setCurrentIndex(windows::MainWindow::ExperimentTab);
            QTimer::singleShot(200, this, [this] {
                shoot("2-experiment");
                m_window->startTraining();
            });
        });
    });
    connect(m_window, &windows::MainWindow::trainingStarted, this, [this] {
        connect(m_window->worker(), &workers::TrainingWorker::epochFinished, this,
                [this](const core::training::EpochResult& r) {
                    if (!m_liveShot && r.epoch == std::max(1, m_epochs / 2)) {
                        m_liveShot = true;
                        QTimer::singleShot(150, this, [this] { shoot("3-training-live"); });
                    }
                });
    });
    connect(m_window, &windows::MainWindow::trainingFinished, this, [this](bool saved) {
        QTimer::singleShot(300, this, [this, saved] {
            shoot("4-training-done");
            if (!saved) {
                QApplication::exit(1);
                return;
            }
            m_window->tabs()->setCurrentIndex(windows::MainWindow::ResultsTab);
            QTimer::singleShot(300, this, [this] {
                shoot("5-results");
                m_window->tabs()->setCurrentIndex(windows::MainWindow::UsersTab);
                QTimer::singleShot(300, this, [this] {
                    shoot("6-users");
                    m_window->tabs()->setCurrentIndex(windows::MainWindow::RunsTab);
                    QTimer::singleShot(300, this, [this] {
                        shoot("7-runs");
                        QTextStream(stdout) << "longest event-loop pause during training: "
                                            << m_window->lastTrainingStallMs() << " ms\n";
                        reportReplotTimes();
                        if (m_output.isEmpty()) {
                            QApplication::exit(0);
                            return;
                        }
                        QString error;
                        const QString report =
                            m_window->exportReportTo(QDir(m_output).filePath("report"), &error);
                        QTextStream(stdout)
                            << "report: " << (report.isEmpty() ? error : report) << "\n";
                        QApplication::exit(report.isEmpty() ? 1 : 0);
                    });
                });
            });
        });
    });
    m_window->openDataset(m_data);
}

}  // namespace ui::automation
