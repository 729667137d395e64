#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/config_fields.h"
#include "config/experiment_config.h"

namespace core::sweep {

// A sweep specification: which configuration fields to vary and how, over which base
// configuration, how to pick the trials, what to optimise and when to stop. Read from a YAML
// file (sweep.yaml); plain value types, cheap to copy, any thread.

/// How trials are chosen: every combination of the listed values (grid), independent uniform
/// draws (random), or Optuna's default Tree-structured Parzen Estimator (tpe).
enum class Strategy { Grid, Random, Tpe };
/// How a numeric range is spread: evenly (linear) or evenly in log(value) (log).
enum class Scale { Linear, Log };
/// Whether a lower or a higher objective is better.
enum class Direction { Minimize, Maximize };
/// What a trial is judged by. validation_rmse = sqrt(best validation MSE) × 5 (stars); the
/// test_* metrics come from the run's test evaluation (of its best epoch): RMSE and MAE in
/// stars, R², Precision@k, and the correct NDCG@k.
enum class ObjectiveMetric {
    ValidationRmse,
    TestRmse,
    TestMae,
    TestR2,
    TestPrecisionAtK,
    TestNdcgAtK
};
/// Early termination of unpromising trials (see pruner.h).
enum class TerminationKind { None, Median, Asha };

/// The one text of each value, as in sweep.yaml and sweep.json ("grid", "log", "min",
/// "validation_rmse", "asha"); the *FromText functions return nullopt for any other text.
std::string_view strategyText(Strategy value);
std::optional<Strategy> strategyFromText(std::string_view text);
std::string_view scaleText(Scale value);
std::optional<Scale> scaleFromText(std::string_view text);
std::string_view directionText(Direction value);
std::optional<Direction> directionFromText(std::string_view text);
std::string_view metricText(ObjectiveMetric value);
std::optional<ObjectiveMetric> metricFromText(std::string_view text);
std::string_view terminationText(TerminationKind value);
std::optional<TerminationKind> terminationFromText(std::string_view text);

/// The direction in which a metric gets better: min for RMSE and MAE, max for R², Precision@k
/// and NDCG@k (the default when a spec names the metric only).
Direction naturalDirection(ObjectiveMetric metric);

/// A numeric range of an Integer or Real field.
struct ParameterRange {
    double low = 0;   ///< inclusive, in the field's unit (an integer for Integer fields)
    double high = 0;  ///< inclusive, > low
    Scale scale = Scale::Linear;
    int steps = 0;  ///< grid points spread over [low, high] (grid only; 0 when not given)

    friend bool operator==(const ParameterRange&, const ParameterRange&) = default;
};

/// One swept configuration field: either a list of values or a numeric range.
struct SweepParameter {
    std::string key;  ///< the configuration field's key, e.g. "training.learning_rate"
    config::FieldType type = config::FieldType::Real;  ///< the field's type
    std::vector<config::FieldValue> values;  ///< `values:`, each valid for the field (checkValue)
    std::optional<ParameterRange> range;     ///< `range:` (then `values` is empty)

    friend bool operator==(const SweepParameter&, const SweepParameter&) = default;
};

/// One value per swept parameter, in the order of SweepSpec::parameters.
using ParameterValues = std::vector<config::FieldValue>;

struct Objective {
    ObjectiveMetric metric = ObjectiveMetric::ValidationRmse;
    Direction direction = Direction::Minimize;

    friend bool operator==(const Objective&, const Objective&) = default;
};

/// Limits after which no new trial is started (trials already running finish).
struct Budget {
    int maxTrials = 0;          ///< at most this many trials; 0 = no limit
    double maxWallSeconds = 0;  ///< no new trial after this many seconds of sweeping; 0 = none

    friend bool operator==(const Budget&, const Budget&) = default;
};

/// Early termination (pruning) of trials on their per-epoch validation RMSE.
struct EarlyTermination {
    TerminationKind kind = TerminationKind::None;
    int warmupEpochs = 2;     ///< median: epochs 1 … warmupEpochs are never pruned
    int minTrials = 5;        ///< median: finished trials needed before anything is pruned
    int minEpochs = 1;        ///< asha: the first rung, in epochs
    int reductionFactor = 3;  ///< asha: η; rungs at minEpochs·η^k, the top 1/η go on

    friend bool operator==(const EarlyTermination&, const EarlyTermination&) = default;
};

/// A parsed sweep.yaml.
struct SweepSpec {
    config::ExperimentConfig base;  ///< `base:` (a file or an inline mapping); defaults if absent
    std::vector<SweepParameter> parameters;  ///< at least one, in file order
    Strategy strategy = Strategy::Tpe;
    int trials = 20;         ///< random/tpe: trials to run; grid: the number of combinations
    int startupTrials = 10;  ///< tpe: the first trials are random draws
    std::uint64_t seed = 0;  ///< the samplers' seed
    int repeats = 1;         ///< trainings per trial, with training.seed = base seed + repeat
    Objective objective;
    Budget budget;
    EarlyTermination earlyTermination;

    friend bool operator==(const SweepSpec&, const SweepSpec&) = default;
};

/// A parsed spec and everything wrong with it. Each error names the source and line, and the
/// key as a path: "sweep.yaml:7: `parameters.training.learning_rate.range.low` must be > 0
/// for a log scale (got 0)". Errors of a `base:` file name that file and its line.
struct SweepSpecLoad {
    SweepSpec spec;
    std::vector<config::ConfigError> errors;
    bool ok() const { return errors.empty(); }
};

/// Parses sweep YAML text. `sourceName` appears in messages; a `base: FILE` is read relative to
/// `specFolder`. With `baseOverride`, `base:` is not read and the override is the base (a
/// resumed sweep uses the base it started with, even if the file changed). Any thread.
SweepSpecLoad parseSweepSpec(std::string_view text, const std::string& sourceName,
                             const std::filesystem::path& specFolder,
                             const config::ExperimentConfig* baseOverride = nullptr);

/// Reads and parses a sweep YAML file.
SweepSpecLoad loadSweepSpec(const std::filesystem::path& path);

/// The spec as sweep YAML that parseSweepSpec reads back to an equal spec, with the base
/// inline (every key, as configToYaml writes it). For specs built in code (a GUI form), which
/// have no file text to keep. Any thread.
std::string sweepSpecToYaml(const SweepSpec& spec);

/// The values a parameter takes in a grid: its list, or `steps` points spread evenly over its
/// range (evenly in log(value) for a log scale; for Integer fields rounded, repeats dropped).
/// Empty for a range without steps.
std::vector<config::FieldValue> gridValues(const SweepParameter& parameter);

/// The number of trials the spec plans before its budget: grid, every combination; random and
/// tpe, `trials`; both capped by budget.max_trials.
int plannedTrials(const SweepSpec& spec);

/// The configuration of one training of a trial: the base with the trial's values applied,
/// and training.seed increased by `repeat` (0 … repeats − 1).
config::ExperimentConfig trialConfig(const SweepSpec& spec, const ParameterValues& values,
                                     int repeat);

}  // namespace core::sweep
