#include "cli/command_line.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ostream>
#include <sstream>

#include "config/config_fields.h"
#include "config/config_io.h"
#include "data/movielens_reader.h"
#include "data/synthetic_movielens.h"
#include "model/recommendations.h"
#include "model/torch_runtime.h"
#include "model/trained_model.h"
#include "runs/experiment_runner.h"
#include "runs/run_model.h"
#include "runs/workspace.h"
#include "rw_version.h"
#include "sweep/slurm.h"
#include "sweep/sweep_leaderboard.h"
#include "sweep/sweep_runner.h"
#include "util/atomic_file.h"
#include "util/json.h"
#include "util/number_text.h"
#include "util/path_text.h"
#include "util/resource_paths.h"

namespace app::cli {
namespace {

namespace config = core::config;
namespace data = core::data;
namespace metrics = core::metrics;
namespace model = core::model;
namespace runs = core::runs;
namespace sweep = core::sweep;
namespace training = core::training;
namespace util = core::util;
using util::Json;

constexpr const char* kExitCodesText =
    "Exit codes: 0 ok, 1 failed, 2 usage error, 3 data error, 4 configuration error,\n"
    "5 stopped by Ctrl+C (the best epoch so far is saved; a sweep resumes with --resume).";

// Every option of every command; CLI11 fills it.
struct Options {
    std::string data, configFile, workspace = "workspace", name, tag, run, out, preset = "full";
    std::string spec, resume, status, layout = "ml-1m";
    int concurrency = 0;  // sweep: 0 = the default (sweep::defaultConcurrency, or the sweep's lag)
    bool slurm = false, slurmNoSubmit = false;  // sweep on Slurm
    std::string slurmNext, slurmTask, slurmPartition, slurmTime = "04:00:00", slurmMemory = "4G",
                                                      slurmCli;
    int slurmCpus = 1, slurmWave = 0, slurmWaveSize = 0, slurmIndex = 0, threads = 0;
    std::vector<std::string> sets;
    bool json = false, quiet = false, force = false, halfStars = false;
    int user = 0, k = 0;
    std::int32_t users = 0, movies = 0;
    std::int64_t ratings = 0;
    std::uint64_t seed = 0;
};

// The commands, their options, types, ranges and help: the one definition that parsing,
// validation and --help come from.
struct Commands {
    CLI::App app{"Rating-prediction experiments on MovieLens (NeuMFEnhanced, LibTorch), headless.",
                 "ratings-workbench-cli"};
    Options o;
    CLI::App *train, *evaluate, *recommend, *generate, *validate, *runList, *config, *sweep;

