#include <QtTest>

#include <cmath>

#include "models/parameter_importance.h"
#include "models/sweep_plot_data.h"
#include "widget_test_main.h"

using namespace ui::models;
using core::sweep::TrainingState;

namespace {

// n completed trials; parameter 0 is a list of three values (trial i takes value i % 3),
// parameter 1 a linear range with no effect on the objective.
SweepPlotData threeGroups(int n, double effect) {
    SweepPlotData data;
    SweepAxis list;
    list.key = "model.kind";
    list.kind = SweepAxis::Kind::Categorical;
    list.categories = {"a", "b", "c"};
    list.high = 2;
    SweepAxis range;
    range.key = "model.dropout";
    range.low = 0;
    range.high = 1;
    data.parameters = {list, range};
    for (int i = 0; i < n; ++i) {
        SweepPoint p;
        p.trial = i + 1;
        p.state = TrainingState::Completed;
        // An alternating pattern over the range's sorted order: no trend in any of its bins.
        p.values = {double(i % 3), double((i * 7) % n) / n};
        p.objective = effect * (i % 3) + ((i * 7 / 3) % 2 ? 0.01 : -0.01);
        data.points.push_back(p);
    }
    return data;
}

}  // namespace

class TestParameterImportance : public QObject {
    Q_OBJECT

private slots:
    // ε² and η² of a hand-computed one-way ANOVA: y = 1 … 12 in three groups of four.
    // Grand mean 6.5, SS_total = 143, group means 2.5, 6.5, 10.5, SS_between = 4·(16+0+16) =
    // 128, MS_within = (143 − 128)/(12 − 3) = 5/3; ε² = (128 − 2·5/3)/143, η² = 128/143.
    void handComputedAnova() {
        const std::vector<double> y{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        const std::vector<int> g{0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2};
        const auto [epsilon, eta] = epsilonEtaSquared(y, g);
        QVERIFY(std::abs(eta - 128.0 / 143.0) < 1e-12);
        QVERIFY(std::abs(epsilon - (128.0 - 2.0 * 5.0 / 3.0) / 143.0) < 1e-12);
        // No spread: nothing to explain.
        const auto flat = epsilonEtaSquared(std::vector<double>(12, 3.0), g);
        QCOMPARE(flat.first, 0.0);
        QCOMPARE(flat.second, 0.0);
        // Groups that explain less than chance: ε² is clamped at 0, η² stays positive.
        const std::vector<double> noise{1, 2, 1, 2, 2, 1, 2, 1, 1, 2, 2, 1};
        const auto none = epsilonEtaSquared(noise, g);
        QCOMPARE(none.first, 0.0);
        QVERIFY(none.second >= 0);
    }

    // Equal-count bins over the sorted values; ties never straddle a boundary.
    void equalCountBinsKeepTies() {
        const std::vector<double> values{5, 1, 3, 3, 3, 2, 9, 8};
        const auto groups = equalCountBins(values, 2);
        // Sorted: 1 2 3 3 3 | 5 8 9 (the third 3 would start bin 1, but stays with its ties).
        const std::vector<int> expected{1, 0, 0, 0, 0, 0, 1, 1};
        QCOMPARE(groups, expected);
        QCOMPARE(equalCountBins({4, 3, 2, 1}, 4), (std::vector<int>{3, 2, 1, 0}));
        QCOMPARE(equalCountBins({7, 7, 7}, 3), (std::vector<int>{0, 0, 0}));
    }

    // The listed parameter drives the objective, the range does not: the first gets nearly
    // all the variance, the second next to nothing.
    void findsTheParameterThatMatters() {
        const auto result = parameterImportance(threeGroups(15, 1.0));
        QVERIFY(result.enough);
        QCOMPARE(result.trials, 15);
        QCOMPARE(int(result.parameters.size()), 2);
        QCOMPARE(result.parameters[0].key, QString("model.kind"));
        QCOMPARE(result.parameters[0].groups, 3);
        QVERIFY2(result.parameters[0].share > 0.99,
                 qPrintable(QString::number(result.parameters[0].share)));
        QCOMPARE(result.parameters[1].groups, 3);  // 15 trials: three bins of five
        QVERIFY2(result.parameters[1].share < 0.05,
                 qPrintable(QString::number(result.parameters[1].share)));
    }

    // Under the threshold nothing is claimed; pruned and running trials do not count.
    void tooFewTrials() {
        auto data = threeGroups(kMinImportanceTrials - 1, 1.0);
        auto pruned = data.points.front();
        pruned.trial = 100;
        pruned.state = TrainingState::Pruned;
        data.points.push_back(pruned);
        const auto result = parameterImportance(data);
        QVERIFY(!result.enough);
        QCOMPARE(result.trials, kMinImportanceTrials - 1);
        QVERIFY(result.parameters.empty());
        QVERIFY(parameterImportance(threeGroups(kMinImportanceTrials, 1.0)).enough);
    }

    // Best so far follows the direction.
    void bestSoFar() {
        SweepPlotData data;
        const double objectives[] = {3, 1, 2, 0.5};
        for (int i = 0; i < 4; ++i) {
            SweepPoint p;
            p.trial = i + 1;
            p.state = TrainingState::Completed;
            p.objective = objectives[i];
            data.points.push_back(p);
        }
        using Steps = std::vector<std::pair<int, double>>;
        QCOMPARE(data.bestSoFar(), (Steps{{1, 3}, {2, 1}, {3, 1}, {4, 0.5}}));
        data.direction = core::sweep::Direction::Maximize;
        QCOMPARE(data.bestSoFar(), (Steps{{1, 3}, {2, 3}, {3, 3}, {4, 3}}));
    }

    // Axis positions: log ranges in log(value), categories spread evenly.
    void axisPositions() {
        SweepAxis log;
        log.kind = SweepAxis::Kind::Log;
        log.low = 1e-4;
        log.high = 1e-2;
        QVERIFY(std::abs(axisPosition(log, 1e-3) - 0.5) < 1e-12);
        QVERIFY(std::abs(axisValue(log, 0.5) - 1e-3) < 1e-15);
        SweepAxis list;
        list.kind = SweepAxis::Kind::Categorical;
        list.categories = {"a", "b", "c"};
        QCOMPARE(axisPosition(list, 1), 0.5);
        QCOMPARE(axisValue(list, 0.9), 2.0);
        list.categories = {"only"};
        QCOMPARE(axisPosition(list, 0), 0.5);
    }
};

RW_UI_TEST_MAIN(TestParameterImportance)
#include "tst_parameter_importance.moc"
