#include "windows/main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>
#include <QToolBar>
#include <QtConcurrent/QtConcurrentRun>

#include "automation/event_loop_monitor.h"
#include "i18n/locale_text.h"
#include "i18n/retranslator.h"
#include "i18n/translations.h"
#include "model/torch_runtime.h"
#include "model/trained_model.h"
#include "models/dataset_table_models.h"
#include "models/file_paths.h"
#include "models/movielens_labels.h"
#include "models/session.h"
#include "panels/compare_page.h"
#include "panels/dataset_page.h"
#include "panels/experiment_page.h"
#include "panels/results_page.h"
#include "panels/runs_page.h"
#include "panels/sweeps_page.h"
#include "panels/training_page.h"
#include "panels/users_page.h"
#include "reports/report_export.h"
#include "runs/environment_facts.h"
#include "runs/run_model.h"
#include "runs/workspace.h"
#include "rw_version.h"
#include "training/trainer.h"
#include "training/training_messages.h"
#include "util/resource_paths.h"
#include "widgets/config_form.h"
#include "workers/training_worker.h"

namespace ui::windows {
namespace {

constexpr int kMaxRecent = 8;

QString defaultWorkspace() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath("RatingsWorkbench");
}

// Reads a run directory, its model and (when reachable) the dataset it was trained on.
OpenedRun readRunInBackground(const QString& folder,
                              std::shared_ptr<const core::data::MovieLensData> current) {
    OpenedRun opened;
    std::string error;
    auto record = core::runs::readRun(models::toPath(folder), &error);
    if (!record) {
        opened.error = QString::fromStdString(error);
        return opened;
    }
    auto view = std::make_shared<models::RunView>();
    view->record = std::move(*record);
    if (!view->record.summary.hasModel) {
        opened.view = view;
        return opened;
    }
    std::shared_ptr<const core::data::MovieLensData> data = current;
    const std::filesystem::path dataFolder = view->record.summary.dataFolder;
    std::error_code ec;
    if (!data || !std::filesystem::equivalent(data->folder, dataFolder, ec)) {
        auto load = core::data::loadMovieLens(dataFolder);
        data = load.data;
        if (!data) {
            opened.error =
                QObject::tr(
                    "The run's dataset %1 could not be loaded (%2): the per-user tables "
                    "are unavailable.")
                    .arg(models::fromPath(dataFolder), models::firstErrorText(load.report));
            opened.view = view;
            return opened;
        }
    }
    bool dataMismatch = false;
    auto trained = core::runs::loadRunModel(view->record, data, &error, &dataMismatch);
    if (!trained) {
        opened.error = dataMismatch ? QObject::tr(
                                          "%1 no longer holds the users and movies this run was "
                                          "trained on: the per-user tables are unavailable.")
                                          .arg(models::fromPath(dataFolder))
                                    : QString::fromStdString(error);
        opened.view = view;
        return opened;
    }
    // A run saved without metrics (interrupted while training): its best epoch's model is
    // there, so its test metrics are computed now, as `evaluate` does (not written back).
    if (!view->record.metrics) {
        auto evaluation = core::runs::evaluateRunModel(view->record, *trained);
        view->record.predictions = std::move(evaluation.predictions);
        view->record.metrics = evaluation.metrics;
        opened.error =
            QObject::tr(
                "Run %1 did not finish training: test metrics of its best epoch (%2) computed now.")
                .arg(QString::fromStdString(view->record.summary.name))
                .arg(view->record.summary.bestEpoch);
    }
    view->model = std::move(trained->model);
    view->prepared = std::move(trained->prepared);
    opened.view = view;
    return opened;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    workers::registerMetaTypes();
    setAcceptDrops(true);
    m_session = new models::Session(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_datasetPage = new panels::DatasetPage(m_session, m_tabs);
    m_experimentPage = new panels::ExperimentPage(m_session, m_tabs);
    m_trainingPage = new panels::TrainingPage(m_tabs);
    m_resultsPage = new panels::ResultsPage(m_session, m_tabs);
    m_usersPage = new panels::UsersPage(m_session, m_tabs);
    m_runsPage = new panels::RunsPage(m_tabs);
    m_comparePage = new panels::ComparePage(m_tabs);
    m_sweepsPage = new panels::SweepsPage(m_session, m_tabs);
    for (QWidget* page : std::initializer_list<QWidget*>{m_datasetPage, m_experimentPage,
                                                         m_trainingPage, m_resultsPage, m_usersPage,
                                                         m_runsPage, m_comparePage, m_sweepsPage})
        m_tabs->addTab(page, QString());  // texts: createActions()
    setCentralWidget(m_tabs);

    m_deviceLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_deviceLabel);

    createActions();

    connect(m_datasetPage, &panels::DatasetPage::openRequested, this, &MainWindow::chooseDataset);
    connect(m_datasetPage, &panels::DatasetPage::folderChosen, this, &MainWindow::openDataset);
    connect(m_experimentPage, &panels::ExperimentPage::trainRequested, this,
            &MainWindow::startTraining);
    connect(m_trainingPage, &panels::TrainingPage::trainRequested, this,
            &MainWindow::startTraining);
    connect(m_trainingPage, &panels::TrainingPage::stopRequested, this, &MainWindow::stopTraining);
    connect(m_runsPage, &panels::RunsPage::openRequested, this, &MainWindow::openRun);
    connect(m_runsPage, &panels::RunsPage::compareRequested, this, &MainWindow::compareRuns);
    connect(m_runsPage, &panels::RunsPage::workspaceChangeRequested, this,
            &MainWindow::chooseWorkspace);
    connect(m_sweepsPage, &panels::SweepsPage::openRunRequested, this, &MainWindow::openRun);
    connect(m_sweepsPage, &panels::SweepsPage::statusMessage, this,
            [this](const QString& text, int ms) { statusBar()->showMessage(text, ms); });
    connect(m_sweepsPage, &panels::SweepsPage::runningChanged, this, &MainWindow::updateActions);
    connect(m_sweepsPage, &panels::SweepsPage::sweepFinished, this, [this] {
        m_runsPage->refresh();
        if (m_quitAfterSweep)
            close();
    });
    connect(m_sweepsPage, &panels::SweepsPage::sweepStarted, this, [this] {
        if (m_monitor)
            m_monitor->start();
    });
    connect(m_sweepsPage, &panels::SweepsPage::sweepFinished, this, [this] {
        if (m_monitor && !isTraining()) {
            m_monitor->stop();
            m_lastSweepStallMs = m_monitor->longestGapMs();
        }
    });
    connect(m_experimentPage->form(), &widgets::ConfigForm::edited, this,
            &MainWindow::updateActions);
    connect(m_session, &models::Session::datasetChanged, this, &MainWindow::updateActions);
    connect(m_session, &models::Session::runChanged, this, &MainWindow::updateActions);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);

