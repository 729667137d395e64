#pragma once

#include <QObject>
#include <QString>

#include <filesystem>
#include <memory>
#include <stop_token>

#include "data/movielens_data.h"
#include "sweep/sweep_state.h"

Q_DECLARE_METATYPE(std::shared_ptr<const core::sweep::SweepState>)

namespace ui::workers {

/// What a SweepWorker runs: a sweep folder (new from createSweep, or one that was stopped or
/// killed) on a dataset.
struct SweepJob {
    std::filesystem::path folder;
    /// The loaded dataset; null: the worker loads `dataFolder` first (a resumed sweep whose
    /// data is not the window's).
    std::shared_ptr<const core::data::MovieLensData> data;
    std::filesystem::path dataFolder;
    int concurrency = 1;  ///< trainings at once (core::sweep::SweepRunOptions::concurrency)
};

/// Runs a sweep (core::sweep::runSweep) on the thread it lives on: the worker-object pattern,
/// as TrainingWorker. Progress leaves as queued value signals: one per training started or
/// ended, epochs at most ten a second, each with a copy of the whole sweep state (an immutable
/// snapshot; a page keeps the latest). requestStop() may be called from any thread: the
/// trainings in progress stop after their current batch and are trained again on resume.
class SweepWorker : public QObject {
    Q_OBJECT

public:
    /// At most one epoch signal (and state snapshot) per this many milliseconds.
    static constexpr int kEpochIntervalMs = 100;

    explicit SweepWorker(SweepJob job, QObject* parent = nullptr);

    void requestStop() { m_stop.request_stop(); }
    const SweepJob& job() const { return m_job; }

public slots:
    /// Loads the data if needed and runs the sweep. Exceptions are caught here, and only here,
    /// and become failed().
    void run();

signals:
    /// A line for the status bar ("Loading …", "Sweeping …").
    void stageChanged(const QString& text);
    /// The sweep's state after a change (see the class comment).
    void stateChanged(std::shared_ptr<const core::sweep::SweepState> state);
    void trialStarted(int trial, int repeat);
    /// A training finished an epoch with this validation RMSE (stars). Throttled: epochs that
    /// end less than kEpochIntervalMs after the last signal are not sent (the next snapshot
    /// holds them).
    void trialEpoch(int trial, int repeat, int epoch, double validationRmse);
    /// A training ended; `state` is its core::sweep::TrainingState (pending again when it was
    /// stopped by the user).
    void trialFinished(int trial, int repeat, int state);
    /// runSweep returned: `state` as sweep.json holds it; `stopped` when the stop request ended
    /// it (resume to go on); `error` when it ended on an error.
    void finished(std::shared_ptr<const core::sweep::SweepState> state, bool stopped,
                  const QString& error);
    /// It could not run (no data, unreadable or locked sweep folder); nothing changed.
    void failed(const QString& message);

private:
    SweepJob m_job;
    std::stop_source m_stop;
};

/// Registers the value types above for queued connections. Call once before use.
void registerSweepMetaTypes();

}  // namespace ui::workers
