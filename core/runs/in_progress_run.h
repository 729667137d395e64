#pragma once

#include <memory>
#include <string>

#include "runs/run_record.h"
#include "training/training_progress.h"

namespace core::util {
class FileLock;
}

namespace core::runs {

/// A run folder while its training goes on. From the start it holds the folder's lock and
/// says what is being trained (config.yaml, environment.json, and run.json with status
/// "running": which configuration, when, on which data, by which process); after every epoch
/// it rewrites history.csv and run.json, and after every new best epoch it saves model.pt
/// first, so run.json's best epoch is always the saved one. When the process dies, the lock
/// goes with it and the folder reads as "interrupted" with what it had reached.
///
/// A ProgressSink that forwards every call to `next` first. Training thread only; the final
/// writeRun() goes through the same folder while this object still holds the lock.
class InProgressRun : public training::ProgressSink {
public:
    /// Locks `record.path` and writes its first files (record.summary.status becomes
    /// Running). Null with *error set (naming the file) when that fails.
    static std::unique_ptr<InProgressRun> start(RunRecord record, training::ProgressSink& next,
                                                std::string* error);
    /// Releases the lock.
    ~InProgressRun() override;

    /// The first error writing progress during training (training goes on regardless); empty
    /// when every write succeeded.
    const std::string& writeError() const { return m_writeError; }

    void stageChanged(training::Stage stage, const util::Text& detail) override;
    void batchProgress(const training::BatchProgress& progress) override;
    void epochFinished(const training::EpochResult& result) override;
    void bestModelReached(const training::EpochResult& result,
                          const model::TrainedModel& model) override;

private:
    InProgressRun(RunRecord record, training::ProgressSink& next);
    void keep(std::optional<std::string> error);
    RunRecord m_record;
    training::ProgressSink& m_next;
    std::unique_ptr<util::FileLock> m_lock;
    std::string m_writeError;
};

}  // namespace core::runs
