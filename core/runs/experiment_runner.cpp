#include "runs/experiment_runner.h"

#include "config/config_fields.h"
#include "model/model_shape.h"
#include "model/trained_model.h"
#include "runs/in_progress_run.h"
#include "runs/workspace.h"
#include "util/path_text.h"

namespace core::runs {

ExperimentResult runExperiment(const ExperimentRequest& request, training::ProgressSink& sink,
                               std::stop_token stop) {
    ExperimentResult result;
    const auto& config = request.config;
    if (const auto errors = config::validate(config); !errors.empty()) {
        result.error = errors.front().message;
        return result;
    }
    if (!request.data) {
        result.error = "no dataset loaded";
        return result;
    }
    std::string error;
    const auto device = training::resolveDevice(config, &error);
    if (!device) {
        result.error = error;
        return result;
    }

    // Claim the run folder first: an unwritable workspace fails now, not after training.
    const auto dir = createRunDirectory(
        request.workspace, request.runName.empty() ? defaultRunName() : request.runName, &error);
    if (!dir) {
        result.error = error;
        return result;
    }
    const auto abandon = [&](std::string message) {
        std::error_code ignored;
        std::filesystem::remove_all(*dir, ignored);  // created above: holds only our own files
        result.error = std::move(message);
        return result;
    };

    sink.stageChanged(training::Stage::Preparing,
                      util::Text(RW_TEXT("filtering and preparing ratings")));
    auto prepared =
        std::make_shared<data::PreparedDataset>(data::prepareDataset(request.data, config.data));
    if (prepared->size() == 0)
        return abandon("no ratings are left after the filters (data.min_user_ratings = " +
                       std::to_string(config.data.minUserRatings) + ", data.min_movie_ratings = " +
                       std::to_string(config.data.minMovieRatings) + ")");
    sink.stageChanged(training::Stage::Splitting, util::Text(RW_TEXT("per-user split")));
    result.split = data::splitPerUser(*prepared, config.split);
    result.prepared = prepared;

    // From here on the folder says what is being trained and how far it got.
    RunRecord& record = result.record;
    record.path = *dir;
    record.config = config;
    RunSummary& s = record.summary;
    s.tag = request.tag;
    s.created = utcTimestamp();
    s.dataFolder = util::utf8Of(request.data->folder);
    s.device = device->device;
    s.deviceName = device->name;
    s.trainingStep = device->trainingStep;
    const model::ModelShape shape = model::shapeOf(*prepared, config.model);
    s.model = shape.describe();
    s.before = prepared->before;
    s.after = prepared->after;
    s.trainSize = std::int64_t(result.split.train.size());
    s.validationSize = std::int64_t(result.split.validation.size());
    s.testSize = std::int64_t(result.split.test.size());
    s.usersKeptInTrain = result.split.usersKeptInTrain;
    record.environment = environmentFacts();
    record.environment.emplace_back("device", std::string(training::deviceText(device->device)));
    record.environment.emplace_back("device_name", device->name);
    record.environment.emplace_back("training_step",
                                    std::string(training::trainingStepText(device->trainingStep)));
    record.environment.emplace_back("threads", std::to_string(device->threads));
    record.environment.emplace_back("training_seed", std::to_string(config.training.seed));
    record.environment.emplace_back("split_seed", std::to_string(config.split.seed));
    auto live = InProgressRun::start(record, sink, &error);
    if (!live)
        return abandon(error);

    auto outcome = training::trainModel(config, *prepared, result.split, *live, stop);
    result.status = outcome.status;
    if (outcome.status == training::TrainingStatus::Failed && outcome.history.empty() &&
        !outcome.model) {
        live.reset();
        return abandon(outcome.message);
    }

    record.history = outcome.history;
    s.status = runStatusOf(outcome.status);
    s.message = outcome.message;
    s.epochs = int(outcome.history.size());
    s.bestEpoch = outcome.bestEpoch;
    s.bestValidationLoss = outcome.bestValidationLoss;
    s.trainingSeconds = outcome.seconds;

    if (outcome.model) {
        s.model = outcome.model->shape().describe();
        sink.stageChanged(training::Stage::Evaluating,
                          util::Text(RW_TEXT("predicting the test set")));
        record.predictions = metrics::predictRows(*outcome.model, *prepared, result.split.test,
                                                  config.evaluation.batchSize);
        record.metrics = metrics::computeTestMetrics(record.predictions, config.evaluation);
    }

    sink.stageChanged(training::Stage::Saving, util::Text(RW_TEXT("writing the run directory")));
    if (auto e = writeRun(record, outcome.model.get())) {
        result.error = *e;
        return result;
    }
    live.reset();  // the final run.json is written: let go of the folder
    record.summary.name = util::utf8Of(dir->filename());
    record.summary.hasMetrics = record.metrics.has_value();
    record.summary.hasModel = outcome.model != nullptr;
    result.saved = true;
    result.model = std::move(outcome.model);
    sink.stageChanged(training::Stage::Finished,
                      util::Text("{1}").arg(std::string(runStatusText(s.status))));
    return result;
}

}  // namespace core::runs