    m_loadProgressTimer.setInterval(50);
    connect(&m_loadProgressTimer, &QTimer::timeout, this, [this] {
        if (m_loadProgress)
            m_datasetPage->setProgress(m_loadProgress->load());
    });
    connect(&m_loadWatcher, &QFutureWatcher<core::data::MovieLensLoad>::finished, this,
            &MainWindow::onDatasetLoaded);
    connect(&m_runWatcher, &QFutureWatcher<OpenedRun>::finished, this, [this] {
        const OpenedRun opened = m_runWatcher.result();
        QApplication::restoreOverrideCursor();
        if (!opened.view) {
            showError(tr("Could not open the run"), opened.error);
            emit runOpened(false);
            return;
        }
        m_session->setRun(opened.view);
        m_tabs->setCurrentWidget(m_resultsPage);
        statusBar()->showMessage(
            opened.error.isEmpty()
                ? tr("Opened run %1").arg(QString::fromStdString(opened.view->record.summary.name))
                : opened.error,
            8000);
        emit runOpened(true);
    });
    connect(&m_compareWatcher, &QFutureWatcher<models::RunComparison>::finished, this, [this] {
        auto comparison = std::make_shared<models::RunComparison>(m_compareWatcher.result());
        QApplication::restoreOverrideCursor();
        if (comparison->runs.size() < 2) {
            showError(tr("Could not compare the runs"),
                      tr("At least two readable runs are needed.") + "\n" +
                          comparison->problems.join('\n'));
            emit runsCompared(false);
            return;
        }
        const int problems = int(comparison->problems.size());
        const int runs = int(comparison->runs.size());
        m_comparePage->setComparison(std::move(comparison));
        m_tabs->setCurrentWidget(m_comparePage);
        statusBar()->showMessage(
            problems == 0 ? tr("Comparing %1 runs").arg(runs)
                          : tr("Comparing %1 runs; %2 could not be read").arg(runs).arg(problems),
            8000);
        emit runsCompared(true);
    });

