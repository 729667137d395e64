#pragma once

#include <filesystem>
#include <string>

namespace core::data {

/// The MovieLens releases the workbench reads, told apart by their files.
enum class Release {
    Ml100k,  ///< u.data (tab-separated), u.user, u.item ('|', Latin-1); 19 genre flags
    Ml1m,    ///< ratings.dat, users.dat, movies.dat ("::"); whole stars; user features
    Ml10m,   ///< ratings.dat, movies.dat ("::"), no users file; half stars
    Csv,     ///< ratings.csv, movies.csv (RFC 4180): ml-20m, ml-25m, ml-32m, ml-latest(-small)
    Unknown,
};

struct DetectedRelease {
    Release release = Release::Unknown;
    std::string name;   ///< "ml-100k", "ml-1m", "ml-10m", "ml-25m", … ("MovieLens CSV" when the
                        ///< folder's name does not say which CSV release)
    std::string files;  ///< the files it was recognised by, or those looked for
};

/// Which release `folder` holds, from the files in it (no file is read beyond its name).
DetectedRelease detectRelease(const std::filesystem::path& folder);

}  // namespace core::data
