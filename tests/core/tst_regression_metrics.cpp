#include <QtTest>

#include "metrics/regression_metrics.h"

using core::metrics::regressionMetrics;

class TestRegressionMetrics : public QObject {
    Q_OBJECT

private slots:
    // Hand-computed: truth [0.2, 0.4, 0.6, 0.8, 1.0], prediction [0.3, 0.4, 0.5, 0.9, 0.8].
    // errors −0.1, 0, 0.1, −0.1, 0.2 → MSE = 0.07/5 = 0.014, MAE = 0.5/5 = 0.1,
    // mean 0.6, SS_tot = 0.16+0.04+0+0.04+0.16 = 0.4, R² = 1 − 0.07/0.4 = 0.825.
    void handComputed() {
        const std::vector<float> truth{0.2f, 0.4f, 0.6f, 0.8f, 1.0f};
        const std::vector<float> predicted{0.3f, 0.4f, 0.5f, 0.9f, 0.8f};
        const auto m = regressionMetrics(truth, predicted);
        QCOMPARE(m.count, std::int64_t(5));
        QVERIFY(std::abs(m.rmse - std::sqrt(0.014)) < 1e-6);
        QVERIFY(std::abs(m.mae - 0.1) < 1e-6);
        QVERIFY(std::abs(m.r2 - 0.825) < 1e-6);
        QVERIFY(std::abs(m.rmseStars() - 5 * std::sqrt(0.014)) < 1e-6);
        QVERIFY(std::abs(m.maeStars() - 0.5) < 1e-6);
    }

    void perfectAndMeanPredictors() {
        const std::vector<float> truth{0.2f, 0.6f, 1.0f};
        const auto perfect = regressionMetrics(truth, truth);
        QCOMPARE(perfect.rmse, 0.0);
        QCOMPARE(perfect.r2, 1.0);
        const std::vector<float> mean(3, 0.6f);
        const auto m = regressionMetrics(truth, mean);
        QVERIFY(std::abs(m.r2) < 1e-6);
    }

    void constantTruth() {
        const std::vector<float> truth(4, 0.8f);
        QCOMPARE(regressionMetrics(truth, truth).r2, 1.0);
        QCOMPARE(regressionMetrics(truth, std::vector<float>(4, 0.6f)).r2, 0.0);
        QCOMPARE(regressionMetrics({}, {}).count, std::int64_t(0));
    }
};

QTEST_GUILESS_MAIN(TestRegressionMetrics)
#include "tst_regression_metrics.moc"
