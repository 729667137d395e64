#include "runs/run_model.h"

#include "data/per_user_split.h"
#include "model/trained_model.h"
#include "util/path_text.h"

namespace core::runs {

std::optional<RunModel> loadRunModel(const RunRecord& record,
                                     std::shared_ptr<const data::MovieLensData> data,
                                     std::string* error, bool* dataMismatch) {
    if (dataMismatch)
        *dataMismatch = false;
    RunModel run;
    run.model = model::TrainedModel::load(record.path / kModelFile, error);
    if (!run.model)
        return std::nullopt;
    auto prepared =
        std::make_shared<data::PreparedDataset>(data::prepareDataset(data, record.config.data));
    if (!run.model->matches(*prepared)) {
        if (dataMismatch)
            *dataMismatch = true;
        if (error)
            *error = util::utf8Of(data->folder) +
                     " does not hold the users and movies this run was trained on "
                     "(different files, or different filters)";
        return std::nullopt;
    }
    run.prepared = std::move(prepared);
    return run;
}

RunEvaluation evaluateRunModel(const RunRecord& record, const RunModel& run) {
    const auto split = data::splitPerUser(*run.prepared, record.config.split);
    RunEvaluation e;
    e.predictions = metrics::predictRows(*run.model, *run.prepared, split.test,
                                         record.config.evaluation.batchSize);
    e.metrics = metrics::computeTestMetrics(e.predictions, record.config.evaluation);
    return e;
}

}  // namespace core::runs
