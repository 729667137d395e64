#pragma once

// Internal to core: the one reading of a YAML value as field text, shared by configuration
// files and sweep specs.

#include <optional>
#include <string>

namespace YAML {
class Node;
}

namespace core::config {

/// A scalar's text, or a sequence of scalars joined by commas (the form parseFieldValue
/// reads); nullopt for anything else (a mapping, a nested sequence).
std::optional<std::string> yamlValueText(const YAML::Node& node);

}  // namespace core::config
