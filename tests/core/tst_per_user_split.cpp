#include <random>
#include "data/numpy_random_state.h"
#include "data/numpy_sort.h"
#include "data/per_user_split.h"
#include "data/synthetic_movielens.h"

#include "test_support.h"

using namespace core::data;

namespace {

// One user per entry of `counts`, user i+1 rating movies 1..n at timestamps in scrambled
// file order; every movie gets enough ratings from a filler user to pass the filters.
std::shared_ptr<MovieLensData> usersWithCounts(const std::vector<int>& counts) {
    auto d = std::make_shared<MovieLensData>();
    int maxCount = 0;
    for (int c : counts)
        maxCount = std::max(maxCount, c);
    for (std::size_t u = 0; u < counts.size(); ++u)
        d->users.push_back({int(u) + 1, 1, 25, 1, "0"});
    for (int m = 1; m <= maxCount; ++m)
        d->movies.push_back({m, "M", 1990, 1u});
    for (std::size_t u = 0; u < counts.size(); ++u) {
        const int n = counts[u];
        // File order: odd positions first, then even (so sorting by time really reorders).
        for (int pass = 0; pass < 2; ++pass)
            for (int k = pass; k < n; k += 2)
                d->ratings.push(int(u) + 1, k + 1, 8, 1000 + k);
    }
    d->indexIds();
    return d;
}

PreparedDataset prepared(const std::shared_ptr<MovieLensData>& d) {
    return prepareDataset(d, core::config::DataConfig{1, 1});
}

// Positions (in time order) of a user's rows that ended up in `part`, in `part`'s order.
std::vector<int> positions(const PreparedDataset& p, const std::vector<std::int32_t>& part,
                           int userId) {
    std::vector<int> out;
    for (const auto r : part)
        if (p.userIds[std::size_t(p.userIndex[std::size_t(r)])] == userId)
            out.push_back(int(p.timestamp[std::size_t(r)] - 1000));
    return out;
}

}  // namespace

class TestPerUserSplit : public QObject {
    Q_OBJECT

private slots:
    // Reference values printed by NumPy 1.24: np.random.RandomState(seed).permutation(n).
    void numpyPermutation_data() {
        QTest::addColumn<int>("seed");
        QTest::addColumn<int>("n");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("42, 10") << 42 << 10 << QList<int>{8, 1, 5, 0, 7, 2, 9, 4, 3, 6};
        QTest::newRow("42, 5") << 42 << 5 << QList<int>{1, 4, 2, 0, 3};
        QTest::newRow("42, 2") << 42 << 2 << QList<int>{1, 0};
        QTest::newRow("42, 1") << 42 << 1 << QList<int>{0};
        QTest::newRow("42, 17") << 42 << 17 << QList<int>{0, 1,  5, 15, 11, 14, 8, 13, 2,
                                                          9, 16, 4, 7,  10, 12, 3, 6};
        QTest::newRow("7, 12") << 7 << 12 << QList<int>{7, 10, 2, 5, 0, 1, 11, 8, 3, 6, 9, 4};
    }

    void numpyPermutation() {
        QFETCH(int, seed);
        QFETCH(int, n);
        QFETCH(QList<int>, expected);
        const auto perm = NumpyRandomState(std::uint32_t(seed)).permutation(n);
        QCOMPARE(QList<int>(perm.begin(), perm.end()), expected);
    }

    // Reference orders printed by NumPy 1.24: np.argsort(values, kind="quicksort"). Ties are
    // not kept in input order once there are more than 16 values.
    void numpyQuicksortTieOrder_data() {
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("16 values: insertion sort, stable")
            << QList<qint64>{2, 1, 1, 0, 0, 0, 0, 0, 0, 2, 1, 2, 1, 1, 2, 2}
            << QList<qint64>{3, 4, 5, 6, 7, 8, 1, 2, 10, 12, 13, 0, 9, 11, 14, 15};
        QTest::newRow("17 values: partitioned")
            << QList<qint64>{2, 1, 1, 0, 0, 0, 0, 0, 0, 2, 1, 2, 1, 1, 2, 2, 1}
            << QList<qint64>{8, 3, 4, 5, 6, 7, 13, 12, 10, 16, 2, 1, 15, 11, 14, 9, 0};
    }