    QSettings settings;
    restoreGeometry(settings.value("window/geometry").toByteArray());
    restoreState(settings.value("window/state").toByteArray());
    if (!settings.contains("window/geometry"))
        resize(1400, 900);
    setWorkspace(settings.value("workspace", defaultWorkspace()).toString());
    rebuildRecentMenu();
    const QString lastConfig = settings.value("config/lastFile").toString();
    if (!lastConfig.isEmpty() && QFileInfo::exists(lastConfig))
        m_experimentPage->loadFile(lastConfig);
    m_tabs->setCurrentIndex(settings.value("window/tab", 0).toInt());
    updateActions();
}

MainWindow::~MainWindow() {
    if (m_worker)
        m_worker->requestStop();
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
    m_loadWatcher.waitForFinished();
    m_runWatcher.waitForFinished();
    m_compareWatcher.waitForFinished();
}

void MainWindow::measureResponsiveness() {
    if (!m_monitor)
        m_monitor = new automation::EventLoopMonitor(this);
}

bool MainWindow::isTraining() const {
    return m_worker != nullptr;
}
workers::TrainingWorker* MainWindow::worker() const {
    return m_worker;
}

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(QString());
    QAction* open = file->addAction(QString(), this, &MainWindow::chooseDataset);
    open->setShortcut(QKeySequence::Open);
    // The small sample installed with the program (resources/sample/ml-sample), for a first
    // look without MovieLens on disk.
    const auto sample = core::util::findResource("sample/ml-sample");
    QAction* openSample = file->addAction(QString(), this, [this, folder = sample] {
        if (folder)
            openDataset(models::fromPath(*folder));
    });
    openSample->setEnabled(sample.has_value());
    m_recentMenu = file->addMenu(QString());
    file->addSeparator();
    QAction* load =
        file->addAction(QString(), m_experimentPage, &panels::ExperimentPage::chooseAndLoad);
    QAction* save = file->addAction(QString(), m_experimentPage, &panels::ExperimentPage::saveAs);
    save->setShortcut(QKeySequence::Save);
    file->addSeparator();
    m_exportChartsAction = file->addAction(QString(), this, &MainWindow::exportCurrentPageCharts);
    m_exportChartsAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    m_exportReportAction = file->addAction(QString(), this, &MainWindow::exportReport);
    m_exportReportAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
    file->addSeparator();
    QAction* quit = file->addAction(QString(), this, &QWidget::close);
    quit->setShortcut(QKeySequence(QStringLiteral("Ctrl+Q")));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* run = menuBar()->addMenu(QString());
    m_trainAction = run->addAction(QString(), this, &MainWindow::startTraining);
    m_trainAction->setShortcuts({QKeySequence(QStringLiteral("Ctrl+R")), QKeySequence(Qt::Key_F5)});
    m_stopAction = run->addAction(QString(), this, &MainWindow::stopTraining);
    m_stopAction->setShortcut(QKeySequence(Qt::Key_Escape));
    run->addSeparator();
    run->addAction(m_runsPage->compareAction());
    run->addSeparator();
    run->addAction(m_sweepsPage->startAction());
    run->addAction(m_sweepsPage->stopAction());
    run->addAction(m_sweepsPage->resumeAction());

    QMenu* view = menuBar()->addMenu(QString());
    QList<QAction*> pages;
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction* a = view->addAction(QString(), this, [this, i] { m_tabs->setCurrentIndex(i); });
        a->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
        pages << a;
    }

    QMenu* settings = menuBar()->addMenu(QString());
    QAction* workspace = settings->addAction(QString(), this, &MainWindow::chooseWorkspace);
    QMenu* language = settings->addMenu(QString());
    auto* languages = new QActionGroup(this);
    const QString current = QSettings().value("language", "system").toString();
    QAction* systemLanguage = nullptr;
    for (const auto& [code, name] : {std::pair{QStringLiteral("system"), QString()},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")},
                                     std::pair{QStringLiteral("es"), QStringLiteral("Español")}}) {
        QAction* a = language->addAction(name, this, [this, code = code] { setLanguage(code); });
        a->setCheckable(true);
        a->setChecked(code == current);
        a->setData(code);
        languages->addAction(a);
        if (code == QLatin1String("system"))
            systemLanguage = a;
    }

    QMenu* help = menuBar()->addMenu(QString());
    QAction* about = help->addAction(QString(), this, &MainWindow::showAbout);

    QToolBar* bar = addToolBar(QString());
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(open);
    bar->addSeparator();
    bar->addAction(m_trainAction);
    bar->addAction(m_stopAction);
    bar->addSeparator();
    bar->addAction(m_exportChartsAction);
    bar->addAction(m_exportReportAction);

    auto* texts = new i18n::Retranslator(this);
    texts->add([=, this] {
        setWindowTitle(tr("Ratings Workbench"));
        const QStringList tabTexts = {tr("&Dataset"), tr("&Experiment"), tr("&Training"),
                                      tr("Re&sults"), tr("&Users"),      tr("R&uns"),
                                      tr("Com&pare"), tr("S&weeps")};
        for (int i = 0; i < m_tabs->count() && i < tabTexts.size(); ++i) {
            m_tabs->setTabText(i, tabTexts[i]);
            pages[i]->setText(QString(tabTexts[i]).remove('&'));
        }
        file->setTitle(tr("&File"));
        open->setText(tr("&Open dataset…"));
        openSample->setText(tr("Open the &bundled sample"));
        openSample->setToolTip(sample
                                   ? tr("A small synthetic dataset in ml-1m's format: %1")
                                         .arg(QDir::toNativeSeparators(models::fromPath(*sample)))
                                   : tr("The sample dataset is not installed"));
        m_recentMenu->setTitle(tr("Open &recent"));
        load->setText(tr("&Load configuration…"));
        save->setText(tr("&Save configuration…"));
        m_exportChartsAction->setText(tr("Export &charts of this page…"));
        m_exportReportAction->setText(tr("&Export report…"));
        quit->setText(tr("&Quit"));
        run->setTitle(tr("&Run"));
        m_trainAction->setText(tr("&Train"));
        m_stopAction->setText(tr("&Stop"));
        view->setTitle(tr("&View"));
        settings->setTitle(tr("&Settings"));
        workspace->setText(tr("&Workspace folder…"));
        language->setTitle(tr("&Language"));
        systemLanguage->setText(tr("System default"));
        help->setTitle(tr("&Help"));
        about->setText(tr("&About Ratings Workbench"));
        bar->setWindowTitle(tr("Main"));
        m_deviceLabel->setText(
            core::model::cudaAvailable()
                ? tr("GPU: %1").arg(QString::fromStdString(core::model::cudaDeviceName()))
                : tr("CPU (no CUDA device)"));
        updateActions();
    });
}

