#include <QtTest>

#include <cmath>

#include "sweep/pruner.h"

using namespace core::sweep;

namespace {

using Curve = std::vector<double>;
using Curves = std::vector<Curve>;

EarlyTermination median(int warmup, int minTrials) {
    EarlyTermination r;
    r.kind = TerminationKind::Median;
    r.warmupEpochs = warmup;
    r.minTrials = minTrials;
    return r;
}

EarlyTermination asha(int minEpochs, int eta) {
    EarlyTermination r;
    r.kind = TerminationKind::Asha;
    r.minEpochs = minEpochs;
    r.reductionFactor = eta;
    return r;
}

std::vector<LearningCurve> finished(const Curves& curves) {
    std::vector<LearningCurve> out;
    for (const auto& c : curves)
        out.push_back({c, true});
    return out;
}

// A table of learning curves like a sweep's: each trial's validation RMSE falls from its start
// towards its floor; the floor decides how good the trial is.
Curve learningCurve(double start, double floor, double rate, int epochs) {
    Curve c;
    for (int e = 1; e <= epochs; ++e)
        c.push_back(floor + (start - floor) * std::exp(-rate * e));
    return c;
}

}  // namespace

Q_DECLARE_METATYPE(Curve)
Q_DECLARE_METATYPE(Curves)

class TestPruner : public QObject {
    Q_OBJECT

private slots:
    void medianRule_data() {
        QTest::addColumn<int>("warmup");
        QTest::addColumn<int>("minTrials");
        QTest::addColumn<Curve>("curve");
        QTest::addColumn<Curves>("others");
        QTest::addColumn<QString>("reason");  // empty: goes on
        const Curves six{{1.0, 0.95, 0.90}, {1.0, 0.93, 0.91},  {1.0, 0.92, 0.92},
                         {1.0, 0.94, 0.93}, {1.0, 0.96, 0.905}, {1.0, 0.97, 0.89}};
        // Best so far at epoch 3 of the six: 0.90, 0.91, 0.92, 0.93, 0.905, 0.89 → median 0.9075.
        QTest::newRow("worse than the median")
            << 2 << 5 << Curve{1.1, 1.0, 0.95} << six
            << "median: val RMSE 0.9500 at epoch 3 worse than median 0.9075 of 6 trials";
        QTest::newRow("better than the median") << 2 << 5 << Curve{1.1, 1.0, 0.90} << six << "";
        QTest::newRow("best so far counts, not the last epoch")
            << 2 << 5 << Curve{1.1, 0.90, 0.95} << six << "";
        QTest::newRow("during warm-up") << 3 << 5 << Curve{1.1, 1.0, 0.95} << six << "";
        QTest::newRow("too few finished trials") << 2 << 7 << Curve{1.1, 1.0, 0.95} << six << "";
        // Others that ended sooner compare with their best over the epochs they trained.
        QTest::newRow("shorter curves use their best")
            << 1 << 3 << Curve{1.0, 0.95} << Curves{{0.90}, {0.91, 0.99}, {0.99, 0.92, 0.50}}
            << "median: val RMSE 0.9500 at epoch 2 worse than median 0.9100 of 3 trials";
    }
    void medianRule() {
        QFETCH(int, warmup);
        QFETCH(int, minTrials);
        QFETCH(Curve, curve);
        QFETCH(Curves, others);
        QFETCH(QString, reason);
        const auto d = decidePruning(median(warmup, minTrials), curve, finished(others));
        QCOMPARE(d.has_value(), !reason.isEmpty());
        if (d) {
            QCOMPARE(QString::fromStdString(d->reason), reason);
            QCOMPARE(d->epoch, int(curve.size()));
        }
    }

    // Pruned or stopped trainings do not count towards the median.
    void medianIgnoresUnfinished() {
        std::vector<LearningCurve> others{
            {{0.80, 0.80}, false}, {{0.80, 0.79}, false}, {{1.00, 0.99}, true}};
        QVERIFY(!decidePruning(median(0, 1), Curve{0.9, 0.9}, others));
        others.push_back({{0.85, 0.85}, true});
        // Finished: 0.99 and 0.85 → median 0.92; 0.9 is better.
        QVERIFY(!decidePruning(median(0, 1), Curve{0.9, 0.9}, others));
        QVERIFY(decidePruning(median(0, 1), Curve{0.95, 0.93}, others));
    }

    void ashaRungs_data() {
        QTest::addColumn<int>("minEpochs");
        QTest::addColumn<int>("eta");
        QTest::addColumn<int>("maxEpochs");
        QTest::addColumn<QList<int>>("rungs");
        QTest::newRow("1, η 3") << 1 << 3 << 30 << QList<int>{1, 3, 9, 27};
        QTest::newRow("2, η 2") << 2 << 2 << 20 << QList<int>{2, 4, 8, 16};
        QTest::newRow("none reached") << 5 << 3 << 4 << QList<int>{};
    }
    void ashaRungs() {
        QFETCH(int, minEpochs);
        QFETCH(int, eta);
        QFETCH(int, maxEpochs);
        QFETCH(QList<int>, rungs);
        const auto got = core::sweep::ashaRungs(asha(minEpochs, eta), maxEpochs);
        QCOMPARE(QList<int>(got.begin(), got.end()), rungs);
    }

