#pragma once

#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>

namespace core::util {

// Every number of the project's file formats (YAML, JSON, CSV, `--set`, the CLI's tables) is
// read and written here, never through strtod/printf/iostreams: those follow the C locale,
// which Qt sets from the environment, so under de_DE or es_ES they would read and write
// "0,001". The text here is always the C locale's, whatever the user's locale.

/// Appends the shortest text that reads back to the same value (integers and floating point).
template <typename T>
void appendNumber(std::string& out, T value) {
    char buffer[40];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    if (ec == std::errc())
        out.append(buffer, end);
}

/// The shortest text that reads back to the same double: "0.001", "1e-05", "30".
std::string formatNumber(double value);

/// `value` with exactly `digits` digits after the point: formatFixed(0.12345, 3) == "0.123".
std::string formatFixed(double value, int digits);

/// `value` with `digits` significant digits, as printf's %g: formatGeneral(0.000123456, 3) ==
/// "0.000123".
std::string formatGeneral(double value, int digits);

/// Reads a whole floating-point number ("0.001", "-1e-5", "+3", ".5"); surrounding spaces are
/// not allowed. "inf" and "nan" parse (callers that need finite values check).
bool parseDouble(std::string_view text, double* out);
bool parseFloat(std::string_view text, float* out);

/// `text` without one leading '+' (from_chars reads no '+'; "+-1" keeps its '+' and fails).
inline std::string_view withoutPlus(std::string_view text) {
    if (text.size() > 1 && text.front() == '+' && text[1] != '-')
        text.remove_prefix(1);
    return text;
}

/// Reads a whole integer ("42", "-7", "+3"), rejecting overflow.
template <typename Int>
bool parseInteger(std::string_view text, Int* out) {
    text = withoutPlus(text);
    if (text.empty())
        return false;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
    return ec == std::errc() && ptr == text.data() + text.size();
}

}  // namespace core::util
