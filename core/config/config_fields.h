#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "config/experiment_config.h"
#include "util/text.h"

namespace core::config {

/// The kinds of value a configuration field holds.
enum class FieldType { Integer, Real, Choice, IntegerList };

/// A field's value, whatever its type: Integer → int64, Real → double, Choice → string,
/// IntegerList → vector<int>.
using FieldValue = std::variant<std::int64_t, double, std::string, std::vector<int>>;

/// One configuration field: its key (as in YAML and `--set key=value`), type, allowed range,
/// unit and meaning, and how to read and write it in an ExperimentConfig. The table of all
/// fields is the single description that YAML I/O, validation, the command line and the
/// GUI form are built from.
struct ConfigField {
    std::string key;  ///< dotted key, e.g. "training.learning_rate"
    FieldType type = FieldType::Integer;
    double minimum = 0;  ///< lower bound (numbers, list entries)
    double maximum = 0;  ///< upper bound (numbers, list entries)
    bool minimumExclusive = false;
    bool maximumExclusive = false;
    int maxListLength = 0;             ///< IntegerList only
    std::vector<std::string> choices;  ///< Choice only
    std::string unit;                  ///< e.g. "ratings", "epochs", "" when unitless
    std::string description;           ///< one English sentence; the UI translates by key
    std::function<FieldValue(const ExperimentConfig&)> get;
    std::function<void(ExperimentConfig&, const FieldValue&)> set;

    /// The group, i.e. the part of the key before the dot ("training").
    std::string group() const { return key.substr(0, key.find('.')); }
    /// The name inside the group, i.e. the part after the dot ("learning_rate").
    std::string name() const { return key.substr(key.find('.') + 1); }
    /// Human-readable allowed range, e.g. "(0, 10]" or "one of auto, cpu, cuda".
    util::Text allowed() const;
    /// allowed() in English.
    std::string allowedText() const;
};

/// A problem with one field: `key` names it, `message` says what is wrong and what is allowed.
struct ConfigError {
    std::string key;
    std::string message;
    util::Text text;  ///< the message as a translatable template, where one was made
};

/// All fields, in the order they appear in YAML files and forms. Thread-safe, static.
const std::vector<ConfigField>& configFields();

/// The field with this dotted key, or nullptr.
const ConfigField* findField(std::string_view key);

/// Checks one value against its field's type and range; nullopt when valid.
std::optional<util::Text> checkValueText(const ConfigField& field, const FieldValue& value);
/// checkValueText in English.
std::optional<std::string> checkValue(const ConfigField& field, const FieldValue& value);

/// Checks every field of `config`. Empty when the config is valid. Messages name the key,
/// the value and the allowed range: "`training.learning_rate` must be in (0, 10] (got -0.1)".
std::vector<ConfigError> validate(const ExperimentConfig& config);

/// Parses text (as typed on the command line or in a form) into a value of the field's type.
/// Lists are written "128,64" or "[128, 64]". On failure returns nullopt and sets *error.
std::optional<FieldValue> parseFieldValue(const ConfigField& field, std::string_view text,
                                          std::string* error);
/// The same, with the error as a translatable message.
std::optional<FieldValue> parseFieldValue(const ConfigField& field, std::string_view text,
                                          util::Text* error);

/// Formats a value the way parseFieldValue reads it back ("0.001", "[128, 64]", "cpu").
std::string formatFieldValue(const FieldValue& value);

/// Applies a "key=value" assignment (the CLI's --set). Returns an error naming the key when
/// the key is unknown, the text does not parse or the value is out of range.
std::optional<ConfigError> applyAssignment(ExperimentConfig& config, std::string_view assignment);

}  // namespace core::config
