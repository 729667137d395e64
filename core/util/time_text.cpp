#include "util/time_text.h"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace core::util {

std::string formatNow(const char* format, bool utc) {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
#if defined(_WIN32)
    if (utc)
        gmtime_s(&tm, &now);
    else
        localtime_s(&tm, &now);
#else
    if (utc)
        gmtime_r(&now, &tm);
    else
        localtime_r(&now, &tm);
#endif
    char buffer[64];
    return std::string(buffer, std::strftime(buffer, sizeof buffer, format, &tm));
}

std::string formatDate(std::int64_t secondsSince1970) {
    using namespace std::chrono;
    const year_month_day date{floor<days>(sys_seconds{seconds{secondsSince1970}})};
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", int(date.year()), unsigned(date.month()),
                  unsigned(date.day()));
    return buffer;
}

}  // namespace core::util