void MainWindow::chooseDataset() {
    const QString start =
        QSettings().value("dataset/recent").toStringList().value(0, QDir::homePath());
    const QString folder = QFileDialog::getExistingDirectory(
        this,
        tr("Open a MovieLens folder (ml-100k, ml-1m, ml-10m, ml-20m, ml-25m, ml-32m, ml-latest)"),
        start);
    if (!folder.isEmpty())
        openDataset(folder);
}

void MainWindow::openDataset(const QString& folder) {
    if (m_loadWatcher.isRunning()) {
        statusBar()->showMessage(tr("Still loading %1…").arg(m_loadingFolder), 4000);
        return;
    }
    m_loadingFolder = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    m_loadProgress = std::make_shared<std::atomic<double>>(0.0);
    m_datasetPage->setLoading(m_loadingFolder);
    m_tabs->setCurrentWidget(m_datasetPage);
    statusBar()->showMessage(tr("Loading %1…").arg(m_loadingFolder));
    auto progress = m_loadProgress;
    const std::filesystem::path path = models::toPath(m_loadingFolder);
    m_loadWatcher.setFuture(QtConcurrent::run([path, progress] {
        models::DatasetLoad loaded;
        loaded.load = core::data::loadMovieLens(path, [progress](double f) { progress->store(f); });
        if (loaded.load.ok())  // counted here, not on the window's thread
            loaded.overview = std::make_shared<const core::data::DatasetOverview>(
                core::data::overviewOf(*loaded.load.data));
        return loaded;
    }));
    m_loadProgressTimer.start();
    if (m_monitor && !isTraining())
        m_monitor->start();
}

