#include "automation/screenshot_tour.h"

#include <qcustomplot.h>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>

#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <vector>

#include "automation/event_loop_monitor.h"
#include "models/dataset_table_models.h"
#include "models/session.h"
#include "panels/dataset_page.h"
#include "panels/experiment_page.h"
#include "panels/results_page.h"
#include "panels/sweeps_page.h"
#include "panels/training_page.h"
#include "panels/users_page.h"
#include "widgets/config_form.h"
#include "widgets/sweep_editor.h"
#include "windows/main_window.h"
#include "workers/training_worker.h"

namespace ui::automation {

ScreenshotTour::ScreenshotTour(windows::MainWindow* window, QString outputFolder,
                               QString dataFolder, int epochs, int sweepTrials, int sweepEpochs)
    : QObject(window),
      m_window(window),
      m_output(std::move(outputFolder)),
      m_data(std::move(dataFolder)),
      m_epochs(epochs),
      m_sweepTrials(sweepTrials),
      m_sweepEpochs(sweepEpochs),
      m_pagesMonitor(new EventLoopMonitor(this)) {
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

void ScreenshotTour::measureRatingsFilter(QStringList texts, std::function<void()> done) {
    // The ratings preview: the table over a RatingsTableModel, and the filter above it.
    models::RowIndexTableModel* model = nullptr;
    QLineEdit* filter = nullptr;
    for (auto* view : m_window->datasetPage()->findChildren<QTableView*>())
        if (auto* ratings = qobject_cast<models::RatingsTableModel*>(view->model())) {
            model = ratings;
            filter = view->parentWidget()->findChild<QLineEdit*>(QStringLiteral("filter"));
        }
    if (texts.isEmpty() || !model || !filter) {
        done();
        return;
    }
    const QString text = texts.takeFirst();
    m_pagesMonitor->start();
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto finished = std::make_shared<QMetaObject::Connection>();
    const auto report = [=, this] {
        QObject::disconnect(*finished);
        m_pagesMonitor->stop();
        QTextStream(stdout) << "ratings filter \"" << text << "\": " << model->rowCount()
                            << " rows in " << clock->elapsed()
                            << " ms; longest event-loop pause: " << m_pagesMonitor->longestGapMs()
                            << " ms\n";
        QTimer::singleShot(100, this, [=, this] { measureRatingsFilter(texts, done); });
    };
    *finished =
        connect(model, &models::RowIndexTableModel::indexingChanged, this, [=](bool indexing) {
            if (!indexing)
                report();
        });
    filter->setText(text);
    if (!model->isIndexing())  // a table small enough to filter at once
        report();
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
            QTextStream(stdout) << "longest event-loop pause while loading: "
                                << m_window->lastLoadStallMs() << " ms\n";
            if (m_epochs <= 0) {         // only the sweep
                if (m_output.isEmpty())  // a measurement: of the load and of filtering too
                    measureRatingsFilter({QStringLiteral("1"), QStringLiteral("little")},
                                         [this] { finish(0); });
                else
                    finish(0);
                return;
            }
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
        if (m_output.isEmpty())
            m_pagesMonitor->start();
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
                        if (m_pagesMonitor->isRunning()) {
                            m_pagesMonitor->stop();
                            QTextStream(stdout)
                                << "longest event-loop pause while showing Results, Users and "
                                   "Runs: "
                                << m_pagesMonitor->longestGapMs() << " ms\n";
                        }
                        reportReplotTimes();
                        if (m_output.isEmpty()) {
                            finish(0);
                            return;
                        }
                        QString error;
                        const QString report =
                            m_window->exportReportTo(QDir(m_output).filePath("report"), &error);
                        QTextStream(stdout)
                            << "report: " << (report.isEmpty() ? error : report) << "\n";
                        finish(report.isEmpty() ? 1 : 0);
                    });
                });
            });
        });
    });
    m_window->openDataset(m_data);
}

