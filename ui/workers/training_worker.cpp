#include "workers/training_worker.h"

#include <QElapsedTimer>

namespace ui::workers {
namespace {

// Forwards core progress as signals, throttling batch progress at the source.
class SignalSink : public core::training::ProgressSink {
public:
    explicit SignalSink(TrainingWorker* worker) : m_worker(worker) { m_clock.start(); }

    void stageChanged(core::training::Stage stage, const core::util::Text& detail) override {
        emit m_worker->stageChanged(int(stage), detail);
    }
    void batchProgress(const core::training::BatchProgress& p) override {
        constexpr qint64 kIntervalMs = 50;
        if (p.batch != p.batchesPerEpoch && m_clock.elapsed() - m_last < kIntervalMs)
            return;
        m_last = m_clock.elapsed();
        emit m_worker->batchProgress(p);
    }
    void epochFinished(const core::training::EpochResult& r) override {
        emit m_worker->epochFinished(r);
    }

private:
    TrainingWorker* m_worker;
    QElapsedTimer m_clock;
    qint64 m_last = -1000;
};

}  // namespace

TrainingWorker::TrainingWorker(core::runs::ExperimentRequest request, QObject* parent)
    : QObject(parent), m_request(std::move(request)) {}

void TrainingWorker::run() {
    try {
        SignalSink sink(this);
        auto result = std::make_shared<core::runs::ExperimentResult>(
            core::runs::runExperiment(m_request, sink, m_stop.get_token()));
        if (result->saved)
            emit finished(std::move(result));
        else
            emit failed(QString::fromStdString(result->error));
    } catch (const std::exception& e) {
        emit failed(tr("Unexpected error: %1").arg(QString::fromLocal8Bit(e.what())));
    }
}

void registerMetaTypes() {
    qRegisterMetaType<core::training::BatchProgress>();
    qRegisterMetaType<core::util::Text>();
    qRegisterMetaType<core::training::EpochResult>();
    qRegisterMetaType<std::shared_ptr<const core::runs::ExperimentResult>>();
}

}  // namespace ui::workers
