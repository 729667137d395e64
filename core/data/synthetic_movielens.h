#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "data/movielens_data.h"

namespace core::data {

/// Size and seed of a synthetic MovieLens dataset. The defaults are ml-1m's full size.
struct SyntheticSpec {
    std::int32_t users = 6040;
    std::int32_t movies = 3883;
    std::int64_t ratings = 1'000'209;
    std::uint64_t seed = 1;
    int latentDim = 8;  ///< rank of the hidden user × movie taste structure
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

/// Writes `data` as ratings.dat, users.dat and movies.dat (Latin-1, "::"-separated) into
/// `folder`, creating it. Refuses to replace existing files unless `overwrite`. Returns an
/// error message naming the file on failure.
std::optional<std::string> writeMovieLensFiles(const MovieLensData& data,
                                               const std::filesystem::path& folder,
                                               bool overwrite = false);

/// The spec of a named size: "full" (ml-1m), "sample" (the bundled sample), "tiny" (tests).
std::optional<SyntheticSpec> syntheticPreset(const std::string& name);

}  // namespace core::data
