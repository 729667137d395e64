#include "runs/run_directory.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "config/config_io.h"
#include "data/per_user_split.h"
#include "model/trained_model.h"
#include "util/atomic_file.h"
#include "util/file_lock.h"
#include "util/json.h"
#include "util/number_text.h"
#include "util/time_text.h"

namespace core::runs {
namespace fs = std::filesystem;
using util::JsonValue;

namespace {

std::string sanitise(const std::string& name) {
    std::string out;
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        out += (std::isalnum(u) || c == '-' || c == '_' || c == '.' || u >= 0x80) ? c : '-';
    }
    while (!out.empty() && (out.front() == '.' || out.front() == '-')) out.erase(out.begin());
    return out.empty() ? defaultRunName() : out.substr(0, 120);
}

// Splits a CSV line of plain fields (no quoting: every field we write is a number).
int splitCsv(std::string_view line, std::string_view* fields, int maxFields) {
    int n = 0;
    std::size_t start = 0;
    while (n < maxFields) {
        const auto comma = line.find(',', start);
        fields[n++] = line.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
        if (comma == std::string_view::npos) return n;
        start = comma + 1;
    }
    return n + 1;  // more fields than expected
}

template <typename T>
bool parseField(std::string_view text, T* out) {
    if constexpr (std::is_same_v<T, double>) return util::parseDouble(text, out);
    else if constexpr (std::is_same_v<T, float>) return util::parseFloat(text, out);
    else return util::parseInteger(text, out);
}

template <typename OnLine>
bool forEachCsvRow(const std::string& text, const std::string& source, std::string* error,
                   OnLine&& onLine) {
    std::size_t start = text.find('\n');  // skip the header
    std::int64_t line = 1;
    while (start != std::string::npos && start + 1 < text.size()) {
        ++line;
        const auto end = text.find('\n', start + 1);
        std::string_view row(text.data() + start + 1, (end == std::string::npos ? text.size() : end) - start - 1);
        if (!row.empty() && row.back() == '\r') row.remove_suffix(1);
        if (!row.empty() && !onLine(row)) {
            if (error) *error = source + ":" + std::to_string(line) + ": malformed row";
            return false;
        }
        start = end;
    }
    return true;
}

JsonValue countsJson(const data::DatasetCounts& c) {
    return JsonValue::Object{{"users", c.users}, {"movies", c.movies}, {"ratings", c.ratings}};
}

data::DatasetCounts countsFrom(const JsonValue& v) {
    return {std::int64_t(v["users"].number()), std::int64_t(v["movies"].number()), std::int64_t(v["ratings"].number())};
}

JsonValue summaryJson(const RunSummary& s) {
    return JsonValue::Object{
        {"format", 1},
        {"name", s.name},
        {"tag", s.tag},
        {"status", s.status},
        {"message", s.message},
        {"created", s.created},
        {"data_folder", s.dataFolder},
        {"device", s.device},
        {"device_name", s.deviceName},
        {"training_step", s.trainingStep},
        {"model", s.model},
        {"epochs", s.epochs},
        {"best_epoch", s.bestEpoch},
        {"best_validation_loss", s.bestValidationLoss},
        {"training_seconds", s.trainingSeconds},
        {"process_id", s.processId},
        {"host", s.host},
        {"ratings_before_filters", countsJson(s.before)},
        {"ratings_after_filters", countsJson(s.after)},
        {"split", JsonValue::Object{{"train", s.trainSize},
                                    {"validation", s.validationSize},
                                    {"test", s.testSize},
                                    {"users_kept_in_train", s.usersKeptInTrain}}},
    };
}

RunSummary summaryFrom(const JsonValue& v) {
    RunSummary s;
    s.name = v["name"].string();
    s.tag = v["tag"].string();
    s.status = v["status"].string();
    s.message = v["message"].string();
    s.created = v["created"].string();
    s.dataFolder = v["data_folder"].string();
    s.device = v["device"].string();
    s.deviceName = v["device_name"].string();
    s.trainingStep = v["training_step"].string();
    s.model = v["model"].string();
    s.epochs = int(v["epochs"].number());
    s.bestEpoch = int(v["best_epoch"].number());
    s.bestValidationLoss = v["best_validation_loss"].number();
    s.trainingSeconds = v["training_seconds"].number();
    s.processId = std::int64_t(v["process_id"].number());
    s.host = v["host"].string();
    s.before = countsFrom(v["ratings_before_filters"]);
    s.after = countsFrom(v["ratings_after_filters"]);
    const auto& split = v["split"];
    s.trainSize = std::int64_t(split["train"].number());
    s.validationSize = std::int64_t(split["validation"].number());
    s.testSize = std::int64_t(split["test"].number());
    s.usersKeptInTrain = std::int64_t(split["users_kept_in_train"].number());
    return s;
}

}  // namespace

