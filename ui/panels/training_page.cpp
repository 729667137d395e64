#include "panels/training_page.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

#include "charts/loss_chart.h"

namespace ui::panels {
namespace {

QString duration(double seconds) {
    if (seconds < 0 || !std::isfinite(seconds))
        return QStringLiteral("–");
    const int s = int(std::lround(seconds));
    return s >= 60 ? QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'))
                   : QCoreApplication::translate("TrainingPage", "%1 s").arg(s);
}

}  // namespace

TrainingPage::TrainingPage(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QHBoxLayout();
    m_train = new QPushButton(tr("Train"), this);
    m_train->setObjectName(QStringLiteral("trainButton"));
    m_stop = new QPushButton(tr("Stop"), this);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setEnabled(false);
    m_stop->setToolTip(tr(
        "Stop after the current batch and keep the best epoch so far as a \"stopped\" run (Esc)"));
    connect(m_train, &QPushButton::clicked, this, &TrainingPage::trainRequested);
    connect(m_stop, &QPushButton::clicked, this, &TrainingPage::stopRequested);
    m_stage = new QLabel(tr("Idle. Load a dataset, check the experiment and press Train."), this);
    m_stage->setWordWrap(true);
    buttons->addWidget(m_train);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_stage, 1);
    layout->addLayout(buttons);

    auto* grid = new QGridLayout();
    m_runBar = new QProgressBar(this);
    m_runBar->setObjectName(QStringLiteral("runProgress"));
    m_runBar->setFormat(tr("epoch %v of %m"));
    m_epochBar = new QProgressBar(this);
    m_epochBar->setObjectName(QStringLiteral("epochProgress"));
    m_epochBar->setFormat(tr("batch %v of %m"));
    m_speed = new QLabel(this);
    m_best = new QLabel(this);
    m_stall = new QLabel(this);
    m_stall->setObjectName(QStringLiteral("longestStall"));
    m_stall->setToolTip(
        tr("The longest time the window went without handling events during this run (it stays "
           "responsive below ~50 ms)."));
    grid->addWidget(new QLabel(tr("Run:"), this), 0, 0);
    grid->addWidget(m_runBar, 0, 1);
    grid->addWidget(new QLabel(tr("Epoch:"), this), 1, 0);
    grid->addWidget(m_epochBar, 1, 1);
    grid->addWidget(m_speed, 2, 1);
    grid->addWidget(m_best, 3, 1);
    grid->addWidget(m_stall, 4, 1);
    layout->addLayout(grid);

    m_chart = new charts::LossChart(this);
    charts::installExportMenu(m_chart, QStringLiteral("training_loss"));
    layout->addWidget(m_chart, 3);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_log->setPlaceholderText(tr("Epoch results appear here."));
    layout->addWidget(m_log, 1);

    m_chartTimer.setInterval(100);
    connect(&m_chartTimer, &QTimer::timeout, this, &TrainingPage::pushToChart);
}

QList<charts::ChartHandle> TrainingPage::charts() const {
    return {{m_chart, QStringLiteral("training_loss")}};
}

void TrainingPage::setTrainEnabled(bool enabled, const QString& reason) {
    m_train->setEnabled(enabled);
    m_train->setToolTip(enabled ? tr("Start training (Ctrl+R, F5)") : reason);
}

void TrainingPage::start(int maxEpochs, int earlyStoppingPatience) {
    m_history.clear();
    m_maxEpochs = maxEpochs;
    m_patience = earlyStoppingPatience;
    m_runBar->setRange(0, maxEpochs);
    m_runBar->setValue(0);
    m_epochBar->setRange(0, 1);
    m_epochBar->setValue(0);
    m_speed->clear();
    m_best->clear();
    m_stall->clear();
    m_log->clear();
    m_train->setEnabled(false);
    m_stop->setEnabled(true);
    m_stop->setText(tr("Stop"));
    m_stage->setText(tr("Starting…"));
    m_clock.start();
    m_pushedRevision = -1;
    pushToChart();
    m_chartTimer.start();
}

