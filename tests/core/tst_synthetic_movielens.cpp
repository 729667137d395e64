#include <set>
#include "data/movielens_reader.h"
#include "data/synthetic_movielens.h"

#include "test_support.h"

using namespace core::data;

class TestSyntheticMovieLens : public QObject {
    Q_OBJECT

private slots:
    void deterministicForASeed() {
        const auto spec = *syntheticPreset("tiny");
        const auto a = generateSyntheticMovieLens(spec);
        const auto b = generateSyntheticMovieLens(spec);
        QCOMPARE(a.ratings.userId, b.ratings.userId);
        QCOMPARE(a.ratings.movieId, b.ratings.movieId);
        QCOMPARE(a.ratings.halfStars, b.ratings.halfStars);
        QCOMPARE(a.ratings.timestamp, b.ratings.timestamp);
        auto other = spec;
        other.seed += 1;
        QVERIFY(generateSyntheticMovieLens(other).ratings.movieId != a.ratings.movieId);
    }

    void hasMovieLensStructure() {
        SyntheticSpec spec;
        spec.users = 600;
        spec.movies = 500;
        spec.ratings = 60'000;
        const auto d = generateSyntheticMovieLens(spec);
        QCOMPARE(std::int64_t(d.ratings.size()), spec.ratings);
        QCOMPARE(int(d.users.size()), spec.users);
        QCOMPARE(int(d.movies.size()), spec.movies);
        // ml-1m's age buckets, occupations 0–20, both genders.
        int male = 0;
        for (const auto& u : d.users) {
            QVERIFY(std::find(kAgeBuckets.begin(), kAgeBuckets.end(), u.age) != kAgeBuckets.end());
            QVERIFY(u.occupation >= 0 && u.occupation <= 20);
            male += u.gender;
        }
        QVERIFY(male > 360 && male < 500);  // ml-1m: 72% male
        // Star shares close to ml-1m's 5.6 / 10.8 / 26.1 / 34.9 / 22.6 %.
        std::array<double, 6> stars{};
        for (const auto half : d.ratings.halfStars)
            stars[half / 2] += 1.0 / double(d.ratings.size());
        const double expected[] = {0, 0.0562, 0.1075, 0.2613, 0.3489, 0.2261};
        for (int s = 1; s <= 5; ++s)
            QVERIFY2(std::abs(stars[std::size_t(s)] - expected[s]) < 0.01,
                     qPrintable(QString::number(s)));
        // Heavy-tailed activity: every user ≥ 20 ratings, the busiest ≫ the median.
        std::vector<int> perUser(std::size_t(spec.users) + 1, 0);
        for (const auto u : d.ratings.userId)
            ++perUser[std::size_t(u)];
        perUser.erase(perUser.begin());
        std::sort(perUser.begin(), perUser.end());
        QVERIFY(perUser.front() >= 20);
        QVERIFY(perUser.back() > 3 * perUser[perUser.size() / 2]);
        // Long-tail popularity: some movies are rated by hardly anyone.
        std::vector<int> perMovie(d.movies.size(), 0);
        for (const auto m : d.ratings.movieId)
            ++perMovie[std::size_t(d.movieRow(m))];
        std::sort(perMovie.begin(), perMovie.end());
        QVERIFY(perMovie.front() < 5);
        QVERIFY(perMovie.back() > 10 * perMovie[perMovie.size() / 2] / 2);
        // No user rates a movie twice.
        std::set<std::pair<int, int>> pairs;
        for (std::size_t i = 0; i < d.ratings.size(); ++i)
            QVERIFY(pairs.insert({d.ratings.userId[i], d.ratings.movieId[i]}).second);
    }

    void writesLatin1FilesThatReadBack() {
        QTemporaryDir dir;
        const auto folder = test_support::path(dir) / "synthetic";
        const auto d = generateSyntheticMovieLens(*syntheticPreset("sample"));
        QVERIFY(!writeMovieLensFiles(d, folder).has_value());
        // Never overwrite what is there.
        const auto again = writeMovieLensFiles(d, folder);
        QVERIFY(again.has_value());
        QVERIFY(QString::fromStdString(*again).contains("already exists"));

        const auto load = loadMovieLens(folder);
        QVERIFY2(load.ok(), load.report.summary().c_str());
        QCOMPARE(load.report.warningCount(), 0);
        QVERIFY(load.report.notes().empty());  // Latin-1, as ml-1m
        QCOMPARE(load.data->ratings.halfStars, d.ratings.halfStars);
        int accented = 0;
        for (std::size_t i = 0; i < d.movies.size(); ++i) {
            QCOMPARE(load.data->movies[i].title, d.movies[i].title);
            accented += QString::fromStdString(d.movies[i].title)
                            .contains(QRegularExpression("[éñüçãèëä]"));
        }
        QVERIFY(accented > 10);
    }

    // Only with the standard and math libraries the sample was generated with (see the
    // generator's header): elsewhere the bundled files stay the reference.
    void bundledSampleIsThePreset() {
#if !defined(__GLIBCXX__) || !defined(__GLIBC__)
        QSKIP("the bundled sample was generated with glibc and libstdc++");
#endif
        const auto load = loadMovieLens(RW_TEST_SAMPLE_DIR);
        QVERIFY(load.ok());
        const auto d = generateSyntheticMovieLens(*syntheticPreset("sample"));
        QCOMPARE(load.data->ratings.movieId, d.ratings.movieId);
        QCOMPARE(load.data->ratings.halfStars, d.ratings.halfStars);
    }
};

QTEST_GUILESS_MAIN(TestSyntheticMovieLens)
#include "tst_synthetic_movielens.moc"