    void numpyQuicksortTieOrder() {
        QFETCH(QList<qint64>, values);
        QFETCH(QList<qint64>, expected);
        std::vector<std::int64_t> v(values.begin(), values.end()), order(v.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = std::int64_t(i);
        numpyArgsortQuicksort(v.data(), order.data(), std::int64_t(v.size()));
        QCOMPARE(QList<qint64>(order.begin(), order.end()), expected);
    }

    // Against a sort: sorted by value, and every index once, for many sizes and tie levels.
    void numpyQuicksortSorts() {
        std::mt19937_64 engine(5);
        for (const int n : {0, 1, 2, 15, 16, 17, 100, 1000, 5000}) {
            for (const int distinct : {1, 3, n / 10 + 1, n + 1}) {
                std::vector<std::int64_t> v(static_cast<std::size_t>(n)),
                    order(static_cast<std::size_t>(n));
                for (auto& x : v)
                    x = std::int64_t(engine() % std::uint64_t(distinct));
                for (int i = 0; i < n; ++i)
                    order[std::size_t(i)] = i;
                numpyArgsortQuicksort(v.data(), order.data(), n);
                for (int i = 1; i < n; ++i)
                    QVERIFY(v[std::size_t(order[std::size_t(i - 1)])] <=
                            v[std::size_t(order[std::size_t(i)])]);
                std::vector<std::int64_t> seen(order);
                std::sort(seen.begin(), seen.end());
                for (int i = 0; i < n; ++i)
                    QCOMPARE(seen[std::size_t(i)], std::int64_t(i));
            }
        }
    }

    void numpyPermutationPrefixOf100() {
        const auto perm = NumpyRandomState(42).permutation(100);
        QCOMPARE(QList<int>(perm.begin(), perm.begin() + 8),
                 (QList<int>{83, 53, 70, 45, 44, 39, 22, 80}));
    }

    // (train, validation, test) sizes from scikit-learn 1.2.1's two train_test_split calls.
    void sizesFollowScikitLearn_data() {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("train");
        QTest::addColumn<int>("validation");
        QTest::addColumn<int>("test");
        const int table[][4] = {{4, 2, 1, 1},          {5, 3, 1, 1},      {7, 4, 1, 2},
                                {10, 7, 1, 2},         {20, 14, 3, 3},    {21, 14, 3, 4},
                                {23, 16, 3, 4},        {33, 23, 5, 5},    {50, 35, 7, 8},
                                {97, 67, 15, 15},      {100, 70, 15, 15}, {1000, 700, 150, 150},
                                {2314, 1619, 347, 348}};
        for (const auto& row : table)
            QTest::newRow(qPrintable(QString("n=%1").arg(row[0])))
                << row[0] << row[1] << row[2] << row[3];
    }

    void sizesFollowScikitLearn() {
        QFETCH(int, n);
        QFETCH(int, train);
        QFETCH(int, validation);
        QFETCH(int, test);
        const auto outer = sklearnSplitSizes(n, 0.30);
        const auto inner = sklearnSplitSizes(outer.test, 0.50);
        QCOMPARE(int(outer.train), train);
        QCOMPARE(int(inner.train), validation);
        QCOMPARE(int(inner.test), test);
        const auto p = prepared(usersWithCounts({n}));
        const auto s = splitPerUser(p, core::config::SplitConfig{});
        QCOMPARE(int(s.train.size()), train);
        QCOMPARE(int(s.validation.size()), validation);
        QCOMPARE(int(s.test.size()), test);
    }

    // The rows themselves match scikit-learn when timestamps are distinct: sklearn printed
    // train [0, 7, 2, 9, 4, 3, 6], val [5], test [8, 1] for range(10) and the n=23 lists below.
    void assignmentMatchesScikitLearn() {
        const auto p = prepared(usersWithCounts({10, 23}));
        const auto s = splitPerUser(p, core::config::SplitConfig{});
        QCOMPARE(positions(p, s.train, 1), (std::vector<int>{0, 7, 2, 9, 4, 3, 6}));
        QCOMPARE(positions(p, s.validation, 1), (std::vector<int>{5}));
        QCOMPARE(positions(p, s.test, 1), (std::vector<int>{8, 1}));
        QCOMPARE(positions(p, s.train, 2),
                 (std::vector<int>{13, 5, 2, 11, 20, 3, 4, 18, 16, 21, 22, 7, 10, 14, 19, 6}));
        QCOMPARE(positions(p, s.validation, 2), (std::vector<int>{17, 8, 1}));
        QCOMPARE(positions(p, s.test, 2), (std::vector<int>{15, 9, 12, 0}));
    }

    // pandas' groupby visits users in ascending UserID, whatever the file order.
    void usersInAscendingIdOrder() {
        auto d = usersWithCounts({6, 6});
        // Put user 2's ratings first in the file.
        RatingsTable swapped;
        for (int pass : {2, 1})
            for (std::size_t i = 0; i < d->ratings.size(); ++i)
                if (d->ratings.userId[i] == pass)
                    swapped.push(d->ratings.userId[i], d->ratings.movieId[i],
                                 d->ratings.halfStars[i], d->ratings.timestamp[i]);
        d->ratings = swapped;
        const auto p = prepared(d);
        const auto s = splitPerUser(p, core::config::SplitConfig{});
        QCOMPARE(p.userIds[std::size_t(p.userIndex[std::size_t(s.train.front())])], 1);
        QCOMPARE(p.userIds[std::size_t(p.userIndex[std::size_t(s.train.back())])], 2);
    }

    void tooFewRatingsStayInTrain() {
        const auto p = prepared(usersWithCounts({1, 2, 3, 4}));
        const auto s = splitPerUser(p, core::config::SplitConfig{});
        QCOMPARE(s.usersKeptInTrain, std::int64_t(3));
        QCOMPARE(s.train.size(), std::size_t(1 + 2 + 3 + 2));
        QCOMPARE(s.validation.size(), std::size_t(1));
        QCOMPARE(s.test.size(), std::size_t(1));
    }

    void deterministicAndSeeded() {
        const auto d =
            std::make_shared<MovieLensData>(generateSyntheticMovieLens(*syntheticPreset("tiny")));
        const auto p = prepareDataset(d, core::config::DataConfig{});
        const auto a = splitPerUser(p, core::config::SplitConfig{});
        const auto b = splitPerUser(p, core::config::SplitConfig{});
        QCOMPARE(a.train, b.train);
        QCOMPARE(a.test, b.test);
        core::config::SplitConfig other;
        other.seed = 43;
        const auto c = splitPerUser(p, other);
        QCOMPARE(c.train.size(), a.train.size());
        QCOMPARE(c.test.size(), a.test.size());
        QVERIFY(c.train != a.train);
        // Every row lands in exactly one part.
        std::vector<int> seen(p.size(), 0);
        for (const auto* part : {&a.train, &a.validation, &a.test})
            for (const auto r : *part)
                ++seen[std::size_t(r)];
        QVERIFY(std::all_of(seen.begin(), seen.end(), [](int x) { return x == 1; }));
    }

    // The three parts of each user hold what scikit-learn's sizes say, for every user.
    void everyUserSplitBySizeRule() {
        const auto d =
            std::make_shared<MovieLensData>(generateSyntheticMovieLens(*syntheticPreset("tiny")));
        const auto p = prepareDataset(d, core::config::DataConfig{});
        const auto s = splitPerUser(p, core::config::SplitConfig{});
        std::vector<std::array<int, 3>> perUser(std::size_t(p.numUsers()), {0, 0, 0});
        for (int part = 0; part < 3; ++part)
            for (const auto r : *std::array{&s.train, &s.validation, &s.test}[std::size_t(part)])
                ++perUser[std::size_t(p.userIndex[std::size_t(r)])][std::size_t(part)];
        for (const auto& c : perUser) {
            const int n = c[0] + c[1] + c[2];
            const auto outer = sklearnSplitSizes(n, 0.3);
            const auto inner = sklearnSplitSizes(outer.test, 0.5);
            QCOMPARE(c[0], int(outer.train));
            QCOMPARE(c[1], int(inner.train));
            QCOMPARE(c[2], int(inner.test));
        }
    }
};

QTEST_GUILESS_MAIN(TestPerUserSplit)
#include "tst_per_user_split.moc"
