#include <QtTest>

#include "metrics/ranking_metrics.h"

using namespace core::metrics;

namespace {
bool near(double a, double b) {
    return std::abs(a - b) < 1e-9;
}
}  // namespace

class TestRankingMetrics : public QObject {
    Q_OBJECT

private slots:
    // Binary relevances in ranked order [1, 0, 1]:
    // DCG = 1/log2(2) + 0 + 1/log2(4) = 1.5.
    void dcg() { QVERIFY(near(dcgAtK(std::vector<int>{1, 0, 1}, 10), 1.5)); }

    // The notebook's ideal ranking is the sorted top-k slice [1, 1, 0]:
    // IDCG = 1 + 1/log2(3) = 1.6309297535714575 → NDCG = 1.5/1.6309… = 0.919720…
    void notebookNdcgSortsTheTopK() {
        const std::vector<int> ranked{1, 0, 1};
        QVERIFY(near(ndcgNotebook(ranked, 10), 1.5 / (1.0 + 1.0 / std::log2(3.0))));
        QVERIFY(near(ndcgCorrect(ranked, 10), 1.5 / (1.0 + 1.0 / std::log2(3.0))));
    }

    // The quirk: with k = 2, ranked [0, 1, 1]: the top-2 slice [0, 1] sorts to [1, 0],
    // IDCG = 1, DCG = 1/log2(3) = 0.6309. The correct ideal uses both relevant items:
    // IDCG = 1 + 0.6309 = 1.6309, NDCG = 0.3869.
    void notebookQuirkDiffersFromCorrect() {
        const std::vector<int> ranked{0, 1, 1};
        QVERIFY(near(ndcgNotebook(ranked, 2), 1.0 / std::log2(3.0)));
        QVERIFY(
            near(ndcgCorrect(ranked, 2), (1.0 / std::log2(3.0)) / (1.0 + 1.0 / std::log2(3.0))));
        // A relevant item ranked below k makes the notebook's NDCG 1 while the correct is < 1.
        const std::vector<int> missed{1, 0, 1};
        QVERIFY(near(ndcgNotebook(missed, 1), 1.0));
        QVERIFY(near(ndcgCorrect(missed, 1), 1.0));
        const std::vector<int> below{1, 0, 0, 1};
        QVERIFY(near(ndcgNotebook(below, 2), 1.0));
        QVERIFY(near(ndcgCorrect(below, 2), 1.0 / (1.0 + 1.0 / std::log2(3.0))));
    }

    void noRelevantItemScoresZero() {
        QCOMPARE(ndcgNotebook(std::vector<int>{0, 0}, 10), 0.0);
        QCOMPARE(ndcgCorrect(std::vector<int>{0, 0}, 10), 0.0);
        QCOMPARE(ndcgNotebook(std::vector<int>{}, 10), 0.0);
    }

    // Two users, k = 2, threshold 0.8 (4 stars).
    // User 0: truths [1.0, 0.6, 0.8], predictions [0.5, 0.9, 0.7] → ranking by prediction:
    //   items 1 (0.6, not relevant), 2 (0.8, relevant), 0 (1.0, relevant) → rel [0, 1, 1].
    //   precision = 1/2; notebook NDCG = (1/log2 3) / 1 = 0.6309; correct = 0.6309/1.6309.
    // User 1: truths [0.4], prediction [0.9] → rel [0]; precision 0 (divided by k = 2);
    //   both NDCG 0.
    void perUserAndMean() {
        const std::vector<std::int32_t> users{0, 1, 0, 0};
        const std::vector<float> truth{1.0f, 0.4f, 0.6f, 0.8f};
        const std::vector<float> predicted{0.5f, 0.9f, 0.9f, 0.7f};
        const auto m = rankingMetrics(users, truth, predicted, 2, 0.8);
        QCOMPARE(m.users, std::int64_t(2));
        QCOMPARE(m.perUser.size(), std::size_t(2));
        QCOMPARE(m.perUser[0].testItems, 3);
        QCOMPARE(m.perUser[0].relevantItems, 2);
        QVERIFY(near(m.perUser[0].precision, 0.5));
        const double g = 1.0 / std::log2(3.0);
        QVERIFY(near(m.perUser[0].ndcgNotebook, g));
        QVERIFY(near(m.perUser[0].ndcg, g / (1.0 + g)));
        QVERIFY(near(m.perUser[1].precision, 0.0));
        QVERIFY(near(m.precision, 0.25));
        QVERIFY(near(m.ndcgNotebook, g / 2));
        QVERIFY(near(m.ndcg, g / (1.0 + g) / 2));
    }

    // Precision divides by k even when a user has fewer than k test items (as the notebook).
    void precisionDividesByK() {
        const std::vector<std::int32_t> users{0, 0, 0};
        const std::vector<float> truth{1.0f, 1.0f, 1.0f};
        const std::vector<float> predicted{0.1f, 0.2f, 0.3f};
        const auto m = rankingMetrics(users, truth, predicted, 10, 0.8);
        QVERIFY(near(m.precision, 0.3));
        QVERIFY(near(m.ndcgNotebook, 1.0));
        QVERIFY(near(m.ndcg, 1.0));
    }

    void rankingIsStableForTies() {
        const std::vector<float> scores{0.5f, 0.9f, 0.5f, 0.1f};
        QCOMPARE(rankByScore(scores), (std::vector<std::int32_t>{1, 0, 2, 3}));
    }
};

QTEST_GUILESS_MAIN(TestRankingMetrics)
#include "tst_ranking_metrics.moc"
