#pragma once

#include <QObject>
#include <QString>

#include <memory>
#include <stop_token>

#include "runs/experiment_runner.h"
#include "training/training_progress.h"

Q_DECLARE_METATYPE(core::training::BatchProgress)
Q_DECLARE_METATYPE(core::util::Text)
Q_DECLARE_METATYPE(core::training::EpochResult)
Q_DECLARE_METATYPE(std::shared_ptr<const core::runs::ExperimentResult>)

namespace ui::workers {

/// Runs one experiment (core::runs::runExperiment) on the thread it lives on. The worker-object
/// pattern: create it, move it to a QThread, connect QThread::started to run(). Progress
/// leaves as queued value signals, batch progress throttled to at most 20 per second.
/// requestStop() may be called from any thread.
class TrainingWorker : public QObject {
    Q_OBJECT

public:
    explicit TrainingWorker(core::runs::ExperimentRequest request, QObject* parent = nullptr);

    /// Asks training to stop after the current batch; the best weights so far are saved.
    void requestStop() { m_stop.request_stop(); }

public slots:
    /// Runs the experiment. Exceptions are caught here, and only here, and become failed().
    void run();

signals:
    /// `detail` is core's message (translated where it is shown).
    void stageChanged(int stage, const core::util::Text& detail);
    void batchProgress(const core::training::BatchProgress& progress);
    void epochFinished(const core::training::EpochResult& result);
    /// The run is saved (completed, early-stopped, stopped or failed with a history).
    void finished(std::shared_ptr<const core::runs::ExperimentResult> result);
    /// Nothing was saved; `message` says why in plain language.
    void failed(const QString& message);

private:
    core::runs::ExperimentRequest m_request;
    std::stop_source m_stop;
};

/// Registers the value types above for queued connections. Call once before use.
void registerMetaTypes();

}  // namespace ui::workers
