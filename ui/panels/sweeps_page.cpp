#include "panels/sweeps_page.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <thread>
#include <utility>

#include "charts/loss_comparison_chart.h"
#include "charts/parallel_coordinates_plot.h"
#include "charts/sweep_plots.h"
#include "i18n/locale_text.h"
#include "i18n/retranslator.h"
#include "models/csv_text.h"
#include "models/file_paths.h"
#include "models/session.h"
#include "models/sweep_plot_data.h"
#include "models/sweep_texts.h"
#include "models/sweep_trial_model.h"
#include "reports/sweep_report.h"
#include "sweep/slurm.h"
#include "sweep/sweep_leaderboard.h"
#include "sweep/sweep_runner.h"
#include "widgets/slurm_dialog.h"
#include "widgets/sweep_editor.h"
#include "workers/sweep_worker.h"

namespace ui::panels {
namespace {

namespace sweep = core::sweep;

constexpr auto kSplitterKey = "sweeps/splitter";
constexpr auto kRightSplitterKey = "sweeps/rightSplitter";
constexpr auto kConcurrencyKey = "sweeps/concurrency";
constexpr int kPollIntervalMs = 2000;
constexpr int kMaxLossCurves = 10;
constexpr int kMaxColumnWidth = 260;  // pixels
enum PlotTab { ParallelTab, ParameterTab, HistoryTab, ImportanceTab, LossTab, PlotTabCount };

OpenedSweep readSweepInBackground(const QString& folder) {
    OpenedSweep opened;
    opened.folder = folder;
    std::string error;
    auto state = sweep::readSweepState(models::toPath(folder), &error);
    if (!state) {
        opened.error = QString::fromStdString(error);
        return opened;
    }
    opened.runningElsewhere = sweep::isSweepRunning(models::toPath(folder));
    opened.state = std::make_shared<const sweep::SweepState>(std::move(*state));
    return opened;
}

int finishedTrials(const sweep::SweepState& state) {
    int n = 0;
    for (const auto& t : state.trials) {
        const auto s = sweep::trialState(t);
        n += s == sweep::TrainingState::Completed || s == sweep::TrainingState::Pruned ||
             s == sweep::TrainingState::Failed;
    }
    return n;
}

int runningTrainings(const sweep::SweepState& state) {
    int n = 0;
    for (const auto& t : state.trials)
        for (const auto& r : t.runs)
            n += r.state == sweep::TrainingState::Running;
    return n;
}

// A reason sweep.json keeps in English ("all 12 trials ran"), in the UI language: read back
// into the core message it was written from (core::sweep::sweepMessage).
QString reasonText(const std::string& english) {
    return i18n::text(sweep::sweepMessage(english));
}

QString bestText(const sweep::SweepState& state) {
    const auto board = sweep::leaderboard(state);
    if (board.empty() || board.front().rank != 1 || !board.front().objective)
        return {};
    return QCoreApplication::translate("ui::panels::SweepsPage", "best: trial %1 (%2)")
        .arg(board.front().trial)
        .arg(i18n::number(*board.front().objective, 4));
}

std::vector<SweepListEntry> listSweepsInBackground(const QString& workspace) {
    std::vector<SweepListEntry> entries;
    for (const auto& folder : sweep::listSweeps(models::toPath(workspace))) {
        SweepListEntry e;
        e.folder = models::fromPath(folder);
        std::string error;
        const auto state = sweep::readSweepState(folder, &error);
        const QString name = models::fromPath(folder.filename());
        if (!state) {
            e.text = QCoreApplication::translate("ui::panels::SweepsPage", "%1 — unreadable: %2")
                         .arg(name, QString::fromStdString(error));
        } else {
            const bool running = sweep::isSweepRunning(folder);
            const QString what =
                running ? QCoreApplication::translate("ui::panels::SweepsPage", "running")
                : state->finished
                    ? QCoreApplication::translate("ui::panels::SweepsPage", "finished")
                : !state->slurmWaves.empty()
                    ? QCoreApplication::translate("ui::panels::SweepsPage", "on Slurm")
                    : QCoreApplication::translate("ui::panels::SweepsPage", "stopped");
            e.text =
                QCoreApplication::translate("ui::panels::SweepsPage", "%1 — %2, %3 of %4 trials")
                    .arg(name, what, i18n::count(finishedTrials(*state)),
                         i18n::count(sweep::plannedTrials(state->spec)));
            const QString best = bestText(*state);
            if (!best.isEmpty())
                e.text += ", " + best;
        }
        entries.push_back(std::move(e));
    }
    return entries;
}

// Creates the sweep (when `request` is given), then collects and submits the next wave.
SlurmStep slurmStepInBackground(QString folder, sweep::SlurmSettings settings,
                                std::optional<sweep::NewSweep> request) {
    SlurmStep step;
    std::string error;
    bool created = false;
    if (request) {
        const auto made = sweep::createSweep(*request, &error);
        if (!made) {
            step.error = QString::fromStdString(error);
            return step;
        }
        folder = QString::fromStdString(made->string());
        created = true;
    }
    step.folder = folder;
    const std::filesystem::path path = models::toPath(folder);
    if (!sweep::collectSlurmResults(path, &error))
        step.error = QString::fromStdString(error);
    if (step.error.isEmpty()) {
        step.wave = sweep::submitSlurmWave(path, settings, &error);
        step.error = QString::fromStdString(error);
    }
    if (created && !step.wave) {
        // Its first wave could not be handed over: the new folder holds nothing worth keeping,
        // and left behind it would look like a sweep to resume here.
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
        step.folder.clear();
        return step;
    }
    if (auto state = sweep::readSweepState(path, &error))
        step.state = std::make_shared<const sweep::SweepState>(std::move(*state));
    else if (step.error.isEmpty())
        step.error = QString::fromStdString(error);
    return step;
}

}  // namespace

SweepsPage::SweepsPage(models::Session* session, QWidget* parent)
    : QWidget(parent), m_session(session) {
    workers::registerSweepMetaTypes();
    m_staleCharts.assign(PlotTabCount, true);
    buildLayout();

    m_refreshTimer.setInterval(kRefreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SweepsPage::refresh);
    m_pollTimer.setInterval(kPollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        if (m_openWatcher.isRunning() || m_folder.isEmpty())
            return;
        m_polling = true;
        m_openWatcher.setFuture(QtConcurrent::run(readSweepInBackground, m_folder));
    });
    connect(&m_openWatcher, &QFutureWatcher<OpenedSweep>::finished, this, [this] {
        const OpenedSweep opened = m_openWatcher.result();
        const bool poll = m_polling;
        m_polling = false;
        if (!poll)
            QApplication::restoreOverrideCursor();
        if (poll && opened.folder != m_folder)
            return;  // another sweep was opened meanwhile
        if (!opened.state) {
            if (!poll) {
                emit statusMessage(tr("Could not open the sweep: %1").arg(opened.error), 10000);
                QMessageBox::warning(this, tr("Could not open the sweep"), opened.error);
                emit sweepOpened(false);
            }
            return;
        }
        // This window's own sweep is never "elsewhere".
        const bool ours = isRunning() && opened.folder == m_runFolder;
        display(opened.folder, opened.state, opened.runningElsewhere || ours,
                opened.runningElsewhere && !ours);
        if (!poll)
            emit sweepOpened(true);
        if (poll && !opened.runningElsewhere)
            refreshList();  // it ended
    });
    connect(&m_listWatcher, &QFutureWatcher<std::vector<SweepListEntry>>::finished, this, [this] {
        const QString current =
            m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : m_folder;
        m_list->clear();
        for (const auto& e : m_listWatcher.result()) {
            auto* item = new QListWidgetItem(e.text, m_list);
            item->setData(Qt::UserRole, e.folder);
            item->setToolTip(e.folder);
            if (e.folder == current)
                m_list->setCurrentItem(item);
        }
        if (std::exchange(m_listAgain, false))  // what it read may predate the request
            refreshList();
    });
    m_slurmTimer.setInterval(kSlurmPollMs);
    connect(&m_slurmTimer, &QTimer::timeout, this, &SweepsPage::pollSlurm);
    connect(&m_slurmWatcher, &QFutureWatcher<SlurmStep>::finished, this, &SweepsPage::onSlurmStep);
    m_slurmSettings = widgets::SlurmDialog::rememberedSettings();
    connect(m_session, &models::Session::datasetChanged, this, &SweepsPage::updateActions);
    connect(m_editor, &widgets::SweepEditor::changed, this, &SweepsPage::updateActions);
    display({}, nullptr, false, false);
}

