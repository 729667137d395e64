#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace core::data {

/// The 18 genres of MovieLens 1M in the notebook's order (Python's sorted()), which is the
/// column order of the genre multi-hot vector.
inline constexpr std::array<std::string_view, 18> kGenreNames = {
    "Action",      "Adventure", "Animation", "Children's", "Comedy", "Crime",
    "Documentary", "Drama",     "Fantasy",   "Film-Noir",  "Horror", "Musical",
    "Mystery",     "Romance",   "Sci-Fi",    "Thriller",   "War",    "Western"};
inline constexpr int kGenreCount = int(kGenreNames.size());

/// Index of a genre name in kGenreNames, or -1.
int genreIndex(std::string_view name);

/// ml-1m's age buckets (the value stored in users.dat is the bucket's lower bound).
inline constexpr std::array<int, 7> kAgeBuckets = {1, 18, 25, 35, 45, 50, 56};
/// Number of ml-1m occupations (codes 0 … 20).
inline constexpr int kOccupationCount = 21;

/// One line of users.dat.
struct UserRecord {
    std::int32_t id = 0;
    std::uint8_t gender = 0;      ///< 0 = F, 1 = M (the notebook's encoding)
    std::int32_t age = 0;         ///< age bucket lower bound as in the file (1, 18, 25, …)
    std::int32_t occupation = 0;  ///< occupation code as in the file (0 … 20)
    std::string zip;
};

/// One line of movies.dat, with the title decoded to UTF-8.
struct MovieRecord {
    std::int32_t id = 0;
    std::string title;            ///< UTF-8, e.g. "Misérables, Les (1995)"
    std::int32_t year = 0;        ///< from the trailing "(YYYY)" of the title; 0 if none
    std::uint32_t genreMask = 0;  ///< bit g set when the movie has kGenreNames[g]

    /// Genre names joined with '|' in kGenreNames order.
    std::string genresText() const;
};

/// ratings.dat as columns (struct of arrays), in file order.
struct RatingsTable {
    std::vector<std::int32_t> userId;
    std::vector<std::int32_t> movieId;
    std::vector<std::uint8_t> stars;      ///< 1 … 5
    std::vector<std::int64_t> timestamp;  ///< seconds since 1970-01-01 UTC

    std::size_t size() const { return userId.size(); }
    void reserve(std::size_t n);
    void push(std::int32_t user, std::int32_t movie, std::uint8_t rating, std::int64_t time);
};

/// The three files of an ml-1m folder after parsing and validation: every rating refers to a
/// known user and movie. Immutable once loaded; share it by const pointer across threads.
struct MovieLensData {
    std::filesystem::path folder;
    RatingsTable ratings;
    std::vector<UserRecord> users;    ///< file order
    std::vector<MovieRecord> movies;  ///< file order

    /// Row of a user / movie id in `users` / `movies`, or -1. O(1).
    std::int32_t userRow(std::int32_t id) const;
    std::int32_t movieRow(std::int32_t id) const;
    /// Rebuilds the id lookups; call after filling users/movies.
    void indexIds();

private:
    std::vector<std::int32_t> m_userRowById;
    std::vector<std::int32_t> m_movieRowById;
};

/// Largest user or movie id accepted (ids index dense lookup tables).
inline constexpr std::int32_t kMaxId = 100'000'000;

}  // namespace core::data
