#include "data/prepared_dataset.h"

#include <algorithm>

#include "util/large_buffer.h"

namespace core::data {

std::int32_t PreparedDataset::userIndexOf(std::int32_t userId) const {
    return userId >= 0 && std::size_t(userId) < userIndexById.size()
               ? userIndexById[std::size_t(userId)]
               : -1;
}

std::int32_t PreparedDataset::movieIndexOf(std::int32_t movieId) const {
    return movieId >= 0 && std::size_t(movieId) < movieIndexById.size()
               ? movieIndexById[std::size_t(movieId)]
               : -1;
}

const UserRecord& PreparedDataset::user(std::int32_t index) const {
    return source->users[std::size_t(userRows[std::size_t(index)])];
}

const MovieRecord& PreparedDataset::movie(std::int32_t index) const {
    return source->movies[std::size_t(movieRows[std::size_t(index)])];
}

namespace {

// Keeps ratings whose key (user or movie id) occurs at least `minimum` times among the
// ratings still kept, as pandas' value_counts + isin does in one pass.
void filterByCount(const std::vector<std::int32_t>& keys, std::vector<std::uint8_t>& keep,
                   int minimum) {
    std::int32_t maxKey = 0;
    for (const auto k : keys)
        maxKey = std::max(maxKey, k);
    std::vector<std::int32_t> counts(std::size_t(maxKey) + 1, 0);
    for (std::size_t i = 0; i < keys.size(); ++i)
        if (keep[i])
            ++counts[std::size_t(keys[i])];
    for (std::size_t i = 0; i < keys.size(); ++i)
        if (keep[i] && counts[std::size_t(keys[i])] < minimum)
            keep[i] = 0;
}

std::int64_t distinct(const std::vector<std::int32_t>& keys,
                      const std::vector<std::uint8_t>* keep) {
    std::int32_t maxKey = 0;
    for (const auto k : keys)
        maxKey = std::max(maxKey, k);
    std::vector<std::uint8_t> seen(std::size_t(maxKey) + 1, 0);
    std::int64_t n = 0;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (keep && !(*keep)[i])
            continue;
        if (!seen[std::size_t(keys[i])]) {
            seen[std::size_t(keys[i])] = 1;
            ++n;
        }
    }
    return n;
}

}  // namespace

DatasetCounts countAfterFilters(const MovieLensData& data, const config::DataConfig& config) {
    const RatingsTable& r = data.ratings;
    std::vector<std::uint8_t> keep(r.size(), 1);
    filterByCount(r.userId, keep, config.minUserRatings);
    filterByCount(r.movieId, keep, config.minMovieRatings);
    std::int64_t kept = 0;
    for (const auto k : keep)
        kept += k;
    return {distinct(r.userId, &keep), distinct(r.movieId, &keep), kept};
}

PreparedDataset prepareDataset(std::shared_ptr<const MovieLensData> source,
                               const config::DataConfig& config) {
    PreparedDataset p;
    const RatingsTable& r = source->ratings;
    const std::size_t n = r.size();
    p.before = {distinct(r.userId, nullptr), distinct(r.movieId, nullptr), std::int64_t(n)};

    std::vector<std::uint8_t> keep(n, 1);
    filterByCount(r.userId, keep, config.minUserRatings);
    filterByCount(r.movieId, keep, config.minMovieRatings);

    std::int32_t maxUser = 0, maxMovie = 0;
    for (const auto& u : source->users)
        maxUser = std::max(maxUser, u.id);
    for (const auto& m : source->movies)
        maxMovie = std::max(maxMovie, m.id);
    p.userIndexById.assign(std::size_t(maxUser) + 1, -1);
    p.movieIndexById.assign(std::size_t(maxMovie) + 1, -1);

    std::size_t kept = 0;
    for (std::size_t i = 0; i < n; ++i)
        kept += keep[i];
    util::reserveLarge(p.userIndex, kept);
    util::reserveLarge(p.movieIndex, kept);
    util::reserveLarge(p.ratingNorm, kept);
    util::reserveLarge(p.halfStars, kept);
    util::reserveLarge(p.timestamp, kept);

    for (std::size_t i = 0; i < n; ++i) {
        if (!keep[i])
            continue;
        auto& ui = p.userIndexById[std::size_t(r.userId[i])];
        if (ui < 0) {
            ui = p.numUsers();
            p.userIds.push_back(r.userId[i]);
        }
        auto& mi = p.movieIndexById[std::size_t(r.movieId[i])];
        if (mi < 0) {
            mi = p.numMovies();
            p.movieIds.push_back(r.movieId[i]);
        }
        p.userIndex.push_back(ui);
        p.movieIndex.push_back(mi);
        p.halfStars.push_back(r.halfStars[i]);
        // The same float as stars / 5 for whole stars (both divisions are exact-then-rounded).
        p.ratingNorm.push_back(float(r.halfStars[i]) / 10.0f);
        p.timestamp.push_back(r.timestamp[i]);
    }

    p.userFeatureCount = source->hasUserFeatures ? 3 : 0;
    const auto features = std::size_t(p.userFeatureCount);
    p.userRows.resize(p.userIds.size());
    p.userFeatures.resize(p.userIds.size() * features);
    for (std::size_t u = 0; u < p.userIds.size(); ++u) {
        const std::int32_t row = source->userRow(p.userIds[u]);
        p.userRows[u] = row;
        if (features == 0)
            continue;
        const UserRecord& user = source->users[std::size_t(row)];
        float* f = &p.userFeatures[u * features];
        f[0] = float(user.gender);
        f[1] = float(user.age);
        f[2] = float(user.occupation);
    }
    p.genreCount = int(source->genreNames.size());
    const auto genres = std::size_t(p.genreCount);
    p.movieRows.resize(p.movieIds.size());
    p.movieGenres.assign(p.movieIds.size() * genres, 0.0f);
    for (std::size_t m = 0; m < p.movieIds.size(); ++m) {
        const std::int32_t row = source->movieRow(p.movieIds[m]);
        p.movieRows[m] = row;
        const std::uint32_t mask = source->movies[std::size_t(row)].genreMask;
        for (std::size_t g = 0; g < genres; ++g)
            if (mask & (1u << g))
                p.movieGenres[m * genres + g] = 1.0f;
    }
    p.after = {p.numUsers(), p.numMovies(), std::int64_t(kept)};
    p.source = std::move(source);
    return p;
}

}  // namespace core::data