SweepsPage::~SweepsPage() {
    if (m_thread) {
        if (m_worker)
            m_worker->requestStop();
        m_thread->quit();
        m_thread->wait();
    }
    m_openWatcher.waitForFinished();
    m_listWatcher.waitForFinished();
    m_slurmWatcher.waitForFinished();
}

bool SweepsPage::isRunning() const {
    return m_worker != nullptr;
}

workers::SweepWorker* SweepsPage::worker() const {
    return m_worker;
}

void SweepsPage::buildLayout() {
    auto* layout = new QVBoxLayout(this);

    // ---- top: what is on display and what can be done with it ----
    auto* top = new QHBoxLayout();
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setObjectName(QStringLiteral("sweepHeader"));
    top->addWidget(m_header, 1);
    layout->addLayout(top);

    auto* buttons = new QHBoxLayout();
    m_startAction = new QAction(this);
    m_stopAction = new QAction(this);
    m_resumeAction = new QAction(this);
    connect(m_startAction, &QAction::triggered, this, [this] { startSweep(); });
    connect(m_stopAction, &QAction::triggered, this, &SweepsPage::stopSweep);
    connect(m_resumeAction, &QAction::triggered, this, [this] { resumeSweep(); });
    const auto actionButton = [this](QAction* action, const char* name) {
        auto* b = new QPushButton(this);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, action, &QAction::trigger);
        return b;
    };
    m_start = actionButton(m_startAction, "startSweepButton");
    m_stop = actionButton(m_stopAction, "stopSweepButton");
    m_resume = actionButton(m_resumeAction, "resumeSweepButton");
    m_concurrency = new QSpinBox(this);
    m_concurrency->setObjectName(QStringLiteral("concurrency"));
    m_concurrency->setRange(1, std::max(1, int(std::thread::hardware_concurrency())));
    m_concurrency->setValue(
        std::clamp(QSettings().value(kConcurrencyKey, sweep::defaultConcurrency()).toInt(), 1,
                   m_concurrency->maximum()));
    connect(m_concurrency, &QSpinBox::valueChanged, this,
            [](int n) { QSettings().setValue(kConcurrencyKey, n); });
    auto* concurrencyLabel = new QLabel(this);
    concurrencyLabel->setBuddy(m_concurrency);
    m_slurm = new QPushButton(this);
    m_slurm->setObjectName(QStringLiteral("runOnSlurmButton"));
    connect(m_slurm, &QPushButton::clicked, this, &SweepsPage::chooseAndStartSlurm);
    m_exportCsv = new QPushButton(this);
    m_exportReport = new QPushButton(this);
    connect(m_exportCsv, &QPushButton::clicked, this, &SweepsPage::chooseAndExportCsv);
    connect(m_exportReport, &QPushButton::clicked, this, &SweepsPage::chooseAndExportReport);
    buttons->addWidget(m_start);
    buttons->addWidget(m_slurm);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_resume);
    buttons->addSpacing(8);
    buttons->addWidget(concurrencyLabel);
    buttons->addWidget(m_concurrency);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(m_splitter, 1);

    // ---- left: the spec editor and the workspace's sweeps ----
    auto* left = new QTabWidget(m_splitter);
    left->setObjectName(QStringLiteral("sweepSide"));
    auto* editorBox = new QWidget(left);
    auto* editorLayout = new QVBoxLayout(editorBox);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    auto* fileButtons = new QHBoxLayout();
    auto* load = new QPushButton(editorBox);
    auto* save = new QPushButton(editorBox);
    fileButtons->addWidget(load);
    fileButtons->addWidget(save);
    fileButtons->addStretch(1);
    editorLayout->addLayout(fileButtons);
    m_editor = new widgets::SweepEditor(m_session, editorBox);
    auto* scroll = new QScrollArea(editorBox);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    editorLayout->addWidget(scroll, 1);
    connect(load, &QPushButton::clicked, m_editor, &widgets::SweepEditor::chooseAndLoad);
    connect(save, &QPushButton::clicked, m_editor, &widgets::SweepEditor::saveAs);
    left->addTab(editorBox, QString());

    auto* listBox = new QWidget(left);
    auto* listLayout = new QVBoxLayout(listBox);
    m_list = new QListWidget(listBox);
    m_list->setObjectName(QStringLiteral("sweepList"));
    auto* listButtons = new QHBoxLayout();
    auto* open = new QPushButton(listBox);
    auto* refreshButton = new QPushButton(listBox);
    listButtons->addWidget(open);
    listButtons->addWidget(refreshButton);
    listButtons->addStretch(1);
    auto* listLabel = new QLabel(listBox);
    listLayout->addWidget(listLabel);
    listLayout->addWidget(m_list, 1);
    listLayout->addLayout(listButtons);
    connect(refreshButton, &QPushButton::clicked, this, &SweepsPage::refreshList);
    const auto openCurrent = [this] {
        if (auto* item = m_list->currentItem())
            openSweep(item->data(Qt::UserRole).toString());
    };
    connect(open, &QPushButton::clicked, this, openCurrent);
    connect(m_list, &QListWidget::itemDoubleClicked, this, openCurrent);
    left->addTab(listBox, QString());
    m_splitter->addWidget(left);

    // ---- right: the trials as a table and as plots ----
    m_rightSplitter = new QSplitter(Qt::Vertical, m_splitter);
    auto* tableBox = new QWidget(m_rightSplitter);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    auto* filterLine = new QHBoxLayout();
    m_filterNote = new QLabel(tableBox);
    m_filterNote->setObjectName(QStringLiteral("filterNote"));
    m_clearBrushes = new QPushButton(tableBox);
    filterLine->addWidget(m_filterNote, 1);
    filterLine->addWidget(m_clearBrushes);
    // The exports sit over the table: the line of actions above stays narrow enough for
    // small screens in every language.
    filterLine->addWidget(m_exportCsv);
    filterLine->addWidget(m_exportReport);
    tableLayout->addLayout(filterLine);
    m_model = new models::SweepTrialModel(this);
    m_filter = new models::SweepTrialFilter(this);
    m_filter->setSourceModel(m_model);
    m_view = new QTableView(tableBox);
    m_view->setObjectName(QStringLiteral("trialTable"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);  // the leaderboard's order
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    tableLayout->addWidget(m_view, 1);
    m_rightSplitter->addWidget(tableBox);

    m_plots = new QTabWidget(m_rightSplitter);
    m_plots->setObjectName(QStringLiteral("sweepPlots"));
    m_parallel = new charts::ParallelCoordinatesPlot(m_plots);
    auto* parallelBox = new QWidget(m_plots);
    auto* parallelLayout = new QVBoxLayout(parallelBox);
    parallelLayout->setContentsMargins(0, 0, 0, 0);
    auto* parallelHint = new QLabel(parallelBox);
    parallelHint->setWordWrap(true);
    parallelLayout->addWidget(parallelHint);
    parallelLayout->addWidget(m_parallel, 1);
    m_plots->addTab(parallelBox, QString());
    m_byParameter = new charts::ObjectiveByParameterPlot(m_plots);
    m_plots->addTab(m_byParameter, QString());
    m_history = new charts::SweepHistoryPlot(m_plots);
    m_plots->addTab(m_history, QString());
    auto* importanceBox = new QWidget(m_plots);
    auto* importanceLayout = new QVBoxLayout(importanceBox);
    importanceLayout->setContentsMargins(0, 0, 0, 0);
    m_importance = new charts::ParameterImportancePlot(importanceBox);
    // One short line on the page; the method and its limits in full in the tooltip.
    m_importanceNote = new QLabel(importanceBox);
    m_importanceNote->setObjectName(QStringLiteral("importanceMethod"));
    m_importanceNote->setWordWrap(true);
    importanceLayout->addWidget(m_importance, 1);
    importanceLayout->addWidget(m_importanceNote);
    m_plots->addTab(importanceBox, QString());
    auto* lossBox = new QWidget(m_plots);
    auto* lossLayout = new QVBoxLayout(lossBox);
    lossLayout->setContentsMargins(0, 0, 0, 0);
    m_loss = new charts::LossComparisonChart(lossBox);
    m_lossNote = new QLabel(lossBox);
    m_lossNote->setWordWrap(true);
    lossLayout->addWidget(m_lossNote);
    lossLayout->addWidget(m_loss, 1);
    m_plots->addTab(lossBox, QString());
    m_rightSplitter->addWidget(m_plots);
    m_rightSplitter->setStretchFactor(0, 1);
    m_rightSplitter->setStretchFactor(1, 2);
    m_splitter->addWidget(m_rightSplitter);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);

    for (const auto& h : charts())
        charts::installExportMenu(h.widget, h.fileStem);

    QSettings settings;
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({460, 940});
    if (!m_rightSplitter->restoreState(settings.value(kRightSplitterKey).toByteArray()))
        m_rightSplitter->setSizes({300, 500});
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(kSplitterKey, m_splitter->saveState()); });
    connect(m_rightSplitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(kRightSplitterKey, m_rightSplitter->saveState()); });

    connect(m_parallel, &charts::ParallelCoordinatesPlot::brushChanged, this,
            &SweepsPage::applyBrush);
    connect(m_clearBrushes, &QPushButton::clicked, m_parallel,
            &charts::ParallelCoordinatesPlot::clearBrushes);
    connect(m_view, &QTableView::doubleClicked, this, &SweepsPage::openTrialRun);
    // At most kMaxLossCurves curves: cheap enough to follow the selection even when hidden.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SweepsPage::updateLossCurves);
    connect(m_plots, &QTabWidget::currentChanged, this, [this] { refreshCharts(false); });

    auto* texts = new i18n::Retranslator(this);
    texts->add([=, this] {
        m_startAction->setText(tr("Start s&weep"));
        m_startAction->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
        m_startAction->setToolTip(
            tr("Start a new sweep of this specification on the loaded dataset (Ctrl+Shift+R)"));
        m_stopAction->setText(tr("Stop s&weep"));
        m_stopAction->setShortcut(QKeySequence(tr("Ctrl+Shift+Esc")));
        m_stopAction->setToolTip(
            tr("Stop the sweep: the trainings in progress stop after their current batch and are "
               "trained again on resume"));
        m_resumeAction->setText(tr("Resu&me sweep"));
        m_resumeAction->setToolTip(tr("Go on with the stopped or interrupted sweep on display"));
        // Without the menu's mnemonic: on the page it would clash with the Sweeps tab's.
        for (auto [button, action] : {std::pair{m_start, m_startAction},
                                      {m_stop, m_stopAction},
                                      {m_resume, m_resumeAction}})
            button->setText(QString(action->text()).remove(QLatin1Char('&')));
        m_stop->setToolTip(m_stopAction->toolTip());
        m_resume->setToolTip(m_resumeAction->toolTip());
        m_concurrency->setToolTip(
            tr("Trainings at once (default: %1, as the command line). 2 ran about twice the "
               "trials per hour of 1 on a 2-core machine; 1 leaves a core to this window. Sweeps "
               "that need the autograd step run one at a time.")
                .arg(sweep::defaultConcurrency()));
        concurrencyLabel->setText(tr("Trainings at &once:"));
        m_slurm->setText(tr("Run on S&lurm…"));
        m_slurmToolTip =
            tr("Hand the trainings of this specification to a Slurm cluster, one job array per "
               "wave, instead of running them here");
        m_exportCsv->setText(tr("Export leaderboard as &CSV…"));
        m_exportReport->setText(tr("E&xport sweep report…"));
        load->setText(tr("Load spec…"));
        save->setText(tr("Save spec…"));
        left->setTabText(0, tr("Specification"));
        left->setTabText(1, tr("Sweeps"));
        open->setText(tr("Open"));
        refreshButton->setText(tr("Refresh"));
        listLabel->setText(tr("Sweeps in the workspace (double-click to open):"));
        m_clearBrushes->setText(tr("Show all trials"));
        m_view->setToolTip(
            tr("Double-click a trial to open its run on the Results page. Select trials to "
               "overlay their validation curves."));
        parallelHint->setText(
            tr("Drag along an axis to keep only the trials in that range (the table follows); "
               "click an axis to clear its range, double-click to clear all. Colour: objective "
               "(dark is better); grey: pruned; dashed: running."));
        m_plots->setTabText(ParallelTab, tr("Parallel coordinates"));
        m_plots->setTabText(ParameterTab, tr("Objective by parameter"));
        m_plots->setTabText(HistoryTab, tr("Objective by trial"));
        m_plots->setTabText(ImportanceTab, tr("Parameter importance"));
        m_plots->setTabText(LossTab, tr("Learning curves"));
        const QString method =
            tr("Method: for each parameter alone, the share of the objective's variance over the "
               "completed trials that its values explain — a one-way analysis of variance with "
               "the trials grouped by value (ranges cut into 2–4 equal-count bins), reported as "
               "ε² (η² corrected for the share that that many groups explain by chance). Limits: "
               "interactions between parameters are not counted and the shares need not add up "
               "to 100%; a sampler that concentrates on good regions (TPE) makes parameters "
               "correlate, which can inflate or hide an effect; with few trials the figures are "
               "noise, so none are shown under %1 completed trials.")
                .arg(models::kMinImportanceTrials);
        m_importanceNote->setText(
            tr("One-way analysis of variance per parameter (ε²); interactions not counted. Hover "
               "for the method and its limits."));
        m_importanceNote->setToolTip(method);
        m_importance->setToolTip(method);
        m_loss->setTitles(tr("Validation RMSE per epoch (stars)"), tr("validation RMSE (stars)"));
        // What is computed from the sweep on display: in the new language and number format.
        m_model->refreshTexts();
        if (m_state)
            m_plotData = models::sweepPlotData(*m_state);  // axis names and category values
        std::fill(m_staleCharts.begin(), m_staleCharts.end(), true);
        refreshCharts(false);
        applyBrush();
        updateHeader();
        updateActions();
        refreshList();
    });
}

