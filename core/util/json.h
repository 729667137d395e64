#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace core::util {

/// JSON documents are nlohmann::json (objects keep keys sorted; numbers are read and written
/// in the C locale's form; integers stay 64-bit; NaN and infinity are written as null).
using Json = nlohmann::json;

/// Parses JSON text. On failure returns nullopt and sets *error to where and what, e.g.
/// "line 3, column 5: syntax error while parsing object - unexpected number literal".
std::optional<Json> parseJson(std::string_view text, std::string* error);

/// Tolerant reads of an object member, for files a user may have edited: the fallback when
/// the member is missing or has another type (null included).
double numberAt(const Json& object, const char* key, double fallback = 0);
std::int64_t integerAt(const Json& object, const char* key, std::int64_t fallback = 0);
std::string textAt(const Json& object, const char* key, const std::string& fallback = {});

}  // namespace core::util
