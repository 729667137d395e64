#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "data/movielens_data.h"

namespace core::data {

/// Size and seed of a synthetic MovieLens dataset. The defaults are ml-1m's full size.
struct SyntheticSpec {
    std::int32_t users = 6040;
    std::int32_t movies = 3883;
    std::int64_t ratings = 1'000'209;
    std::uint64_t seed = 1;
    int latentDim = 8;  ///< rank of the hidden user × movie taste structure
    /// Ratings in half stars with ml-25m's shares, and the later releases' genres
    /// ("Children", IMAX, "(no genres listed)"); whole stars with ml-1m's shares otherwise.
    bool halfStars = false;
};

/// Generates data with ml-1m's structure: hidden user and movie factors and biases, genre
/// affinities tied to gender and age, long-tail movie popularity, heavy-tailed user activity
/// (at least 20 ratings each, as in ml-1m, when the size allows), ml-1m's age buckets,
/// occupations 0–20 and star distribution, timestamps in 2000–2003 with same-second ties,
/// and some titles with Latin-1 letters ("Misérables, Les (1995)"). Deterministic for a spec
/// with a given standard library: the random numbers are the project's own (no std
/// distributions), but std::nth_element's order of equal-rank items and libm's last bits of
/// log/exp/cos are the library's, so another platform's standard library may give other
/// data. (The bundled sample ships as files for that reason.) Any thread.
MovieLensData generateSyntheticMovieLens(const SyntheticSpec& spec);

/// The files a release's layout has: ratings first, then users (when it has them), movies.
std::vector<std::string> movieLensFileNames(Release layout);

/// Writes `data` into `folder` (created) in the layout of a release:
/// - Ml1m: ratings.dat, users.dat, movies.dat ("::", Latin-1); whole stars only.
/// - Ml100k: u.data (tabs), u.user and u.item ('|', Latin-1, ages as written, occupations as
///   ml-100k's words, 19 genre flags with "unknown" for a movie without genres; genres that
///   ml-100k lacks are left out); whole stars only.
/// - Ml10m: ratings.dat ("::", "4.5"), movies.dat (UTF-8); no users file.
/// - Csv: ratings.csv and movies.csv with headers, UTF-8, RFC 4180 quoting, ratings "4.0".
/// Refuses to replace existing files unless `overwrite`. Returns an error message naming the
/// file on failure.
std::optional<std::string> writeMovieLensFiles(const MovieLensData& data,
                                               const std::filesystem::path& folder,
                                               Release layout = Release::Ml1m,
                                               bool overwrite = false);

/// The spec of a named size: "full" (ml-1m), "sample" (the bundled sample), "tiny" (tests),
/// and the sizes of "ml-100k", "ml-10m", "ml-latest-small" and "ml-25m" (half stars where
/// those releases have them).
std::optional<SyntheticSpec> syntheticPreset(const std::string& name);

}  // namespace core::data