QList<charts::ChartHandle> SweepsPage::charts() {
    if (m_state &&
        std::any_of(m_staleCharts.begin(), m_staleCharts.end(), [](bool s) { return s; }))
        refreshCharts(true);
    return {{m_parallel, QStringLiteral("sweep_parallel_coordinates")},
            {m_byParameter, QStringLiteral("sweep_objective_by_parameter")},
            {m_history, QStringLiteral("sweep_objective_by_trial")},
            {m_importance, QStringLiteral("sweep_parameter_importance")},
            {m_loss, QStringLiteral("sweep_learning_curves")}};
}

void SweepsPage::setWorkspace(const QString& folder) {
    m_workspace = folder;
    refreshList();
}

void SweepsPage::setTrainingActive(bool active) {
    m_trainingActive = active;
    updateActions();
}

void SweepsPage::refreshList() {
    if (m_workspace.isEmpty())
        return;
    if (m_listWatcher.isRunning()) {
        m_listAgain = true;
        return;
    }
    m_listWatcher.setFuture(QtConcurrent::run(listSweepsInBackground, m_workspace));
}

void SweepsPage::fail(const QString& message, QString* error) {
    if (error)
        *error = message;
    emit statusMessage(message, 10000);
    m_header->setText(
        QStringLiteral("<span style='color:#c62828'>%1</span>").arg(message.toHtmlEscaped()));
}