    void ashaRule_data() {
        QTest::addColumn<Curve>("curve");
        QTest::addColumn<Curves>("others");
        QTest::addColumn<QString>("reason");
        // Rungs at 1, 3, 9 (min 1, η 3).
        QTest::newRow("first trial goes on") << Curve{0.99} << Curves{} << "";
        QTest::newRow("between rungs: no decision")
            << Curve{0.99, 0.98} << Curves{{0.5, 0.5}} << "";
        // Fewer than η at the rung: only the best goes on (Optuna's rule).
        QTest::newRow("second, worse, is pruned")
            << Curve{0.99} << Curves{{0.95, 0.9, 0.9}}
            << "asha: val RMSE 0.9900 at epoch 1 (rung 0) not in the top 1 of 2 trials (cut-off "
               "0.9500)";
        QTest::newRow("second, better, goes on") << Curve{0.94} << Curves{{0.95}} << "";
        // Seven at rung 1 (epoch 3): the top ⌊7/3⌋ = 2 go on.
        const Curves six{{1, 1, 0.80}, {1, 1, 0.85}, {1, 1, 0.90},
                         {1, 1, 0.95}, {1, 1, 1.00}, {1, 1, 1.05}};
        QTest::newRow("second best of seven") << Curve{1, 1, 0.82} << six << "";
        QTest::newRow("third best of seven")
            << Curve{1, 1, 0.87} << six
            << "asha: val RMSE 0.8700 at epoch 3 (rung 1) not in the top 2 of 7 trials (cut-off "
               "0.8500)";
        // Trainings that never reached the rung do not compete.
        QTest::newRow("short curves do not compete")
            << Curve{1, 1, 0.87} << Curves{{0.5}, {0.5, 0.5}, {1, 1, 0.95}} << "";
    }
    void ashaRule() {
        QFETCH(Curve, curve);
        QFETCH(Curves, others);
        QFETCH(QString, reason);
        const auto d = decidePruning(asha(1, 3), curve, finished(others));
        QCOMPARE(d.has_value(), !reason.isEmpty());
        if (d)
            QCOMPARE(QString::fromStdString(d->reason), reason);
    }

    // A sweep of 24 trainings seen one after the other, each compared with those before it:
    // both rules stop mostly bad trials, never the best one, and save epochs.
    void syntheticSweep_data() {
        QTest::addColumn<int>("kind");
        QTest::newRow("median") << int(TerminationKind::Median);
        QTest::newRow("asha") << int(TerminationKind::Asha);
    }
    void syntheticSweep() {
        QFETCH(int, kind);
        const auto rule = kind == int(TerminationKind::Median) ? median(2, 4) : asha(1, 3);
        const int epochs = 20;
        Curves table;
        std::vector<double> floors;
        for (int i = 0; i < 24; ++i) {
            // Floors 0.85 … 1.08 in a scrambled order; start and speed vary.
            const double floor = 0.85 + 0.01 * double((i * 7) % 24);
            floors.push_back(floor);
            table.push_back(
                learningCurve(1.3 + 0.01 * (i % 5), floor, 0.3 + 0.05 * (i % 3), epochs));
        }
        const auto best =
            std::size_t(std::min_element(floors.begin(), floors.end()) - floors.begin());
        std::vector<LearningCurve> seen;
        int pruned = 0, epochsTrained = 0;
        double prunedFloors = 0, keptFloors = 0;
        for (std::size_t i = 0; i < table.size(); ++i) {
            Curve curve;
            bool stopped = false;
            for (int e = 0; e < epochs && !stopped; ++e) {
                curve.push_back(table[i][std::size_t(e)]);
                stopped = decidePruning(rule, curve, seen).has_value();
            }
            epochsTrained += int(curve.size());
            QVERIFY2(!(stopped && i == best), "the best trial was pruned");
            (stopped ? prunedFloors : keptFloors) += floors[i];
            pruned += stopped;
            seen.push_back({curve, !stopped});
        }
        QVERIFY2(pruned >= 6, qPrintable(QString::number(pruned)));
        QVERIFY(epochsTrained < int(table.size()) * epochs * 3 / 4);
        // The pruned ones are worse on average than the ones that went on.
        QVERIFY(prunedFloors / pruned > keptFloors / double(int(table.size()) - pruned));
    }
};

QTEST_GUILESS_MAIN(TestPruner)
#include "tst_pruner.moc"
