#pragma once

#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

#include "charts/chart_export.h"
#include "models/training_history.h"
#include "training/training_progress.h"

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace ui::charts {
class LossChart;
}

namespace ui::panels {

/// The live training dashboard: loss curves growing per epoch with the running batch loss,
/// the learning-rate steps, progress with epoch/batch, rows per second and ETA, the best
/// epoch so far and the early-stopping counter. A timer pushes the history to the chart ten
/// times a second; progress arrives as queued value signals.
class TrainingPage : public QWidget {
    Q_OBJECT

public:
    explicit TrainingPage(QWidget* parent = nullptr);

    void start(int maxEpochs, int earlyStoppingPatience);
    void onStage(int stage, const core::util::Text& detail);
    void onBatch(const core::training::BatchProgress& progress);
    void onEpoch(const core::training::EpochResult& result);
    /// Training ended: `summary` gives the line shown (again after a language change); the
    /// buttons return to idle.
    void finish(const std::function<QString()>& summary);
    void setStopping();
    void setTrainEnabled(bool enabled, const QString& reason);

    charts::LossChart* lossChart() const { return m_chart; }
    const models::TrainingHistory& history() const { return m_history; }
    QList<charts::ChartHandle> charts() const;

signals:
    void trainRequested();
    void stopRequested();

private:
    void pushToChart();
    void showStage();
    void showRunProgress();
    void showSpeed(const core::training::BatchProgress& p);
    void showBest(const core::training::EpochResult& r);
    void showFinishedSpeed();

    models::TrainingHistory m_history;
    int m_pushedRevision = -1;
    int m_maxEpochs = 30;
    int m_patience = 5;
    bool m_started = false;
    bool m_stopping = false;
    int m_epoch = 0;             // the epoch in progress (or the last one ended), 1-based
    double m_epochFraction = 0;  // of m_epoch's batches done
    int m_stageNumber = -1;
    core::util::Text m_stageDetail;
    std::function<QString()> m_summary;  // set when training ended
    std::optional<core::training::BatchProgress> m_lastBatch;
    std::optional<core::training::EpochResult> m_lastEpoch;
    QTimer m_chartTimer;
    charts::LossChart* m_chart;
    QProgressBar* m_epochBar;
    QProgressBar* m_runBar;
    QLabel* m_stage;
    QLabel* m_speed;
    QLabel* m_best;
    QPlainTextEdit* m_log;
    QPushButton* m_train;
    QPushButton* m_stop;
};

}  // namespace ui::panels