QString SweepsPage::startProblem() const {
    if (isRunning())
        return tr("A sweep is running here: start another when it has ended.");
    if (m_slurmWatcher.isRunning())
        return tr("A sweep is being handed to Slurm: wait until it has been.");
    if (m_trainingActive)
        return tr("A training is running: start the sweep when it has ended.");
    if (!m_session->dataset())
        return tr("Open a MovieLens folder first (File ▸ Open dataset, Ctrl+O).");
    if (!m_editor->isValid())
        return tr("Fix the sweep specification first: %1")
            .arg(m_editor->problems().join(QStringLiteral("; ")));
    return {};
}

core::sweep::NewSweep SweepsPage::newSweepRequest(int concurrency) const {
    sweep::NewSweep request;
    request.spec = m_editor->result().spec;
    if (const QString file = m_editor->specFile(); !file.isEmpty()) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly)) {
            request.specText = f.readAll().toStdString();
            request.specSource = QFileInfo(file).absoluteFilePath().toStdString();
        }
    }
    request.workspace = models::toPath(m_workspace);
    request.dataFolder = std::filesystem::absolute(m_session->dataset()->folder);
    request.concurrency = concurrency;
    return request;
}

bool SweepsPage::startSweep(QString* error) {
    if (const QString problem = startProblem(); !problem.isEmpty()) {
        fail(problem, error);
        return false;
    }
    const auto& spec = m_editor->result().spec;
    int concurrency = m_concurrency->value();
    QString note;
    if (concurrency > 1)
        if (const auto reason = sweep::concurrencyObstacle(spec)) {
            concurrency = 1;
            note = tr("One training at a time: %1").arg(QString::fromStdString(*reason));
        }
    const auto request = newSweepRequest(concurrency);
    std::string message;
    const auto folder = sweep::createSweep(request, &message);
    if (!folder) {
        fail(tr("Could not create the sweep: %1").arg(QString::fromStdString(message)), error);
        return false;
    }
    launch(QString::fromStdString(folder->string()), m_session->dataset(),
           models::fromPath(m_session->dataset()->folder), concurrency);
    if (!note.isEmpty())
        emit statusMessage(note, 10000);
    refreshList();
    return true;
}

