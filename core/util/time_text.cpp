#include "util/time_text.h"

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

}  // namespace core::util