JsonValue testMetricsJson(const metrics::TestMetrics& m) {
    const auto& r = m.regression;
    const auto& k = m.ranking;
    return JsonValue::Object{
        {"scale_note", "rmse, mae: normalised ratings (stars / 5) as the notebook prints them; *_stars = x5"},
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

namespace {

std::optional<JsonValue> readJson(const fs::path& path, std::string* error) {
    auto text = util::readWholeFile(path, error);
    if (!text) return std::nullopt;
    std::string parseError;
    auto value = util::parseJson(*text, &parseError);
    if (!value && error) *error = path.string() + ": " + parseError;
    return value;
}

std::string predictionsToCsv(const metrics::TestPredictions& p) {
    std::string out = "user_id,movie_id,user_index,true_stars,predicted_norm\n";
    out.reserve(p.size() * 32);
    for (std::size_t i = 0; i < p.size(); ++i) {
        util::appendNumber(out, p.userIds[i]);
        out += ',';
        util::appendNumber(out, p.movieIds[i]);
        out += ',';
        util::appendNumber(out, p.userIndex[i]);
        out += ',';
        util::appendNumber(out, int(std::lround(p.truth[i] * 5.0f)));
        out += ',';
        util::appendNumber(out, p.predicted[i]);
        out += '\n';
    }
    return out;
}

}  // namespace

std::string defaultRunName() { return util::formatNow("run-%Y%m%d-%H%M%S", false); }

std::optional<fs::path> createRunDirectory(const fs::path& workspace, const std::string& baseName,
                                           std::string* error) {
    std::error_code ec;
    fs::create_directories(workspace, ec);
    if (ec) {
        if (error) *error = "cannot create the workspace " + workspace.string() + ": " + ec.message();
        return std::nullopt;
    }
    const std::string base = sanitise(baseName);
    for (int attempt = 1; attempt < 10000; ++attempt) {
        const fs::path candidate = workspace / (attempt == 1 ? base : base + "-" + std::to_string(attempt));
        // create_directory returns false when the folder exists: the check and the claim are one step.
        if (fs::create_directory(candidate, ec)) return candidate;
        if (ec) {
            if (error) *error = "cannot create " + candidate.string() + ": " + ec.message();
            return std::nullopt;
        }
    }
    if (error) *error = "no free run name like " + base + " in " + workspace.string();
    return std::nullopt;
}

std::string historyToCsv(const std::vector<training::EpochResult>& history) {
    std::string out =
        "epoch,train_loss,validation_loss,learning_rate,train_seconds,validation_seconds,"
        "improved,best_epoch,best_validation_loss,epochs_without_improvement\n";
    for (const auto& e : history) {
        util::appendNumber(out, e.epoch);
        for (const double v : {e.trainLoss, e.validationLoss, e.learningRate, e.trainSeconds, e.validationSeconds}) {
            out += ',';
            util::appendNumber(out, v);
        }
        out += e.improved ? ",1," : ",0,";
        util::appendNumber(out, e.bestEpoch);
        out += ',';
        util::appendNumber(out, e.bestValidationLoss);
        out += ',';
        util::appendNumber(out, e.epochsWithoutImprovement);
        out += '\n';
    }
    return out;
}

std::optional<std::vector<training::EpochResult>> historyFromCsv(const std::string& text,
                                                                 const std::string& source,
                                                                 std::string* error) {
    std::vector<training::EpochResult> history;
    const bool ok = forEachCsvRow(text, source, error, [&](std::string_view row) {
        std::string_view f[10];
        if (splitCsv(row, f, 10) != 10) return false;
        training::EpochResult e;
        int improved = 0;
        const bool parsed = parseField(f[0], &e.epoch) && parseField(f[1], &e.trainLoss) &&
                            parseField(f[2], &e.validationLoss) && parseField(f[3], &e.learningRate) &&
                            parseField(f[4], &e.trainSeconds) && parseField(f[5], &e.validationSeconds) &&
                            parseField(f[6], &improved) && parseField(f[7], &e.bestEpoch) &&
                            parseField(f[8], &e.bestValidationLoss) &&
                            parseField(f[9], &e.epochsWithoutImprovement);
        e.improved = improved != 0;
        history.push_back(e);
        return parsed;
    });
    if (!ok) return std::nullopt;
    return history;
}

std::optional<std::string> writeRunSummary(const fs::path& path, const RunSummary& summary) {
    RunSummary named = summary;
    named.name = path.filename().string();
    return util::writeFileAtomically(path / kRunFile, summaryJson(named).dump() + "\n");
}

std::optional<std::string> writeRun(const RunRecord& record, const model::TrainedModel* model) {
    const fs::path& dir = record.path;
    if (auto e = config::saveConfigFile(record.config, dir / kConfigFile)) return e;
    if (auto e = util::writeFileAtomically(dir / kHistoryFile, historyToCsv(record.history))) return e;
    if (record.metrics) {
        if (auto e = util::writeFileAtomically(dir / kPredictionsFile, predictionsToCsv(record.predictions))) return e;
        if (auto e = util::writeFileAtomically(dir / kMetricsFile, testMetricsJson(*record.metrics).dump() + "\n")) return e;
    }
    JsonValue::Object env;
    for (const auto& [k, v] : record.environment) env[k] = v;
    if (auto e = util::writeFileAtomically(dir / kEnvironmentFile, JsonValue(env).dump() + "\n")) return e;
    if (model)
        if (auto e = model->save(dir / kModelFile)) return e;
    return writeRunSummary(dir, record.summary);
}

namespace {

std::optional<RunSummary> readSummaryFile(const fs::path& path, std::string* error) {
    auto json = readJson(path / kRunFile, error);
    if (!json) return std::nullopt;
    if (!json->isObject() || (*json)["format"].number() != 1) {
        if (error) *error = (path / kRunFile).string() + ": not a Ratings Workbench run (format 1)";
        return std::nullopt;
    }
    return summaryFrom(*json);
}

}  // namespace

std::optional<RunSummary> readRunSummary(const fs::path& path, std::string* error) {
    auto read = readSummaryFile(path, error);
    if (!read) return std::nullopt;
    RunSummary s = std::move(*read);
    // "running" with nobody holding the lock: the process is gone, unless it finished between
    // the two reads (it writes its final run.json before it lets go), so read again.
    if (s.status == kStatusRunning && !util::FileLock::isHeld(path / kLockFile)) {
        if (auto again = readSummaryFile(path, error)) s = std::move(*again);
        if (s.status == kStatusRunning) {
            s.status = kStatusInterrupted;
            s.message = "training ended without finishing (its process " + std::to_string(s.processId) +
                        (s.host.empty() ? "" : " on " + s.host) + " was killed or the machine stopped) after " +
                        (s.epochs == 0 ? std::string("no finished epoch")
                                       : std::to_string(s.epochs) + (s.epochs == 1 ? " epoch" : " epochs") +
                                             "; best epoch " + std::to_string(s.bestEpoch) + " saved");
        }
    }
    s.name = path.filename().string();
    std::error_code ec;
    s.hasMetrics = fs::exists(path / kMetricsFile, ec) && fs::exists(path / kPredictionsFile, ec);
    s.hasModel = fs::exists(path / kModelFile, ec);
    return s;
}

std::optional<RunRecord> readRun(const fs::path& path, std::string* error) {
    RunRecord record;
    record.path = path;
    auto summary = readRunSummary(path, error);
    if (!summary) return std::nullopt;
    record.summary = *summary;

    const auto loaded = config::loadConfigFile(path / kConfigFile);
    if (!loaded.ok()) {
        if (error) *error = loaded.errors.front().message;
        return std::nullopt;
    }
    record.config = loaded.config;

    // A run killed before its first epoch ended has no history yet.
    std::error_code ec;
    const bool unfinished = summary->status == kStatusRunning || summary->status == kStatusInterrupted;
    if (!unfinished || fs::exists(path / kHistoryFile, ec)) {
        auto historyText = util::readWholeFile(path / kHistoryFile, error);
        if (!historyText) return std::nullopt;
        auto history = historyFromCsv(*historyText, (path / kHistoryFile).string(), error);
        if (!history) return std::nullopt;
        record.history = std::move(*history);
    }

    if (auto env = readJson(path / kEnvironmentFile, nullptr))
        for (const auto& [k, v] : env->object()) record.environment.emplace_back(k, v.string());

    if (summary->hasMetrics) {
        auto text = util::readWholeFile(path / kPredictionsFile, error);
        if (!text) return std::nullopt;
        auto& p = record.predictions;
        const bool ok = forEachCsvRow(*text, (path / kPredictionsFile).string(), error, [&](std::string_view row) {
            std::string_view f[5];
            std::int32_t user = 0, movie = 0, index = 0, stars = 0;
            float predicted = 0;
            if (splitCsv(row, f, 5) != 5 || !parseField(f[0], &user) || !parseField(f[1], &movie) ||
                !parseField(f[2], &index) || !parseField(f[3], &stars) || !parseField(f[4], &predicted) ||
                stars < 1 || stars > 5 || index < 0)
                return false;
            p.userIds.push_back(user);
            p.movieIds.push_back(movie);
            p.userIndex.push_back(index);
            p.truth.push_back(float(stars) / 5.0f);
            p.predicted.push_back(predicted);
            return true;
        });
        if (!ok) return std::nullopt;
        record.metrics = metrics::computeTestMetrics(p, record.config.evaluation);
    }
    return record;
}

std::optional<RunModel> loadRunModel(const RunRecord& record,
                                     std::shared_ptr<const data::MovieLensData> data,
                                     std::string* error, bool* dataMismatch) {
    if (dataMismatch) *dataMismatch = false;
    RunModel run;
    run.model = model::TrainedModel::load(record.path / kModelFile, error);
    if (!run.model) return std::nullopt;
    auto prepared = std::make_shared<data::PreparedDataset>(data::prepareDataset(data, record.config.data));
    if (!run.model->matches(*prepared)) {
        if (dataMismatch) *dataMismatch = true;
        if (error)
            *error = data->folder.string() + " does not hold the users and movies this run was trained on "
                                             "(different files, or different filters)";
        return std::nullopt;
    }
    run.prepared = std::move(prepared);
    return run;
}

RunEvaluation evaluateRunModel(const RunRecord& record, const RunModel& run) {
    const auto split = data::splitPerUser(*run.prepared, record.config.split);
    RunEvaluation e;
    e.predictions = metrics::predictRows(*run.model, *run.prepared, split.test, record.config.evaluation.batchSize);
    e.metrics = metrics::computeTestMetrics(e.predictions, record.config.evaluation);
    return e;
}

std::vector<fs::path> listRuns(const fs::path& workspace) {
    std::vector<std::pair<std::string, fs::path>> runs;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(workspace, ec)) {
        if (!entry.is_directory(ec) || !fs::exists(entry.path() / kRunFile, ec)) continue;
        const auto summary = readRunSummary(entry.path(), nullptr);
        runs.emplace_back(summary ? summary->created : std::string(), entry.path());
    }
    std::sort(runs.begin(), runs.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second.filename() > b.second.filename();
    });
    std::vector<fs::path> paths;
    for (auto& r : runs) paths.push_back(std::move(r.second));
    return paths;
}

