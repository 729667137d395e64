#pragma once

#include <charconv>
#include <string>

namespace core::util {

/// Appends the shortest text that reads back to the same value (integers and floating point).
template <typename T>
void appendNumber(std::string& out, T value) {
    char buffer[40];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    if (ec == std::errc()) out.append(buffer, end);
}

}  // namespace core::util
