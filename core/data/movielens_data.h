#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "data/movielens_release.h"

namespace core::data {

/// The 18 genres of MovieLens 1M in the notebook's order (Python's sorted()), which is the
/// column order of ml-1m's genre multi-hot vector. Other releases have their own list
/// (MovieLensData::genreNames), sorted the same way.
inline constexpr std::array<std::string_view, 18> kMl1mGenres = {
    "Action",      "Adventure", "Animation", "Children's", "Comedy", "Crime",
    "Documentary", "Drama",     "Fantasy",   "Film-Noir",  "Horror", "Musical",
    "Mystery",     "Romance",   "Sci-Fi",    "Thriller",   "War",    "Western"};
/// Most genres a release may have: the bits of MovieRecord::genreMask.
inline constexpr int kMaxGenres = 32;

/// ml-1m's age buckets (the value stored in users.dat is the bucket's lower bound).
inline constexpr std::array<int, 7> kAgeBuckets = {1, 18, 25, 35, 45, 50, 56};
/// Number of ml-1m occupations (codes 0 … 20).
inline constexpr int kOccupationCount = 21;

/// One line of users.dat (ml-1m) or u.user (ml-100k). Releases without a users file have a
/// record per user id seen in the ratings, with the features left at 0.
struct UserRecord {
    std::int32_t id = 0;
    std::uint8_t gender = 0;      ///< 0 = F, 1 = M (the notebook's encoding)
    std::int32_t age = 0;         ///< ml-1m: bucket lower bound (1, 18, 25, …); ml-100k: years
    std::int32_t occupation = 0;  ///< ml-1m: code as in the file (0 … 20); ml-100k: index in
                                  ///< MovieLensData::occupationNames
    std::string zip;
};

/// One movie (movies.dat, u.item or movies.csv), with the title decoded to UTF-8.
struct MovieRecord {
    std::int32_t id = 0;
    std::string title;            ///< UTF-8, e.g. "Misérables, Les (1995)"
    std::int32_t year = 0;        ///< from the trailing "(YYYY)" of the title; 0 if none
    std::uint32_t genreMask = 0;  ///< bit g set when the movie has MovieLensData::genreNames[g]
};

/// The ratings as columns (struct of arrays), in file order.
struct RatingsTable {
    std::vector<std::int32_t> userId;
    std::vector<std::int32_t> movieId;
    /// The rating in half stars: 2 … 10 for whole-star releases (1 … 5 stars), 1 … 10 for
    /// half-star ones (0.5 … 5 stars).
    std::vector<std::uint8_t> halfStars;
    std::vector<std::int64_t> timestamp;  ///< seconds since 1970-01-01 UTC

    std::size_t size() const { return userId.size(); }
    void reserve(std::size_t n);
    void push(std::int32_t user, std::int32_t movie, std::uint8_t halfStarRating,
              std::int64_t time);
    /// Rating i in stars (4.5f for 9 half stars).
    float stars(std::size_t i) const { return float(halfStars[i]) * 0.5f; }
};

/// A MovieLens folder after parsing and validation: every rating refers to a known user and
/// movie. Immutable once loaded; share it by const pointer across threads.
struct MovieLensData {
    std::filesystem::path folder;
    DetectedRelease release{Release::Ml1m, "ml-1m", "ratings.dat, users.dat, movies.dat"};
    /// Ratings come in half stars (ml-10m and the CSV releases); whole stars otherwise.
    bool halfStarRatings = false;
    /// The release has a users file with gender, age and occupation (ml-100k, ml-1m). Without
    /// one, users are known only by their ids and the model's user-feature branch is off.
    bool hasUserFeatures = true;
    /// The release's genres in sorted order (Python's sorted(), byte order): the columns of
    /// the genre multi-hot vector. ml-1m's are kMl1mGenres.
    std::vector<std::string> genreNames{kMl1mGenres.begin(), kMl1mGenres.end()};
    /// ml-100k's occupation words (sorted), indexed by UserRecord::occupation; empty for
    /// ml-1m, whose occupations are codes.
    std::vector<std::string> occupationNames;
    RatingsTable ratings;
    std::vector<UserRecord> users;    ///< file order (order of first rating without a file)
    std::vector<MovieRecord> movies;  ///< file order

    /// Index of a genre name in genreNames, or -1.
    int genreIndex(std::string_view name) const;
    /// A movie's genre names joined with '|' in genreNames order.
    std::string genresText(const MovieRecord& movie) const;

    /// Row of a user / movie id in `users` / `movies`, or -1. O(1).
    std::int32_t userRow(std::int32_t id) const { return lookup(m_userRowById, id); }
    std::int32_t movieRow(std::int32_t id) const { return lookup(m_movieRowById, id); }
    /// Rebuilds the id lookups; call after filling users/movies.
    void indexIds();

private:
    static std::int32_t lookup(const std::vector<std::int32_t>& rows, std::int32_t id) {
        return id >= 0 && std::size_t(id) < rows.size() ? rows[std::size_t(id)] : -1;
    }
    std::vector<std::int32_t> m_userRowById;
    std::vector<std::int32_t> m_movieRowById;
};

/// Largest user or movie id accepted (ids index dense lookup tables).
inline constexpr std::int32_t kMaxId = 100'000'000;

}  // namespace core::data
