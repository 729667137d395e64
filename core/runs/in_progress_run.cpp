#include "runs/in_progress_run.h"

#include "config/config_io.h"
#include "model/trained_model.h"
#include "runs/run_tables.h"
#include "util/atomic_file.h"
#include "util/file_lock.h"

namespace core::runs {

std::unique_ptr<InProgressRun> InProgressRun::start(RunRecord record, training::ProgressSink& next,
                                                    std::string* error) {
    std::unique_ptr<InProgressRun> run(new InProgressRun(std::move(record), next));
    auto& r = run->m_record;
    run->m_lock = util::FileLock::acquire(r.path / kLockFile, error);
    if (!run->m_lock)
        return nullptr;
    r.summary.status = RunStatus::Running;
    r.summary.processId = currentProcessId();
    r.summary.host = hostName();
    for (auto e : {config::saveConfigFile(r.config, r.path / kConfigFile),
                   writeEnvironment(r.path, r.environment), writeRunSummary(r.path, r.summary)})
        if (e) {
            if (error)
                *error = *e;
            return nullptr;
        }
    return run;
}

InProgressRun::InProgressRun(RunRecord record, training::ProgressSink& next)
    : m_record(std::move(record)), m_next(next) {}

InProgressRun::~InProgressRun() = default;

void InProgressRun::keep(std::optional<std::string> error) {
    if (error && m_writeError.empty())
        m_writeError = *error;
}

void InProgressRun::stageChanged(training::Stage stage, const util::Text& detail) {
    m_next.stageChanged(stage, detail);
}

void InProgressRun::batchProgress(const training::BatchProgress& progress) {
    m_next.batchProgress(progress);
}

void InProgressRun::epochFinished(const training::EpochResult& result) {
    m_next.epochFinished(result);
    m_record.history.push_back(result);
    auto& s = m_record.summary;
    s.epochs = int(m_record.history.size());
    s.trainingSeconds += result.trainSeconds + result.validationSeconds;
    keep(util::writeFileAtomically(m_record.path / kHistoryFile, historyToCsv(m_record.history)));
    // A new best epoch is recorded in run.json only once its model.pt is saved.
    if (!result.improved)
        keep(writeRunSummary(m_record.path, s));
}

void InProgressRun::bestModelReached(const training::EpochResult& result,
                                     const model::TrainedModel& model) {
    m_next.bestModelReached(result, model);
    keep(model.save(m_record.path / kModelFile));
    auto& s = m_record.summary;
    s.bestEpoch = result.bestEpoch;
    s.bestValidationLoss = result.bestValidationLoss;
    keep(writeRunSummary(m_record.path, s));
}

}  // namespace core::runs