void MainWindow::onDatasetLoaded() {
    m_loadProgressTimer.stop();
    auto loaded = m_loadWatcher.result();
    auto& load = loaded.load;
    if (!load.ok()) {
        const QString message = models::firstErrorText(load.report);
        m_datasetPage->showLoadError(m_loadingFolder, message,
                                     QString::fromStdString(load.report.summary()));
        statusBar()->showMessage(tr("Could not load %1").arg(m_loadingFolder), 8000);
        emit datasetLoaded(false);
        return;
    }
    const auto warnings = load.report.warningCount();
    const auto ratings = load.data->ratings.size();
    m_session->setDataset(std::move(load.data), std::move(load.report), std::move(loaded.overview));
    if (m_monitor && m_monitor->isRunning() && !isTraining()) {
        // The pages drew the dataset inside setDataset; the next ticks show how long it took.
        QTimer::singleShot(100, this, [this] {
            if (isTraining())
                return;
            m_monitor->stop();
            m_lastLoadStallMs = m_monitor->longestGapMs();
        });
    }
    addRecentFolder(m_loadingFolder);
    statusBar()->showMessage(tr("Loaded %1: %2 ratings, %3 warnings")
                                 .arg(m_loadingFolder)
                                 .arg(QLocale().toString(qlonglong(ratings)))
                                 .arg(warnings),
                             8000);
    emit datasetLoaded(true);
}

