#include "windows/screenshot_tour.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

#include "panels/experiment_page.h"
#include "panels/training_page.h"
#include "panels/users_page.h"
#include "widgets/config_form.h"
#include "windows/main_window.h"
#include "workers/training_worker.h"

namespace ui::windows {

ScreenshotTour::ScreenshotTour(MainWindow* window, QString outputFolder, QString dataFolder, int epochs)
    : QObject(window), m_window(window), m_output(std::move(outputFolder)), m_data(std::move(dataFolder)), m_epochs(epochs) {}

void ScreenshotTour::shoot(const QString& name) {
    if (m_output.isEmpty()) return;
    QApplication::processEvents();
    const QString path = QDir(m_output).filePath(name + ".png");
    m_window->grab().save(path);
    QTextStream(stdout) << "screenshot: " << path << "\n";
}

void ScreenshotTour::start() {
    if (!m_output.isEmpty()) QDir().mkpath(m_output);
    connect(m_window, &MainWindow::datasetLoaded, this, [this](bool ok) {
        if (!ok) {
            QTextStream(stderr) << "screenshots: the dataset did not load\n";
            QApplication::exit(1);
            return;
        }
        QTimer::singleShot(300, this, [this] {
            shoot("1-dataset");
            if (auto* epochs = qobject_cast<QSpinBox*>(m_window->experimentPage()->form()->editor("training.max_epochs")))
                epochs->setValue(m_epochs);
            m_window->tabs()->setCurrentIndex(MainWindow::ExperimentTab);
            QTimer::singleShot(200, this, [this] {
                shoot("2-experiment");
                m_window->startTraining();
            });
        });
    });
    connect(m_window, &MainWindow::trainingStarted, this, [this] {
        connect(m_window->worker(), &workers::TrainingWorker::epochFinished, this, [this](const core::training::EpochResult& r) {
            if (!m_liveShot && r.epoch == std::max(1, m_epochs / 2)) {
                m_liveShot = true;
                QTimer::singleShot(150, this, [this] { shoot("3-training-live"); });
            }
        });
    });
    connect(m_window, &MainWindow::trainingFinished, this, [this](bool saved) {
        QTimer::singleShot(300, this, [this, saved] {
            shoot("4-training-done");
            if (!saved) {
                QApplication::exit(1);
                return;
            }
            m_window->tabs()->setCurrentIndex(MainWindow::ResultsTab);
            QTimer::singleShot(300, this, [this] {
                shoot("5-results");
                m_window->tabs()->setCurrentIndex(MainWindow::UsersTab);
                QTimer::singleShot(300, this, [this] {
                    shoot("6-users");
                    m_window->tabs()->setCurrentIndex(MainWindow::RunsTab);
                    QTimer::singleShot(300, this, [this] {
                        shoot("7-runs");
                        QTextStream(stdout) << "longest event-loop pause during training: "
                                            << m_window->lastTrainingStallMs() << " ms\n";
                        if (m_output.isEmpty()) {
                            QApplication::exit(0);
                            return;
                        }
                        QString error;
                        const QString report = m_window->exportReportTo(QDir(m_output).filePath("report"), &error);
                        QTextStream(stdout) << "report: " << (report.isEmpty() ? error : report) << "\n";
                        QApplication::exit(report.isEmpty() ? 1 : 0);
                    });
                });
            });
        });
    });
    m_window->openDataset(m_data);
}

}  // namespace ui::windows
