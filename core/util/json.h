#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace core::util {

/// A parsed JSON value (the small subset run directories and the CLI need: objects, arrays,
/// strings, numbers, booleans, null). Objects keep keys sorted.
class JsonValue {
public:
    using Array = std::vector<JsonValue>;
    using Object = std::map<std::string, JsonValue>;

    JsonValue() = default;
    JsonValue(std::nullptr_t) {}
    JsonValue(bool b) : m_value(b) {}
    JsonValue(double d) : m_value(d) {}
    JsonValue(std::int64_t i) : m_value(double(i)) {}
    JsonValue(int i) : m_value(double(i)) {}
    JsonValue(std::string s) : m_value(std::move(s)) {}
    JsonValue(const char* s) : m_value(std::string(s)) {}
    JsonValue(Array a) : m_value(std::make_shared<Array>(std::move(a))) {}
    JsonValue(Object o) : m_value(std::make_shared<Object>(std::move(o))) {}

    bool isNull() const { return std::holds_alternative<std::monostate>(m_value); }
    bool isNumber() const { return std::holds_alternative<double>(m_value); }
    bool isString() const { return std::holds_alternative<std::string>(m_value); }
    bool isObject() const { return std::holds_alternative<std::shared_ptr<Object>>(m_value); }
    bool isArray() const { return std::holds_alternative<std::shared_ptr<Array>>(m_value); }

    /// Typed reads with a fallback when the value has another type.
    double number(double fallback = 0) const;
    std::string string(const std::string& fallback = {}) const;
    bool boolean(bool fallback = false) const;
    const Array& array() const;
    const Object& object() const;
    /// Member of an object, or a null value.
    const JsonValue& operator[](const std::string& key) const;

    /// Compact (indent < 0) or indented text.
    std::string dump(int indent = 2) const;

private:
    void dumpTo(std::string& out, int indent, int depth) const;
    std::variant<std::monostate, bool, double, std::string, std::shared_ptr<Array>, std::shared_ptr<Object>> m_value;
};

/// Parses JSON text; on failure returns nullopt and sets *error ("line 3: expected ':'").
std::optional<JsonValue> parseJson(std::string_view text, std::string* error);

/// JSON string literal for `text` (quotes and escapes included).
std::string jsonQuote(std::string_view text);

}  // namespace core::util
