#include "workers/sweep_worker.h"

#include <QElapsedTimer>

#include "data/movielens_reader.h"
#include "models/dataset_table_models.h"
#include "models/file_paths.h"
#include "sweep/sweep_runner.h"

namespace ui::workers {
namespace {

using core::sweep::SweepState;
using core::sweep::TrainingState;
using core::sweep::Trial;

// Keeps the runner's view of the sweep and forwards it as signals. The runner calls it one
// call at a time (possibly from several threads), so its members need no lock.
class SignalSink : public core::sweep::SweepSink {
public:
    SignalSink(SweepWorker* worker, SweepState initial)
        : m_worker(worker), m_state(std::move(initial)) {
        m_clock.start();
    }

    void trialStarted(const Trial& trial, int repeat) override {
        replaceTrial(trial);
        emitState();
        emit m_worker->trialStarted(trial.number, repeat);
    }
    void trialEpoch(const Trial& trial, int repeat,
                    const core::training::EpochResult& epoch) override {
        replaceTrial(trial);
        if (m_clock.elapsed() - m_lastEmit < SweepWorker::kEpochIntervalMs)
            return;
        const auto& rmse = trial.runs[std::size_t(repeat)].validationRmse;
        emitState();
        emit m_worker->trialEpoch(trial.number, repeat, epoch.epoch,
                                  rmse.empty() ? 0.0 : rmse.back());
    }
    void trialFinished(const Trial& trial, int repeat, const SweepState& sweep) override {
        m_state = sweep;
        emitState();
        emit m_worker->trialFinished(trial.number, repeat,
                                     int(trial.runs[std::size_t(repeat)].state));
    }
    void sweepFinished(const SweepState& sweep) override { m_state = sweep; }

    void emitState() {
        m_lastEmit = m_clock.elapsed();
        emit m_worker->stateChanged(std::make_shared<const SweepState>(m_state));
    }

private:
    void replaceTrial(const Trial& trial) {
        for (auto& t : m_state.trials)
            if (t.number == trial.number) {
                t = trial;
                return;
            }
        m_state.trials.push_back(trial);
    }

    SweepWorker* m_worker;
    SweepState m_state;
    QElapsedTimer m_clock;
    qint64 m_lastEmit = -1000000;
};

// What runSweep does first on a resume: trainings that did not end are pending again.
void markUnfinishedPending(SweepState& state) {
    for (auto& trial : state.trials)
        for (auto& run : trial.runs)
            if (run.state == TrainingState::Running || run.state == TrainingState::Pending) {
                core::sweep::TrialRun fresh;
                fresh.repeat = run.repeat;
                fresh.trainingSeed = run.trainingSeed;
                run = fresh;
            }
    state.finished = false;
    state.endReason.clear();
}

}  // namespace

SweepWorker::SweepWorker(SweepJob job, QObject* parent) : QObject(parent), m_job(std::move(job)) {}

void SweepWorker::run() {
    try {
        auto data = m_job.data;
        if (!data) {
            emit stageChanged(tr("Loading %1…").arg(models::fromPath(m_job.dataFolder)));
            auto load = core::data::loadMovieLens(m_job.dataFolder);
            if (!load.data) {
                emit failed(tr("The sweep's dataset %1 could not be loaded: %2")
                                .arg(models::fromPath(m_job.dataFolder),
                                     models::firstErrorText(load.report)));
                return;
            }
            data = std::move(load.data);
        }
        std::string error;
        auto initial = core::sweep::readSweepState(m_job.folder, &error);
        if (!initial) {
            emit failed(QString::fromStdString(error));
            return;
        }
        markUnfinishedPending(*initial);
        SignalSink sink(this, std::move(*initial));
        sink.emitState();
        emit stageChanged(tr("Sweeping…"));
        core::sweep::SweepRunOptions options;
        options.data = data;
        options.concurrency = m_job.concurrency;
        auto outcome = core::sweep::runSweep(m_job.folder, options, sink, m_stop.get_token());
        if (!outcome.ok && outcome.state.name.empty()) {
            emit failed(QString::fromStdString(outcome.error));
            return;
        }
        emit finished(std::make_shared<const SweepState>(std::move(outcome.state)), outcome.stopped,
                      QString::fromStdString(outcome.error));
    } catch (const std::exception& e) {
        emit failed(tr("Unexpected error: %1").arg(QString::fromLocal8Bit(e.what())));
    }
}

void registerSweepMetaTypes() {
    qRegisterMetaType<std::shared_ptr<const core::sweep::SweepState>>();
}

}  // namespace ui::workers
