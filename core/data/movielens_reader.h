#pragma once

#include <filesystem>
#include <functional>
#include <memory>

#include "data/movielens_data.h"
#include "data/validation_report.h"

namespace core::data {

/// The outcome of reading an ml-1m folder: the data (null when an error made it unusable)
/// and the report of everything found.
///
/// What is fatal: a missing folder or file, an unreadable or empty file, a file with no valid
/// line, or a file where most lines are malformed (it is not an ml-1m file).
/// What is skipped and counted as a warning: a malformed line, a rating outside 1–5, a user
/// with an unknown gender, a duplicate user or movie id, a rating of a user or movie that the
/// other files lack. Kept with a warning: an age that is not an ml-1m bucket, an occupation
/// outside 0–20, a genre outside the 18 ml-1m genres (that genre is dropped from the movie).
struct MovieLensLoad {
    std::shared_ptr<const MovieLensData> data;
    ValidationReport report;
    bool ok() const { return data != nullptr; }
};

/// Progress callback: fraction in [0, 1]. Called on the loading thread.
using LoadProgress = std::function<void(double fraction)>;

/// Reads ratings.dat, users.dat and movies.dat (Latin-1, or UTF-8 when the file is valid
/// UTF-8) from `folder`. Never throws for bad input. Any thread; no shared state.
MovieLensLoad loadMovieLens(const std::filesystem::path& folder, const LoadProgress& progress = {});

}  // namespace core::data