void MainWindow::addRecentFolder(const QString& folder) {
    QSettings settings;
    QStringList recent = settings.value("dataset/recent").toStringList();
    recent.removeAll(folder);
    recent.prepend(folder);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue("dataset/recent", recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    const QStringList recent = QSettings().value("dataset/recent").toStringList();
    m_recentMenu->clear();
    for (const auto& folder : recent)
        m_recentMenu->addAction(folder, this, [this, folder] { openDataset(folder); });
    m_recentMenu->setEnabled(!recent.isEmpty());
    m_datasetPage->setRecentFolders(recent);
}

void MainWindow::setWorkspace(const QString& folder) {
    QSettings().setValue("workspace", folder);
    m_runsPage->setWorkspace(folder);
    m_sweepsPage->setWorkspace(folder);
}

QString MainWindow::workspace() const {
    return m_runsPage->workspace();
}

void MainWindow::chooseWorkspace() {
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Workspace folder for runs"), workspace());
    if (!folder.isEmpty())
        setWorkspace(folder);
}

bool MainWindow::startTraining() {
    if (isTraining())
        return false;
    if (m_sweepsPage->isRunning()) {
        showError(tr("A sweep is running"),
                  tr("Train when the sweep has ended, or stop it first (Sweeps page)."));
        return false;
    }
    if (!m_session->dataset()) {
        showError(tr("No dataset"),
                  tr("Open a MovieLens folder first (File ▸ Open dataset, Ctrl+O)."));
        return false;
    }
    const auto problems = m_experimentPage->form()->problems();
    if (!problems.isEmpty()) {
        m_tabs->setCurrentWidget(m_experimentPage);
        statusBar()->showMessage(tr("Fix the configuration first: %1").arg(problems.join("; ")),
                                 10000);
        return false;
    }
    core::runs::ExperimentRequest request;
    request.config = m_session->config();
    request.data = m_session->dataset();
    request.workspace = models::toPath(workspace());

    m_worker = new workers::TrainingWorker(request);
    m_thread = new QThread(this);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &workers::TrainingWorker::run);
    connect(m_worker, &workers::TrainingWorker::stageChanged, m_trainingPage,
            &panels::TrainingPage::onStage);
    connect(m_worker, &workers::TrainingWorker::batchProgress, m_trainingPage,
            &panels::TrainingPage::onBatch);
    connect(m_worker, &workers::TrainingWorker::epochFinished, m_trainingPage,
            &panels::TrainingPage::onEpoch);
    connect(m_worker, &workers::TrainingWorker::finished, this, &MainWindow::onTrainingFinished);
    connect(m_worker, &workers::TrainingWorker::failed, this, &MainWindow::onTrainingFailed);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    m_trainingPage->start(request.config.training.maxEpochs, request.config.earlyStopping.patience);
    m_experimentPage->setTrainingActive(true);
    m_sweepsPage->setTrainingActive(true);
    m_tabs->setCurrentWidget(m_trainingPage);
    if (m_monitor)
        m_monitor->start();
    m_thread->start();
    statusBar()->showMessage(tr("Training…"));
    updateActions();
    emit trainingStarted();
    return true;
}

void MainWindow::stopTraining() {
    if (!m_worker)
        return;
    m_worker->requestStop();
    m_trainingPage->setStopping();
    statusBar()->showMessage(tr("Stopping after the current batch…"));
}

void MainWindow::endTraining() {
    if (m_monitor) {
        m_monitor->stop();
        m_lastStallMs = m_monitor->longestGapMs();
    }
    m_thread->quit();
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_worker = nullptr;
    m_experimentPage->setTrainingActive(false);
    m_sweepsPage->setTrainingActive(false);
    updateActions();
    if (m_quitAfterTraining)
        QTimer::singleShot(0, this, &MainWindow::quitAfterTraining);
}

void MainWindow::quitAfterTraining() {
    if (m_discardStoppedRun && !m_trainedRun.empty()) {
        if (m_session->run() && m_session->run()->record.path == m_trainedRun)
            m_session->setRun(nullptr);
        if (auto error = core::runs::deleteRun(m_trainedRun))
            QMessageBox::warning(this, tr("Could not delete the run"),
                                 QString::fromStdString(*error));
    }
    m_discardStoppedRun = false;
    m_quitAfterTraining = false;
    close();
}

void MainWindow::onTrainingFinished(std::shared_ptr<const core::runs::ExperimentResult> result) {
    auto view = std::make_shared<models::RunView>();
    view->record = result->record;
    view->model = result->model;
    view->prepared = result->prepared;
    // A line in the language of the moment (it is written again after a language change).
    const auto summary = [view] {
        const auto& s = view->record.summary;
        QString text = tr("Run %1 saved: %2")
                           .arg(QString::fromStdString(s.name), models::runStatusLabel(s.status));
        if (!s.message.empty())
            text += " — " + i18n::text(core::training::trainingMessage(s.message));
        if (view->record.metrics)
            text += tr(" · test RMSE %1 stars (%2 normalised) · see Results")
                        .arg(i18n::number(view->record.metrics->regression.rmseStars(), 4),
                             i18n::number(view->record.metrics->regression.rmse, 4));
        return text;
    };
    m_trainingPage->finish(summary);
    m_trainedRun = view->record.path;
    endTraining();
    m_session->setRun(view);
    m_runsPage->refresh();
    statusBar()->showMessage(summary(), 15000);
    emit trainingFinished(true);
}

