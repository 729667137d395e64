#include "sweep/sweep_spec.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <utility>

#include "config/config_io.h"
#include "config/yaml_value.h"
#include "util/atomic_file.h"
#include "util/number_text.h"
#include "util/path_text.h"

namespace core::sweep {
namespace {

namespace fs = std::filesystem;
using config::ConfigError;
using config::ConfigField;
using config::FieldType;
using config::FieldValue;
using util::formatNumber;

template <typename Enum, std::size_t N>
std::optional<Enum> fromText(const std::array<std::pair<Enum, const char*>, N>& table,
                             std::string_view text) {
    for (const auto& [value, name] : table)
        if (text == name)
            return value;
    return std::nullopt;
}

template <typename Enum, std::size_t N>
std::string_view toText(const std::array<std::pair<Enum, const char*>, N>& table, Enum value) {
    for (const auto& [v, name] : table)
        if (v == value)
            return name;
    return {};
}

template <typename Enum, std::size_t N>
std::string namesOf(const std::array<std::pair<Enum, const char*>, N>& table) {
    std::string s;
    for (std::size_t i = 0; i < N; ++i)
        s += std::string(i == 0 ? "" : i + 1 == N ? " or " : ", ") + table[i].second;
    return s;
}

constexpr std::array<std::pair<Strategy, const char*>, 3> kStrategies{
    {{Strategy::Grid, "grid"}, {Strategy::Random, "random"}, {Strategy::Tpe, "tpe"}}};
constexpr std::array<std::pair<Scale, const char*>, 2> kScales{
    {{Scale::Linear, "linear"}, {Scale::Log, "log"}}};
constexpr std::array<std::pair<Direction, const char*>, 2> kDirections{
    {{Direction::Minimize, "min"}, {Direction::Maximize, "max"}}};
constexpr std::array<std::pair<ObjectiveMetric, const char*>, 6> kMetrics{
    {{ObjectiveMetric::ValidationRmse, "validation_rmse"},
     {ObjectiveMetric::TestRmse, "test_rmse"},
     {ObjectiveMetric::TestMae, "test_mae"},
     {ObjectiveMetric::TestR2, "test_r2"},
     {ObjectiveMetric::TestPrecisionAtK, "test_precision_at_k"},
     {ObjectiveMetric::TestNdcgAtK, "test_ndcg_at_k"}}};
constexpr std::array<std::pair<TerminationKind, const char*>, 3> kTerminations{
    {{TerminationKind::None, "none"},
     {TerminationKind::Median, "median"},
     {TerminationKind::Asha, "asha"}}};

constexpr int kMaxGridSize = 100000;

// A problem with its place in the spec, for sorting all of them by line at the end.
struct SpecError {
    int line = 0;
    ConfigError error;
};

// What the parser needs of one `key: value` pair.
struct Entry {
    std::string key;  // the full key path, e.g. "parameters.model.dropout.range.low"
    YAML::Mark mark;  // where the key is written
    YAML::Node value;
};

std::string valueDescription(const YAML::Node& node) {
    if (node.IsScalar())
        return "\"" + node.Scalar() + "\"";
    if (node.IsSequence())
        return "a list";
    if (node.IsMap())
        return "a mapping";
    return "nothing";
}

class SpecParser {
public:
    SpecParser(std::string_view text, std::string source, fs::path folder)
        : m_text(text), m_source(std::move(source)), m_folder(std::move(folder)) {}

