#pragma once

#include <string>

namespace core::util {

/// The current time formatted with strftime `format`, in UTC or local time.
std::string formatNow(const char* format, bool utc);

}  // namespace core::util