void MainWindow::onTrainingFailed(const QString& message) {
    m_trainingPage->finish([message] { return tr("Training failed: %1").arg(message); });
    m_trainedRun.clear();
    endTraining();
    statusBar()->showMessage(tr("Training failed: %1").arg(message), 15000);
    emit trainingFinished(false);
}

void MainWindow::openRun(const QString& runFolder) {
    if (m_runWatcher.isRunning())
        return;
    QApplication::setOverrideCursor(Qt::BusyCursor);
    statusBar()->showMessage(tr("Opening %1…").arg(runFolder));
    m_runWatcher.setFuture(QtConcurrent::run(readRunInBackground, runFolder, m_session->dataset()));
}

void MainWindow::compareRuns(const QStringList& runFolders) {
    if (m_compareWatcher.isRunning()) {
        statusBar()->showMessage(tr("Still reading the runs of the last comparison…"), 4000);
        return;
    }
    std::vector<std::filesystem::path> folders;
    for (const auto& folder : runFolders)
        folders.emplace_back(models::toPath(folder));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    statusBar()->showMessage(tr("Reading %1 runs to compare…").arg(folders.size()));
    m_compareWatcher.setFuture(QtConcurrent::run(models::readRunComparison, folders));
}

void MainWindow::updateActions() {
    const bool training = isTraining();
    const bool sweeping = m_sweepsPage->isRunning();
    const bool valid = m_experimentPage->form()->isValid();
    const bool data = m_session->dataset() != nullptr;
    m_trainAction->setEnabled(!training && !sweeping && valid && data);
    m_stopAction->setEnabled(training);
    QString reason;
    if (!data)
        reason = tr("Open a dataset first.");
    else if (sweeping)
        reason = tr("A sweep is running (Sweeps page).");
    else if (!valid)
        reason = tr("The configuration has errors: %1")
                     .arg(m_experimentPage->form()->problems().join("; "));
    m_trainingPage->setTrainEnabled(!training && !sweeping && valid && data, reason);
    m_exportReportAction->setEnabled(m_session->run() != nullptr);
    const int page = m_tabs->currentIndex();
    m_exportChartsAction->setEnabled(page == DatasetTab || page == TrainingTab ||
                                     page == ResultsTab || page == CompareTab || page == SweepsTab);
}