bool SweepsPage::resumeSweep(QString* error) {
    if (isRunning())
        return false;
    if (!m_state || m_folder.isEmpty()) {
        fail(tr("Open a sweep first (the Sweeps list)."), error);
        return false;
    }
    if (m_runningElsewhere) {
        fail(tr("Another process runs this sweep."), error);
        return false;
    }
    if (m_trainingActive) {
        fail(tr("A training is running: resume the sweep when it has ended."), error);
        return false;
    }
    if (m_state->finished) {
        fail(tr("This sweep has finished: %1").arg(reasonText(m_state->endReason)), error);
        return false;
    }
    // Its own dataset: the window's when it is the same folder, else loaded by the worker.
    std::shared_ptr<const core::data::MovieLensData> data;
    const std::filesystem::path dataFolder = m_state->dataFolder;
    std::error_code ec;
    if (m_session->dataset() &&
        std::filesystem::equivalent(m_session->dataset()->folder, dataFolder, ec))
        data = m_session->dataset();
    launch(m_folder, data, QString::fromStdString(m_state->dataFolder),
           std::max(1, m_state->suggestionLag));
    return true;
}

void SweepsPage::launch(const QString& folder,
                        std::shared_ptr<const core::data::MovieLensData> data,
                        const QString& dataFolder, int concurrency) {
    workers::SweepJob job;
    job.folder = models::toPath(folder);
    job.data = std::move(data);
    job.dataFolder = models::toPath(dataFolder);
    job.concurrency = concurrency;
    m_runFolder = folder;
    m_stopping = false;
    m_worker = new workers::SweepWorker(job);
    m_thread = new QThread(this);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &workers::SweepWorker::run);
    connect(m_worker, &workers::SweepWorker::stateChanged, this, &SweepsPage::onLiveState);
    connect(m_worker, &workers::SweepWorker::stageChanged, this,
            [this](const QString& text) { emit statusMessage(text, 0); });
    connect(m_worker, &workers::SweepWorker::finished, this, &SweepsPage::onWorkerFinished);
    connect(m_worker, &workers::SweepWorker::failed, this, &SweepsPage::onWorkerFailed);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_pollTimer.stop();
    m_folder = folder;
    m_live = true;
    m_runningElsewhere = false;
    m_refreshTimer.start();
    m_thread->start();
    updateActions();
    updateHeader();
    emit runningChanged();
    emit sweepStarted();
}

void SweepsPage::stopSweep() {
    if (!m_worker)
        return;
    m_worker->requestStop();
    m_stopping = true;
    updateActions();
    emit statusMessage(tr("Stopping the sweep: the trainings in progress stop after their current "
                          "batch and are trained again on resume…"),
                       0);
}

