#include "util/json.h"

#include <cmath>

namespace core::util {

std::optional<Json> parseJson(std::string_view text, std::string* error) {
    try {
        return Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error& e) {
        if (error) {
            // "[json.exception.parse_error.101] parse error at line 3, column 5: syntax …"
            std::string message = e.what();
            const auto at = message.find(" at line ");
            *error = at == std::string::npos ? message : message.substr(at + 4);
        }
        return std::nullopt;
    }
}

double numberAt(const Json& object, const char* key, double fallback) {
    if (!object.is_object())
        return fallback;
    const auto it = object.find(key);
    return it != object.end() && it->is_number() ? it->get<double>() : fallback;
}

std::int64_t integerAt(const Json& object, const char* key, std::int64_t fallback) {
    if (!object.is_object())
        return fallback;
    const auto it = object.find(key);
    if (it == object.end())
        return fallback;
    if (it->is_number_integer())
        return it->get<std::int64_t>();
    if (it->is_number_float() && std::isfinite(it->get<double>()))
        return std::llround(it->get<double>());
    return fallback;
}

std::string textAt(const Json& object, const char* key, const std::string& fallback) {
    if (!object.is_object())
        return fallback;
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : fallback;
}

}  // namespace core::util