void ScreenshotTour::shootSweepDetails(panels::SweepsPage* page) {
    // For a look at every part (not for the README): <output>/sweeps/.
    if (m_output.isEmpty())
        return;
    const QDir folder(QDir(m_output).filePath(QStringLiteral("sweeps")));
    QDir().mkpath(folder.path());
    page->editor()->grab().save(folder.filePath(QStringLiteral("editor.png")));
    auto* plots = page->findChild<QTabWidget*>(QStringLiteral("sweepPlots"));
    auto* side = page->findChild<QTabWidget*>(QStringLiteral("sweepSide"));
    if (!plots || !side)
        return;
    const int shown = plots->currentIndex();
    for (int i = 0; i < plots->count(); ++i) {
        plots->setCurrentIndex(i);
        QApplication::processEvents();
        m_window->grab().save(folder.filePath(QStringLiteral("plot-%1.png").arg(i + 1)));
    }
    plots->setCurrentIndex(shown);
    side->setCurrentIndex(1);
    QApplication::processEvents();
    m_window->grab().save(folder.filePath(QStringLiteral("list.png")));
    side->setCurrentIndex(0);
    QTextStream(stdout) << "sweep details: " << folder.path() << "\n";
}

void ScreenshotTour::finish(int code) {
    if (code == 0 && m_sweepTrials > 0)
        runSweep();
    else
        QApplication::exit(code);
}

void ScreenshotTour::runSweep() {
    namespace sweep = core::sweep;
    if (auto* epochs = qobject_cast<QSpinBox*>(
            m_window->experimentPage()->form()->editor("training.max_epochs")))
        epochs->setValue(m_sweepEpochs);
    sweep::SweepSpec spec;
    spec.base = m_window->session()->config();
    sweep::SweepParameter rate;
    rate.key = "training.learning_rate";
    rate.type = core::config::FieldType::Real;
    rate.range = sweep::ParameterRange{3e-4, 1e-2, sweep::Scale::Log, 0};
    sweep::SweepParameter dropout;
    dropout.key = "model.dropout";
    dropout.type = core::config::FieldType::Real;
    dropout.values = {0.1, 0.3, 0.5};
    spec.parameters = {rate, dropout};
    spec.strategy = sweep::Strategy::Tpe;
    spec.trials = m_sweepTrials;
    spec.startupTrials = std::max(1, m_sweepTrials / 3);
    spec.seed = 1;
    spec.earlyTermination.kind = sweep::TerminationKind::Median;
    spec.earlyTermination.warmupEpochs = 1;
    spec.earlyTermination.minTrials = 3;
    auto* page = m_window->sweepsPage();
    if (m_sweepConcurrency > 0)
        if (auto* concurrency = page->findChild<QSpinBox*>(QStringLiteral("concurrency")))
            concurrency->setValue(m_sweepConcurrency);
    page->editor()->setSpec(spec, QStringLiteral("sweep.yaml"));
    if (auto* base = page->editor()->findChild<QRadioButton*>(QStringLiteral("base.session")))
        base->setChecked(true);
    m_window->tabs()->setCurrentIndex(windows::MainWindow::SweepsTab);
    connect(page, &panels::SweepsPage::sweepFinished, this, [this, page](bool ok) {
        QTimer::singleShot(400, this, [this, page, ok] {
            // The best trial selected: its learning curve on the last tab of plots.
            int code = ok ? 0 : 1;
            page->trialView()->selectRow(0);
            shoot("8-sweeps");
            shootSweepDetails(page);
            const auto* concurrency = page->findChild<QSpinBox*>(QStringLiteral("concurrency"));
            QTextStream(stdout) << "longest event-loop pause during the sweep (" << m_sweepTrials
                                << " trials of " << m_sweepEpochs << " epochs, "
                                << (concurrency ? concurrency->value() : 1)
                                << " at once): " << m_window->lastSweepStallMs() << " ms\n";
            if (!m_output.isEmpty()) {
                QString error;
                const QString report =
                    page->exportReportTo(QDir(m_output).filePath("report"), &error);
                QTextStream(stdout)
                    << "sweep report: " << (report.isEmpty() ? error : report) << "\n";
                if (report.isEmpty())
                    code = 1;
            }
            QApplication::exit(code);
        });
    });
    QString error;
    if (!page->startSweep(&error)) {
        QTextStream(stderr) << "screenshots: the sweep did not start: " << error << "\n";
        QApplication::exit(1);
    }
}

}  // namespace ui::automation