void SweepsPage::onLiveState(std::shared_ptr<const core::sweep::SweepState> state) {
    if (m_folder != m_runFolder)
        return;  // another sweep is on display
    m_state = std::move(state);
    m_dirty = true;
}

void SweepsPage::onWorkerFinished(std::shared_ptr<const core::sweep::SweepState> state,
                                  bool stopped, const QString& error) {
    const QString name = QString::fromStdString(state->name);
    if (m_folder == m_runFolder) {
        m_state = state;
        m_live = false;
        m_dirty = true;
        m_sizedRows = -1;  // the statuses are final
    }
    endWorker();
    refresh();
    refreshList();
    QString text;
    if (!error.isEmpty())
        text = tr("Sweep %1 ended on an error: %2").arg(name, error);
    else if (stopped)
        text = tr("Sweep %1 stopped after %2 finished trials; resume to go on.")
                   .arg(name, i18n::count(finishedTrials(*state)));
    else
        text = tr("Sweep %1 finished: %2").arg(name, reasonText(state->endReason)) +
               (bestText(*state).isEmpty() ? QString() : QStringLiteral("; ") + bestText(*state));
    emit statusMessage(text, 15000);
    emit sweepFinished(error.isEmpty());
}

void SweepsPage::onWorkerFailed(const QString& message) {
    endWorker();
    if (m_folder == m_runFolder) {
        m_live = false;
        m_dirty = true;
        refresh();
    }
    emit statusMessage(tr("The sweep could not run: %1").arg(message), 15000);
    QMessageBox::warning(this, tr("The sweep could not run"), message);
    emit sweepFinished(false);
}

void SweepsPage::endWorker() {
    m_thread->quit();
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_worker = nullptr;
    m_stopping = false;
    m_refreshTimer.stop();
    updateActions();
    emit runningChanged();
}

void SweepsPage::openSweep(const QString& folder) {
    if (m_openWatcher.isRunning()) {
        if (!m_polling)
            return;
        m_openWatcher.waitForFinished();  // a poll: short; this open replaces it
        m_polling = false;
    }
    const QString clean = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    if (isRunning() && clean == m_runFolder) {
        // This window's own sweep: its live state is here already.
        m_folder = clean;
        m_live = true;
        m_runningElsewhere = false;
        m_dirty = true;
        m_refreshTimer.start();
        refresh();
        emit sweepOpened(true);
        return;
    }
    QApplication::setOverrideCursor(Qt::BusyCursor);
    emit statusMessage(tr("Reading %1…").arg(clean), 0);
    m_openWatcher.setFuture(QtConcurrent::run(readSweepInBackground, clean));
}

void SweepsPage::display(const QString& folder,
                         std::shared_ptr<const core::sweep::SweepState> state, bool live,
                         bool runningElsewhere) {
    const bool otherSweep = folder != m_folder;
    m_folder = folder;
    m_state = std::move(state);
    m_live = live;
    m_runningElsewhere = runningElsewhere;
    if (otherSweep) {
        m_sizedRows = -1;
        m_view->clearSelection();
        m_parallel->clearBrushes();
    }
    if (runningElsewhere)
        m_pollTimer.start();
    else
        m_pollTimer.stop();
    if (otherSweep)
        m_slurmError.clear();
    m_dirty = true;
    refresh();
    updateSlurmPolling();
}

void SweepsPage::refresh() {
    if (!m_dirty)
        return;
    m_dirty = false;
    m_model->setState(m_state, m_live);
    if (m_model->rowCount() != m_sizedRows && m_view->horizontalHeader()->count() > 0) {
        // Fitted to the contents when trials come (not on every epoch, so that a column the
        // user widened stays); long status notes are cut, their tooltip has them whole.
        m_sizedRows = m_model->rowCount();
        m_view->resizeColumnsToContents();
        for (int c = 0; c < m_view->horizontalHeader()->count(); ++c)
            m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), kMaxColumnWidth));
    }
    // Epochs change only the learning curves: the other plots (the parallel coordinates' replot
    // is the dearest thing on this page) are redrawn when a trial starts or ends.
    m_staleCharts[LossTab] = true;
    if (m_state) {
        auto data = models::sweepPlotData(*m_state);
        if (!(data == m_plotData)) {
            m_plotData = std::move(data);
            std::fill(m_staleCharts.begin(), m_staleCharts.end(), true);
        }
    }
    refreshCharts(false);
    applyBrush();
    updateHeader();
    updateActions();
}

void SweepsPage::refreshCharts(bool all) {
    if (!m_state)
        return;
    const auto& data = m_plotData;
    const int current = m_plots->currentIndex();
    const auto due = [&](int tab) {
        return m_staleCharts[std::size_t(tab)] && (all || tab == current);
    };
    if (due(ParallelTab) || (m_staleCharts[ParallelTab] && m_parallel->hasBrushes())) {
        // Brushes filter the table, so this one follows even when hidden.
        m_parallel->setData(data);
        m_staleCharts[ParallelTab] = false;
    }
    if (due(ParameterTab)) {
        m_byParameter->setData(data);
        m_staleCharts[ParameterTab] = false;
    }
    if (due(HistoryTab)) {
        m_history->setData(data);
        m_staleCharts[HistoryTab] = false;
    }
    if (due(ImportanceTab)) {
        m_importanceResult = models::parameterImportance(data);
        m_importance->setImportance(m_importanceResult, data);
        m_staleCharts[ImportanceTab] = false;
    }
    if (due(LossTab))
        updateLossCurves();
}