    Commands() {
        app.set_version_flag("--version", versionText());
        app.require_subcommand(1);
        app.footer(kExitCodesText);
        app.get_formatter()->column_width(34);

        train = app.add_subcommand("train", "Train NeuMFEnhanced and save a run directory.");
        dataOption(train);
        configOptions(train);
        train->add_option("--workspace", o.workspace, "where runs are saved")
            ->type_name("DIR")
            ->capture_default_str();
        train->add_option("--name", o.name, "run folder name (default: run-YYYYMMDD-HHMMSS)")
            ->type_name("NAME");
        train->add_option("--tag", o.tag, "free text stored with the run")->type_name("TEXT");
        jsonFlag(train);
        train->add_flag("--quiet", o.quiet, "no progress output");

        evaluate = app.add_subcommand("evaluate",
                                      "Recompute the test metrics of a saved run from its model.");
        runOption(evaluate);
        evaluate->add_option("--data", o.data, "the run's ml-1m folder, if it moved")
            ->type_name("DIR");
        jsonFlag(evaluate);

        recommend = app.add_subcommand("recommend",
                                       "A user's top-k: ranked test items and unrated movies.");
        runOption(recommend);
        recommend->add_option("--user", o.user, "UserID")
            ->type_name("ID")
            ->required()
            ->check(CLI::PositiveNumber);
        recommend->add_option("--k", o.k, "list length (default: the run's evaluation.k)")
            ->type_name("N")
            ->check(CLI::Range(1, 1000));
        recommend->add_option("--data", o.data, "the run's ml-1m folder, if it moved")
            ->type_name("DIR");
        jsonFlag(recommend);

        generate = app.add_subcommand(
            "generate", "Write a synthetic dataset in the file layout of a MovieLens release.");
        generate->add_option("--out", o.out, "folder to create")->type_name("DIR")->required();
        generate
            ->add_option("--preset", o.preset,
                         "size preset: full (ml-1m's size), sample, tiny, or a release's size "
                         "(ml-10m, ml-latest-small and ml-25m in half stars)")
            ->check(CLI::IsMember(
                {"full", "sample", "tiny", "ml-100k", "ml-10m", "ml-latest-small", "ml-25m"}))
            ->capture_default_str();
        generate
            ->add_option("--layout", o.layout,
                         "file layout: ml-1m, ml-100k, ml-10m or csv (ml-20m, ml-25m, ml-32m, "
                         "ml-latest); half-star ratings need ml-10m or csv")
            ->check(CLI::IsMember({"ml-1m", "ml-100k", "ml-10m", "csv"}))
            ->capture_default_str();
        generate->add_flag("--half-stars", o.halfStars,
                           "ratings in half stars with ml-25m's shares (the preset's choice "
                           "otherwise)");
        generate->add_option("--users", o.users, "number of users (overrides the preset)")
            ->check(CLI::Range(1, 100'000'000));
        generate->add_option("--movies", o.movies, "number of movies (overrides the preset)")
            ->check(CLI::Range(1, 100'000'000));
        generate->add_option("--ratings", o.ratings, "number of ratings (overrides the preset)")
            ->check(CLI::Range(std::int64_t(1), std::int64_t(4'000'000'000)));
        generate->add_option("--seed", o.seed, "random seed (overrides the preset)");
        generate->add_flag("--force", o.force, "write into an existing folder");

        validate =
            app.add_subcommand("validate", "Check an ml-1m folder and show what loading it finds.");
        dataOption(validate);
        jsonFlag(validate);

        runList = app.add_subcommand(
            "runs", "List the runs in a workspace, with their status and progress.");
        runList->add_option("--workspace", o.workspace, "the workspace folder")
            ->type_name("DIR")
            ->capture_default_str();
        jsonFlag(runList);

        config = app.add_subcommand("config", "Print the effective configuration as YAML.");
        configOptions(config);

        sweep = app.add_subcommand(
            "sweep",
            "Run a hyperparameter sweep from a YAML spec (or resume one, or show its state).");
        auto* spec =
            sweep->add_option("spec", o.spec, "sweep specification (YAML)")->type_name("SPEC");
        auto* resume =
            sweep->add_option("--resume", o.resume, "go on with a stopped or killed sweep")
                ->type_name("DIR");
        auto* status =
            sweep->add_option("--status", o.status, "show a sweep's state and leaderboard")
                ->type_name("DIR");
        auto* slurmNext = sweep
                              ->add_option("--slurm-next", o.slurmNext,
                                           "collect a Slurm sweep's finished trainings and submit "
                                           "its next wave (TPE)")
                              ->type_name("DIR");
        auto* slurmTask = sweep
                              ->add_option("--slurm-task", o.slurmTask,
                                           "what a Slurm array task runs: one training of a wave")
                              ->type_name("DIR")
                              ->group("Internal");
        spec->excludes(resume)->excludes(status)->excludes(slurmNext)->excludes(slurmTask);
        resume->excludes(status)->excludes(slurmNext)->excludes(slurmTask);
        status->excludes(slurmNext)->excludes(slurmTask);
        slurmNext->excludes(slurmTask);
        sweep->add_option("--wave", o.slurmWave, "with --slurm-task: the wave")
            ->group("Internal")
            ->check(CLI::Range(1, 100000));
        sweep->add_option("--index", o.slurmIndex, "with --slurm-task: the array index")
            ->group("Internal")
            ->check(CLI::Range(0, 1000000));
        sweep->add_option("--threads", o.threads, "with --slurm-task: CPU threads of the training")
            ->group("Internal")
            ->check(CLI::Range(0, 1024));
        sweep->add_flag("--slurm", o.slurm,
                        "hand the trainings to Slurm as job arrays instead of running them here");
        sweep->add_flag("--slurm-no-submit", o.slurmNoSubmit,
                        "with --slurm/--slurm-next: write the sbatch script, do not submit it");
        sweep
            ->add_option("--slurm-partition", o.slurmPartition,
                         "Slurm partition (default: the cluster's)")
            ->type_name("NAME");
        sweep->add_option("--slurm-time", o.slurmTime, "time limit of one training")
            ->type_name("HH:MM:SS")
            ->capture_default_str();
        sweep->add_option("--slurm-mem", o.slurmMemory, "memory of one training")
            ->type_name("SIZE")
            ->capture_default_str();
        sweep->add_option("--slurm-cpus", o.slurmCpus, "CPUs (and threads) of one training")
            ->type_name("N")
            ->check(CLI::Range(1, 1024))
            ->capture_default_str();
        sweep
            ->add_option("--slurm-wave-size", o.slurmWaveSize,
                         "TPE: trials per wave after the start-up wave (default: startup_trials)")
            ->type_name("N")
            ->check(CLI::Range(1, 100000));
        sweep
            ->add_option("--slurm-cli", o.slurmCli,
                         "this program's path as the cluster nodes see it (default: this one's)")
            ->type_name("PATH");
        sweep
            ->add_option("--data", o.data,
                         "ml-1m folder (default: the bundled sample; on --resume, the sweep's)")
            ->type_name("DIR");
        sweep->add_option("--workspace", o.workspace, "where the sweep folder is created")
            ->type_name("DIR")
            ->capture_default_str();
        sweep->add_option("--name", o.name, "sweep folder name (default: sweep-YYYYMMDD-HHMMSS)")
            ->type_name("NAME");
        sweep
            ->add_option("--concurrency", o.concurrency,
                         "trainings at once (default: 2 with 2 or more cores; on --resume, the "
                         "sweep's); a new sweep's trial sequence depends on it")
            ->type_name("N")
            ->check(CLI::Range(1, 64));
        jsonFlag(sweep);
        sweep->add_flag("--quiet", o.quiet, "no progress output");
    }

    static std::string versionText() {
        return std::string("ratings-workbench-cli ") + core::kProjectVersion + " (LibTorch " +
               model::libtorchVersion() + ", CUDA " +
               (model::cudaAvailable() ? "available" : "not available") + ")";
    }
    void dataOption(CLI::App* c) {
        c->add_option("--data", o.data, "ml-1m folder (default: the bundled sample dataset)")
            ->type_name("DIR");
    }
    void configOptions(CLI::App* c) {
        c->add_option("--config", o.configFile,
                      "YAML experiment configuration (default: the notebook's values)")
            ->type_name("FILE");
        c->add_option("--set", o.sets,
                      "override one configuration key, repeatable: --set training.max_epochs=5 "
                      "--set model.mlp_layers=256,128")
            ->type_name("KEY=VALUE")
            ->allow_extra_args(false);
    }
    void jsonFlag(CLI::App* c) {
        c->add_flag("--json", o.json, "print the result as JSON instead of tables");
    }
    void runOption(CLI::App* c) {
        c->add_option("--run", o.run, "a run folder")->type_name("DIR")->required();
    }

    std::vector<const CLI::App*> all() const {
        return {train, evaluate, recommend, generate, validate, runList, config, sweep};
    }

    // The command that was being parsed when an error came, or null.
    const CLI::App* parsedCommand() const {
        for (const auto* c : all())
            if (c->parsed())
                return c;
        return nullptr;
    }
};

// "--workspace, --json, --help" for an unknown-option message.
std::string optionNames(const CLI::App& command) {
    std::string names;
    for (const auto* option : command.get_options()) {
        const auto& longNames = option->get_lnames();
        if (longNames.empty())
            continue;
        names += (names.empty() ? "--" : ", --") + longNames.front();
    }
    return names;
}

std::string fixed(double v, int digits) {
    return util::formatFixed(v, digits);
}

// Terminal progress: a redrawn bar on a terminal, one line per epoch otherwise.
class TerminalProgress : public training::ProgressSink {
public:
    TerminalProgress(std::ostream& err, bool terminal, bool quiet)
        : m_err(err), m_terminal(terminal), m_quiet(quiet) {}

    void stageChanged(training::Stage stage, const util::Text& detail) override {
        if (m_quiet)
            return;
        clearBar();
        static const char* names[] = {"prepare", "split", "train", "evaluate", "save", "done"};
        m_err << "[" << names[int(stage)] << "] " << detail.english() << "\n" << std::flush;
    }

    void batchProgress(const training::BatchProgress& p) override {
        if (m_quiet || !m_terminal)
            return;
        const auto now = std::chrono::steady_clock::now();
        if (p.batch != p.batchesPerEpoch && now - m_lastDraw < std::chrono::milliseconds(100))
            return;
        m_lastDraw = now;
        constexpr int kWidth = 28;
        const int filled = int(double(kWidth) * double(p.batch) /
                               double(std::max<std::int64_t>(1, p.batchesPerEpoch)));
        std::string bar(std::size_t(filled), '=');
        bar.resize(kWidth, ' ');
        const double eta =
            p.samplesPerSecond > 0 && p.batch > 0
                ? p.epochSeconds / double(p.batch) * double(p.batchesPerEpoch - p.batch)
                : 0;
        std::ostringstream line;
        line << "\repoch " << p.epoch << "/" << p.maxEpochs << " [" << bar << "] " << p.batch << "/"
             << p.batchesPerEpoch;
        if (!std::isnan(p.runningLoss))
            line << "  loss " << fixed(p.runningLoss, 4);
        line << "  " << fixed(p.samplesPerSecond / 1000.0, 1) << "k rows/s  ETA " << fixed(eta, 0)
             << "s ";
        m_err << line.str() << std::flush;
        m_barShown = true;
    }

    void epochFinished(const training::EpochResult& r) override {
        if (m_quiet)
            return;
        clearBar();
        m_err << "epoch " << r.epoch << ": train " << fixed(r.trainLoss, 4) << "  val "
              << fixed(r.validationLoss, 4) << "  lr " << util::formatNumber(r.learningRate) << "  "
              << fixed(r.trainSeconds, 2) << "s + " << fixed(r.validationSeconds, 2) << "s"
              << (r.improved ? "  * best"
                             : "  (" + std::to_string(r.epochsWithoutImprovement) +
                                   " without improvement)")
              << "\n"
              << std::flush;
    }

private:
    void clearBar() {
        if (!m_barShown)
            return;
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
        << "  RMSE                          " << fixed(m.regression.rmse, 4) << "        "
        << fixed(m.regression.rmseStars(), 4) << "\n"
        << "  MAE                           " << fixed(m.regression.mae, 4) << "        "
        << fixed(m.regression.maeStars(), 4) << "\n"
        << "  R²                            " << fixed(m.regression.r2, 4) << "\n"
        << "  Precision@" << k << std::string(20 - k.size(), ' ') << fixed(m.ranking.precision, 4)
        << "\n"
        << "  NDCG@" << k << " (notebook-compatible)"
        << std::string(3 - std::min<std::size_t>(3, k.size()), ' ')
        << fixed(m.ranking.ndcgNotebook, 4) << "\n"
        << "  NDCG@" << k << " (correct)"
        << std::string(15 - std::min<std::size_t>(15, k.size()), ' ') << fixed(m.ranking.ndcg, 4)
        << "\n";
}

int fail(std::ostream& err, int code, const std::string& message) {
    err << "error: " << message << "\n";
    return code;
}

std::optional<config::ExperimentConfig> buildConfig(const Options& o, std::ostream& err) {
    config::ExperimentConfig config;
    if (!o.configFile.empty()) {
        const auto loaded = config::loadConfigFile(o.configFile);
        if (!loaded.ok()) {
            for (const auto& e : loaded.errors)
                err << "error: " << e.message << "\n";
            return std::nullopt;
        }
        config = loaded.config;
    }
    for (const auto& assignment : o.sets)
        if (auto e = config::applyAssignment(config, assignment)) {
            err << "error: --set " << assignment << ": " << e->message << "\n";
            return std::nullopt;
        }
    return config;
}

// --data, or else the sample installed with the program; null (and a message) when there is
// none.
std::optional<std::filesystem::path> dataFolder(const std::string& given, std::ostream& err) {
    if (!given.empty())
        return util::pathFromUtf8(given);
    if (auto sample = util::findResource("sample/ml-sample"))
        return sample;
    err << "error: no --data folder given, and the bundled sample dataset is not installed "
           "next to this program; looked in:";
    for (const auto& root : util::resourceRoots())
        err << " " << util::utf8Of(root / "sample" / "ml-sample");
    err << "\n";
    return std::nullopt;
}

// Loads a dataset, printing its report to `err`; null on a fatal error.
std::shared_ptr<const data::MovieLensData> loadData(const std::filesystem::path& folder,
                                                    std::ostream& err, bool quiet) {
    auto load = data::loadMovieLens(folder);
    if (!quiet || !load.ok())
        err << load.report.summary();
    return load.data;
}

int commandTrain(const Options& o, std::ostream& out, std::ostream& err, std::stop_token stop,
                 bool terminal) {
    const auto config = buildConfig(o, err);
    if (!config)
        return kExitConfigError;
    const auto folder = dataFolder(o.data, err);
    if (!folder)
        return kExitDataError;
    if (!o.quiet)
        err << "dataset: " << util::utf8Of(*folder) << "\n";
    auto data = loadData(*folder, err, o.quiet);
    if (!data)
        return kExitDataError;

    runs::ExperimentRequest request;
    request.config = *config;
    request.data = data;
    request.workspace = o.workspace;
    request.runName = o.name;
    request.tag = o.tag;
    TerminalProgress progress(err, terminal, o.quiet);
    const auto result = runs::runExperiment(request, progress, stop);
    if (!result.saved)
        return fail(err, kExitFailed, result.error);

    const auto& record = result.record;
    if (o.json) {
        Json history = Json::array();
        for (const auto& e : record.history)
            history.push_back(Json{{"epoch", e.epoch},
                                   {"train_loss", e.trainLoss},
                                   {"validation_loss", e.validationLoss},
                                   {"learning_rate", e.learningRate},
                                   {"train_seconds", e.trainSeconds},
                                   {"validation_seconds", e.validationSeconds}});
        Json doc{{"run", util::utf8Of(record.path)},
                 {"status", runs::runStatusText(record.summary.status)},
                 {"message", record.summary.message},
                 {"best_epoch", record.summary.bestEpoch},
                 {"training_seconds", record.summary.trainingSeconds},
                 {"device", training::deviceText(record.summary.device)},
                 {"training_step", training::trainingStepText(record.summary.trainingStep)},
                 {"split", Json{{"train", record.summary.trainSize},
                                {"validation", record.summary.validationSize},
                                {"test", record.summary.testSize}}},
                 {"history", history}};
        if (record.metrics)
            doc["metrics"] = runs::testMetricsJson(*record.metrics);
        out << doc.dump(2) << "\n";
    } else {
        out << "Run saved: " << util::utf8Of(record.path) << "\n"
            << "Status: " << runs::runStatusText(record.summary.status)
            << (record.summary.message.empty() ? "" : " (" + record.summary.message + ")") << "\n"
            << "Split: train " << record.summary.trainSize << " / validation "
            << record.summary.validationSize << " / test " << record.summary.testSize << "\n"
            << "Best epoch: " << record.summary.bestEpoch << " of " << record.summary.epochs
            << " (validation MSE " << fixed(record.summary.bestValidationLoss, 4) << "), "
            << fixed(record.summary.trainingSeconds, 1) << " s on " << record.summary.deviceName
            << " (" << training::trainingStepText(record.summary.trainingStep) << " step)\n";
        if (record.metrics)
            printMetrics(out, *record.metrics);
    }
    if (result.status == training::TrainingStatus::Stopped)
        return kExitStopped;
    if (result.status == training::TrainingStatus::Failed)
        return kExitFailed;
    return kExitOk;
}

// A saved run's model with the dataset prepared as when it was trained.
struct LoadedRun {
    runs::RunRecord record;
    runs::RunModel trained;
};

std::optional<LoadedRun> loadRunWithData(const Options& o, std::ostream& err, int* code) {
    std::string error;
    auto record = runs::readRun(o.run, &error);
    if (!record) {
        *code = fail(err, kExitFailed, error);
        return std::nullopt;
    }
    if (!record->summary.hasModel) {
        *code = fail(err, kExitFailed,
                     o.run + " has no saved model (" +
                         (record->summary.status == runs::RunStatus::Interrupted
                              ? "its training was interrupted before its first epoch ended)"
                              : "its training failed)"));
        return std::nullopt;
    }
    auto data = loadData(util::pathFromUtf8(o.data.empty() ? record->summary.dataFolder : o.data),
                         err, true);
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

int commandEvaluate(const Options& o, std::ostream& out, std::ostream& err) {
    int code = kExitOk;
    auto run = loadRunWithData(o, err, &code);
    if (!run)
        return code;
    const auto evaluation = runs::evaluateRunModel(run->record, run->trained);
    const auto& predictions = evaluation.predictions;
    const auto& saved = run->record.predictions;
    std::optional<double> maxDifference;
    if (run->record.metrics && saved.size() == predictions.size()) {
        maxDifference = 0.0;
        for (std::size_t i = 0; i < predictions.size(); ++i)
            maxDifference = std::max(
                *maxDifference, double(std::abs(predictions.predicted[i] - saved.predicted[i])));
    }
    const auto& s = run->record.summary;
    if (o.json) {
        Json doc{{"run", o.run},
                 {"status", runs::runStatusText(s.status)},
                 {"best_epoch", s.bestEpoch},
                 {"metrics", runs::testMetricsJson(evaluation.metrics)}};
        if (maxDifference)
            doc["max_difference_from_saved_predictions"] = *maxDifference;
        out << doc.dump(2) << "\n";
    } else {
        if (s.status == runs::RunStatus::Interrupted || s.status == runs::RunStatus::Running)
            out << "Run " << runs::runStatusText(s.status) << " after " << s.epochs
                << " epochs: metrics of its best epoch, " << s.bestEpoch << "\n";
        printMetrics(out, evaluation.metrics);
        if (maxDifference)
            out << "Largest difference from the saved predictions: "
                << util::formatNumber(*maxDifference) << "\n";
    }
    return kExitOk;
}

int commandRecommend(const Options& o, std::ostream& out, std::ostream& err) {
    int code = kExitOk;
    auto run = loadRunWithData(o, err, &code);
    if (!run)
        return code;
    const int k = o.k > 0 ? o.k : run->record.config.evaluation.k;
    const int userId = o.user;
    if (run->trained.prepared->userIndexOf(userId) < 0)
        return fail(
            err, kExitDataError,
            "user " + std::to_string(userId) + " is not in this run's data (after the filters)");
    const auto tested =
        model::rankedTestItems(run->record.predictions, *run->trained.prepared, userId, k,
                               run->record.config.evaluation.relevanceThreshold);
    const auto recommended =
        model::topUnratedMovies(*run->trained.model, *run->trained.prepared, userId, k);
    if (o.json) {
        Json a = Json::array(), b = Json::array();
        for (const auto& t : tested)
            a.push_back(Json{{"movie_id", t.movieId},
                             {"title", t.title},
                             {"genres", t.genres},
                             {"true_stars", double(t.trueStars)},
                             {"predicted_stars", double(t.predictedStars)},
                             {"relevant", t.relevant}});
        for (const auto& r : recommended)
            b.push_back(Json{{"movie_id", r.movieId},
                             {"title", r.title},
                             {"year", r.year},
                             {"genres", r.genres},
                             {"predicted_stars", double(r.predictedStars)}});
        out << Json{{"user", userId}, {"test_items", a}, {"unrated", b}}.dump(2) << "\n";
        return kExitOk;
    }
    out << "User " << userId << ": test items ranked by prediction\n";
    for (std::size_t i = 0; i < tested.size(); ++i)
        out << "  " << i + 1 << ". " << tested[i].title << " [" << tested[i].genres << "]  actual "
            << util::formatNumber(tested[i].trueStars) << "★  predicted "
            << fixed(tested[i].predictedStars, 2) << "★" << (tested[i].relevant ? "  relevant" : "")
            << "\n";
    out << "User " << userId << ": best-predicted movies not yet rated\n";
    for (std::size_t i = 0; i < recommended.size(); ++i)
        out << "  " << i + 1 << ". " << recommended[i].title << " [" << recommended[i].genres
            << "]  " << fixed(recommended[i].predictedStars, 2) << "★\n";
    return kExitOk;
}

int commandGenerate(const Commands& c, std::ostream& out, std::ostream& err) {
    const Options& o = c.o;
    auto spec = data::syntheticPreset(o.preset);
    if (!spec)
        return fail(err, kExitUsage, "unknown --preset " + o.preset);
    if (c.generate->count("--users"))
        spec->users = o.users;
    if (c.generate->count("--movies"))
        spec->movies = o.movies;
    if (c.generate->count("--ratings"))
        spec->ratings = o.ratings;
    if (c.generate->count("--seed"))
        spec->seed = o.seed;
    spec->halfStars = spec->halfStars || o.halfStars;
    const auto layout = o.layout == "ml-100k"  ? data::Release::Ml100k
                        : o.layout == "ml-10m" ? data::Release::Ml10m
                        : o.layout == "csv"    ? data::Release::Csv
                                               : data::Release::Ml1m;
    if (spec->halfStars && (layout == data::Release::Ml1m || layout == data::Release::Ml100k))
        return fail(
            err, kExitUsage,
            "half-star ratings need --layout ml-10m or csv (" + o.layout + " holds whole stars)");
    const auto generated = data::generateSyntheticMovieLens(*spec);
    if (auto e = data::writeMovieLensFiles(generated, o.out, layout, o.force))
        return fail(err, kExitFailed, *e);
    out << "Wrote " << generated.users.size() << " users, " << generated.movies.size()
        << " movies and " << generated.ratings.size() << " ratings to " << o.out << "\n";
    return kExitOk;
}

int commandValidate(const Options& o, std::ostream& out, std::ostream& err) {
    const auto folder = dataFolder(o.data, err);
    if (!folder)
        return kExitDataError;
    const auto load = data::loadMovieLens(*folder);
    const auto after = load.ok() ? data::countAfterFilters(*load.data, config::DataConfig{})
                                 : data::DatasetCounts{};
    if (o.json) {
        Json issues = Json::array();
        for (const auto& i : load.report.issues())
            issues.push_back(Json{
                {"severity", i.severity == data::DataIssue::Severity::Error ? "error" : "warning"},
                {"kind", i.kind},
                {"file", i.file},
                {"line", i.line},
                {"message", i.message.english()}});
        Json counts = Json::object();
        for (const auto& [kind, n] : load.report.warningCounts())
            counts[kind] = n;
        Json doc{{"folder", util::utf8Of(*folder)},
                 {"ok", load.ok()},
                 {"issues", issues},
                 {"warning_counts", counts}};
        if (load.ok()) {
            const auto& d = *load.data;
            doc["release"] = Json{{"name", d.release.name},
                                  {"files", d.release.files},
                                  {"half_star_ratings", d.halfStarRatings},
                                  {"user_features", d.hasUserFeatures},
                                  {"genres", d.genreNames}};
            doc["ratings"] = std::int64_t(load.data->ratings.size());
            doc["users"] = std::int64_t(load.data->users.size());
            doc["movies"] = std::int64_t(load.data->movies.size());
            doc["after_filters"] =
                Json{{"users", after.users}, {"movies", after.movies}, {"ratings", after.ratings}};
        }
        out << doc.dump(2) << "\n";
    } else {
        out << load.report.summary();
        if (load.ok()) {
            const auto& d = *load.data;
            out << "release: " << d.release.name << " (" << d.release.files << "); "
                << (d.halfStarRatings ? "half stars" : "whole stars") << "; "
                << (d.hasUserFeatures ? "gender, age and occupation per user"
                                      : "no user features (the user-feature branch is off)")
                << "; " << d.genreNames.size() << " genres\n";
        }
        if (load.ok())
            out << "ok: " << load.data->ratings.size() << " ratings, " << load.data->users.size()
                << " users, " << load.data->movies.size() << " movies; after the ≥5 filters "
                << after.users << " users, " << after.movies << " movies, " << after.ratings
                << " ratings\n";
    }
    return load.ok() ? kExitOk : kExitDataError;
}

int commandRuns(const Options& o, std::ostream& out) {
    Json list = Json::array();
    for (const auto& path : runs::listRuns(o.workspace)) {
        const auto s = runs::readRunSummary(path, nullptr);
        if (!s)
            continue;
        if (o.json) {
            list.push_back(Json{{"name", s->name},
                                {"status", runs::runStatusText(s->status)},
                                {"message", s->message},
                                {"created", s->created},
                                {"epochs", s->epochs},
                                {"best_epoch", s->bestEpoch},
                                {"has_model", s->hasModel},
                                {"has_metrics", s->hasMetrics},
                                {"tag", s->tag},
                                {"path", util::utf8Of(path)}});
        } else {
            out << s->name << "  " << runs::runStatusText(s->status) << "  " << s->created
                << "  epochs " << s->epochs << ", best " << s->bestEpoch
                << (s->tag.empty() ? "" : "  [" + s->tag + "]") << "\n";
        }
    }
    if (o.json)
        out << list.dump(2) << "\n";
    return kExitOk;
}

// ---- sweep ------------------------------------------------------------------------------

std::string sweepValueText(const config::FieldValue& v) {
    if (const auto* d = std::get_if<double>(&v))
        return util::formatGeneral(*d, 4);
    return config::formatFieldValue(v);
}

std::string parameterText(const sweep::SweepSpec& spec, const sweep::ParameterValues& values) {
    std::string s;
    for (std::size_t i = 0; i < spec.parameters.size() && i < values.size(); ++i)
        s += (s.empty() ? "" : " ") + spec.parameters[i].key + "=" + sweepValueText(values[i]);
    return s;
}

// Live progress of a sweep on stderr: a line per training started and ended; on a terminal
// also a redrawn line per epoch. Calls come one at a time from the runner's threads.
class SweepProgress : public sweep::SweepSink {
public:
    SweepProgress(std::ostream& err, const sweep::SweepSpec& spec, bool terminal, bool quiet)
        : m_err(err), m_spec(spec), m_terminal(terminal), m_quiet(quiet) {}

    void trialStarted(const sweep::Trial& trial, int repeat) override {
        if (m_quiet)
            return;
        clearLine();
        m_err << "[trial " << trial.number << "/" << sweep::plannedTrials(m_spec)
              << (m_spec.repeats > 1 ? ", repeat " + std::to_string(repeat) : "") << "] "
              << parameterText(m_spec, trial.values) << " (training.seed "
              << trial.runs[std::size_t(repeat)].trainingSeed << ")\n"
              << std::flush;
    }

    void trialEpoch(const sweep::Trial& trial, int repeat,
                    const training::EpochResult& epoch) override {
        if (m_quiet || !m_terminal)
            return;
        const auto& run = trial.runs[std::size_t(repeat)];
        m_err << "\rtrial " << trial.number << " epoch " << epoch.epoch << ": val RMSE "
              << fixed(run.validationRmse.back(), 4) << "    " << std::flush;
        m_lineShown = true;
    }

    void trialFinished(const sweep::Trial& trial, int repeat,
                       const sweep::SweepState& state) override {
        if (m_quiet)
            return;
        clearLine();
        const auto& run = trial.runs[std::size_t(repeat)];
        m_err << "trial " << trial.number
              << (m_spec.repeats > 1 ? " repeat " + std::to_string(repeat) : "") << ": "
              << (run.state == sweep::TrainingState::Pending
                      ? std::string_view("stopped (trained again on --resume)")
                      : sweep::trainingStateText(run.state));
        if (run.state == sweep::TrainingState::Pruned || run.state == sweep::TrainingState::Failed)
            m_err << " (" << (run.pruneReason.empty() ? run.message : run.pruneReason) << ")";
        if (run.objective)
            m_err << ", " << sweep::metricText(m_spec.objective.metric) << " "
                  << fixed(*run.objective, 4);
        m_err << ", " << run.epochs << " epochs, " << fixed(run.seconds, 1) << " s";
        const auto board = sweep::leaderboard(state);
        if (!board.empty() && board.front().rank == 1 && board.front().objective)
            m_err << "  (best so far: trial " << board.front().trial << ", "
                  << fixed(*board.front().objective, 4) << ")";
        m_err << "\n" << std::flush;
    }

private:
    void clearLine() {
        if (!m_lineShown)
            return;
        m_err << "\r" << std::string(60, ' ') << "\r";
        m_lineShown = false;
    }
    std::ostream& m_err;
    sweep::SweepSpec m_spec;
    bool m_terminal, m_quiet, m_lineShown = false;
};

// The leaderboard as a text table: rank, trial, each swept value, objective (± spread over
// repeats), test RMSE, epochs, status.
void printLeaderboard(std::ostream& out, const sweep::SweepState& state, bool running) {
    const auto& spec = state.spec;
    const auto rows = sweep::leaderboard(state);
    std::vector<std::vector<std::string>> table;
    std::vector<std::string> header{"rank", "trial"};
    for (const auto& p : spec.parameters)
        header.push_back(p.key);
    header.push_back(std::string(sweep::metricText(spec.objective.metric)) +
                     (spec.objective.direction == sweep::Direction::Minimize ? " ↓" : " ↑"));
    header.insert(header.end(), {"test RMSE", "epochs", "status"});
    table.push_back(header);
    for (const auto& r : rows) {
        std::vector<std::string> line{r.rank ? std::to_string(r.rank) : "-",
                                      std::to_string(r.trial)};
        for (const auto& v : r.values)
            line.push_back(sweepValueText(v));
        std::string objective = r.objective ? fixed(*r.objective, 4) : "-";
        if (r.objective && spec.repeats > 1 && r.state == sweep::TrainingState::Completed)
            objective += " ± " + fixed(r.spread, 4) + " (" + std::to_string(r.repeats) + ")";
        line.push_back(objective);
        line.push_back(r.testRmse ? fixed(*r.testRmse, 4) : "-");
        line.push_back(r.epochs > 0 ? util::formatGeneral(r.epochs, 3) : "-");
        std::string status(sweep::trainingStateText(r.state));
        if (r.state == sweep::TrainingState::Running && !running)
            status = "interrupted";
        if (r.state == sweep::TrainingState::Pruned)
            status += " at epoch " + std::to_string(r.prunedEpoch);
        line.push_back(status);
        table.push_back(std::move(line));
    }
    // Column widths in characters, not bytes ("↓" is three bytes).
    const auto width = [](const std::string& s) {
        std::size_t n = 0;
        for (unsigned char c : s)
            n += (c & 0xC0) != 0x80;
        return n;
    };
    std::vector<std::size_t> widths(header.size(), 0);
    for (const auto& line : table)
        for (std::size_t c = 0; c < line.size(); ++c)
            widths[c] = std::max(widths[c], width(line[c]));
    for (const auto& line : table) {
        std::string text;
        for (std::size_t c = 0; c < line.size(); ++c) {
            const std::size_t pad = widths[c] - width(line[c]);
            const bool right = c < 2;  // rank and trial
            text += (c ? "  " : "") +
                    (right ? std::string(pad, ' ') + line[c] : line[c] + std::string(pad, ' '));
        }
        while (!text.empty() && text.back() == ' ')
            text.pop_back();
        out << text << "\n";
    }
}

Json leaderboardJson(const sweep::SweepState& state) {
    Json rows = Json::array();
    for (const auto& r : sweep::leaderboard(state)) {
        Json params = Json::object();
        for (std::size_t i = 0; i < state.spec.parameters.size() && i < r.values.size(); ++i) {
            const auto& v = r.values[i];
            if (const auto* n = std::get_if<std::int64_t>(&v))
                params[state.spec.parameters[i].key] = *n;
            else if (const auto* d = std::get_if<double>(&v))
                params[state.spec.parameters[i].key] = *d;
            else
                params[state.spec.parameters[i].key] = config::formatFieldValue(v);
        }
        Json runsJson = Json::array();
        for (const auto& t : state.trials)
            if (t.number == r.trial)
                for (const auto& run : t.runs)
                    runsJson.push_back(run.runName);
        rows.push_back(Json{{"rank", r.rank},
                            {"trial", r.trial},
                            {"params", params},
                            {"state", sweep::trainingStateText(r.state)},
                            {"objective", r.objective ? Json(*r.objective) : Json(nullptr)},
                            {"spread", r.spread},
                            {"repeats", r.repeats},
                            {"test_rmse", r.testRmse ? Json(*r.testRmse) : Json(nullptr)},
                            {"epochs", r.epochs},
                            {"pruned_epoch", r.prunedEpoch},
                            {"note", r.note},
                            {"runs", runsJson}});
    }
    return rows;
}

void printSweepHeader(std::ostream& out, const std::filesystem::path& folder,
                      const sweep::SweepState& state, bool running) {
    const auto& spec = state.spec;
    int finished = 0;
    for (const auto& t : state.trials) {
        const auto s = sweep::trialState(t);
        finished += s == sweep::TrainingState::Completed || s == sweep::TrainingState::Pruned ||
                    s == sweep::TrainingState::Failed;
    }
    out << "Sweep " << util::utf8Of(folder) << ": " << sweep::strategyText(spec.strategy) << ", "
        << finished << " of " << sweep::plannedTrials(spec) << " trials finished"
        << (spec.repeats > 1 ? " (" + std::to_string(spec.repeats) + " trainings each)" : "")
        << ", objective " << sweep::metricText(spec.objective.metric) << " ("
        << sweep::directionText(spec.objective.direction) << "), " << fixed(state.elapsedSeconds, 1)
        << " s\n"
        << "State: "
        << (running                   ? "running (a process holds it)"
            : state.finished          ? "finished: " + state.endReason
            : state.endReason.empty() ? std::string("interrupted (resume with --resume)")
                                      : state.endReason + " (resume with --resume)")
        << "\n";
}

Json sweepJson(const std::filesystem::path& folder, const sweep::SweepState& state, bool running) {
    return Json{
        {"sweep", util::utf8Of(folder)},
        {"name", state.name},
        {"strategy", sweep::strategyText(state.spec.strategy)},
        {"running", running},
        {"finished", state.finished},
        {"end_reason", state.endReason},
        {"elapsed_seconds", state.elapsedSeconds},
        {"planned_trials", sweep::plannedTrials(state.spec)},
        {"objective", Json{{"metric", sweep::metricText(state.spec.objective.metric)},
                           {"direction", sweep::directionText(state.spec.objective.direction)}}},
        {"leaderboard", leaderboardJson(state)}};
}

int commandSweepStatus(const Options& o, std::ostream& out, std::ostream& err) {
    std::string error;
    // A Slurm sweep: record the trainings whose run folders have ended since the last look.
    if (!sweep::isSweepRunning(o.status))
        if (!sweep::collectSlurmResults(o.status, &error))
            err << "note: " << error << "\n";
    const auto state = sweep::readSweepState(o.status, &error);
    if (!state)
        return fail(err, kExitFailed, error);
    const bool running = sweep::isSweepRunning(o.status);
    if (o.json) {
        out << sweepJson(o.status, *state, running).dump(2) << "\n";
        return kExitOk;
    }
    printSweepHeader(out, o.status, *state, running);
    printLeaderboard(out, *state, running);
    return kExitOk;
}

sweep::SlurmSettings slurmSettings(const Options& o) {
    sweep::SlurmSettings s;
    s.cli = o.slurmCli.empty() ? util::executablePath() : util::pathFromUtf8(o.slurmCli);
    if (s.cli.empty())
        s.cli = "ratings-workbench-cli";
    s.partition = o.slurmPartition;
    s.time = o.slurmTime;
    s.memory = o.slurmMemory;
    s.cpusPerTask = o.slurmCpus;
    s.waveSize = o.slurmWaveSize;
    s.submit = !o.slurmNoSubmit;
    return s;
}

// Collects, then submits the next wave when the previous ones are over; says what it did.
int submitWave(const std::filesystem::path& folder, const Options& o, std::ostream& out,
               std::ostream& err) {
    std::string error;
    const auto wave = sweep::submitSlurmWave(folder, slurmSettings(o), &error);
    if (!wave && !error.empty())
        return fail(err, kExitFailed, error);
    const auto state = sweep::readSweepState(folder, &error);
    if (!state)
        return fail(err, kExitFailed, error);
    if (wave) {
        out << "Sweep " << util::utf8Of(folder) << ": wave " << wave->number << " of "
            << wave->trainings.size() << (wave->trainings.size() == 1 ? " training" : " trainings")
            << (wave->jobId.empty() ? " written to "
                                    : " submitted as Slurm job " + wave->jobId + " (")
            << util::utf8Of(folder / wave->script) << (wave->jobId.empty() ? "" : ")") << "\n";
        const bool more = int(state->trials.size()) < sweep::plannedTrials(state->spec);
        out << "Follow it with: ratings-workbench-cli sweep --status " << util::utf8Of(folder)
            << "\n";
        if (more)
            out << "When it has ended, submit the next wave: ratings-workbench-cli sweep "
                   "--slurm-next "
                << util::utf8Of(folder) << "\n";
    } else if (state->finished) {
        out << "Sweep " << util::utf8Of(folder) << " has ended: " << state->endReason << "\n";
        printLeaderboard(out, *state, false);
    } else {
        out << "Sweep " << util::utf8Of(folder) << ": a wave is still running (" << state->endReason
            << "); see --status\n";
    }
    return kExitOk;
}

int commandSweep(const Commands& c, std::ostream& out, std::ostream& err, std::stop_token stop,
                 bool terminal) {
    const Options& o = c.o;
    if (!o.slurmTask.empty()) {
        if (o.slurmWave < 1)
            return fail(err, kExitUsage, "sweep: --slurm-task needs --wave and --index");
        std::string error;
        const auto status =
            sweep::runSlurmTask(o.slurmTask, o.slurmWave, o.slurmIndex, o.threads, &error);
        if (!status)
            return fail(err, kExitFailed, error);
        out << "training " << o.slurmIndex << " of wave " << o.slurmWave << ": " << *status << "\n";
        return kExitOk;
    }
    if (!o.slurmNext.empty())
        return submitWave(o.slurmNext, o, out, err);
    if (!o.status.empty())
        return commandSweepStatus(o, out, err);
    if (o.spec.empty() && o.resume.empty()) {
        err << "error: sweep: give a SPEC file, --resume DIR or --status DIR\n"
            << "(see ratings-workbench-cli sweep --help)\n";
        return kExitUsage;
    }
    std::filesystem::path folder;
    std::filesystem::path data;
    int concurrency = o.concurrency > 0 ? o.concurrency : sweep::defaultConcurrency();
    if (!o.resume.empty()) {
        folder = o.resume;
        std::string error;
        const auto state = sweep::readSweepState(folder, &error);
        if (!state)
            return fail(err, kExitFailed, error);
        data = util::pathFromUtf8(o.data.empty() ? state->dataFolder : o.data);
        if (o.concurrency == 0)
            concurrency = state->suggestionLag;
    } else {
        auto load = sweep::loadSweepSpec(o.spec);
        if (!load.ok()) {
            for (const auto& e : load.errors)
                err << "error: " << e.message << "\n";
            return kExitConfigError;
        }
        std::string text, error;
        if (auto t = util::readWholeFile(o.spec, &error))
            text = *t;
        if (o.concurrency == 0 && concurrency > 1)
            if (const auto reason = sweep::concurrencyObstacle(load.spec)) {
                concurrency = 1;
                if (!o.quiet)
                    err << "note: one training at a time: " << *reason << "\n";
            }
        const auto given = dataFolder(o.data, err);
        if (!given)
            return kExitDataError;
        data = *given;
        sweep::NewSweep request;
        request.spec = load.spec;
        request.specText = text;
        request.specSource = util::utf8Of(std::filesystem::absolute(o.spec));
        request.workspace = o.workspace;
        request.name = o.name;
        request.dataFolder = std::filesystem::absolute(data);
        request.concurrency = concurrency;
        const auto created = sweep::createSweep(request, &error);
        if (!created)
            return fail(err, kExitFailed, error);
        folder = *created;
        if (o.slurm)
            return submitWave(folder, o, out, err);
    }
    if (!o.quiet)
        err << "sweep: " << util::utf8Of(folder) << "\ndataset: " << util::utf8Of(data) << "\n";
    auto loaded = loadData(data, err, o.quiet);
    if (!loaded)
        return kExitDataError;
    std::string error;
    const auto state = sweep::readSweepState(folder, &error);
    if (!state)
        return fail(err, kExitFailed, error);
    if (!o.quiet && concurrency > 1 && state->spec.base.runtime.threads > 1)
        err << "note: " << concurrency << " trainings at once, each with runtime.threads = "
            << state->spec.base.runtime.threads << "\n";
    SweepProgress progress(err, state->spec, terminal, o.quiet);
    sweep::SweepRunOptions options;
    options.data = loaded;
    options.concurrency = concurrency;
    const auto outcome = sweep::runSweep(folder, options, progress, stop);
    if (!outcome.ok && outcome.state.trials.empty() && outcome.state.name.empty())
        return fail(err, kExitFailed, outcome.error);
    if (o.json) {
        out << sweepJson(folder, outcome.state, false).dump(2) << "\n";
    } else {
        printSweepHeader(out, folder, outcome.state, false);
        printLeaderboard(out, outcome.state, false);
    }
    if (!outcome.ok)
        return fail(err, kExitFailed, outcome.error);
    return outcome.stopped ? kExitStopped : kExitOk;
}

// A CLI11 parse error as one line naming the command and option, and what is allowed.
int usageError(const Commands& c, const CLI::ParseError& e, const std::vector<std::string>& args,
               std::ostream& err) {
    const CLI::App* command = c.parsedCommand();
    std::string message = e.what();
    if (!command && !args.empty() && args.front().rfind('-', 0) != 0) {
        std::string names;
        for (const auto* sub : c.all())
            names += (names.empty() ? "" : ", ") + sub->get_name();
        message = "unknown command \"" + args.front() + "\" (commands: " + names + ")";
    } else if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
        if (command) {
            // CLI11 lists the extras in reverse; name the first unknown option as typed.
            const std::string allowed = optionNames(*command);
            for (std::size_t i = 1; i < args.size(); ++i) {
                const std::string name = args[i].substr(0, args[i].find('='));
                if (name.rfind("--", 0) == 0 &&
                    (allowed + ",").find(name + ",") == std::string::npos) {
                    message = "unknown option " + name;
                    break;
                }
            }
            message += " (options of " + command->get_name() + ": " + allowed + ")";
        }
    }
    err << "error: " << (command ? command->get_name() + ": " : std::string()) << message << "\n"
        << "(see ratings-workbench-cli " << (command ? command->get_name() + " " : std::string())
        << "--help)\n";
    return kExitUsage;
}

}  // namespace

int runCommandLine(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
                   std::stop_token stop, bool progressIsTerminal) {
    Commands c;
    std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 consumes from the back
    try {
        c.app.parse(reversed);
    } catch (const CLI::CallForHelp&) {
        out << c.app.help();  // the selected command's help, when one was given
        return kExitOk;
    } catch (const CLI::CallForVersion&) {
        out << Commands::versionText() << "\n";
        return kExitOk;
    } catch (const CLI::ParseError& e) {
        if (args.empty()) {
            err << c.app.help();
            return kExitUsage;
        }
        return usageError(c, e, args, err);
    }
    try {
        const Options& o = c.o;
        if (c.train->parsed())
            return commandTrain(o, out, err, stop, progressIsTerminal);
        if (c.evaluate->parsed())
            return commandEvaluate(o, out, err);
        if (c.recommend->parsed())
            return commandRecommend(o, out, err);
        if (c.generate->parsed())
            return commandGenerate(c, out, err);
        if (c.validate->parsed())
            return commandValidate(o, out, err);
        if (c.runList->parsed())
            return commandRuns(o, out);
        if (c.sweep->parsed())
            return commandSweep(c, out, err, stop, progressIsTerminal);
        if (c.config->parsed()) {
            const auto config = buildConfig(o, err);
            if (!config)
                return kExitConfigError;
            out << config::configToYaml(*config);
            return kExitOk;
        }
    } catch (const std::exception& e) {
        return fail(err, kExitFailed, e.what());
    }
    return fail(err, kExitUsage, "no command given (see --help)");
}

}  // namespace app::cli