    SweepSpecLoad parse(const config::ExperimentConfig* baseOverride) {
        SweepSpecLoad result;
        YAML::Node root;
        try {
            root = YAML::Load(std::string(m_text));
        } catch (const YAML::Exception& e) {
            fail(e.mark, "", "not valid YAML: " + e.msg);
            return finish(result);
        }
        if (!root.IsMap() || root.Style() == YAML::EmitterStyle::Flow) {
            fail(root.Mark(), "",
                 "expected a block mapping with `parameters:` (and `base:`, `strategy:`, …) at "
                 "the top level, one key per line");
            return finish(result);
        }
        // Keys in a fixed order of meaning (strategy before parameters, whose checks need it);
        // errors are sorted by line at the end.
        std::map<std::string, Entry> entries;
        std::vector<YAML::Mark> keyMarks;
        for (const auto& item : root) {
            Entry e{item.first.Scalar(), item.first.Mark(), item.second};
            keyMarks.push_back(e.mark);
            if (const auto it = entries.find(e.key); it != entries.end()) {
                fail(e.mark, e.key,
                     "`" + e.key + "` appears twice (first on line " +
                         std::to_string(it->second.mark.line + 1) + ")");
                continue;
            }
            static const std::vector<std::string> known{
                "base",    "parameters", "strategy",          "trials", "startup_trials", "seed",
                "repeats", "objective",  "early_termination", "budget"};
            if (std::find(known.begin(), known.end(), e.key) == known.end()) {
                fail(e.mark, e.key, "unknown key `" + e.key + "` (known: " + join(known) + ")");
                continue;
            }
            entries.emplace(e.key, e);
        }
        SweepSpec& spec = result.spec;
        const auto get = [&](const char* key) -> const Entry* {
            const auto it = entries.find(key);
            return it == entries.end() ? nullptr : &it->second;
        };
        if (const auto* e = get("strategy"))
            if (auto s = word(*e, kStrategies))
                spec.strategy = *s;
        if (const auto* e = get("trials")) {
            if (spec.strategy == Strategy::Grid)
                fail(e->mark, e->key,
                     "`trials` does not apply to strategy grid, which runs every combination "
                     "once (cap it with budget.max_trials)");
            else if (auto n = integer(*e, 1, 100000))
                spec.trials = int(*n);
        }
        if (const auto* e = get("startup_trials"))
            if (auto n = integer(*e, 0, 100000))
                spec.startupTrials = int(*n);
        if (const auto* e = get("seed"))
            if (auto n = integer(*e, 0, std::numeric_limits<std::int64_t>::max()))
                spec.seed = std::uint64_t(*n);
        if (const auto* e = get("repeats"))
            if (auto n = integer(*e, 1, 100))
                spec.repeats = int(*n);
        if (const auto* e = get("objective"))
            parseObjective(*e, spec.objective);
        if (const auto* e = get("budget"))
            parseBudget(*e, spec.budget);
        if (const auto* e = get("early_termination"))
            parseEarlyTermination(*e, spec.earlyTermination);
        if (baseOverride)
            spec.base = *baseOverride;
        else if (const auto* e = get("base"))
            parseBase(*e, keyMarks, spec.base);
        if (const auto* e = get("parameters"))
            parseParameters(*e, spec);
        else
            fail(root.Mark(), "parameters",
                 "`parameters` is missing: name at least one configuration key to sweep, e.g. "
                 "`training.learning_rate: {range: {low: 0.0001, high: 0.01, scale: log}}`");
        return finish(result);
    }

private:
    SweepSpecLoad finish(SweepSpecLoad& result) {
        std::stable_sort(m_errors.begin(), m_errors.end(),
                         [](const SpecError& a, const SpecError& b) { return a.line < b.line; });
        for (auto& e : m_errors)
            result.errors.push_back(std::move(e.error));
        return std::move(result);
    }

    std::string where(const YAML::Mark& mark) const {
        if (mark.is_null())
            return m_source;
        return m_source + ":" + std::to_string(mark.line + 1);
    }

    void fail(const YAML::Mark& mark, const std::string& key, const std::string& message) {
        m_errors.push_back(
            {mark.is_null() ? 0 : mark.line + 1, {key, where(mark) + ": " + message}});
    }

    static std::string join(const std::vector<std::string>& names) {
        std::string s;
        for (const auto& n : names)
            s += (s.empty() ? "" : ", ") + n;
        return s;
    }

    std::optional<std::int64_t> integer(const Entry& e, std::int64_t low, std::int64_t high) {
        std::int64_t v = 0;
        if (!e.value.IsScalar() || !util::parseInteger(e.value.Scalar(), &v) || v < low ||
            v > high) {
            fail(e.mark, e.key,
                 "`" + e.key + "` must be an integer in [" + std::to_string(low) + ", " +
                     std::to_string(high) + "] (got " + valueDescription(e.value) + ")");
            return std::nullopt;
        }
        return v;
    }

    std::optional<double> positiveNumber(const Entry& e) {
        double v = 0;
        if (!e.value.IsScalar() || !util::parseDouble(e.value.Scalar(), &v) || !std::isfinite(v) ||
            v <= 0) {
            fail(e.mark, e.key,
                 "`" + e.key + "` must be a number > 0 (got " + valueDescription(e.value) + ")");
            return std::nullopt;
        }
        return v;
    }

