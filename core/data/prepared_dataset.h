#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "config/experiment_config.h"
#include "data/movielens_data.h"

namespace core::data {

/// Counts of users, movies and ratings.
struct DatasetCounts {
    std::int64_t users = 0;
    std::int64_t movies = 0;
    std::int64_t ratings = 0;
};

/// The notebook's Bloques 2–4 up to the split: ratings filtered (users with ≥ N ratings, then
/// movies with ≥ M ratings, one pass each), ids factorized in order of first appearance,
/// ratings normalised to (0, 1] (stars / 5, half stars included), time features, and the
/// model's side features (none for users of a release without a users file).
/// Row i of every per-rating column is the i-th kept rating in file order.
/// Immutable once built; safe to share across threads by const reference.
struct PreparedDataset {
    std::shared_ptr<const MovieLensData> source;

    // Per kept rating (file order).
    std::vector<std::int32_t> userIndex;   ///< 0 … numUsers−1, first-appearance order
    std::vector<std::int32_t> movieIndex;  ///< 0 … numMovies−1, first-appearance order
    std::vector<float> ratingNorm;         ///< stars / 5 (half stars / 10)
    std::vector<std::uint8_t> halfStars;  ///< the rating in half stars (2 … 10 for 1 … 5 stars)
    std::vector<std::int64_t> timestamp;  ///< seconds since 1970 UTC

    // Per user index / movie index.
    std::vector<std::int32_t> userIds;    ///< index → UserID
    std::vector<std::int32_t> movieIds;   ///< index → MovieID
    std::vector<std::int32_t> userRows;   ///< index → row in source->users
    std::vector<std::int32_t> movieRows;  ///< index → row in source->movies
    /// numUsers × userFeatureCount, row-major: [Gender (F 0, M 1), Age, Occupation] as raw
    /// numbers; empty when the release has no users file.
    std::vector<float> userFeatures;
    /// numMovies × genreCount, row-major: genre multi-hot in source->genreNames order.
    std::vector<float> movieGenres;
    int userFeatureCount = 3;  ///< 3 (Gender, Age, Occupation) or 0 (no users file)
    int genreCount = 18;       ///< the release's genres

    DatasetCounts before;  ///< all valid ratings read
    DatasetCounts after;   ///< after both filters

    std::int32_t numUsers() const { return std::int32_t(userIds.size()); }
    std::int32_t numMovies() const { return std::int32_t(movieIds.size()); }
    std::size_t size() const { return userIndex.size(); }
    /// User index of a UserID, or -1 when the user was filtered out or is unknown.
    std::int32_t userIndexOf(std::int32_t userId) const;
    /// Movie index of a MovieID, or -1.
    std::int32_t movieIndexOf(std::int32_t movieId) const;
    const UserRecord& user(std::int32_t index) const;
    const MovieRecord& movie(std::int32_t index) const;

    std::vector<std::int32_t> userIndexById;   ///< UserID → index or −1
    std::vector<std::int32_t> movieIndexById;  ///< MovieID → index or −1
};

/// Users, movies and ratings left after the two filters, without building anything (two
/// counting passes; a few milliseconds for ml-1m). Any thread.
DatasetCounts countAfterFilters(const MovieLensData& data, const config::DataConfig& config);

/// Builds the prepared dataset. Pure function of its inputs; any thread.
PreparedDataset prepareDataset(std::shared_ptr<const MovieLensData> source,
                               const config::DataConfig& config);

}  // namespace core::data
