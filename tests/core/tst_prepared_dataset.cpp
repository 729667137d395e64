#include "data/movielens_reader.h"
#include "data/prepared_dataset.h"
#include "test_support.h"

using namespace core::data;

namespace {
// A dataset built in memory: ratings given as (user, movie, stars) in file order.
std::shared_ptr<MovieLensData> makeData(const std::vector<std::array<int, 3>>& ratings) {
    auto d = std::make_shared<MovieLensData>();
    for (int u = 1; u <= 20; ++u)
        d->users.push_back({u, std::uint8_t(u % 2), 25, u % 21, "00000"});
    for (int m = 1; m <= 20; ++m)
        d->movies.push_back({m, "M" + std::to_string(m), 1990, 1u << (m % 18)});
    std::int64_t t = 1000;
    for (const auto& r : ratings)
        d->ratings.push(r[0], r[1], std::uint8_t(2 * r[2]), t++);  // stars as half stars
    d->indexIds();
    return d;
}
}  // namespace

class TestPreparedDataset : public QObject {
    Q_OBJECT

private slots:
    // Users first, then movies, one pass each: a movie that falls below 5 only because a
    // user was removed is dropped; a user that falls below 5 because of the movie filter
    // is kept (pandas' value_counts/isin in the notebook's order).
    void filtersUsersThenMoviesOnce() {
        std::vector<std::array<int, 3>> r;
        // User 1: 5 ratings of movies 1..5. User 2: 4 ratings (dropped) of movie 6.
        for (int m = 1; m <= 5; ++m)
            r.push_back({1, m, 4});
        for (int i = 0; i < 4; ++i)
            r.push_back({2, 6, 3});
        // Users 3..6 rate movies 1..4 five times in total each → movies 1..4 popular.
        for (int u = 3; u <= 6; ++u)
            for (int m = 1; m <= 5; ++m)
                r.push_back({u, m <= 4 ? m : 7, 5});
        // Movie 7 now has 4 ratings (from users 3..6) → dropped; users 3..6 keep only 4
        // ratings each afterwards but stay (no second user pass).
        const auto p = prepareDataset(makeData(r), core::config::DataConfig{});
        QCOMPARE(p.before.users, std::int64_t(6));
        QCOMPARE(p.before.ratings, std::int64_t(29));
        QCOMPARE(p.after.users, std::int64_t(5));   // user 2 dropped
        QCOMPARE(p.after.movies, std::int64_t(4));  // movie 5 (1 rating) and 7 (4) dropped
        QCOMPARE(p.after.ratings, std::int64_t(20));
        QCOMPARE(p.userIndexOf(2), -1);
        QCOMPARE(p.movieIndexOf(5), -1);
        QCOMPARE(p.movieIndexOf(7), -1);
        QVERIFY(p.userIndexOf(3) >= 0);  // 4 ratings left, kept: the user pass ran before
    }

    void factorizesInOrderOfFirstAppearance() {
        std::vector<std::array<int, 3>> r;
        for (int k = 0; k < 5; ++k) {
            r.push_back({7, 9, 5});
            r.push_back({3, 2, 4});
            r.push_back({7, 2, 1});
            r.push_back({3, 9, 2});
        }
        const auto p = prepareDataset(makeData(r), core::config::DataConfig{2, 2});
        QCOMPARE(p.userIds, (std::vector<std::int32_t>{7, 3}));
        QCOMPARE(p.movieIds, (std::vector<std::int32_t>{9, 2}));
        QCOMPARE(p.userIndex[0], 0);
        QCOMPARE(p.userIndex[1], 1);
        QCOMPARE(p.movieIndex[1], 1);
        QCOMPARE(p.ratingNorm[0], 1.0f);
        QCOMPARE(p.ratingNorm[1], 0.8f);
        QCOMPARE(p.ratingNorm[2], 0.2f);
        // Features of user 7 (odd id → gender 1), age 25, occupation 7.
        QCOMPARE(p.userFeatures[0], 1.0f);
        QCOMPARE(p.userFeatures[1], 25.0f);
        QCOMPARE(p.userFeatures[2], 7.0f);
        // Genre multi-hot of movie 9: bit 9 (Film-Noir).
        QCOMPARE(p.genreCount, 18);
        for (int g = 0; g < p.genreCount; ++g)
            QCOMPARE(p.movieGenres[std::size_t(g)], g == 9 ? 1.0f : 0.0f);
    }

    void sampleDatasetCounts() {
        const auto load = loadMovieLens(RW_TEST_SAMPLE_DIR);
        QVERIFY(load.ok());
        const auto p = prepareDataset(load.data, core::config::DataConfig{});
        QCOMPARE(p.before.ratings, std::int64_t(60000));
        QVERIFY(p.after.ratings <= p.before.ratings);
        QCOMPARE(std::int64_t(p.size()), p.after.ratings);
        QCOMPARE(p.userFeatures.size(), std::size_t(p.numUsers()) * 3);
        QCOMPARE(p.movieGenres.size(), std::size_t(p.numMovies()) * 18);
        for (std::size_t i = 0; i < p.size(); ++i)
            QCOMPARE(p.ratingNorm[i], float(p.halfStars[i] / 2) / 5.0f);  // as the notebook
        // The quick count agrees with the full preparation, for other filters too.
        for (int minimum : {5, 20, 60}) {
            const core::config::DataConfig filters{minimum, minimum};
            const auto full = prepareDataset(load.data, filters).after;
            const auto quick = countAfterFilters(*load.data, filters);
            QCOMPARE(quick.users, full.users);
            QCOMPARE(quick.movies, full.movies);
            QCOMPARE(quick.ratings, full.ratings);
        }
    }
};

QTEST_GUILESS_MAIN(TestPreparedDataset)
#include "tst_prepared_dataset.moc"