std::optional<std::string> setRunTag(const fs::path& path, const std::string& tag) {
    if (util::FileLock::isHeld(path / kLockFile)) return path.string() + " is still training; tag it when it ends";
    std::string error;
    auto json = readJson(path / kRunFile, &error);
    if (!json) return error;
    RunSummary s = summaryFrom(*json);
    s.tag = tag;
    return util::writeFileAtomically(path / kRunFile, summaryJson(s).dump() + "\n");
}

std::optional<fs::path> renameRun(const fs::path& path, const std::string& newName, std::string* error) {
    if (util::FileLock::isHeld(path / kLockFile)) {
        if (error) *error = path.string() + " is still training; rename it when it ends";
        return std::nullopt;
    }
    const std::string clean = sanitise(newName);
    const fs::path target = path.parent_path() / clean;
    std::error_code ec;
    if (fs::exists(target, ec)) {
        if (error) *error = "a run named " + clean + " already exists";
        return std::nullopt;
    }
    fs::rename(path, target, ec);
    if (ec) {
        if (error) *error = "cannot rename " + path.string() + ": " + ec.message();
        return std::nullopt;
    }
    return target;
}

std::optional<std::string> deleteRun(const fs::path& path) {
    std::error_code ec;
    if (!fs::exists(path / kRunFile, ec)) return path.string() + " is not a run folder (no run.json); not deleted";
    if (util::FileLock::isHeld(path / kLockFile))
        return path.string() + " is still training; stop it first (not deleted)";
    fs::remove_all(path, ec);
    if (ec) return "cannot delete " + path.string() + ": " + ec.message();
    return std::nullopt;
}

}  // namespace core::runs
