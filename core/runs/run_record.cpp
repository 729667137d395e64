#include "runs/run_record.h"

#include <limits>

#include "config/config_io.h"
#include "model/trained_model.h"
#include "runs/run_tables.h"
#include "training/training_messages.h"
#include "util/atomic_file.h"
#include "util/file_lock.h"
#include "util/json.h"
#include "util/path_text.h"

namespace core::runs {
namespace fs = std::filesystem;
using util::Json;

namespace {

Json countsJson(const data::DatasetCounts& c) {
    return Json{{"users", c.users}, {"movies", c.movies}, {"ratings", c.ratings}};
}

data::DatasetCounts countsFrom(const Json& v) {
    return {util::integerAt(v, "users"), util::integerAt(v, "movies"),
            util::integerAt(v, "ratings")};
}

Json summaryJson(const RunSummary& s) {
    return Json{
        {"format", 1},
        {"name", s.name},
        {"tag", s.tag},
        {"status", runStatusText(s.status)},
        {"message", s.message},
        {"created", s.created},
        {"data_folder", s.dataFolder},
        {"device", training::deviceText(s.device)},
        {"device_name", s.deviceName},
        {"training_step", training::trainingStepText(s.trainingStep)},
        {"model", s.model},
        {"epochs", s.epochs},
        {"best_epoch", s.bestEpoch},
        {"best_validation_loss", s.bestValidationLoss},
        {"training_seconds", s.trainingSeconds},
        {"process_id", s.processId},
        {"host", s.host},
        {"ratings_before_filters", countsJson(s.before)},
        {"ratings_after_filters", countsJson(s.after)},
        {"split", Json{{"train", s.trainSize},
                       {"validation", s.validationSize},
                       {"test", s.testSize},
                       {"users_kept_in_train", s.usersKeptInTrain}}},
    };
}

// run.json's fields; an unknown status, device or step is an error naming the field.
std::optional<RunSummary> summaryFrom(const Json& v, const fs::path& file, std::string* error) {
    using util::integerAt, util::numberAt, util::textAt;
    RunSummary s;
    const auto unknown = [&](const char* key) -> std::optional<RunSummary> {
        if (error)
            *error = util::utf8Of(file) + ": unknown " + key + " \"" + textAt(v, key) + "\"";
        return std::nullopt;
    };
    const auto status = runStatusFromText(textAt(v, "status"));
    const auto device = training::deviceFromText(textAt(v, "device"));
    const auto step = training::trainingStepFromText(textAt(v, "training_step"));
    if (!status || *status == RunStatus::Interrupted)
        return unknown("status");
    if (!device)
        return unknown("device");
    if (!step)
        return unknown("training_step");
    s.status = *status;
    s.device = *device;
    s.trainingStep = *step;
    s.name = textAt(v, "name");
    s.tag = textAt(v, "tag");
    s.message = textAt(v, "message");
    s.created = textAt(v, "created");
    s.dataFolder = textAt(v, "data_folder");
    s.deviceName = textAt(v, "device_name");
    s.model = textAt(v, "model");
    s.epochs = int(integerAt(v, "epochs"));
    s.bestEpoch = int(integerAt(v, "best_epoch"));
    s.bestValidationLoss = numberAt(v, "best_validation_loss");
    s.trainingSeconds = numberAt(v, "training_seconds");
    s.processId = integerAt(v, "process_id");
    s.host = textAt(v, "host");
    if (v.contains("ratings_before_filters"))
        s.before = countsFrom(v["ratings_before_filters"]);
    if (v.contains("ratings_after_filters"))
        s.after = countsFrom(v["ratings_after_filters"]);
    const Json split = v.contains("split") ? v["split"] : Json::object();
    s.trainSize = integerAt(split, "train");
    s.validationSize = integerAt(split, "validation");
    s.testSize = integerAt(split, "test");
    s.usersKeptInTrain = integerAt(split, "users_kept_in_train");
    return s;
}

std::optional<Json> readJson(const fs::path& path, std::string* error) {
    auto text = util::readWholeFile(path, error);
    if (!text)
        return std::nullopt;
    std::string parseError;
    auto value = util::parseJson(*text, &parseError);
    if (!value && error)
        *error = util::utf8Of(path) + ": " + parseError;
    return value;
}

// run.json as written, without deciding whether a "running" run is still alive.
std::optional<RunSummary> readSummaryFile(const fs::path& path, std::string* error) {
    auto json = readJson(path / kRunFile, error);
    if (!json)
        return std::nullopt;
    if (!json->is_object() || util::integerAt(*json, "format") != 1) {
        if (error)
            *error = util::utf8Of(path / kRunFile) + ": not a Ratings Workbench run (format 1)";
        return std::nullopt;
    }
    return summaryFrom(*json, path / kRunFile, error);
}

std::string documentText(const Json& json) {
    return json.dump(2) + "\n";
}

}  // namespace

Json testMetricsJson(const metrics::TestMetrics& m) {
    const auto& r = m.regression;
    const auto& k = m.ranking;
    return Json{
        {"scale_note",
         "rmse, mae: normalised ratings (stars / 5) as the notebook prints them; *_stars = x5"},
        {"rmse", r.rmse},
        {"mae", r.mae},
        {"r2", r.r2},
        {"rmse_stars", r.rmseStars()},
        {"mae_stars", r.maeStars()},
        {"k", k.k},
        {"relevance_threshold", k.threshold},
        {"precision_at_k", k.precision},
        {"ndcg_at_k_notebook", k.ndcgNotebook},
        {"ndcg_at_k", k.ndcg},
        {"test_ratings", r.count},
        {"ranking_users", k.users},
    };
}

std::optional<double> readSavedTestRmse(const fs::path& path) {
    const auto json = readJson(path / kMetricsFile, nullptr);
    if (!json || !json->contains("rmse") || !(*json)["rmse"].is_number())
        return std::nullopt;
    return (*json)["rmse"].get<double>();
}

std::optional<metrics::TestMetrics> readSavedTestMetrics(const fs::path& path) {
    const auto json = readJson(path / kMetricsFile, nullptr);
    if (!json || !json->is_object())
        return std::nullopt;
    const double missing = std::numeric_limits<double>::quiet_NaN();
    metrics::TestMetrics m;
    m.regression.rmse = util::numberAt(*json, "rmse", missing);
    m.regression.mae = util::numberAt(*json, "mae", missing);
    m.regression.r2 = util::numberAt(*json, "r2", missing);
    m.regression.count = util::integerAt(*json, "test_ratings");
    m.ranking.k = int(util::integerAt(*json, "k", 10));
    m.ranking.threshold = util::numberAt(*json, "relevance_threshold", missing);
    m.ranking.precision = util::numberAt(*json, "precision_at_k", missing);
    m.ranking.ndcgNotebook = util::numberAt(*json, "ndcg_at_k_notebook", missing);
    m.ranking.ndcg = util::numberAt(*json, "ndcg_at_k", missing);
    m.ranking.users = util::integerAt(*json, "ranking_users");
    return m;
}

std::optional<std::string> writeRunSummary(const fs::path& path, const RunSummary& summary) {
    RunSummary named = summary;
    named.name = util::utf8Of(path.filename());
    return util::writeFileAtomically(path / kRunFile, documentText(summaryJson(named)));
}

std::optional<std::string> writeRun(const RunRecord& record, const model::TrainedModel* model) {
    const fs::path& dir = record.path;
    if (auto e = config::saveConfigFile(record.config, dir / kConfigFile))
        return e;
    if (auto e = util::writeFileAtomically(dir / kHistoryFile, historyToCsv(record.history)))
        return e;
    if (record.metrics) {
        if (auto e = util::writeFileAtomically(dir / kPredictionsFile,
                                               predictionsToCsv(record.predictions)))
            return e;
        if (auto e = util::writeFileAtomically(dir / kMetricsFile,
                                               documentText(testMetricsJson(*record.metrics))))
            return e;
    }
    if (auto e = writeEnvironment(dir, record.environment))
        return e;
    if (model)
        if (auto e = model->save(dir / kModelFile))
            return e;
    return writeRunSummary(dir, record.summary);
}

std::optional<std::string> writeEnvironment(const fs::path& path, const Facts& facts) {
    Json environment = Json::object();
    for (const auto& [k, v] : facts)
        environment[k] = v;
    return util::writeFileAtomically(path / kEnvironmentFile, documentText(environment));
}

std::optional<RunSummary> readRunSummary(const fs::path& path, std::string* error) {
    auto read = readSummaryFile(path, error);
    if (!read)
        return std::nullopt;
    RunSummary s = std::move(*read);
    // "running" with nobody holding the lock: the process is gone, unless it finished between
    // the two reads (it writes its final run.json before it lets go), so read again.
    if (s.status == RunStatus::Running && !util::FileLock::isHeld(path / kLockFile)) {
        if (auto again = readSummaryFile(path, error))
            s = std::move(*again);
        if (s.status == RunStatus::Running) {
            s.status = RunStatus::Interrupted;
            s.message = training::interruptedMessage(std::int64_t(s.processId), s.host, s.epochs,
                                                     s.bestEpoch)
                            .english();
        }
    }
    s.name = util::utf8Of(path.filename());
    std::error_code ec;
    s.hasMetrics = fs::exists(path / kMetricsFile, ec) && fs::exists(path / kPredictionsFile, ec);
    s.hasModel = fs::exists(path / kModelFile, ec);
    return s;
}

std::optional<RunRecord> readRun(const fs::path& path, std::string* error) {
    RunRecord record;
    record.path = path;
    auto summary = readRunSummary(path, error);
    if (!summary)
        return std::nullopt;
    record.summary = *summary;

    const auto loaded = config::loadConfigFile(path / kConfigFile);
    if (!loaded.ok()) {
        if (error)
            *error = loaded.errors.front().message;
        return std::nullopt;
    }
    record.config = loaded.config;

    // A run killed before its first epoch ended has no history yet.
    std::error_code ec;
    const bool unfinished =
        summary->status == RunStatus::Running || summary->status == RunStatus::Interrupted;
    if (!unfinished || fs::exists(path / kHistoryFile, ec)) {
        auto historyText = util::readWholeFile(path / kHistoryFile, error);
        if (!historyText)
            return std::nullopt;
        auto history = historyFromCsv(*historyText, util::utf8Of(path / kHistoryFile), error);
        if (!history)
            return std::nullopt;
        record.history = std::move(*history);
    }

    if (auto env = readJson(path / kEnvironmentFile, nullptr); env && env->is_object())
        for (const auto& [k, v] : env->items())
            record.environment.emplace_back(k, v.is_string() ? v.get<std::string>() : v.dump());

    if (summary->hasMetrics) {
        auto text = util::readWholeFile(path / kPredictionsFile, error);
        if (!text)
            return std::nullopt;
        auto predictions = predictionsFromCsv(*text, util::utf8Of(path / kPredictionsFile), error);
        if (!predictions)
            return std::nullopt;
        record.predictions = std::move(*predictions);
        record.metrics = metrics::computeTestMetrics(record.predictions, record.config.evaluation);
    }
    return record;
}

std::optional<std::string> setRunTag(const fs::path& path, const std::string& tag) {
    if (util::FileLock::isHeld(path / kLockFile))
        return util::utf8Of(path) + " is still training; tag it when it ends";
    std::string error;
    auto s = readSummaryFile(path, &error);
    if (!s)
        return error;
    s->tag = tag;
    return writeRunSummary(path, *s);
}

}  // namespace core::runs