void SweepsPage::updateLossCurves() {
    m_staleCharts[LossTab] = false;
    QList<int> trials;
    for (const auto& index : m_view->selectionModel()->selectedRows())
        trials << index.data(models::SweepTrialModel::TrialRole).toInt();
    const bool chosen = !trials.isEmpty();
    if (!chosen) {
        // The five best and those running.
        std::vector<const models::TrialRow*> rows;
        for (const auto& row : m_model->rows())
            rows.push_back(&row);
        std::sort(rows.begin(), rows.end(),
                  [](const auto* a, const auto* b) { return a->order < b->order; });
        int best = 0;
        for (const auto* row : rows)
            if ((row->rank > 0 && best++ < 5) || row->state == sweep::TrainingState::Running)
                trials << row->number;
    }
    QList<charts::RunLossCurves> curves;
    int shown = 0;
    if (m_state)
        for (const int number : trials)
            for (const auto& trial : m_state->trials) {
                if (trial.number != number)
                    continue;
                for (const auto& run : trial.runs) {
                    if (run.validationRmse.empty() || shown >= kMaxLossCurves)
                        continue;
                    charts::RunLossCurves c;
                    c.name = m_state->spec.repeats > 1
                                 ? tr("trial %1, repeat %2").arg(number).arg(run.repeat + 1)
                                 : tr("trial %1").arg(number);
                    for (std::size_t e = 0; e < run.validationRmse.size(); ++e)
                        c.validation << QPointF(double(e + 1), run.validationRmse[e]);
                    curves << c;
                    ++shown;
                }
            }
    m_loss->showRuns(curves);
    m_lossNote->setText(chosen ? tr("The selected trials (at most %1 curves).").arg(kMaxLossCurves)
                               : tr("The five best trials and those running; select trials in "
                                    "the table to choose others."));
}

void SweepsPage::applyBrush() {
    auto trials = m_parallel->brushedTrials();
    const bool filtered = trials.has_value();
    m_filter->setTrialFilter(std::move(trials));
    const int total = m_model->rowCount();
    m_filterNote->setText(
        filtered ? tr("Showing %1 of %2 trials (the ranges brushed on the parallel coordinates).")
                       .arg(i18n::count(m_filter->rowCount()), i18n::count(total))
                 : tr("%1 trials.").arg(i18n::count(total)));
    m_clearBrushes->setVisible(filtered);
}

void SweepsPage::updateHeader() {
    if (!m_state) {
        m_header->setText(
            tr("No sweep on display. Edit a specification on the left and press Start sweep, "
               "or open a sweep of the workspace (the Sweeps tab)."));
        return;
    }
    const auto& s = *m_state;
    const auto& spec = s.spec;
    QString state;
    if (isRunning() && m_folder == m_runFolder)
        state = m_stopping ? tr("stopping…") : tr("running");
    else if (m_runningElsewhere)
        state = tr("running in another process (read-only; refreshed every %1 s)")
                    .arg(kPollIntervalMs / 1000);
    else if (s.finished)
        state = tr("finished: %1").arg(reasonText(s.endReason));
    else if (isSlurmSweep())
        state = tr("on Slurm, %1 trainings not ended yet").arg(i18n::count(runningTrainings(s)));
    else if (s.endReason.empty())
        state = tr("interrupted (resume to go on)");
    else
        state = tr("%1 (resume to go on)").arg(reasonText(s.endReason));
    QString text =
        tr("<b>%1</b> — %2, %3 of %4 trials finished; objective %5 (%6); %7 s. State: %8.")
            .arg(QString::fromStdString(s.name).toHtmlEscaped(),
                 models::strategyLabel(spec.strategy))
            .arg(i18n::count(finishedTrials(s)), i18n::count(sweep::plannedTrials(spec)),
                 models::metricLabel(spec.objective.metric),
                 models::directionLabel(spec.objective.direction),
                 i18n::number(s.elapsedSeconds, 0), state.toHtmlEscaped());
    const QString best = bestText(s);
    if (!best.isEmpty())
        text += ' ' + tr("The best is highlighted: %1.").arg(best);
    if (const QString slurm = slurmText(); !slurm.isEmpty())
        text += QStringLiteral("<br>") + slurm;
    m_header->setText(text);
}

void SweepsPage::updateActions() {
    const bool running = isRunning();
    const bool canStart = startProblem().isEmpty();
    m_startAction->setEnabled(canStart);
    m_start->setEnabled(canStart);
    m_slurm->setEnabled(canStart);
    const QString why = startProblem();
    m_start->setToolTip(why.isEmpty() ? m_startAction->toolTip() : why);
    m_slurm->setToolTip(why.isEmpty() ? m_slurmToolTip : why);
    m_stopAction->setEnabled(running && !m_stopping);
    m_stop->setEnabled(running && !m_stopping);
    // A Slurm sweep goes on by itself while on display (the Slurm timer).
    const bool canResume = !running && !m_trainingActive && m_state && !m_state->finished &&
                           !m_runningElsewhere && !m_folder.isEmpty() && !isSlurmSweep();
    m_resumeAction->setEnabled(canResume);
    m_resume->setEnabled(canResume);
    m_concurrency->setEnabled(!running);
    m_exportCsv->setEnabled(m_state != nullptr);
    m_exportReport->setEnabled(m_state != nullptr);
}

void SweepsPage::openTrialRun(const QModelIndex& index) {
    const int trial = index.data(models::SweepTrialModel::TrialRole).toInt();
    const int row = m_model->rowOfTrial(trial);
    if (row < 0 || m_folder.isEmpty())
        return;
    const auto& names = m_model->rows()[std::size_t(row)].runNames;
    if (names.empty()) {
        emit statusMessage(tr("Trial %1 has no run folder yet.").arg(trial), 6000);
        return;
    }
    emit openRunRequested(QDir(m_folder).filePath(QString::fromStdString(names.front())));
}

QString SweepsPage::exportLeaderboardCsv(const QString& path) const {
    return models::writeCsvFile(path, m_model->toCsv());
}

