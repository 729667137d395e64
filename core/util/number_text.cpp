#include "util/number_text.h"

#include <fast_float/fast_float.h>

#include <cmath>

namespace core::util {
namespace {

// fast_float reads the C locale's form only, on every platform (std::from_chars for floating
// point is missing from some standard libraries still in use).
template <typename T>
bool parseReal(std::string_view text, T* out) {
    text = withoutPlus(text);
    if (text.empty())
        return false;
    const auto [ptr, ec] = fast_float::from_chars(text.data(), text.data() + text.size(), *out);
    return ec == std::errc() && ptr == text.data() + text.size();
}

}  // namespace

std::string formatNumber(double value) {
    std::string s;
    appendNumber(s, value);
    return s;
}

std::string formatFixed(double value, int digits) {
    char buffer[400];  // fixed notation of 1e308 needs 309 digits
    const auto [end, ec] =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, digits);
    return ec == std::errc() ? std::string(buffer, end) : formatNumber(value);
}

std::string formatGeneral(double value, int digits) {
    char buffer[64];
    const auto [end, ec] =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, digits);
    return ec == std::errc() ? std::string(buffer, end) : formatNumber(value);
}

bool parseDouble(std::string_view text, double* out) {
    return parseReal(text, out);
}
bool parseFloat(std::string_view text, float* out) {
    return parseReal(text, out);
}

}  // namespace core::util