    template <typename Enum, std::size_t N>
    std::optional<Enum> word(const Entry& e,
                             const std::array<std::pair<Enum, const char*>, N>& table) {
        const auto v = e.value.IsScalar() ? fromText(table, e.value.Scalar()) : std::nullopt;
        if (!v)
            fail(e.mark, e.key,
                 "`" + e.key + "` must be " + namesOf(table) + " (got " +
                     valueDescription(e.value) + ")");
        return v;
    }

    // The entries of a mapping value, checked against the keys it may have. Null when the value
    // is not a mapping (an error is recorded).
    std::optional<std::vector<Entry>> mapping(const Entry& e,
                                              const std::vector<std::string>& allowed,
                                              const std::string& expected) {
        if (!e.value.IsMap()) {
            fail(e.mark, e.key, "`" + e.key + "` must be a mapping " + expected);
            return std::nullopt;
        }
        std::vector<Entry> children;
        for (const auto& item : e.value) {
            Entry child{e.key + "." + item.first.Scalar(), item.first.Mark(), item.second};
            const bool duplicate = std::any_of(children.begin(), children.end(),
                                               [&](const Entry& c) { return c.key == child.key; });
            if (duplicate) {
                fail(child.mark, child.key, "`" + child.key + "` appears twice");
                continue;
            }
            if (std::find(allowed.begin(), allowed.end(), item.first.Scalar()) == allowed.end()) {
                fail(child.mark, child.key,
                     "unknown key `" + child.key + "` (expected " + join(allowed) + ")");
                continue;
            }
            children.push_back(std::move(child));
        }
        return children;
    }

    static const Entry* child(const std::vector<Entry>& entries, const std::string& key) {
        for (const auto& e : entries)
            if (e.key == key)
                return &e;
        return nullptr;
    }

    void parseObjective(const Entry& e, Objective& objective) {
        const auto children = mapping(e, {"metric", "direction"},
                                      "such as {metric: validation_rmse, direction: min}");
        if (!children)
            return;
        if (const auto* m = child(*children, e.key + ".metric"))
            if (auto metric = word(*m, kMetrics)) {
                objective.metric = *metric;
                objective.direction = naturalDirection(*metric);
            }
        if (const auto* d = child(*children, e.key + ".direction"))
            if (auto direction = word(*d, kDirections))
                objective.direction = *direction;
    }

    void parseBudget(const Entry& e, Budget& budget) {
        const auto children = mapping(e, {"max_trials", "max_wall_seconds"},
                                      "such as {max_trials: 50, max_wall_seconds: 3600}");
        if (!children)
            return;
        if (const auto* m = child(*children, e.key + ".max_trials"))
            if (auto n = integer(*m, 1, 100000))
                budget.maxTrials = int(*n);
        if (const auto* s = child(*children, e.key + ".max_wall_seconds"))
            if (auto v = positiveNumber(*s))
                budget.maxWallSeconds = *v;
    }

    void parseEarlyTermination(const Entry& e, EarlyTermination& rule) {
        if (e.value.IsScalar()) {  // `early_termination: median` takes the defaults
            if (auto kind = word(e, kTerminations))
                rule.kind = *kind;
            return;
        }
        const auto children =
            mapping(e, {"kind", "warmup_epochs", "min_trials", "min_epochs", "reduction_factor"},
                    "such as {kind: median, warmup_epochs: 2, min_trials: 5}");
        if (!children)
            return;
        if (const auto* k = child(*children, e.key + ".kind")) {
            if (auto kind = word(*k, kTerminations))
                rule.kind = *kind;
        } else {
            fail(e.mark, e.key + ".kind", "`" + e.key + ".kind` is missing (none, median or asha)");
            return;
        }
        struct Parameter {
            const char* name;
            TerminationKind kind;
            int low, high;
            int* target;
        };
        const Parameter parameters[] = {
            {"warmup_epochs", TerminationKind::Median, 0, 10000, &rule.warmupEpochs},
            {"min_trials", TerminationKind::Median, 1, 100000, &rule.minTrials},
            {"min_epochs", TerminationKind::Asha, 1, 10000, &rule.minEpochs},
            {"reduction_factor", TerminationKind::Asha, 2, 100, &rule.reductionFactor},
        };
        for (const auto& p : parameters) {
            const auto* c = child(*children, e.key + "." + p.name);
            if (!c)
                continue;
            if (p.kind != rule.kind) {
                fail(c->mark, c->key,
                     "`" + c->key + "` is a parameter of " + std::string(terminationText(p.kind)) +
                         ", not of " + std::string(terminationText(rule.kind)));
                continue;
            }
            if (auto n = integer(*c, p.low, p.high))
                *p.target = int(*n);
        }
    }