void TrainingPage::onStage(int stage, const QString& detail) {
    static const char* const names[] = {QT_TR_NOOP("Preparing"), QT_TR_NOOP("Splitting"),
                                        QT_TR_NOOP("Training"),  QT_TR_NOOP("Evaluating"),
                                        QT_TR_NOOP("Saving"),    QT_TR_NOOP("Finished")};
    const QString name = stage >= 0 && stage < 6 ? tr(names[stage]) : QString();
    m_stage->setText(QStringLiteral("%1: %2").arg(name, detail));
}

void TrainingPage::onBatch(const core::training::BatchProgress& p) {
    m_history.addBatch(p);
    m_runBar->setMaximum(p.maxEpochs);
    m_runBar->setValue(p.epoch - 1);
    m_epochBar->setRange(0, int(p.batchesPerEpoch));
    m_epochBar->setValue(int(p.batch));
    const double epochEta =
        p.batch > 0 ? p.epochSeconds / double(p.batch) * double(p.batchesPerEpoch - p.batch) : -1;
    const double perEpoch =
        p.batch > 0 ? p.epochSeconds / double(p.batch) * double(p.batchesPerEpoch) : -1;
    const double runEta = epochEta + perEpoch * double(p.maxEpochs - p.epoch);
    QString loss = std::isnan(p.runningLoss)
                       ? QString()
                       : tr("running loss %1 · ").arg(p.runningLoss, 0, 'f', 4);
    m_speed->setText(tr("%1%2 rows/s · epoch ETA %3 · at most %4 left (early stopping may end "
                        "sooner) · elapsed %5")
                         .arg(loss)
                         .arg(QLocale().toString(p.samplesPerSecond, 'f', 0))
                         .arg(duration(epochEta), duration(runEta), duration(p.runSeconds)));
}

void TrainingPage::onEpoch(const core::training::EpochResult& r) {
    m_history.addEpoch(r);
    m_runBar->setValue(r.epoch);
    m_best->setText(tr("Best epoch so far: %1 (validation MSE %2) · early stopping: %3 of %4 "
                       "epochs without improvement · learning rate %5")
                        .arg(r.bestEpoch)
                        .arg(r.bestValidationLoss, 0, 'f', 5)
                        .arg(r.epochsWithoutImprovement)
                        .arg(m_patience)
                        .arg(r.learningRate, 0, 'g', 3));
    m_log->appendPlainText(tr("epoch %1: train %2, validation %3, lr %4, %5 s + %6 s%7")
                               .arg(r.epoch)
                               .arg(r.trainLoss, 0, 'f', 5)
                               .arg(r.validationLoss, 0, 'f', 5)
                               .arg(r.learningRate, 0, 'g', 3)
                               .arg(r.trainSeconds, 0, 'f', 2)
                               .arg(r.validationSeconds, 0, 'f', 2)
                               .arg(r.improved ? tr("  ★ best") : QString()));
}

void TrainingPage::setStopping() {
    m_stop->setEnabled(false);
    m_stop->setText(tr("Stopping…"));
}

void TrainingPage::finish(const QString& summary) {
    m_chartTimer.stop();
    pushToChart();
    m_stage->setText(summary);
    m_stop->setEnabled(false);
    m_stop->setText(tr("Stop"));
    m_train->setEnabled(true);
}

void TrainingPage::setLongestStallMs(double ms) {
    m_stall->setText(
        tr("Longest pause of the window's event loop during this run: %1 ms").arg(ms, 0, 'f', 1));
}

void TrainingPage::pushToChart() {
    if (m_history.revision() == m_pushedRevision)
        return;
    m_pushedRevision = m_history.revision();
    m_chart->showHistory(m_history, m_maxEpochs);
}

}  // namespace ui::panels
