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
#include "i18n/locale_text.h"
#include "i18n/retranslator.h"

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
    m_train = new QPushButton(this);
    m_train->setObjectName(QStringLiteral("trainButton"));
    m_stop = new QPushButton(this);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setEnabled(false);
    connect(m_train, &QPushButton::clicked, this, &TrainingPage::trainRequested);
    connect(m_stop, &QPushButton::clicked, this, &TrainingPage::stopRequested);
    m_stage = new QLabel(this);
    m_stage->setObjectName(QStringLiteral("stage"));
    m_stage->setWordWrap(true);
    buttons->addWidget(m_train);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_stage, 1);
    layout->addLayout(buttons);

    auto* grid = new QGridLayout();
    m_runBar = new QProgressBar(this);
    m_runBar->setObjectName(QStringLiteral("runProgress"));
    m_epochBar = new QProgressBar(this);
    m_epochBar->setObjectName(QStringLiteral("epochProgress"));
    m_speed = new QLabel(this);
    m_speed->setObjectName(QStringLiteral("speed"));
    m_speed->setWordWrap(true);  // long lines must not widen the window
    m_best = new QLabel(this);
    m_best->setWordWrap(true);
    auto* runLabel = new QLabel(this);
    auto* epochLabel = new QLabel(this);
    grid->addWidget(runLabel, 0, 0);
    grid->addWidget(m_runBar, 0, 1);
    grid->addWidget(epochLabel, 1, 0);
    grid->addWidget(m_epochBar, 1, 1);
    grid->addWidget(m_speed, 2, 1);
    grid->addWidget(m_best, 3, 1);
    layout->addLayout(grid);

    m_chart = new charts::LossChart(this);
    charts::installExportMenu(m_chart, QStringLiteral("training_loss"));
    layout->addWidget(m_chart, 3);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("epochLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    layout->addWidget(m_log, 1);

    m_chartTimer.setInterval(100);
    connect(&m_chartTimer, &QTimer::timeout, this, &TrainingPage::pushToChart);

    auto* texts = new i18n::Retranslator(this);
    texts->add([=, this] {
        m_train->setText(tr("Train"));
        m_stop->setText(m_stopping ? tr("Stopping…") : tr("Stop"));
        m_stop->setToolTip(
            tr("Stop after the current batch and keep the best epoch so far as a "
               "\"stopped\" run (Esc)"));
        runLabel->setText(tr("Run:"));
        epochLabel->setText(tr("Epoch:"));
        m_log->setPlaceholderText(tr("Epoch results appear here."));
        showStage();
        showRunProgress();
        if (m_lastEpoch)
            showBest(*m_lastEpoch);
        if (m_summary)
            showFinishedSpeed();
        else if (m_lastBatch)
            showSpeed(*m_lastBatch);
    });
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
    m_started = true;
    m_epoch = 0;
    m_epochFraction = 0;
    m_lastBatch.reset();
    m_lastEpoch.reset();
    m_stopping = false;
    m_stageNumber = -1;
    m_summary = nullptr;
    m_epochBar->setRange(0, 1);
    m_epochBar->setValue(0);
    m_epochBar->setFormat(QString());
    m_speed->clear();
    m_best->clear();
    m_log->clear();
    m_train->setEnabled(false);
    m_stop->setEnabled(true);
    m_stop->setText(tr("Stop"));
    showStage();
    showRunProgress();
    m_pushedRevision = -1;
    pushToChart();
    m_chartTimer.start();
}

void TrainingPage::onStage(int stage, const core::util::Text& detail) {
    m_stageNumber = stage;
    m_stageDetail = detail;
    showStage();
}

void TrainingPage::showStage() {
    if (m_summary) {
        m_stage->setText(m_summary());
        return;
    }
    static const char* const names[] = {QT_TR_NOOP("Preparing"), QT_TR_NOOP("Splitting"),
                                        QT_TR_NOOP("Training"),  QT_TR_NOOP("Evaluating"),
                                        QT_TR_NOOP("Saving"),    QT_TR_NOOP("Finished")};
    if (m_stageNumber < 0 || m_stageNumber >= 6) {
        m_stage->setText(m_started
                             ? tr("Starting…")
                             : tr("Idle. Load a dataset, check the experiment and press Train."));
        return;
    }
    m_stage->setText(
        QStringLiteral("%1: %2").arg(tr(names[m_stageNumber]), i18n::text(m_stageDetail)));
}

