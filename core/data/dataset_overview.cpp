#include "data/dataset_overview.h"

namespace core::data {

DatasetOverview overviewOf(const MovieLensData& data) {
    DatasetOverview o;
    const auto& r = data.ratings;
    o.ratingsPerUser.assign(data.users.size(), 0);
    o.ratingsPerMovie.assign(data.movies.size(), 0);
    std::vector<double> starSums(data.movies.size(), 0.0);
    for (std::size_t i = 0; i < r.size(); ++i) {
        ++o.ratingsPerUser[std::size_t(data.userRow(r.userId[i]))];
        const auto m = std::size_t(data.movieRow(r.movieId[i]));
        ++o.ratingsPerMovie[m];
        starSums[m] += r.halfStars[i];
        ++o.ratingsPerHalfStar[r.halfStars[i]];
    }
    o.meanStarsPerMovie.assign(data.movies.size(), 0.0f);
    o.ratingsPerGenre.assign(data.genreNames.size(), 0);
    for (std::size_t m = 0; m < data.movies.size(); ++m) {
        const auto n = o.ratingsPerMovie[m];
        if (n == 0)
            continue;
        ++o.rated.movies;
        o.meanStarsPerMovie[m] = float(starSums[m] / (2.0 * n));
        for (std::size_t g = 0; g < data.genreNames.size(); ++g)
            if (data.movies[m].genreMask & (1u << g))
                o.ratingsPerGenre[g] += n;
    }
    for (const auto n : o.ratingsPerUser)
        o.rated.users += n > 0;
    o.rated.ratings = std::int64_t(r.size());
    return o;
}

}  // namespace core::data
