#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/config_fields.h"
#include "config/experiment_config.h"

namespace core::config {

/// A parsed configuration and everything wrong with its source. Keys missing from the source
/// keep the notebook's defaults; unknown keys, wrong types and out-of-range values are errors
/// that name the source, its line, the key, the value and the allowed range.
struct ConfigLoadResult {
    ExperimentConfig config;
    std::vector<ConfigError> errors;
    bool ok() const { return errors.empty(); }
};

/// Parses YAML text. `sourceName` is used in messages ("my.yaml:4: ..."). The only place in
/// the project that knows YAML. Any thread.
ConfigLoadResult parseConfigYaml(std::string_view text, const std::string& sourceName);

/// Reads and parses a YAML file.
ConfigLoadResult loadConfigFile(const std::filesystem::path& path);

/// The whole config as commented YAML (every key, its unit, meaning and allowed range).
std::string configToYaml(const ExperimentConfig& config);

/// Writes configToYaml(config) to `path` atomically; returns an error message on failure.
std::optional<std::string> saveConfigFile(const ExperimentConfig& config,
                                          const std::filesystem::path& path);

}  // namespace core::config