QString SweepsPage::exportReportTo(const QString& parentFolder, QString* error) {
    if (!m_state) {
        if (error)
            *error = tr("no sweep on display");
        return {};
    }
    const auto list = charts();
    return reports::exportSweepReport(parentFolder, *m_state, m_model->toCsv(), m_importanceResult,
                                      list, error);
}

void SweepsPage::chooseAndExportCsv() {
    if (!m_state)
        return;
    const QString path = charts::chooseExportFile(
        this, tr("Export leaderboard"),
        QString::fromStdString(m_state->name) + QStringLiteral("-leaderboard.csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString e = exportLeaderboardCsv(path); !e.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), e);
    else
        emit statusMessage(tr("Leaderboard written to %1").arg(path), 8000);
}

void SweepsPage::chooseAndExportReport() {
    const QString folder = charts::chooseExportFolder(this, tr("Export sweep report into"));
    if (folder.isEmpty())
        return;
    QString error;
    const QString written = exportReportTo(folder, &error);
    if (written.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        emit statusMessage(tr("Sweep report written to %1").arg(written), 10000);
}

}  // namespace ui::panels

namespace ui::panels {

// ---- Slurm ----

void SweepsPage::chooseAndStartSlurm() {
    if (const QString problem = startProblem(); !problem.isEmpty()) {
        fail(problem, nullptr);
        return;
    }
    widgets::SlurmDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!startSlurmSweep(dialog.settings(), &error))
        QMessageBox::warning(this, tr("The sweep could not go to Slurm"), error);
}

bool SweepsPage::startSlurmSweep(const core::sweep::SlurmSettings& settings, QString* error) {
    if (const QString problem = startProblem(); !problem.isEmpty()) {
        fail(problem, error);
        return false;
    }
    if (settings.submit && QStandardPaths::findExecutable(QStringLiteral("sbatch")).isEmpty()) {
        fail(tr("sbatch was not found on this computer (PATH), so the sweep cannot be submitted "
                "to Slurm from here. Run the workbench where Slurm's commands are (a login "
                "node), or choose \"Only write the script\" and submit the script with sbatch "
                "there."),
             error);
        return false;
    }
    m_slurmSettings = settings;
    m_slurmError.clear();
    // Each training runs alone on its node: the suggestion lag of a sequential sweep.
    auto request = newSweepRequest(1);
    emit statusMessage(settings.submit ? tr("Submitting the sweep to Slurm…")
                                       : tr("Writing the sweep's Slurm script…"),
                       0);
    m_slurmWatcher.setFuture(
        QtConcurrent::run(slurmStepInBackground, QString(), settings, std::move(request)));
    updateActions();
    return true;
}

bool SweepsPage::pollSlurm() {
    if (m_slurmWatcher.isRunning() || !isSlurmSweep() || m_folder.isEmpty())
        return false;
    m_slurmWatcher.setFuture(QtConcurrent::run(slurmStepInBackground, m_folder, m_slurmSettings,
                                               std::optional<sweep::NewSweep>()));
    return true;
}

bool SweepsPage::isSlurmSweep() const {
    return m_state && !m_state->slurmWaves.empty();
}

void SweepsPage::onSlurmStep() {
    const SlurmStep step = m_slurmWatcher.result();
    const bool first = step.folder != m_folder;
    m_slurmError = step.error;
    if (step.wave) {
        const QString script =
            QDir(step.folder).filePath(QString::fromStdString(step.wave->script));
        emit statusMessage(step.wave->jobId.empty()
                               ? tr("Slurm wave %1 written to %2: submit it with sbatch.")
                                     .arg(step.wave->number)
                                     .arg(script)
                               : tr("Slurm wave %1 submitted as job %2 (%3).")
                                     .arg(step.wave->number)
                                     .arg(QString::fromStdString(step.wave->jobId), script),
                           15000);
    } else if (!step.error.isEmpty()) {
        emit statusMessage(tr("Slurm: %1").arg(step.error), 15000);
    }
    if (step.state && (first || step.folder == m_folder)) {
        display(step.folder, step.state, !step.state->finished, false);
        if (first)
            refreshList();
    } else {
        updateHeader();
        updateActions();
    }
    if (step.folder.isEmpty() && !step.error.isEmpty())
        fail(tr("The sweep could not go to Slurm: %1").arg(step.error), nullptr);
    emit slurmStepDone(step.error.isEmpty());
}

void SweepsPage::updateSlurmPolling() {
    if (isSlurmSweep() && !m_state->finished && !m_runningElsewhere)
        m_slurmTimer.start();
    else
        m_slurmTimer.stop();
}

QString SweepsPage::slurmText() const {
    if (!isSlurmSweep())
        return {};
    const auto& wave = m_state->slurmWaves.back();
    const QString script = QDir(m_folder).filePath(QString::fromStdString(wave.script));
    QString text =
        wave.jobId.empty()
            ? tr("On Slurm: wave %1 (%2 trainings) written to %3, not submitted: submit it with "
                 "sbatch.")
                  .arg(wave.number)
                  .arg(i18n::count(qint64(wave.trainings.size())), script.toHtmlEscaped())
            : tr("On Slurm: wave %1 (%2 trainings) is job %3 (%4); scancel %3 cancels it.")
                  .arg(wave.number)
                  .arg(i18n::count(qint64(wave.trainings.size())),
                       QString::fromStdString(wave.jobId).toHtmlEscaped(), script.toHtmlEscaped());
    if (!m_state->finished)
        text += ' ' + tr("Collected every %1 s; the next wave is submitted when this one has "
                         "ended.")
                          .arg(kSlurmPollMs / 1000);
    if (!m_slurmError.isEmpty())
        text += QStringLiteral(" <span style='color:#c62828'>%1</span>")
                    .arg(tr("Last look: %1").arg(m_slurmError).toHtmlEscaped());
    return text;
}

}  // namespace ui::panels
