#include "cli/command_line.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <ostream>
#include <sstream>

#include "config/config_fields.h"
#include "config/config_io.h"
#include "data/movielens_reader.h"
#include "data/synthetic_movielens.h"
#include "model/recommendations.h"
#include "model/trained_model.h"
#include "runs/experiment_runner.h"
#include "rw_version.h"
#include "util/json.h"
#include "util/number_text.h"
#include "util/resource_paths.h"

namespace core::cli {
namespace {

using util::JsonValue;

constexpr const char* kUsage = R"(Usage: ratings-workbench-cli <command> [options]

Commands:
  train      Train NeuMFEnhanced and save a run directory.
             --data DIR         ml-1m folder (default: the bundled sample dataset)
             --config FILE      YAML experiment config (default: the notebook's values)
             --set KEY=VALUE    override one config key (repeatable), e.g.
                                --set training.max_epochs=5 --set model.mlp_layers=256,128
             --workspace DIR    where runs are saved (default: ./workspace)
             --name NAME        run folder name (default: run-YYYYMMDD-HHMMSS)
             --tag TEXT         free text stored with the run
             --json             print the result as JSON instead of tables
             --quiet            no progress output
  evaluate   Recompute the test metrics of a saved run from its model.
             --run DIR [--data DIR] [--json]
  recommend  A user's top-k: ranked test items and unrated movies.
             --run DIR --user ID [--k N] [--data DIR] [--json]
  generate   Write a synthetic dataset in the ml-1m format.
             --out DIR [--preset full|sample|tiny] [--users N] [--movies N]
             [--ratings N] [--seed N] [--force]
  validate   Check an ml-1m folder and show what loading it finds.
             --data DIR [--json]
  runs       List the runs in a workspace.  [--workspace DIR] [--json]
  config     Print the effective configuration as YAML.  [--config FILE] [--set KEY=VALUE]...

Options: --help, --version

Exit codes: 0 ok, 1 failed, 2 usage error, 3 data error, 4 config error, 5 stopped by Ctrl+C.
)";

struct Args {
    std::string command;
    std::map<std::string, std::string> options;
    std::vector<std::string> sets;
    std::vector<std::string> flags;
    bool has(const std::string& flag) const {
        return std::find(flags.begin(), flags.end(), flag) != flags.end();
    }
    std::string get(const std::string& key, const std::string& fallback = {}) const {
        const auto it = options.find(key);
        return it == options.end() ? fallback : it->second;
    }
};

const std::vector<std::string> kFlags = {"--json", "--quiet", "--force"};

bool parseArgs(const std::vector<std::string>& argv, Args* args, std::string* error) {
    if (argv.empty()) {
        *error = "no command given";
        return false;
    }
    args->command = argv[0];
    for (std::size_t i = 1; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        if (std::find(kFlags.begin(), kFlags.end(), a) != kFlags.end()) {
            args->flags.push_back(a);
            continue;
        }
        if (a.rfind("--", 0) != 0) {
            *error = "unexpected argument \"" + a + "\"";
            return false;
        }
        std::string key = a, value;
        const auto eq = a.find('=');
        if (eq != std::string::npos && a.rfind("--set", 0) != 0) {
            key = a.substr(0, eq);
            value = a.substr(eq + 1);
        } else if (i + 1 < argv.size()) {
            value = argv[++i];
        } else {
            *error = "option " + a + " needs a value";
            return false;
        }
        if (key == "--set")
            args->sets.push_back(value);
        else
            args->options[key] = value;
    }
    return true;
}

std::string fixed(double v, int digits) { return util::formatFixed(v, digits); }

// Terminal progress: a redrawn bar on a terminal, one line per epoch otherwise.
class TerminalProgress : public training::ProgressSink {
public:
    TerminalProgress(std::ostream& err, bool terminal, bool quiet)
        : m_err(err), m_terminal(terminal), m_quiet(quiet) {}

    void stageChanged(training::Stage stage, const std::string& detail) override {
        if (m_quiet) return;
        clearBar();
        static const char* names[] = {"prepare", "split", "train", "evaluate", "save", "done"};
        m_err << "[" << names[int(stage)] << "] " << detail << "\n" << std::flush;
    }

