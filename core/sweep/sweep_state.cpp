#include "sweep/sweep_state.h"

#include <algorithm>
#include <array>
#include <charconv>

#include "config/config_io.h"
#include "util/atomic_file.h"
#include "util/file_lock.h"
#include "util/json.h"
#include "util/number_text.h"
#include "util/path_text.h"

namespace core::sweep {

// ---- messages ----

namespace {

enum FormId {
    AllTrialsRan,
    MaxTrialsReached,
    MaxWallSecondsReached,
    AllGridPointsRan,
    SweepError,
    StoppedByUser,
    AllTrialsRanOnSlurm,
    SlurmWaveWritten,
    SlurmWaveSubmitted,
    MedianPrune,
    AshaPrune,
    SkippedAfterPruned,
    SkippedAfterFailed,
    SlurmTaskUnfinished,
    SlurmTaskStopped,
    StoppedForResume,
    PrunedBySweep,
    FormCount
};

// The templates are written inside a function, its constants too: lupdate files them under
// core::sweep there (at namespace scope it collects none, and after a constant initialised
// with `Kind::…` it takes "Kind" for their context).
const std::array<util::MessageForm, FormCount>& forms() {
    constexpr auto P = util::TextArg::Kind::Plain, C = util::TextArg::Kind::Count,
                   I = util::TextArg::Kind::Id, N = util::TextArg::Kind::Number,
                   F = util::TextArg::Kind::Phrase;
    // clang-format off
    static const std::array<util::MessageForm, FormCount> kForms = {{
        {RW_TEXT("all {1} trials ran"), {C}, 0},
        {RW_TEXT("budget: max_trials ({1}) reached"), {C}, 0},
        {RW_TEXT("budget: max_wall_seconds ({1}) reached"), {N}, -1},
        {RW_TEXT("all {1} grid points ran"), {C}, 0},
        {RW_TEXT("error: {1}"), {F}, 0},
        {RW_TEXT("stopped by the user"), {}, 0},
        {RW_TEXT("all {1} trials ran on Slurm"), {C}, 0},
        {RW_TEXT("on Slurm: wave {1} written, not submitted"), {I}, 0},
        {RW_TEXT("on Slurm: wave {1} submitted as job {2}"), {I, P}, 0},
        {RW_TEXT("median: val RMSE {1} at epoch {2} worse than median {3} of {4} trials"),
         {N, I, N, C}, 4},
        {RW_TEXT("asha: val RMSE {1} at epoch {2} (rung {3}) not in the top {4} of {5} trials "
                 "(cut-off {6})"),
         {N, I, I, C, C, N}, 4},
        {RW_TEXT("not trained: repeat {1} was pruned"), {I}, 0},
        {RW_TEXT("not trained: repeat {1} was failed"), {I}, 0},
        {RW_TEXT("its Slurm task ended without finishing (cancelled, out of time, or killed) after "
                 "{1} epochs"),
         {C}, 0},
        {RW_TEXT("its Slurm task was stopped before training ended"), {}, 0},
        {RW_TEXT("stopped by the user; trained again on resume"), {}, 0},
        {RW_TEXT("pruned by sweep {1}: {2}"), {P, F}, 0},
    }};
    // clang-format on
    return kForms;
}

util::Text form(FormId id) {
    return util::Text(forms()[std::size_t(id)].pattern);
}

}  // namespace

util::Text allTrialsRanMessage(int trials) {
    return form(AllTrialsRan).count(trials);
}

util::Text maxTrialsReachedMessage(int maxTrials) {
    return form(MaxTrialsReached).count(maxTrials);
}

util::Text maxWallSecondsReachedMessage(double seconds) {
    return form(MaxWallSecondsReached).number(seconds, -1);
}

util::Text allGridPointsRanMessage(int points) {
    return form(AllGridPointsRan).count(points);
}

util::Text sweepErrorMessage(const std::string& error) {
    return form(SweepError).phrase(sweepMessage(error));
}

util::Text stoppedByUserMessage() {
    return form(StoppedByUser);
}

util::Text allTrialsRanOnSlurmMessage(int trials) {
    return form(AllTrialsRanOnSlurm).count(trials);
}

util::Text slurmWaveMessage(int wave, const std::string& jobId) {
    return jobId.empty() ? form(SlurmWaveWritten).id(wave)
                         : form(SlurmWaveSubmitted).id(wave).arg(jobId);
}

util::Text medianPruneMessage(double rmse, int epoch, double median, int trials) {
    return form(MedianPrune).number(rmse, 4).id(epoch).number(median, 4).count(trials);
}

util::Text ashaPruneMessage(double rmse, int epoch, int rung, int keep, int trials, double cutoff) {
    return form(AshaPrune).number(rmse, 4).id(epoch).id(rung).count(keep).count(trials).number(
        cutoff, 4);
}

util::Text skippedRepeatMessage(int repeat, TrainingState earlier) {
    return form(earlier == TrainingState::Pruned ? SkippedAfterPruned : SkippedAfterFailed)
        .id(repeat);
}

util::Text slurmTaskUnfinishedMessage(int epochs) {
    return form(SlurmTaskUnfinished).count(epochs);
}

util::Text slurmTaskStoppedMessage() {
    return form(SlurmTaskStopped);
}

util::Text stoppedForResumeMessage() {
    return form(StoppedForResume);
}

util::Text prunedBySweepMessage(const std::string& sweep, const std::string& reason) {
    return form(PrunedBySweep).arg(sweep).phrase(sweepMessage(reason));
}

util::Text sweepMessage(std::string_view english) {
    return util::readMessage(english, forms(), sweepMessage);
}

// ---- sweep.json ----

namespace {

using config::FieldType;
using config::FieldValue;
using util::Json;

constexpr const char* kFormat = "ratings-workbench-sweep";
constexpr int kVersion = 1;

Json valueJson(const FieldValue& v) {
    if (const auto* i = std::get_if<std::int64_t>(&v))
        return *i;
    if (const auto* d = std::get_if<double>(&v))
        return *d;
    if (const auto* s = std::get_if<std::string>(&v))
        return *s;
    return std::get<std::vector<int>>(v);
}

std::optional<FieldValue> valueFromJson(const Json& j, FieldType type) {
    switch (type) {
        case FieldType::Integer:
            if (j.is_number_integer())
                return FieldValue{j.get<std::int64_t>()};
            return std::nullopt;
        case FieldType::Real:
            if (j.is_number())
                return FieldValue{j.get<double>()};
            return std::nullopt;
        case FieldType::Choice:
            if (j.is_string())
                return FieldValue{j.get<std::string>()};
            return std::nullopt;
        case FieldType::IntegerList: {
            if (!j.is_array())
                return std::nullopt;
            std::vector<int> list;
            for (const auto& x : j) {
                if (!x.is_number_integer())
                    return std::nullopt;
                list.push_back(x.get<int>());
            }
            return FieldValue{list};
        }
    }
    return std::nullopt;
}

Json optionalNumber(const std::optional<double>& v) {
    return v ? Json(*v) : Json(nullptr);
}

Json runJson(const TrialRun& r) {
    Json j{{"repeat", r.repeat},
           {"training_seed", r.trainingSeed},
           {"state", trainingStateText(r.state)},
           {"run", r.runName},
           {"run_status", r.runStatus},
           {"objective", optionalNumber(r.objective)},
           {"validation_rmse", r.validationRmse},
           {"epochs", r.epochs},
           {"best_epoch", r.bestEpoch},
           {"seconds", r.seconds},
           {"training_seconds", r.trainingSeconds},
           {"pruned_epoch", r.prunedEpoch},
           {"prune_reason", r.pruneReason},
           {"message", r.message}};
    if (r.test)
        j["test"] = Json{{"rmse_stars", r.test->rmseStars},
                         {"mae_stars", r.test->maeStars},
                         {"r2", r.test->r2},
                         {"precision_at_k", r.test->precisionAtK},
                         {"ndcg_at_k", r.test->ndcgAtK},
                         {"k", r.test->k}};
    else
        j["test"] = nullptr;
    return j;
}

std::optional<TrialRun> runFromJson(const Json& j, std::string* error) {
    if (!j.is_object()) {
        *error = "a training entry is not an object";
        return std::nullopt;
    }
    TrialRun r;
    r.repeat = int(util::integerAt(j, "repeat"));
    r.trainingSeed = util::integerAt(j, "training_seed");
    const auto state = trainingStateFromText(util::textAt(j, "state"));
    if (!state) {
        *error = "unknown training state \"" + util::textAt(j, "state") + "\"";
        return std::nullopt;
    }
    r.state = *state;
    r.runName = util::textAt(j, "run");
    r.runStatus = util::textAt(j, "run_status");
    if (const auto it = j.find("objective"); it != j.end() && it->is_number())
        r.objective = it->get<double>();
    if (const auto it = j.find("validation_rmse"); it != j.end() && it->is_array())
        for (const auto& v : *it)
            r.validationRmse.push_back(v.is_number() ? v.get<double>() : 0.0);
    r.epochs = int(util::integerAt(j, "epochs"));
    r.bestEpoch = int(util::integerAt(j, "best_epoch"));
    r.seconds = util::numberAt(j, "seconds");
    r.trainingSeconds = util::numberAt(j, "training_seconds");
    r.prunedEpoch = int(util::integerAt(j, "pruned_epoch"));
    r.pruneReason = util::textAt(j, "prune_reason");
    r.message = util::textAt(j, "message");
    if (const auto it = j.find("test"); it != j.end() && it->is_object()) {
        TestSummary t;
        t.rmseStars = util::numberAt(*it, "rmse_stars");
        t.maeStars = util::numberAt(*it, "mae_stars");
        t.r2 = util::numberAt(*it, "r2");
        t.precisionAtK = util::numberAt(*it, "precision_at_k");
        t.ndcgAtK = util::numberAt(*it, "ndcg_at_k");
        t.k = int(util::integerAt(*it, "k", 10));
        r.test = t;
    }
    return r;
}

}  // namespace

std::string_view trainingStateText(TrainingState state) {
    switch (state) {
        case TrainingState::Pending:
            return "pending";
        case TrainingState::Running:
            return "running";
        case TrainingState::Completed:
            return "completed";
        case TrainingState::Pruned:
            return "pruned";
        case TrainingState::Failed:
            return "failed";
    }
    return "pending";
}

std::optional<TrainingState> trainingStateFromText(std::string_view text) {
    for (auto s : {TrainingState::Pending, TrainingState::Running, TrainingState::Completed,
                   TrainingState::Pruned, TrainingState::Failed})
        if (trainingStateText(s) == text)
            return s;
    return std::nullopt;
}

TrainingState trialState(const Trial& trial) {
    bool anyPending = false, anyFailed = false, anyPruned = false, allPending = true;
    for (const auto& r : trial.runs) {
        if (r.state == TrainingState::Running)
            return TrainingState::Running;
        anyPending = anyPending || r.state == TrainingState::Pending;
        allPending = allPending && r.state == TrainingState::Pending;
        anyFailed = anyFailed || r.state == TrainingState::Failed;
        anyPruned = anyPruned || r.state == TrainingState::Pruned;
    }
    if (allPending || anyPending)
        return TrainingState::Pending;
    if (anyFailed)
        return TrainingState::Failed;
    if (anyPruned)
        return TrainingState::Pruned;
    return TrainingState::Completed;
}

std::string sweepToJson(const SweepState& state) {
    Json trials = Json::array();
    for (const auto& t : state.trials) {
        Json params = Json::object();
        for (std::size_t i = 0; i < state.spec.parameters.size() && i < t.values.size(); ++i)
            params[state.spec.parameters[i].key] = valueJson(t.values[i]);
        Json runs = Json::array();
        for (const auto& r : t.runs)
            runs.push_back(runJson(r));
        trials.push_back(Json{{"number", t.number},
                              {"params", params},
                              {"state", trainingStateText(trialState(t))},
                              {"runs", runs}});
    }
    const auto& s = state.spec;
    Json doc{{"format", kFormat},
             {"version", kVersion},
             {"name", state.name},
             {"created", state.created},
             {"spec_source", state.specSource},
             {"spec_text", state.specText},
             {"base_config", state.baseConfigYaml},
             {"data_folder", state.dataFolder},
             {"strategy", Json{{"name", strategyText(s.strategy)},
                               {"seed", s.seed},
                               {"startup_trials", s.startupTrials},
                               {"planned_trials", plannedTrials(s)},
                               {"repeats", s.repeats},
                               {"suggestion_lag", state.suggestionLag}}},
             {"objective", Json{{"metric", metricText(s.objective.metric)},
                                {"direction", directionText(s.objective.direction)}}},
             {"elapsed_seconds", state.elapsedSeconds},
             {"finished", state.finished},
             {"end_reason", state.endReason},
             {"trials", trials}};
    if (!state.slurmWaves.empty()) {
        Json waves = Json::array();
        for (const auto& w : state.slurmWaves) {
            Json trainings = Json::array();
            for (const auto& [trial, repeat] : w.trainings)
                trainings.push_back(Json::array({trial, repeat}));
            waves.push_back(Json{{"number", w.number},
                                 {"trainings", trainings},
                                 {"script", w.script},
                                 {"job_id", w.jobId}});
        }
        doc["slurm_waves"] = waves;
    }
    return doc.dump(2) + "\n";
}

namespace {
std::optional<SweepState> parseSweepJson(std::string_view text, const std::string& source,
                                         std::string* error) {
    std::string e;
    const auto fail = [&](const std::string& message) -> std::optional<SweepState> {
        if (error)
            *error = source + ": " + message;
        return std::nullopt;
    };
    const auto doc = util::parseJson(text, &e);
    if (!doc)
        return fail(e);
    if (!doc->is_object() || util::textAt(*doc, "format") != kFormat)
        return fail("not a sweep file (no \"format\": \"" + std::string(kFormat) + "\")");
    if (util::integerAt(*doc, "version") > kVersion)
        return fail("written by a newer version (format version " +
                    std::to_string(util::integerAt(*doc, "version")) + ")");
    SweepState s;
    s.name = util::textAt(*doc, "name");
    s.created = util::textAt(*doc, "created");
    s.specSource = util::textAt(*doc, "spec_source");
    s.specText = util::textAt(*doc, "spec_text");
    s.baseConfigYaml = util::textAt(*doc, "base_config");
    s.dataFolder = util::textAt(*doc, "data_folder");
    const auto base = config::parseConfigYaml(s.baseConfigYaml, source + " (base_config)");
    if (!base.ok())
        return fail(base.errors.front().message);
    auto spec = parseSweepSpec(s.specText, source + " (spec_text)", {}, &base.config);
    if (!spec.ok())
        return fail(spec.errors.front().message);
    s.spec = spec.spec;
    const auto strategy = doc->value("strategy", Json::object());
    s.suggestionLag = std::max(1, int(util::integerAt(strategy, "suggestion_lag", 1)));
    s.elapsedSeconds = util::numberAt(*doc, "elapsed_seconds");
    s.finished = doc->contains("finished") && (*doc)["finished"].is_boolean() &&
                 (*doc)["finished"].get<bool>();
    s.endReason = util::textAt(*doc, "end_reason");
    const auto trials = doc->value("trials", Json::array());
    for (const auto& t : trials) {
        Trial trial;
        trial.number = int(util::integerAt(t, "number"));
        const auto params = t.value("params", Json::object());
        for (const auto& p : s.spec.parameters) {
            const auto it = params.find(p.key);
            const auto value = it == params.end() ? std::nullopt : valueFromJson(*it, p.type);
            if (!value)
                return fail("trial " + std::to_string(trial.number) + " has no valid value of `" +
                            p.key + "`");
            trial.values.push_back(*value);
        }
        for (const auto& r : t.value("runs", Json::array())) {
            auto run = runFromJson(r, &e);
            if (!run)
                return fail("trial " + std::to_string(trial.number) + ": " + e);
            trial.runs.push_back(std::move(*run));
        }
        s.trials.push_back(std::move(trial));
    }
    for (const auto& w : doc->value("slurm_waves", Json::array())) {
        SlurmWave wave;
        wave.number = int(util::integerAt(w, "number"));
        wave.script = util::textAt(w, "script");
        wave.jobId = util::textAt(w, "job_id");
        for (const auto& pair : w.value("trainings", Json::array()))
            if (pair.is_array() && pair.size() == 2 && pair[0].is_number_integer() &&
                pair[1].is_number_integer())
                wave.trainings.emplace_back(pair[0].get<int>(), pair[1].get<int>());
            else
                return fail("slurm wave " + std::to_string(wave.number) +
                            " has a malformed training");
        s.slurmWaves.push_back(std::move(wave));
    }
    return s;
}
}  // namespace

std::optional<SweepState> sweepFromJson(std::string_view text, const std::string& source,
                                        std::string* error) {
    try {
        return parseSweepJson(text, source, error);
    } catch (const util::Json::exception& e) {  // a member of an unexpected type
        if (error)
            *error = source + ": " + e.what();
        return std::nullopt;
    }
}

std::optional<std::string> writeSweepState(const std::filesystem::path& folder,
                                           const SweepState& state) {
    return util::writeFileAtomically(folder / kSweepFile, sweepToJson(state));
}

std::optional<SweepState> readSweepState(const std::filesystem::path& folder, std::string* error) {
    const auto path = folder / kSweepFile;
    const auto text = util::readWholeFile(path, error);
    if (!text)
        return std::nullopt;
    return sweepFromJson(*text, util::utf8Of(path), error);
}

bool isSweepRunning(const std::filesystem::path& folder) {
    return util::FileLock::isHeld(folder / kSweepLockFile);
}

std::vector<std::filesystem::path> listSweeps(const std::filesystem::path& workspace) {
    std::vector<std::filesystem::path> sweeps;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(workspace, ec))
        if (entry.is_directory(ec) && std::filesystem::exists(entry.path() / kSweepFile, ec))
            sweeps.push_back(entry.path());
    std::sort(sweeps.begin(), sweeps.end());
    return sweeps;
}

}  // namespace core::sweep