    // `base: FILE` (relative to the spec) or an inline mapping in the configuration format. The
    // inline mapping is cut out of the spec's text and given to config_io's parser, padded so
    // that its line numbers are the spec's.
    void parseBase(const Entry& e, const std::vector<YAML::Mark>& keyMarks,
                   config::ExperimentConfig& base) {
        if (e.value.IsNull())
            return;
        config::ConfigLoadResult loaded;
        if (e.value.IsScalar()) {
            fs::path file = e.value.Scalar();
            if (file.is_relative())
                file = m_folder / file;
            std::error_code ec;
            if (!fs::is_regular_file(file, ec)) {
                fail(e.mark, e.key, "`base`: no configuration file " + util::utf8Of(file));
                return;
            }
            loaded = config::loadConfigFile(file);
        } else if (e.value.IsMap()) {
            loaded = config::parseConfigYaml(inlineText(e.value, keyMarks), m_source);
        } else {
            fail(e.mark, e.key,
                 "`base` must be a configuration file name or a mapping in the configuration "
                 "format (training: {…}, model: {…})");
            return;
        }
        for (auto& error : loaded.errors)
            m_errors.push_back({e.mark.line + 1, {"base." + error.key, error.message}});
        base = loaded.config;
    }

    std::string inlineText(const YAML::Node& value, const std::vector<YAML::Mark>& keyMarks) const {
        const YAML::Mark start = value.Mark();
        std::size_t end = m_text.size();
        for (const auto& m : keyMarks)
            if (m.pos > start.pos && std::size_t(m.pos) < end)
                end = std::size_t(m.pos);
        const std::string block =
            std::string(std::size_t(start.column), ' ') +
            std::string(m_text.substr(std::size_t(start.pos), end - std::size_t(start.pos)));
        std::string text(std::size_t(start.line), '\n');
        std::size_t lineStart = 0;
        while (lineStart < block.size()) {
            auto lineEnd = block.find('\n', lineStart);
            if (lineEnd == std::string::npos)
                lineEnd = block.size();
            std::string_view line(block.data() + lineStart, lineEnd - lineStart);
            std::size_t cut = 0;
            while (cut < line.size() && cut < std::size_t(start.column) && line[cut] == ' ')
                ++cut;
            text.append(line.substr(cut));
            text += '\n';
            lineStart = lineEnd + 1;
        }
        return text;
    }

    void parseParameters(const Entry& e, SweepSpec& spec) {
        if (!e.value.IsMap() || e.value.size() == 0) {
            fail(e.mark, e.key,
                 "`parameters` must be a mapping of configuration keys to `values: [..]` or "
                 "`range: {low, high, scale}`");
            return;
        }
        for (const auto& item : e.value) {
            const std::string fieldKey = item.first.Scalar();
            Entry p{"parameters." + fieldKey, item.first.Mark(), item.second};
            const ConfigField* field = config::findField(fieldKey);
            if (!field) {
                fail(p.mark, p.key, "unknown configuration key `" + fieldKey + "` in `parameters`");
                continue;
            }
            const bool duplicate =
                std::any_of(spec.parameters.begin(), spec.parameters.end(),
                            [&](const SweepParameter& s) { return s.key == fieldKey; });
            if (duplicate) {
                fail(p.mark, p.key, "`" + p.key + "` appears twice");
                continue;
            }
            if (auto parameter = parseParameter(p, *field, spec.strategy))
                spec.parameters.push_back(std::move(*parameter));
        }
        if (spec.strategy != Strategy::Grid || spec.parameters.empty() || !m_errors.empty())
            return;
        double combinations = 1;
        for (const auto& p : spec.parameters)
            combinations *= double(gridValues(p).size());
        if (combinations > kMaxGridSize) {
            fail(e.mark, e.key,
                 "the grid has " + std::to_string(std::int64_t(combinations)) +
                     " combinations; at most " + std::to_string(kMaxGridSize) +
                     " (use strategy random or tpe)");
            return;
        }
        spec.trials = int(combinations);
    }

