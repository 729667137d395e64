#include "data/movielens_data.h"

#include <algorithm>

namespace core::data {

int genreIndex(std::string_view name) {
    for (int g = 0; g < kGenreCount; ++g)
        if (kGenreNames[std::size_t(g)] == name)
            return g;
    return -1;
}

std::string MovieRecord::genresText() const {
    std::string text;
    for (int g = 0; g < kGenreCount; ++g) {
        if (!(genreMask & (1u << g)))
            continue;
        if (!text.empty())
            text += '|';
        text += kGenreNames[std::size_t(g)];
    }
    return text;
}

void RatingsTable::reserve(std::size_t n) {
    userId.reserve(n);
    movieId.reserve(n);
    stars.reserve(n);
    timestamp.reserve(n);
}

void RatingsTable::push(std::int32_t user, std::int32_t movie, std::uint8_t rating,
                        std::int64_t time) {
    userId.push_back(user);
    movieId.push_back(movie);
    stars.push_back(rating);
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

std::int32_t lookup(const std::vector<std::int32_t>& rows, std::int32_t id) {
    return id >= 0 && std::size_t(id) < rows.size() ? rows[std::size_t(id)] : -1;
}
}  // namespace

void MovieLensData::indexIds() {
    m_userRowById = rowsById(users);
    m_movieRowById = rowsById(movies);
}

std::int32_t MovieLensData::userRow(std::int32_t id) const {
    return lookup(m_userRowById, id);
}
std::int32_t MovieLensData::movieRow(std::int32_t id) const {
    return lookup(m_movieRowById, id);
}

}  // namespace core::data
