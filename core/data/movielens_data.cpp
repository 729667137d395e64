#include "data/movielens_data.h"

#include <algorithm>

#include "util/large_buffer.h"

namespace core::data {

int MovieLensData::genreIndex(std::string_view name) const {
    for (std::size_t g = 0; g < genreNames.size(); ++g)
        if (genreNames[g] == name)
            return int(g);
    return -1;
}

std::string MovieLensData::genresText(const MovieRecord& movie) const {
    std::string text;
    for (std::size_t g = 0; g < genreNames.size(); ++g) {
        if (!(movie.genreMask & (1u << g)))
            continue;
        if (!text.empty())
            text += '|';
        text += genreNames[g];
    }
    return text;
}

void RatingsTable::reserve(std::size_t n) {
    util::reserveLarge(userId, n);
    util::reserveLarge(movieId, n);
    util::reserveLarge(halfStars, n);
    util::reserveLarge(timestamp, n);
}

void RatingsTable::push(std::int32_t user, std::int32_t movie, std::uint8_t halfStarRating,
                        std::int64_t time) {
    userId.push_back(user);
    movieId.push_back(movie);
    halfStars.push_back(halfStarRating);
    timestamp.push_back(time);
}

namespace {
template <typename Records>
std::vector<std::int32_t> rowsById(const Records& records) {
    std::int32_t maxId = 0;
    for (const auto& r : records)
        maxId = std::max(maxId, r.id);
    std::vector<std::int32_t> rows(std::size_t(maxId) + 1, -1);
    for (std::size_t i = 0; i < records.size(); ++i)
        rows[std::size_t(records[i].id)] = std::int32_t(i);
    return rows;
}

}  // namespace

void MovieLensData::indexIds() {
    m_userRowById = rowsById(users);
    m_movieRowById = rowsById(movies);
}

}  // namespace core::data