    std::optional<SweepParameter> parseParameter(const Entry& p, const ConfigField& field,
                                                 Strategy strategy) {
        const auto children = mapping(p, {"values", "range"},
                                      "with `values: [..]` or `range: {low: .., high: .., scale: "
                                      "linear|log}`");
        if (!children)
            return std::nullopt;
        const Entry* values = child(*children, p.key + ".values");
        const Entry* range = child(*children, p.key + ".range");
        if (values && range) {
            fail(range->mark, p.key, "`" + p.key + "` has both `values` and `range`; give one");
            return std::nullopt;
        }
        if (!values && !range) {
            fail(p.mark, p.key,
                 "`" + p.key + "` needs `values: [..]` or `range: {low: .., high: ..}`");
            return std::nullopt;
        }
        SweepParameter parameter;
        parameter.key = field.key;
        parameter.type = field.type;
        if (values) {
            if (!parseValues(*values, field, parameter.values))
                return std::nullopt;
            return parameter;
        }
        auto r = parseRange(*range, field, strategy);
        if (!r)
            return std::nullopt;
        parameter.range = *r;
        return parameter;
    }

    bool parseValues(const Entry& e, const ConfigField& field, std::vector<FieldValue>& out) {
        if (!e.value.IsSequence() || e.value.size() == 0) {
            fail(e.mark, e.key,
                 "`" + e.key + "` must be a non-empty list, e.g. [" +
                     config::formatFieldValue(field.get(config::ExperimentConfig{})) + ", …]");
            return false;
        }
        bool ok = true;
        for (const auto& item : e.value) {
            const auto text = field.type == FieldType::IntegerList || item.IsScalar()
                                  ? config::yamlValueText(item)
                                  : std::nullopt;
            std::string error;
            std::optional<FieldValue> value;
            if (!text)
                error = "`" + field.key + "` must be " +
                        (field.type == FieldType::Real ? "in " : "") + field.allowedText() +
                        " (got " + valueDescription(item) + ")";
            else
                value = config::parseFieldValue(field, *text, &error);
            if (value)
                if (auto message = config::checkValue(field, *value))
                    error = *message, value.reset();
            if (!value) {
                fail(item.Mark(), e.key, "in `" + e.key + "`: " + error);
                ok = false;
                continue;
            }
            if (std::find(out.begin(), out.end(), *value) != out.end()) {
                fail(item.Mark(), e.key,
                     "`" + e.key + "` lists " + config::formatFieldValue(*value) + " twice");
                ok = false;
                continue;
            }
            out.push_back(std::move(*value));
        }
        return ok;
    }

    std::optional<ParameterRange> parseRange(const Entry& e, const ConfigField& field,
                                             Strategy strategy) {
        if (field.type != FieldType::Integer && field.type != FieldType::Real) {
            fail(e.mark, e.key,
                 "`" + e.key + "`: a range needs an integer or real field; list the values of `" +
                     field.key + "` instead (values: [..])");
            return std::nullopt;
        }
        const auto children = mapping(e, {"low", "high", "scale", "steps"},
                                      "such as {low: 0.0001, high: 0.01, scale: log}");
        if (!children)
            return std::nullopt;
        ParameterRange range;
        bool ok = true;
        if (const auto* s = child(*children, e.key + ".scale")) {
            if (auto scale = word(*s, kScales))
                range.scale = *scale;
            else
                ok = false;
        }
        const Entry* lowEntry = child(*children, e.key + ".low");
        const Entry* highEntry = child(*children, e.key + ".high");
        if (!lowEntry || !highEntry) {
            fail(e.mark, e.key, "`" + e.key + "` needs `low` and `high`");
            return std::nullopt;
        }
        const auto bound = [&](const Entry& b) -> std::optional<double> {
            if (field.type == FieldType::Integer) {
                std::int64_t v = 0;
                if (b.value.IsScalar() && util::parseInteger(b.value.Scalar(), &v))
                    return double(v);
                fail(b.mark, b.key,
                     "`" + b.key + "` must be an integer (`" + field.key +
                         "` is an integer field) (got " + valueDescription(b.value) + ")");
                return std::nullopt;
            }
            double v = 0;
            if (b.value.IsScalar() && util::parseDouble(b.value.Scalar(), &v) && std::isfinite(v))
                return v;
            fail(b.mark, b.key,
                 "`" + b.key + "` must be a number (got " + valueDescription(b.value) + ")");
            return std::nullopt;
        };
        const auto inField = [&](const Entry& b, double v) {
            if (range.scale == Scale::Log && v <= 0) {
                fail(b.mark, b.key,
                     "`" + b.key + "` must be > 0 for a log scale (got " + formatNumber(v) + ")");
                return false;
            }
            const FieldValue value =
                field.type == FieldType::Integer ? FieldValue{std::int64_t(v)} : FieldValue{v};
            if (auto message = config::checkValue(field, value)) {
                fail(b.mark, b.key, "in `" + b.key + "`: " + *message);
                return false;
            }
            return true;
        };
        const auto low = bound(*lowEntry);
        const auto high = bound(*highEntry);
        ok = ok && low && high;
        if (low && !inField(*lowEntry, *low))
            ok = false;
        if (high && !inField(*highEntry, *high))
            ok = false;
        if (low && high && *low >= *high) {
            fail(highEntry->mark, highEntry->key,
                 "`" + highEntry->key + "` must be greater than low (got low " +
                     formatNumber(*low) + ", high " + formatNumber(*high) + ")");
            ok = false;
        }
        if (const auto* s = child(*children, e.key + ".steps")) {
            if (strategy != Strategy::Grid) {
                fail(s->mark, s->key,
                     "`" + s->key + "` applies to strategy grid only (this sweep is " +
                         std::string(strategyText(strategy)) + ")");
                ok = false;
            } else if (auto n = integer(*s, 2, 10000)) {
                range.steps = int(*n);
            } else {
                ok = false;
            }
        } else if (strategy == Strategy::Grid) {
            fail(e.mark, e.key,
                 "`" + e.key +
                     "` needs `steps: N` with strategy grid (or list the values: "
                     "values: [..])");
            ok = false;
        }
        if (!ok)
            return std::nullopt;
        range.low = *low;
        range.high = *high;
        return range;
    }