void TrainingPage::showRunProgress() {
    // "epoch 3 of 30" while the third epoch runs; the bar fills with the batches.
    constexpr int kSteps = 1000;
    const int maxEpochs = std::max(1, m_maxEpochs);
    m_runBar->setRange(0, maxEpochs * kSteps);
    m_runBar->setValue(int(std::lround((std::max(0, m_epoch - 1) + m_epochFraction) * kSteps)));
    m_runBar->setFormat(m_epoch == 0 ? tr("not started (at most %n epoch(s))", nullptr, maxEpochs)
                                     : tr("epoch %1 of at most %2").arg(m_epoch).arg(maxEpochs));
}

void TrainingPage::onBatch(const core::training::BatchProgress& p) {
    m_history.addBatch(p);
    m_maxEpochs = p.maxEpochs;
    m_epoch = p.epoch;
    m_epochFraction = p.batchesPerEpoch > 0 ? double(p.batch) / double(p.batchesPerEpoch) : 0;
    showRunProgress();
    m_epochBar->setRange(0, int(p.batchesPerEpoch));
    m_epochBar->setValue(int(p.batch));
    m_epochBar->setFormat(
        tr("batch %1 of %2").arg(i18n::count(p.batch), i18n::count(p.batchesPerEpoch)));
    m_lastBatch = p;
    showSpeed(p);
}

void TrainingPage::showSpeed(const core::training::BatchProgress& p) {
    const double epochEta =
        p.batch > 0 ? p.epochSeconds / double(p.batch) * double(p.batchesPerEpoch - p.batch) : -1;
    const double perEpoch =
        p.batch > 0 ? p.epochSeconds / double(p.batch) * double(p.batchesPerEpoch) : -1;
    const double runEta = epochEta + perEpoch * double(p.maxEpochs - p.epoch);
    const QString loss = std::isnan(p.runningLoss)
                             ? QString()
                             : tr("running loss %1 · ").arg(i18n::number(p.runningLoss, 4));
    const QString left = p.epoch >= p.maxEpochs
                             ? tr("epoch ends in %1").arg(duration(epochEta))
                             : tr("epoch ends in %1 · at most %2 left (early stopping may end "
                                  "sooner)")
                                   .arg(duration(epochEta), duration(runEta));
    m_speed->setText(
        tr("%1%2 rows/s · %3 · elapsed %4")
            .arg(loss, i18n::number(p.samplesPerSecond, 0), left, duration(p.runSeconds)));
}

void TrainingPage::onEpoch(const core::training::EpochResult& r) {
    m_history.addEpoch(r);
    m_epoch = r.epoch;
    m_epochFraction = 1;
    showRunProgress();
    m_lastEpoch = r;
    showBest(r);
    m_log->appendPlainText(
        tr("epoch %1: train MSE %2, validation MSE %3, learning rate %4, "
           "training %5 s, validation %6 s%7")
            .arg(r.epoch)
            .arg(i18n::number(r.trainLoss, 5), i18n::number(r.validationLoss, 5),
                 QLocale().toString(r.learningRate, 'g', 3), i18n::number(r.trainSeconds, 2),
                 i18n::number(r.validationSeconds, 2), r.improved ? tr("  ★ best") : QString()));
}

void TrainingPage::showBest(const core::training::EpochResult& r) {
    m_best->setText(tr("Best epoch so far: %1 (validation MSE %2) · early stopping: %3 of %4 "
                       "epochs without improvement · learning rate %5")
                        .arg(r.bestEpoch)
                        .arg(i18n::number(r.bestValidationLoss, 5))
                        .arg(r.epochsWithoutImprovement)
                        .arg(m_patience)
                        .arg(QLocale().toString(r.learningRate, 'g', 3)));
}

void TrainingPage::setStopping() {
    m_stopping = true;
    m_stop->setEnabled(false);
    m_stop->setText(tr("Stopping…"));
}

void TrainingPage::finish(const std::function<QString()>& summary) {
    m_chartTimer.stop();
    pushToChart();
    m_summary = summary;
    showStage();
    m_stopping = false;
    m_stop->setEnabled(false);
    m_stop->setText(tr("Stop"));
    m_train->setEnabled(true);
    showFinishedSpeed();
}

void TrainingPage::showFinishedSpeed() {
    // Nothing is left to do: the time it took replaces the estimates.
    m_speed->setText(m_lastBatch ? tr("Trained for %1.").arg(duration(m_lastBatch->runSeconds))
                                 : QString());
}

void TrainingPage::pushToChart() {
    if (m_history.revision() == m_pushedRevision)
        return;
    m_pushedRevision = m_history.revision();
    m_chart->showHistory(m_history, m_maxEpochs);
}

}  // namespace ui::panels