void MainWindow::exportCurrentPageCharts() {
    QList<charts::ChartHandle> list;
    switch (m_tabs->currentIndex()) {
        case DatasetTab:
            list = m_datasetPage->charts();
            break;
        case TrainingTab:
            list = m_trainingPage->charts();
            break;
        case ResultsTab:
            list = m_resultsPage->charts();
            break;
        case CompareTab:
            list = m_comparePage->charts();
            break;
        case SweepsTab:
            list = m_sweepsPage->charts();
            break;
        default:
            return;
    }
    charts::ExportImageDialog size(this);
    if (size.exec() != QDialog::Accepted)
        return;
    const QString folder = charts::chooseExportFolder(this, tr("Export charts into"));
    if (folder.isEmpty())
        return;
    QString error;
    const auto written = charts::exportCharts(list, folder, &error);
    if (written.size() != list.size())
        showError(tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Wrote %1 charts to %2").arg(written.size()).arg(folder), 8000);
}

QString MainWindow::exportReportTo(const QString& parentFolder, QString* error) {
    if (!m_session->run()) {
        if (error)
            *error = tr("no run on display");
        return {};
    }
    return reports::exportReport(parentFolder, *m_session->run(),
                                 m_resultsPage->charts() + m_datasetPage->charts(), error);
}

void MainWindow::exportReport() {
    const QString folder = charts::chooseExportFolder(this, tr("Export report into"));
    if (folder.isEmpty())
        return;
    QString error;
    const QString written = exportReportTo(folder, &error);
    if (written.isEmpty())
        showError(tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Report written to %1").arg(written), 10000);
}

void MainWindow::showAbout() {
    const QString device = core::model::cudaAvailable()
                               ? QString::fromStdString(core::model::cudaDeviceName())
                               : tr("CPU only (no CUDA device)");
    QMessageBox::about(
        this, tr("About Ratings Workbench"),
        tr("<h3>Ratings Workbench %1</h3>"
           "<p>Rating-prediction experiments on MovieLens: the seed notebook's NeuMFEnhanced, "
           "reproduced and made fast.</p>"
           "<table><tr><td>Qt</td><td>%2</td></tr><tr><td>LibTorch</td><td>%3</td></tr>"
           "<tr><td>Device</td><td>%4</td></tr><tr><td>BLAS</td><td>%5</td></tr>"
           "<tr><td>Build</td><td>%6, %7</td></tr></table>")
            .arg(QString::fromLatin1(core::kProjectVersion), QString::fromLatin1(qVersion()),
                 QString::fromStdString(core::model::libtorchVersion()), device,
                 QString::fromStdString(core::runs::loadedBlas()),
                 QString::fromLatin1(core::kBuildType), QString::fromLatin1(core::kCompiler)));
}

void MainWindow::setLanguage(const QString& code) {
    QSettings().setValue("language", code);
    // Every page retranslates itself on the LanguageChange event this sends (Retranslator).
    i18n::installTranslators(*QCoreApplication::instance(), code);
}

void MainWindow::showError(const QString& title, const QString& message) {
    // Non-modal, so that a running training never waits on a dialog.
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
    statusBar()->showMessage(title + ": " + message, 10000);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_sweepsPage->isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("A sweep is running"),
            tr("Stop the sweep and quit? The trainings in progress are trained again when you "
               "resume the sweep."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_quitAfterSweep = true;
        m_sweepsPage->stopSweep();
        event->ignore();  // closes when the sweep has stopped
        return;
    }
    if (isTraining()) {
        // Training stops at once, so that it does not go on while the question is up; the
        // question is then only whether to keep the stopped run.
        stopTraining();
        QMessageBox box(QMessageBox::Question, tr("Training stopped"),
                        tr("Training was stopped so that you can quit. Keep the run (its best "
                           "epoch so far, saved as \"stopped\") in the workspace?"),
                        QMessageBox::NoButton, this);
        auto* keep = box.addButton(tr("Keep the run and quit"), QMessageBox::AcceptRole);
        auto* discard = box.addButton(tr("Delete the run and quit"), QMessageBox::DestructiveRole);
        box.addButton(tr("Don't quit"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.exec();
        event->ignore();
        if (box.clickedButton() != keep && box.clickedButton() != discard)
            return;  // the run stays, stopped; the window stays open
        m_discardStoppedRun = box.clickedButton() == discard;
        m_quitAfterTraining = true;
        if (!isTraining())  // it ended while the question was up
            QTimer::singleShot(0, this, &MainWindow::quitAfterTraining);
        return;  // otherwise quitAfterTraining() runs when the run is saved
    }
    if (m_session->isConfigDirty()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved configuration"),
            tr("The experiment configuration has unsaved changes. Save them?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel ||
            (answer == QMessageBox::Save && !m_experimentPage->saveAs())) {
            event->ignore();
            return;
        }
    }
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    settings.setValue("window/tab", m_tabs->currentIndex());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    for (const auto& url : event->mimeData()->urls()) {
        const QFileInfo info(url.toLocalFile());
        if (info.isDir()) {
            openDataset(info.absoluteFilePath());
            return;
        }
        if (info.isFile() && (info.suffix() == "yaml" || info.suffix() == "yml")) {
            m_experimentPage->loadFile(info.absoluteFilePath());
            m_tabs->setCurrentWidget(m_experimentPage);
            return;
        }
        if (info.isFile() && info.fileName().endsWith(".dat")) {
            openDataset(info.absolutePath());
            return;
        }
    }
}

}  // namespace ui::windows