    void batchProgress(const training::BatchProgress& p) override {
        if (m_quiet || !m_terminal) return;
        const auto now = std::chrono::steady_clock::now();
        if (p.batch != p.batchesPerEpoch && now - m_lastDraw < std::chrono::milliseconds(100)) return;
        m_lastDraw = now;
        constexpr int kWidth = 28;
        const int filled = int(double(kWidth) * double(p.batch) / double(std::max<std::int64_t>(1, p.batchesPerEpoch)));
        std::string bar(std::size_t(filled), '=');
        bar.resize(kWidth, ' ');
        const double eta = p.samplesPerSecond > 0 && p.batch > 0
                               ? p.epochSeconds / double(p.batch) * double(p.batchesPerEpoch - p.batch)
                               : 0;
        std::ostringstream line;
        line << "\repoch " << p.epoch << "/" << p.maxEpochs << " [" << bar << "] " << p.batch << "/"
             << p.batchesPerEpoch;
        if (!std::isnan(p.runningLoss)) line << "  loss " << fixed(p.runningLoss, 4);
        line << "  " << fixed(p.samplesPerSecond / 1000.0, 1) << "k rows/s  ETA " << fixed(eta, 0) << "s ";
        m_err << line.str() << std::flush;
        m_barShown = true;
    }

