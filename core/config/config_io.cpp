#include "config/config_io.h"

#include <yaml-cpp/yaml.h>

#include <set>
#include <sstream>

#include "config/yaml_value.h"
#include "util/atomic_file.h"
#include "util/path_text.h"

namespace core::config {
namespace {

std::string where(const std::string& source, const YAML::Mark& mark) {
    if (mark.is_null())
        return source;
    return source + ":" + std::to_string(mark.line + 1);
}

// An error of the file: its English text and its template.
ConfigError fileError(std::string key, util::Text text) {
    std::string english = text.english();
    return {std::move(key), std::move(english), std::move(text)};
}

}  // namespace

ConfigLoadResult parseConfigYaml(std::string_view text, const std::string& sourceName) {
    ConfigLoadResult result;
    YAML::Node root;
    try {
        root = YAML::Load(std::string(text));
    } catch (const YAML::Exception& e) {
        result.errors.push_back(fileError("", util::Text(RW_TEXT("{1}: not valid YAML: {2}"))
                                                  .arg(where(sourceName, e.mark))
                                                  .arg(e.msg)));
        return result;
    }
    if (root.IsNull())
        return result;  // an empty file means "all defaults"
    if (!root.IsMap()) {
        result.errors.push_back(fileError(
            "",
            util::Text(RW_TEXT("{1}: expected a mapping of groups such as `training:` at the top "
                               "level"))
                .arg(where(sourceName, root.Mark()))));
        return result;
    }
    std::set<std::string> groups;
    for (const auto& f : configFields())
        groups.insert(f.group());

    for (const auto& group : root) {
        const std::string groupName = group.first.Scalar();
        const std::string at = where(sourceName, group.first.Mark());
        if (!groups.count(groupName)) {
            std::string known;
            for (const auto& g : groups)
                known += (known.empty() ? "" : ", ") + g;
            result.errors.push_back(
                fileError(groupName, util::Text(RW_TEXT("{1}: unknown group `{2}` (known: {3})"))
                                         .arg(at)
                                         .arg(groupName)
                                         .arg(known)));
            continue;
        }
        if (group.second.IsNull())
            continue;
        if (!group.second.IsMap()) {
            result.errors.push_back(fileError(
                groupName,
                util::Text(RW_TEXT("{1}: `{2}` must be a mapping")).arg(at).arg(groupName)));
            continue;
        }
        for (const auto& entry : group.second) {
            const std::string key = groupName + "." + entry.first.Scalar();
            const std::string entryAt = where(sourceName, entry.first.Mark());
            const ConfigField* field = findField(key);
            if (!field) {
                result.errors.push_back(fileError(
                    key, util::Text(RW_TEXT("{1}: unknown key `{2}`")).arg(entryAt).arg(key)));
                continue;
            }
            const auto text = yamlValueText(entry.second);
            if (!text) {
                result.errors.push_back(fileError(key, util::Text(RW_TEXT("{1}: `{2}` must be {3}"))
                                                           .arg(entryAt)
                                                           .arg(key)
                                                           .phrase(field->allowed())));
                continue;
            }
            util::Text error;
            auto value = parseFieldValue(*field, *text, &error);
            if (!value) {
                result.errors.push_back(
                    fileError(key, util::Text("{1}: {2}").arg(entryAt).phrase(error)));
                continue;
            }
            if (auto message = checkValueText(*field, *value)) {
                result.errors.push_back(
                    fileError(key, util::Text("{1}: {2}").arg(entryAt).phrase(*message)));
                continue;
            }
            field->set(result.config, *value);
        }
    }
    return result;
}

ConfigLoadResult loadConfigFile(const std::filesystem::path& path) {
    std::string error;
    auto text = util::readWholeFile(path, &error);
    if (!text) {
        ConfigLoadResult result;
        result.errors.push_back({"", error});
        return result;
    }
    return parseConfigYaml(*text, util::utf8Of(path));
}

std::string configToYaml(const ExperimentConfig& config) {
    std::ostringstream out;
    out << "# Ratings Workbench experiment configuration.\n"
           "# Defaults are the seed notebook's values; missing keys take the default.\n";
    std::string group;
    for (const auto& f : configFields()) {
        if (f.group() != group) {
            group = f.group();
            out << "\n" << group << ":\n";
        }
        out << "  # " << f.description;
        if (!f.unit.empty())
            out << " Unit: " << f.unit << ".";
        out << " Allowed: " << f.allowedText() << ".\n";
        out << "  " << f.name() << ": " << formatFieldValue(f.get(config)) << "\n";
    }
    return out.str();
}

std::optional<std::string> saveConfigFile(const ExperimentConfig& config,
                                          const std::filesystem::path& path) {
    return util::writeFileAtomically(path, configToYaml(config));
}

std::optional<std::string> yamlValueText(const YAML::Node& node) {
    if (node.IsScalar())
        return node.Scalar();
    if (node.IsSequence()) {
        std::string joined;
        for (std::size_t i = 0; i < node.size(); ++i) {
            if (!node[i].IsScalar())
                return std::nullopt;
            joined += (i ? "," : "") + node[i].Scalar();
        }
        return joined;
    }
    return std::nullopt;
}

}  // namespace core::config