    std::string_view m_text;
    std::string m_source;
    fs::path m_folder;
    std::vector<SpecError> m_errors;
};

}  // namespace

std::string_view strategyText(Strategy value) {
    return toText(kStrategies, value);
}
std::optional<Strategy> strategyFromText(std::string_view text) {
    return fromText(kStrategies, text);
}
std::string_view scaleText(Scale value) {
    return toText(kScales, value);
}
std::optional<Scale> scaleFromText(std::string_view text) {
    return fromText(kScales, text);
}
std::string_view directionText(Direction value) {
    return toText(kDirections, value);
}
std::optional<Direction> directionFromText(std::string_view text) {
    return fromText(kDirections, text);
}
std::string_view metricText(ObjectiveMetric value) {
    return toText(kMetrics, value);
}
std::optional<ObjectiveMetric> metricFromText(std::string_view text) {
    return fromText(kMetrics, text);
}
std::string_view terminationText(TerminationKind value) {
    return toText(kTerminations, value);
}
std::optional<TerminationKind> terminationFromText(std::string_view text) {
    return fromText(kTerminations, text);
}

Direction naturalDirection(ObjectiveMetric metric) {
    switch (metric) {
        case ObjectiveMetric::ValidationRmse:
        case ObjectiveMetric::TestRmse:
        case ObjectiveMetric::TestMae:
            return Direction::Minimize;
        case ObjectiveMetric::TestR2:
        case ObjectiveMetric::TestPrecisionAtK:
        case ObjectiveMetric::TestNdcgAtK:
            return Direction::Maximize;
    }
    return Direction::Minimize;
}

SweepSpecLoad parseSweepSpec(std::string_view text, const std::string& sourceName,
                             const std::filesystem::path& specFolder,
                             const config::ExperimentConfig* baseOverride) {
    return SpecParser(text, sourceName, specFolder).parse(baseOverride);
}

SweepSpecLoad loadSweepSpec(const std::filesystem::path& path) {
    std::string error;
    const auto text = util::readWholeFile(path, &error);
    if (!text) {
        SweepSpecLoad result;
        result.errors.push_back({"", error});
        return result;
    }
    return parseSweepSpec(*text, util::utf8Of(path), path.parent_path());
}

std::string sweepSpecToYaml(const SweepSpec& spec) {
    std::string y = "# Ratings Workbench sweep specification.\nbase:\n";
    const std::string base = config::configToYaml(spec.base);
    std::size_t start = 0;
    while (start < base.size()) {
        auto end = base.find('\n', start);
        if (end == std::string::npos)
            end = base.size();
        if (end > start)
            y += "  " + base.substr(start, end - start);
        y += "\n";
        start = end + 1;
    }
    y += "strategy: " + std::string(strategyText(spec.strategy)) + "\n";
    if (spec.strategy != Strategy::Grid)
        y += "trials: " + std::to_string(spec.trials) + "\n";
    y += "startup_trials: " + std::to_string(spec.startupTrials) + "\n";
    y += "seed: " + std::to_string(spec.seed) + "\n";
    y += "repeats: " + std::to_string(spec.repeats) + "\n";
    y += "objective: {metric: " + std::string(metricText(spec.objective.metric)) +
         ", direction: " + std::string(directionText(spec.objective.direction)) + "}\n";
    if (spec.budget.maxTrials > 0 || spec.budget.maxWallSeconds > 0) {
        y += "budget:\n";
        if (spec.budget.maxTrials > 0)
            y += "  max_trials: " + std::to_string(spec.budget.maxTrials) + "\n";
        if (spec.budget.maxWallSeconds > 0)
            y += "  max_wall_seconds: " + formatNumber(spec.budget.maxWallSeconds) + "\n";
    }
    const auto& rule = spec.earlyTermination;
    y += "early_termination: {kind: " + std::string(terminationText(rule.kind));
    if (rule.kind == TerminationKind::Median)
        y += ", warmup_epochs: " + std::to_string(rule.warmupEpochs) +
             ", min_trials: " + std::to_string(rule.minTrials);
    if (rule.kind == TerminationKind::Asha)
        y += ", min_epochs: " + std::to_string(rule.minEpochs) +
             ", reduction_factor: " + std::to_string(rule.reductionFactor);
    y += "}\nparameters:\n";
    for (const auto& p : spec.parameters) {
        y += "  " + p.key + ":\n";
        if (p.range) {
            const auto bound = [&](double v) {
                return p.type == FieldType::Integer ? std::to_string(std::int64_t(v))
                                                    : formatNumber(v);
            };
            y += "    range: {low: " + bound(p.range->low) + ", high: " + bound(p.range->high) +
                 ", scale: " + std::string(scaleText(p.range->scale));
            if (p.range->steps > 0)
                y += ", steps: " + std::to_string(p.range->steps);
            y += "}\n";
        } else {
            y += "    values: [";
            for (std::size_t i = 0; i < p.values.size(); ++i)
                y += (i ? ", " : "") + config::formatFieldValue(p.values[i]);
            y += "]\n";
        }
    }
    return y;
}

std::vector<FieldValue> gridValues(const SweepParameter& parameter) {
    if (!parameter.range)
        return parameter.values;
    const auto& r = *parameter.range;
    std::vector<FieldValue> values;
    if (r.steps < 2)
        return values;
    const bool log = r.scale == Scale::Log;
    const double a = log ? std::log(r.low) : r.low;
    const double b = log ? std::log(r.high) : r.high;
    for (int i = 0; i < r.steps; ++i) {
        // The ends are the given bounds exactly, not exp(log(bound)).
        double v = i == 0 ? r.low : i == r.steps - 1 ? r.high : a + (b - a) * i / (r.steps - 1);
        if (log && i > 0 && i < r.steps - 1)
            v = std::exp(v);
        const auto add = [&](FieldValue value) {
            if (std::find(values.begin(), values.end(), value) == values.end())
                values.push_back(std::move(value));
        };
        if (parameter.type == FieldType::Integer)
            add(std::int64_t(std::llround(v)));
        else
            add(v);
    }
    return values;
}

int plannedTrials(const SweepSpec& spec) {
    int n = spec.trials;
    if (spec.strategy == Strategy::Grid) {
        double combinations = 1;
        for (const auto& p : spec.parameters)
            combinations *= double(gridValues(p).size());
        n = int(std::min<double>(combinations, kMaxGridSize));
    }
    if (spec.budget.maxTrials > 0)
        n = std::min(n, spec.budget.maxTrials);
    return n;
}

config::ExperimentConfig trialConfig(const SweepSpec& spec, const ParameterValues& values,
                                     int repeat) {
    config::ExperimentConfig c = spec.base;
    for (std::size_t i = 0; i < spec.parameters.size() && i < values.size(); ++i)
        if (const auto* field = config::findField(spec.parameters[i].key))
            field->set(c, values[i]);
    c.training.seed += repeat;
    return c;
}

}  // namespace core::sweep