    void epochFinished(const training::EpochResult& r) override {
        if (m_quiet) return;
        clearBar();
        m_err << "epoch " << r.epoch << ": train " << fixed(r.trainLoss, 4) << "  val "
              << fixed(r.validationLoss, 4) << "  lr " << util::formatNumber(r.learningRate) << "  "
              << fixed(r.trainSeconds, 2) << "s + " << fixed(r.validationSeconds, 2) << "s"
              << (r.improved ? "  * best" : "  (" + std::to_string(r.epochsWithoutImprovement) + " without improvement)")
              << "\n" << std::flush;
    }

private:
    void clearBar() {
        if (!m_barShown) return;
        m_err << "\r" << std::string(100, ' ') << "\r";
        m_barShown = false;
    }
    std::ostream& m_err;
    bool m_terminal;
    bool m_quiet;
    bool m_barShown = false;
    std::chrono::steady_clock::time_point m_lastDraw{};
};

void printMetrics(std::ostream& out, const metrics::TestMetrics& m) {
    const auto k = std::to_string(m.ranking.k);
    out << "Test metrics (" << m.regression.count << " ratings, " << m.ranking.users << " users)\n"
        << "  metric                        normalised    stars\n"
        << "  RMSE                          " << fixed(m.regression.rmse, 4) << "        " << fixed(m.regression.rmseStars(), 4) << "\n"
        << "  MAE                           " << fixed(m.regression.mae, 4) << "        " << fixed(m.regression.maeStars(), 4) << "\n"
        << "  R²                            " << fixed(m.regression.r2, 4) << "\n"
        << "  Precision@" << k << std::string(20 - k.size(), ' ') << fixed(m.ranking.precision, 4) << "\n"
        << "  NDCG@" << k << " (notebook-compatible)" << std::string(3 - std::min<std::size_t>(3, k.size()), ' ') << fixed(m.ranking.ndcgNotebook, 4) << "\n"
        << "  NDCG@" << k << " (correct)" << std::string(15 - std::min<std::size_t>(15, k.size()), ' ') << fixed(m.ranking.ndcg, 4) << "\n";
}

int fail(std::ostream& err, int code, const std::string& message) {
    err << "error: " << message << "\n";
    return code;
}

std::optional<config::ExperimentConfig> buildConfig(const Args& args, std::ostream& err) {
    config::ExperimentConfig config;
    const auto file = args.get("--config");
    if (!file.empty()) {
        const auto loaded = config::loadConfigFile(file);
        if (!loaded.ok()) {
            for (const auto& e : loaded.errors) err << "error: " << e.message << "\n";
            return std::nullopt;
        }
        config = loaded.config;
    }
    for (const auto& assignment : args.sets)
        if (auto e = config::applyAssignment(config, assignment)) {
            err << "error: --set " << assignment << ": " << e->message << "\n";
            return std::nullopt;
        }
    return config;
}

std::filesystem::path dataFolder(const Args& args) {
    const auto given = args.get("--data");
    if (!given.empty()) return given;
    const auto sample = util::findResource("sample/ml-sample");
    return sample ? *sample : std::filesystem::path("resources/sample/ml-sample");
}

// Loads a dataset, printing its report to `err`; null on a fatal error.
std::shared_ptr<const data::MovieLensData> loadData(const std::filesystem::path& folder, std::ostream& err, bool quiet) {
    auto load = data::loadMovieLens(folder);
    if (!quiet || !load.ok()) err << load.report.summary();
    return load.data;
}

int commandTrain(const Args& args, std::ostream& out, std::ostream& err, std::stop_token stop, bool terminal) {
    const auto config = buildConfig(args, err);
    if (!config) return kExitConfigError;
    const bool quiet = args.has("--quiet");
    const auto folder = dataFolder(args);
    if (!quiet) err << "dataset: " << folder.string() << "\n";
    auto data = loadData(folder, err, quiet);
    if (!data) return kExitDataError;

    runs::ExperimentRequest request;
    request.config = *config;
    request.data = data;
    request.workspace = args.get("--workspace", "workspace");
    request.runName = args.get("--name");
    request.tag = args.get("--tag");
    TerminalProgress progress(err, terminal, quiet);
    const auto result = runs::runExperiment(request, progress, stop);
    if (!result.saved) return fail(err, kExitFailed, result.error);

    const auto& record = result.record;
    if (args.has("--json")) {
        JsonValue::Array history;
        for (const auto& e : record.history)
            history.push_back(JsonValue::Object{{"epoch", e.epoch}, {"train_loss", e.trainLoss},
                                                {"validation_loss", e.validationLoss},
                                                {"learning_rate", e.learningRate},
                                                {"train_seconds", e.trainSeconds},
                                                {"validation_seconds", e.validationSeconds}});
        JsonValue::Object doc{{"run", record.path.string()},
                              {"status", record.summary.status},
                              {"message", record.summary.message},
                              {"best_epoch", record.summary.bestEpoch},
                              {"training_seconds", record.summary.trainingSeconds},
                              {"device", record.summary.device},
                              {"training_step", record.summary.trainingStep},
                              {"split", JsonValue::Object{{"train", record.summary.trainSize},
                                                          {"validation", record.summary.validationSize},
                                                          {"test", record.summary.testSize}}},
                              {"history", history}};
        if (record.metrics) doc["metrics"] = runs::testMetricsJson(*record.metrics);
        out << JsonValue(doc).dump() << "\n";
    } else {
        out << "Run saved: " << record.path.string() << "\n"
            << "Status: " << record.summary.status
            << (record.summary.message.empty() ? "" : " (" + record.summary.message + ")") << "\n"
            << "Split: train " << record.summary.trainSize << " / validation "
            << record.summary.validationSize << " / test " << record.summary.testSize << "\n"
            << "Best epoch: " << record.summary.bestEpoch << " of " << record.summary.epochs
            << " (validation MSE " << fixed(record.summary.bestValidationLoss, 4) << "), "
            << fixed(record.summary.trainingSeconds, 1) << " s on " << record.summary.deviceName
            << " (" << record.summary.trainingStep << " step)\n";
        if (record.metrics) printMetrics(out, *record.metrics);
    }
    if (result.status == training::TrainingStatus::Stopped) return kExitStopped;
    if (result.status == training::TrainingStatus::Failed) return kExitFailed;
    return kExitOk;
}

// A saved run's model with the dataset prepared as when it was trained.
struct LoadedRun {
    runs::RunRecord record;
    runs::RunModel trained;
};

std::optional<LoadedRun> loadRunWithData(const Args& args, std::ostream& err, int* code) {
    const auto dir = args.get("--run");
    if (dir.empty()) {
        *code = fail(err, kExitUsage, "--run DIR is required");
        return std::nullopt;
    }
    std::string error;
    auto record = runs::readRun(dir, &error);
    if (!record) {
        *code = fail(err, kExitFailed, error);
        return std::nullopt;
    }
    auto data = loadData(args.get("--data", record->summary.dataFolder), err, true);
    if (!data) {
        *code = kExitDataError;
        return std::nullopt;
    }
    bool dataMismatch = false;
    auto trained = runs::loadRunModel(*record, data, &error, &dataMismatch);
    if (!trained) {
        *code = fail(err, dataMismatch ? kExitDataError : kExitFailed, error);
        return std::nullopt;
    }
    return LoadedRun{std::move(*record), std::move(*trained)};
}

int commandEvaluate(const Args& args, std::ostream& out, std::ostream& err) {
    int code = kExitOk;
    auto run = loadRunWithData(args, err, &code);
    if (!run) return code;
    const auto split = data::splitPerUser(*run->trained.prepared, run->record.config.split);
    const auto predictions = metrics::predictRows(*run->trained.model, *run->trained.prepared, split.test,
                                                  run->record.config.evaluation.batchSize);
    const auto m = metrics::computeTestMetrics(predictions, run->record.config.evaluation);
    double maxDifference = 0;
    if (run->record.metrics && run->record.predictions.size() == predictions.size())
        for (std::size_t i = 0; i < predictions.size(); ++i)
            maxDifference = std::max(maxDifference, double(std::abs(predictions.predicted[i] - run->record.predictions.predicted[i])));
    if (args.has("--json")) {
        JsonValue::Object doc{{"run", args.get("--run")}, {"metrics", runs::testMetricsJson(m)},
                              {"max_difference_from_saved_predictions", maxDifference}};
        out << JsonValue(doc).dump() << "\n";
    } else {
        printMetrics(out, m);
        out << "Largest difference from the saved predictions: " << util::formatNumber(maxDifference) << "\n";
    }
    return kExitOk;
}

int commandRecommend(const Args& args, std::ostream& out, std::ostream& err) {
    const auto userText = args.get("--user");
    int userId = 0;
    try {
        userId = std::stoi(userText);
    } catch (...) {
        return fail(err, kExitUsage, "--user needs a UserID (got \"" + userText + "\")");
    }
    int code = kExitOk;
    auto run = loadRunWithData(args, err, &code);
    if (!run) return code;
    const int k = std::stoi(args.get("--k", std::to_string(run->record.config.evaluation.k)));
    if (run->trained.prepared->userIndexOf(userId) < 0)
        return fail(err, kExitDataError, "user " + userText + " is not in this run's data (after the filters)");
    const auto tested = model::rankedTestItems(run->record.predictions, *run->trained.prepared, userId, k,
                                               run->record.config.evaluation.relevanceThreshold);
    const auto recommended = model::topUnratedMovies(*run->trained.model, *run->trained.prepared, userId, k);
    if (args.has("--json")) {
        JsonValue::Array a, b;
        for (const auto& t : tested)
            a.push_back(JsonValue::Object{{"movie_id", t.movieId}, {"title", t.title}, {"genres", t.genres},
                                          {"true_stars", t.trueStars}, {"predicted_stars", double(t.predictedStars)},
                                          {"relevant", t.relevant}});
        for (const auto& r : recommended)
            b.push_back(JsonValue::Object{{"movie_id", r.movieId}, {"title", r.title}, {"year", r.year},
                                          {"genres", r.genres}, {"predicted_stars", double(r.predictedStars)}});
        out << JsonValue(JsonValue::Object{{"user", userId}, {"test_items", a}, {"unrated", b}}).dump() << "\n";
        return kExitOk;
    }
    out << "User " << userId << ": test items ranked by prediction\n";
    for (std::size_t i = 0; i < tested.size(); ++i)
        out << "  " << i + 1 << ". " << tested[i].title << " [" << tested[i].genres << "]  actual "
            << tested[i].trueStars << "★  predicted " << fixed(tested[i].predictedStars, 2) << "★"
            << (tested[i].relevant ? "  relevant" : "") << "\n";
    out << "User " << userId << ": best-predicted movies not yet rated\n";
    for (std::size_t i = 0; i < recommended.size(); ++i)
        out << "  " << i + 1 << ". " << recommended[i].title << " [" << recommended[i].genres << "]  "
            << fixed(recommended[i].predictedStars, 2) << "★\n";
    return kExitOk;
}

int commandGenerate(const Args& args, std::ostream& out, std::ostream& err) {
    const auto folder = args.get("--out");
    if (folder.empty()) return fail(err, kExitUsage, "--out DIR is required");
    auto spec = data::syntheticPreset(args.get("--preset", "full"));
    if (!spec) return fail(err, kExitUsage, "--preset must be full, sample or tiny");
    try {
        if (!args.get("--users").empty()) spec->users = std::stoi(args.get("--users"));
        if (!args.get("--movies").empty()) spec->movies = std::stoi(args.get("--movies"));
        if (!args.get("--ratings").empty()) spec->ratings = std::stoll(args.get("--ratings"));
        if (!args.get("--seed").empty()) spec->seed = std::stoull(args.get("--seed"));
    } catch (...) {
        return fail(err, kExitUsage, "--users, --movies, --ratings and --seed take whole numbers");
    }
    if (spec->users < 1 || spec->movies < 1 || spec->ratings < 1)
        return fail(err, kExitUsage, "--users, --movies and --ratings must be at least 1");
    const auto data = data::generateSyntheticMovieLens(*spec);
    if (auto e = data::writeMovieLensFiles(data, folder, args.has("--force"))) return fail(err, kExitFailed, *e);
    out << "Wrote " << data.users.size() << " users, " << data.movies.size() << " movies and "
        << data.ratings.size() << " ratings to " << folder << "\n";
    return kExitOk;
}

int commandValidate(const Args& args, std::ostream& out, std::ostream& err) {
    const auto folder = dataFolder(args);
    const auto load = data::loadMovieLens(folder);
    const auto after = load.ok() ? data::countAfterFilters(*load.data, config::DataConfig{}) : data::DatasetCounts{};
    if (args.has("--json")) {
        JsonValue::Array issues;
        for (const auto& i : load.report.issues())
            issues.push_back(JsonValue::Object{{"severity", i.severity == data::DataIssue::Severity::Error ? "error" : "warning"},
                                               {"kind", i.kind}, {"file", i.file}, {"line", i.line}, {"message", i.message}});
        JsonValue::Object counts;
        for (const auto& [kind, n] : load.report.warningCounts()) counts[kind] = n;
        JsonValue::Object doc{{"folder", folder.string()}, {"ok", load.ok()}, {"issues", issues}, {"warning_counts", counts}};
        if (load.ok()) {
            doc["ratings"] = std::int64_t(load.data->ratings.size());
            doc["users"] = std::int64_t(load.data->users.size());
            doc["movies"] = std::int64_t(load.data->movies.size());
            doc["after_filters"] = JsonValue::Object{{"users", after.users}, {"movies", after.movies},
                                                     {"ratings", after.ratings}};
        }
        out << JsonValue(doc).dump() << "\n";
    } else {
        out << load.report.summary();
        if (load.ok())
            out << "ok: " << load.data->ratings.size() << " ratings, " << load.data->users.size()
                << " users, " << load.data->movies.size() << " movies; after the ≥5 filters "
                << after.users << " users, " << after.movies << " movies, " << after.ratings << " ratings\n";
    }
    return load.ok() ? kExitOk : kExitDataError;
}

int commandRuns(const Args& args, std::ostream& out) {
    const auto workspace = args.get("--workspace", "workspace");
    JsonValue::Array list;
    for (const auto& path : runs::listRuns(workspace)) {
        const auto s = runs::readRunSummary(path, nullptr);
        if (!s) continue;
        if (args.has("--json")) {
            list.push_back(JsonValue::Object{{"name", s->name}, {"status", s->status}, {"created", s->created},
                                             {"best_epoch", s->bestEpoch}, {"tag", s->tag}, {"path", path.string()}});
        } else {
            out << s->name << "  " << s->status << "  " << s->created << "  best epoch " << s->bestEpoch
                << (s->tag.empty() ? "" : "  [" + s->tag + "]") << "\n";
        }
    }
    if (args.has("--json")) out << JsonValue(list).dump() << "\n";
    return kExitOk;
}

}  // namespace

int runCommandLine(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err,
                   std::stop_token stop, bool progressIsTerminal) {
    if (argv.empty() || argv[0] == "--help" || argv[0] == "-h" || argv[0] == "help") {
        (argv.empty() ? err : out) << kUsage;
        return argv.empty() ? kExitUsage : kExitOk;
    }
    if (argv[0] == "--version") {
        out << "ratings-workbench-cli " << kProjectVersion << " (LibTorch " << model::libtorchVersion()
            << ", CUDA " << (model::cudaAvailable() ? "available" : "not available") << ")\n";
        return kExitOk;
    }
    Args args;
    std::string error;
    if (!parseArgs(argv, &args, &error)) return fail(err, kExitUsage, error + " (see --help)");
    try {
        if (args.command == "train") return commandTrain(args, out, err, stop, progressIsTerminal);
        if (args.command == "evaluate") return commandEvaluate(args, out, err);
        if (args.command == "recommend") return commandRecommend(args, out, err);
        if (args.command == "generate") return commandGenerate(args, out, err);
        if (args.command == "validate") return commandValidate(args, out, err);
        if (args.command == "runs") return commandRuns(args, out);
        if (args.command == "config") {
            const auto config = buildConfig(args, err);
            if (!config) return kExitConfigError;
            out << config::configToYaml(*config);
            return kExitOk;
        }
    } catch (const std::exception& e) {
        return fail(err, kExitFailed, e.what());
    }
    return fail(err, kExitUsage, "unknown command \"" + args.command + "\" (see --help)");
}

}  // namespace core::cli
