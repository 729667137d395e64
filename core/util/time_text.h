#pragma once

#include <cstdint>
#include <string>

namespace core::util {

/// The current time formatted with strftime `format`, in UTC or local time.
std::string formatNow(const char* format, bool utc);

/// The UTC calendar date of a Unix time: formatDate(0) == "1970-01-01".
std::string formatDate(std::int64_t secondsSince1970);

}  // namespace core::util
