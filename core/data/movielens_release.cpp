#include "data/movielens_release.h"
#include "util/path_text.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace core::data {
namespace {

bool isFile(const std::filesystem::path& path) {
    std::error_code ec;
    return std::filesystem::is_regular_file(path, ec);
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}

// The CSV releases share one layout; the folder's name (as GroupLens ships them) says which.
std::string csvReleaseName(const std::filesystem::path& folder) {
    const std::string name = lower(util::utf8Of(folder.filename()));
    for (const char* known : {"ml-latest-small", "ml-latest", "ml-32m", "ml-25m", "ml-20m"})
        if (name == known)
            return known;
    return "MovieLens CSV";
}

}  // namespace

DetectedRelease detectRelease(const std::filesystem::path& folder) {
    const auto has = [&](const char* file) { return isFile(folder / file); };
    if (has("u.data"))
        return {Release::Ml100k, "ml-100k", "u.data, u.user, u.item"};
    if (has("ratings.csv"))
        return {Release::Csv, csvReleaseName(folder), "ratings.csv, movies.csv"};
    // An ml-1m folder that lost users.dat is still ml-1m (and the missing file is reported).
    if (has("ratings.dat") &&
        (has("users.dat") || lower(util::utf8Of(folder.filename())) == "ml-1m"))
        return {Release::Ml1m, "ml-1m", "ratings.dat, users.dat, movies.dat"};
    if (has("ratings.dat"))
        return {Release::Ml10m, "ml-10m", "ratings.dat, movies.dat"};
    return {Release::Unknown, std::string(),
            "ratings.dat (ml-1m, ml-10m), ratings.csv (ml-20m, ml-25m, ml-32m, ml-latest) or "
            "u.data (ml-100k)"};
}

}  // namespace core::data
