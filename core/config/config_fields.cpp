#include "config/config_fields.h"

#include <cctype>
#include <cmath>
#include <limits>

#include "util/number_text.h"

namespace core::config {
namespace {

using util::formatNumber;

// Builders keep the table below one line of meaning per field.
template <typename Get, typename Set>
ConfigField integerField(std::string key, double lo, double hi, std::string unit,
                         std::string description, Get get, Set set) {
    ConfigField f;
    f.key = std::move(key);
    f.type = FieldType::Integer;
    f.minimum = lo;
    f.maximum = hi;
    f.unit = std::move(unit);
    f.description = std::move(description);
    f.get = [get](const ExperimentConfig& c) { return FieldValue{std::int64_t(get(c))}; };
    f.set = [set](ExperimentConfig& c, const FieldValue& v) { set(c, std::get<std::int64_t>(v)); };
    return f;
}

template <typename Get, typename Set>
ConfigField realField(std::string key, double lo, bool loExclusive, double hi, bool hiExclusive,
                      std::string unit, std::string description, Get get, Set set) {
    ConfigField f;
    f.key = std::move(key);
    f.type = FieldType::Real;
    f.minimum = lo;
    f.maximum = hi;
    f.minimumExclusive = loExclusive;
    f.maximumExclusive = hiExclusive;
    f.unit = std::move(unit);
    f.description = std::move(description);
    f.get = [get](const ExperimentConfig& c) { return FieldValue{double(get(c))}; };
    f.set = [set](ExperimentConfig& c, const FieldValue& v) { set(c, std::get<double>(v)); };
    return f;
}

template <typename Get, typename Set>
ConfigField choiceField(std::string key, std::vector<std::string> choices, std::string description,
                        Get get, Set set) {
    ConfigField f;
    f.key = std::move(key);
    f.type = FieldType::Choice;
    f.choices = std::move(choices);
    f.description = std::move(description);
    f.get = [get](const ExperimentConfig& c) { return FieldValue{std::string(get(c))}; };
    f.set = [set](ExperimentConfig& c, const FieldValue& v) { set(c, std::get<std::string>(v)); };
    return f;
}

std::vector<ConfigField> buildFields() {
    constexpr double kMaxSeed = 4294967295.0;  // NumPy's RandomState accepts 0 … 2^32 − 1
    std::vector<ConfigField> f;
    f.push_back(integerField(
        "data.min_user_ratings", 1, 1e6, RW_TEXT("ratings"),
        "Users with fewer ratings than this are removed (first filter).",
        [](auto& c) { return c.data.minUserRatings; },
        [](auto& c, std::int64_t v) { c.data.minUserRatings = int(v); }));
    f.push_back(integerField(
        "data.min_movie_ratings", 1, 1e6, RW_TEXT("ratings"),
        "Then movies with fewer ratings than this are removed (second filter).",
        [](auto& c) { return c.data.minMovieRatings; },
        [](auto& c, std::int64_t v) { c.data.minMovieRatings = int(v); }));
    f.push_back(realField(
        "split.holdout_fraction", 0, true, 1, true, RW_TEXT("fraction"),
        "Share of each user's ratings held out of training (rounded up per user).",
        [](auto& c) { return c.split.holdoutFraction; },
        [](auto& c, double v) { c.split.holdoutFraction = v; }));
    f.push_back(realField(
        "split.test_fraction_of_holdout", 0, true, 1, true, RW_TEXT("fraction"),
        "Share of the held-out ratings used for test; the rest is validation (rounded up).",
        [](auto& c) { return c.split.testFractionOfHoldout; },
        [](auto& c, double v) { c.split.testFractionOfHoldout = v; }));
    f.push_back(integerField(
        "split.seed", 0, kMaxSeed, "",
        "Random state of the per-user split (scikit-learn's random_state).",
        [](auto& c) { return c.split.seed; }, [](auto& c, std::int64_t v) { c.split.seed = v; }));
    f.push_back(choiceField(
        "model.kind", {"neumf", "ensemble", "autorec", "biased_mf", "biases", "global_mean"},
        "The model: neumf (the notebook's NeuMFEnhanced), ensemble (the most accurate: neumf and "
        "autorec trained side by side, predicting their mean), autorec (I-AutoRec: each movie's "
        "training ratings encoded and decoded back, one value per user), biased_mf (user and movie "
        "factors' dot product plus biases, trained like neumf), biases (training mean plus "
        "regularised user and movie biases, closed form), global_mean (predicts the training "
        "mean).",
        [](auto& c) { return c.model.kind; },
        [](auto& c, const std::string& v) { c.model.kind = v; }));
    f.push_back(integerField(
        "model.user_embedding_dim", 1, 1024, RW_TEXT("dimensions"),
        "Width of the user id embedding; the user features are projected to the same width.",
        [](auto& c) { return c.model.userEmbeddingDim; },
        [](auto& c, std::int64_t v) { c.model.userEmbeddingDim = int(v); }));
    f.push_back(integerField(
        "model.movie_embedding_dim", 1, 1024, RW_TEXT("dimensions"),
        "Width of the movie id embedding.", [](auto& c) { return c.model.movieEmbeddingDim; },
        [](auto& c, std::int64_t v) { c.model.movieEmbeddingDim = int(v); }));
    f.push_back(integerField(
        "model.movie_feature_dim", 1, 1024, RW_TEXT("dimensions"),
        "Width of the projection of the movie's genre multi-hot vector.",
        [](auto& c) { return c.model.movieFeatureDim; },
        [](auto& c, std::int64_t v) { c.model.movieFeatureDim = int(v); }));
    {
        ConfigField l;
        l.key = "model.mlp_layers";
        l.type = FieldType::IntegerList;
        l.minimum = 1;
        l.maximum = 4096;
        l.maxListLength = 8;
        l.unit = RW_TEXT("units per layer");
        l.description =
            "Hidden layer widths of the fusion MLP; each is Linear, BatchNorm, ReLU, Dropout.";
        l.get = [](const ExperimentConfig& c) { return FieldValue{c.model.mlpLayers}; };
        l.set = [](ExperimentConfig& c, const FieldValue& v) {
            c.model.mlpLayers = std::get<std::vector<int>>(v);
        };
        f.push_back(std::move(l));
    }
    f.push_back(realField(
        "model.dropout", 0, false, 1, true, RW_TEXT("probability"),
        "Probability of zeroing a hidden unit during training.",
        [](auto& c) { return c.model.dropout; }, [](auto& c, double v) { c.model.dropout = v; }));
    f.push_back(integerField(
        "model.factors", 1, 1024, RW_TEXT("dimensions"),
        "biased_mf only: width of the user and movie factor vectors.",
        [](auto& c) { return c.model.factors; },
        [](auto& c, std::int64_t v) { c.model.factors = int(v); }));
    f.push_back(realField(
        "model.bias_regularization", 0, false, 1e6, false, RW_TEXT("ratings"),
        "biases only: λ of the closed form, b = Σ residual / (λ + count); larger pulls rare users "
        "and movies towards the mean.",
        [](auto& c) { return c.model.biasRegularization; },
        [](auto& c, double v) { c.model.biasRegularization = v; }));
    f.push_back(integerField(
        "model.autorec_hidden", 1, 4096, RW_TEXT("units"),
        "autorec and ensemble: sigmoid units that encode a movie's ratings by all users.",
        [](auto& c) { return c.model.autorecHidden; },
        [](auto& c, std::int64_t v) { c.model.autorecHidden = int(v); }));
    f.push_back(integerField(
        "model.autorec_batch_movies", 1, 1 << 20, RW_TEXT("movies"),
        "autorec and ensemble: movies per optimizer step of the autorec model (each with all its "
        "training ratings); training.batch_size does not apply to it.",
        [](auto& c) { return c.model.autorecBatchMovies; },
        [](auto& c, std::int64_t v) { c.model.autorecBatchMovies = int(v); }));
    f.push_back(integerField(
        "model.ensemble_autorec_passes", 1, 100, RW_TEXT("passes"),
        "ensemble only: passes of the autorec member over all movies in each epoch (it needs "
        "about twice as many epochs as neumf to converge).",
        [](auto& c) { return c.model.ensembleAutorecPasses; },
        [](auto& c, std::int64_t v) { c.model.ensembleAutorecPasses = int(v); }));
    f.push_back(integerField(
        "training.batch_size", 2, 1 << 20, RW_TEXT("ratings"),
        "Training ratings per optimizer step (at least 2: BatchNorm needs a batch).",
        [](auto& c) { return c.training.batchSize; },
        [](auto& c, std::int64_t v) { c.training.batchSize = int(v); }));
    f.push_back(integerField(
        "training.max_epochs", 1, 10000, RW_TEXT("epochs"), "Upper bound on training epochs.",
        [](auto& c) { return c.training.maxEpochs; },
        [](auto& c, std::int64_t v) { c.training.maxEpochs = int(v); }));
    f.push_back(realField(
        "training.learning_rate", 0, true, 10, false, "", "Adam's initial learning rate.",
        [](auto& c) { return c.training.learningRate; },
        [](auto& c, double v) { c.training.learningRate = v; }));
    f.push_back(realField(
        "training.weight_decay", 0, false, 1, false, "",
        "L2 penalty added to every gradient (Adam's weight_decay).",
        [](auto& c) { return c.training.weightDecay; },
        [](auto& c, double v) { c.training.weightDecay = v; }));
    f.push_back(realField(
        "training.adam_beta1", 0, false, 1, true, "", "Adam's first-moment decay rate.",
        [](auto& c) { return c.training.adamBeta1; },
        [](auto& c, double v) { c.training.adamBeta1 = v; }));
    f.push_back(realField(
        "training.adam_beta2", 0, false, 1, true, "", "Adam's second-moment decay rate.",
        [](auto& c) { return c.training.adamBeta2; },
        [](auto& c, double v) { c.training.adamBeta2 = v; }));
    f.push_back(realField(
        "training.adam_epsilon", 0, true, 1, false, "", "Adam's denominator guard.",
        [](auto& c) { return c.training.adamEpsilon; },
        [](auto& c, double v) { c.training.adamEpsilon = v; }));
    f.push_back(integerField(
        "training.seed", 0, 9007199254740991.0, "",
        "Seed of weight initialisation, shuffling and dropout.",
        [](auto& c) { return c.training.seed; },
        [](auto& c, std::int64_t v) { c.training.seed = v; }));
    f.push_back(choiceField(
        "training.adam", {"dense", "lazy"},
        "dense: Adam updates every parameter each step, as the notebook; lazy: only the "
        "embedding rows of the batch's users and movies (the fused step; much faster on large "
        "datasets, no longer the notebook's arithmetic).",
        [](auto& c) { return c.training.adam; },
        [](auto& c, const std::string& v) { c.training.adam = v; }));
    f.push_back(realField(
        "scheduler.factor", 0, true, 1, true, "",
        "The learning rate is multiplied by this when validation loss plateaus.",
        [](auto& c) { return c.scheduler.factor; },
        [](auto& c, double v) { c.scheduler.factor = v; }));
    f.push_back(integerField(
        "scheduler.patience", 0, 1000, RW_TEXT("epochs"),
        "Epochs without improvement before the learning rate is reduced.",
        [](auto& c) { return c.scheduler.patience; },
        [](auto& c, std::int64_t v) { c.scheduler.patience = int(v); }));
    f.push_back(realField(
        "scheduler.threshold", 0, false, 1, true, RW_TEXT("fraction"),
        "Relative decrease of validation loss that counts as an improvement.",
        [](auto& c) { return c.scheduler.threshold; },
        [](auto& c, double v) { c.scheduler.threshold = v; }));
    f.push_back(realField(
        "scheduler.min_learning_rate", 0, false, 10, false, "",
        "The learning rate is never reduced below this.",
        [](auto& c) { return c.scheduler.minLearningRate; },
        [](auto& c, double v) { c.scheduler.minLearningRate = v; }));
    f.push_back(integerField(
        "early_stopping.patience", 1, 10000, RW_TEXT("epochs"),
        "Training stops after this many epochs without a new best validation loss.",
        [](auto& c) { return c.earlyStopping.patience; },
        [](auto& c, std::int64_t v) { c.earlyStopping.patience = int(v); }));
    f.push_back(integerField(
        "evaluation.k", 1, 1000, RW_TEXT("items"),
        "Cut-off of Precision@k, NDCG@k and the top-k tables.",
        [](auto& c) { return c.evaluation.k; },
        [](auto& c, std::int64_t v) { c.evaluation.k = int(v); }));
    f.push_back(realField(
        "evaluation.relevance_threshold", 0, false, 1, false, "normalised rating",
        "A test rating at or above this (stars / 5) counts as relevant; 0.8 = 4 stars.",
        [](auto& c) { return c.evaluation.relevanceThreshold; },
        [](auto& c, double v) { c.evaluation.relevanceThreshold = v; }));
    f.push_back(integerField(
        "evaluation.batch_size", 1, 1 << 22, RW_TEXT("ratings"),
        "Ratings per inference batch; changes speed and memory, not results.",
        [](auto& c) { return c.evaluation.batchSize; },
        [](auto& c, std::int64_t v) { c.evaluation.batchSize = int(v); }));
    f.push_back(choiceField(
        "runtime.device", {"auto", "cpu", "cuda"},
        "Where training runs: auto picks CUDA when LibTorch sees a GPU.",
        [](auto& c) { return c.runtime.device; },
        [](auto& c, const std::string& v) { c.runtime.device = v; }));
    f.push_back(integerField(
        "runtime.threads", 0, 1024, RW_TEXT("threads"),
        "CPU threads for LibTorch and BLAS; 0 = automatic (1 for the fused step, else all cores).",
        [](auto& c) { return c.runtime.threads; },
        [](auto& c, std::int64_t v) { c.runtime.threads = int(v); }));
    f.push_back(choiceField(
        "runtime.training_step", {"auto", "fused", "autograd"},
        "Training step: fused (hand-written CPU kernels, fastest), autograd "
        "(LibTorch; the notebook's "
        "random streams, bit for bit), auto = fused on CPU for neumf, else autograd.",
        [](auto& c) { return c.runtime.trainingStep; },
        [](auto& c, const std::string& v) { c.runtime.trainingStep = v; }));
    return f;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

bool parseInteger(std::string_view text, std::int64_t* out) {
    return util::parseInteger(trim(text), out);
}

// The C locale's form only ("0.001"), whatever the process locale: files and `--set` mean the
// same everywhere. The form turns a decimal comma into a point before it calls this.
bool parseReal(std::string_view text, double* out) {
    return util::parseDouble(trim(text), out) && std::isfinite(*out);
}

}  // namespace

util::Text ConfigField::allowed() const {
    switch (type) {
        case FieldType::Choice: {
            std::string list;
            for (std::size_t i = 0; i < choices.size(); ++i)
                list += (i ? ", " : "") + choices[i];
            return util::Text(RW_TEXT("one of {1}")).arg(list);
        }
        case FieldType::Integer:
            return util::Text(RW_TEXT("an integer in [{1}, {2}]"))
                .id(std::int64_t(minimum))
                .id(std::int64_t(maximum));
        case FieldType::IntegerList:
            return util::Text(RW_TEXT("1 to {1} integers, each in [{2}, {3}]"))
                .id(maxListLength)
                .id(std::int64_t(minimum))
                .id(std::int64_t(maximum));
        case FieldType::Real:
            // "(0, 10]": the brackets say whether the bounds are allowed.
            return util::Text(RW_TEXT("{1}{2}, {3}{4}"))
                .arg(minimumExclusive ? "(" : "[")
                .number(minimum, -1)
                .number(maximum, -1)
                .arg(maximumExclusive ? ")" : "]");
    }
    return {};
}

std::string ConfigField::allowedText() const {
    return allowed().english();
}

const std::vector<ConfigField>& configFields() {
    static const std::vector<ConfigField> fields = buildFields();
    return fields;
}

const ConfigField* findField(std::string_view key) {
    for (const auto& f : configFields())
        if (f.key == key)
            return &f;
    return nullptr;
}

std::optional<util::Text> checkValueText(const ConfigField& field, const FieldValue& value) {
    const auto outOfRange = [&](util::TextArg got) {
        util::Text text(field.type == FieldType::Real ? RW_TEXT("`{1}` must be in {2} (got {3})")
                                                      : RW_TEXT("`{1}` must be {2} (got {3})"));
        text.arg(field.key).phrase(field.allowed());
        text.args.push_back(std::move(got));
        return text;
    };
    const auto plain = [](std::string text) {
        util::TextArg a;
        a.plain = std::move(text);
        return a;
    };
    const auto notA = [&](const char* pattern) { return util::Text(pattern).arg(field.key); };
    const auto inRange = [&](double v) {
        const bool lowOk = field.minimumExclusive ? v > field.minimum : v >= field.minimum;
        const bool highOk = field.maximumExclusive ? v < field.maximum : v <= field.maximum;
        return lowOk && highOk;
    };
    switch (field.type) {
        case FieldType::Integer: {
            const auto* v = std::get_if<std::int64_t>(&value);
            if (!v)
                return notA(RW_TEXT("`{1}` must be an integer"));
            if (!inRange(double(*v)))
                return outOfRange(plain(std::to_string(*v)));
            return std::nullopt;
        }
        case FieldType::Real: {
            const auto* v = std::get_if<double>(&value);
            if (!v)
                return notA(RW_TEXT("`{1}` must be a number"));
            if (!std::isfinite(*v) || !inRange(*v)) {
                util::TextArg got;
                got.kind = util::TextArg::Kind::Number;
                got.real = *v;
                got.decimals = -1;
                return outOfRange(got);
            }
            return std::nullopt;
        }
        case FieldType::Choice: {
            const auto* v = std::get_if<std::string>(&value);
            if (!v)
                return notA(RW_TEXT("`{1}` must be text"));
            for (const auto& c : field.choices)
                if (c == *v)
                    return std::nullopt;
            return outOfRange(plain("\"" + *v + "\""));
        }
        case FieldType::IntegerList: {
            const auto* v = std::get_if<std::vector<int>>(&value);
            if (!v)
                return notA(RW_TEXT("`{1}` must be a list of integers"));
            bool ok = !v->empty() && int(v->size()) <= field.maxListLength;
            for (int x : *v)
                ok = ok && inRange(x);
            if (!ok)
                return outOfRange(plain(formatFieldValue(value)));
            return std::nullopt;
        }
    }
    return std::nullopt;
}

std::optional<std::string> checkValue(const ConfigField& field, const FieldValue& value) {
    if (auto text = checkValueText(field, value))
        return text->english();
    return std::nullopt;
}

std::vector<ConfigError> validate(const ExperimentConfig& config) {
    std::vector<ConfigError> errors;
    for (const auto& f : configFields())
        if (auto message = checkValue(f, f.get(config)))
            errors.push_back({f.key, *message});
    return errors;
}

std::optional<FieldValue> parseFieldValue(const ConfigField& field, std::string_view text,
                                          std::string* error) {
    util::Text message;
    auto value = parseFieldValue(field, text, &message);
    if (!value && error)
        *error = message.english();
    return value;
}

std::optional<FieldValue> parseFieldValue(const ConfigField& field, std::string_view text,
                                          util::Text* error) {
    const auto fail = [&](const char* pattern) -> std::optional<FieldValue> {
        if (error)
            *error = util::Text(pattern).arg(field.key).arg(std::string(text));
        return std::nullopt;
    };
    switch (field.type) {
        case FieldType::Integer: {
            std::int64_t v = 0;
            if (!parseInteger(text, &v))
                return fail(RW_TEXT("`{1}` must be an integer (got \"{2}\")"));
            return FieldValue{v};
        }
        case FieldType::Real: {
            double v = 0;
            if (!parseReal(text, &v))
                return fail(RW_TEXT("`{1}` must be a number (got \"{2}\")"));
            return FieldValue{v};
        }
        case FieldType::Choice:
            return FieldValue{std::string(trim(text))};
        case FieldType::IntegerList: {
            std::string_view s = trim(text);
            if (!s.empty() && s.front() == '[')
                s.remove_prefix(1);
            if (!s.empty() && s.back() == ']')
                s.remove_suffix(1);
            std::vector<int> values;
            while (!trim(s).empty()) {
                const auto comma = s.find(',');
                std::int64_t v = 0;
                if (!parseInteger(s.substr(0, comma), &v) || v < std::numeric_limits<int>::min() ||
                    v > std::numeric_limits<int>::max())
                    return fail(
                        RW_TEXT("`{1}` must be a list of integers such as 128,64 (got \"{2}\")"));
                values.push_back(int(v));
                if (comma == std::string_view::npos)
                    break;
                s.remove_prefix(comma + 1);
            }
            return FieldValue{values};
        }
    }
    return std::nullopt;
}

std::string formatFieldValue(const FieldValue& value) {
    if (const auto* i = std::get_if<std::int64_t>(&value))
        return std::to_string(*i);
    if (const auto* d = std::get_if<double>(&value))
        return formatNumber(*d);
    if (const auto* s = std::get_if<std::string>(&value))
        return *s;
    const auto& list = std::get<std::vector<int>>(value);
    std::string s = "[";
    for (std::size_t i = 0; i < list.size(); ++i)
        s += (i ? ", " : "") + std::to_string(list[i]);
    return s + "]";
}

std::optional<ConfigError> applyAssignment(ExperimentConfig& config, std::string_view assignment) {
    const auto eq = assignment.find('=');
    if (eq == std::string_view::npos)
        return ConfigError{std::string(assignment),
                           "expected key=value, e.g. training.learning_rate=0.001 (got \"" +
                               std::string(assignment) + "\")"};
    const std::string key(trim(assignment.substr(0, eq)));
    const ConfigField* field = findField(key);
    if (!field)
        return ConfigError{key, "unknown configuration key `" + key + "`"};
    std::string error;
    auto value = parseFieldValue(*field, assignment.substr(eq + 1), &error);
    if (!value)
        return ConfigError{key, error};
    if (auto message = checkValue(*field, *value))
        return ConfigError{key, *message};
    field->set(config, *value);
    return std::nullopt;
}

}  // namespace core::config
