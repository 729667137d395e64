// The result plots with whole-star (MovieLens 1M) and half-star (10M, 20M, 25M) ratings, and
// with more points than a scatter can show: a density plot then, whose cells count exactly the
// ratings that fall in them.

#include <qcustomplot.h>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <vector>

#include "charts/chart_export.h"
#include "charts/result_plots.h"
#include "image_checks.h"
#include "widget_test_main.h"

using namespace ui;
using charts::PredictionScatterPlot;

namespace {

struct Ratings {
    std::vector<float> actual, predicted;
};

// The rating values of a release: 1…5 stars, or ½…5 in half stars.
std::vector<float> starValues(bool halfStars) {
    std::vector<float> values;
    for (int k = halfStars ? 1 : 2; k <= 10; k += halfStars ? 1 : 2)
        values.push_back(float(k) / 2);
    return values;
}

// For each value s, predictions s − 0.4, s − 0.2, s, s + 0.2, s + 0.4 repeated `copies` times:
// median s, quartiles s ∓ 0.2, whiskers s ∓ 0.4, mean s.
Ratings fivePerValue(bool halfStars, int copies) {
    Ratings r;
    for (const float s : starValues(halfStars))
        for (int c = 0; c < copies; ++c)
            for (const float d : {-0.4f, -0.2f, 0.0f, 0.2f, 0.4f}) {
                r.actual.push_back(s);
                r.predicted.push_back(s + d);
            }
    return r;
}

// Above the density threshold: for each value s, 40,000 predictions at s + 0.01 and 5,000 at
// s − 0.31 (both well inside a cell of 1/40 star, away from its edges).
constexpr int kNear = 40000, kLow = 5000;
Ratings twoCellsPerValue(bool halfStars) {
    Ratings r;
    for (const float s : starValues(halfStars)) {
        r.actual.insert(r.actual.end(), kNear + kLow, s);
        r.predicted.insert(r.predicted.end(), kNear, s + 0.01f);
        r.predicted.insert(r.predicted.end(), kLow, s - 0.31f);
    }
    return r;
}

QCPColorMap* colorMap(QCustomPlot* plot) {
    for (int i = 0; i < plot->plottableCount(); ++i)
        if (auto* map = qobject_cast<QCPColorMap*>(plot->plottable(i)))
            return map;
    return nullptr;
}

QCPColorScale* colorScale(QCustomPlot* plot) {
    for (QCPLayoutElement* element : plot->plotLayout()->elements(false))
        if (auto* scale = qobject_cast<QCPColorScale*>(element))
            return scale;
    return nullptr;
}

QCPStatisticalBox* boxes(QCustomPlot* plot) {
    for (int i = 0; i < plot->plottableCount(); ++i)
        if (auto* b = qobject_cast<QCPStatisticalBox*>(plot->plottable(i)))
            return b;
    return nullptr;
}

// The graph with the most points (the scatter, when there is one).
QCPGraph* largestGraph(QCustomPlot* plot) {
    QCPGraph* largest = nullptr;
    for (int i = 0; i < plot->graphCount(); ++i)
        if (!largest || plot->graph(i)->dataCount() > largest->dataCount())
            largest = plot->graph(i);
    return largest;
}

double cellSum(QCPColorMap* map) {
    double sum = 0;
    for (int k = 0; k < map->data()->keySize(); ++k)
        for (int v = 0; v < map->data()->valueSize(); ++v)
            if (const double z = map->data()->cell(k, v); !std::isnan(z))
                sum += z;
    return sum;
}

double cellAt(QCPColorMap* map, double key, double value) {
    int k = -1, v = -1;
    map->data()->coordToCell(key, value, &k, &v);
    return map->data()->cell(k, v);
}

// The box plot as the plot drew it before half stars (sorted per whole star): a reference
// for the partial sorting that replaced it.
struct Box {
    double key, low, q1, median, q3, high, mean;
};
std::vector<Box> sortedBoxes(const Ratings& r) {
    std::vector<Box> result;
    for (int star = 1; star <= 5; ++star) {
        std::vector<double> v;
        for (std::size_t i = 0; i < r.actual.size(); ++i)
            if (std::lround(r.actual[i]) == star)
                v.push_back(r.predicted[i]);
        if (v.empty())
            continue;
        std::sort(v.begin(), v.end());
        const auto q = [&](double f) {
            return v[std::min(v.size() - 1, std::size_t(f * double(v.size() - 1) + 0.5))];
        };
        const double q1 = q(0.25), q3 = q(0.75), iqr = q3 - q1;
        const double low = *std::lower_bound(v.begin(), v.end(), q1 - 1.5 * iqr);
        const double high = *(std::upper_bound(v.begin(), v.end(), q3 + 1.5 * iqr) - 1);
        result.push_back({double(star), low, q1, q(0.5), q3, high,
                          std::accumulate(v.begin(), v.end(), 0.0) / double(v.size())});
    }
    return result;
}

}  // namespace

class TestResultPlots : public QObject {
    Q_OBJECT

private slots:
    // One box per rating value present, at that value: five for whole stars (as before), ten
    // for half stars, half as wide; axes from 0 where ½ star is a rating.
    void boxPerValue_data() {
        QTest::addColumn<bool>("halfStars");
        QTest::addColumn<int>("boxCount");
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("axisLower");
        QTest::newRow("whole stars (1M)") << false << 5 << 0.5 << 0.4;
        QTest::newRow("half stars (25M)") << true << 10 << 0.25 << 0.0;
    }
    void boxPerValue() {
        QFETCH(bool, halfStars);
        QFETCH(int, boxCount);
        QFETCH(double, width);
        QFETCH(double, axisLower);
        const Ratings r = fivePerValue(halfStars, 3);
        PredictionScatterPlot plot;
        plot.setData(r.actual, r.predicted);
        plot.setView(PredictionScatterPlot::View::Box);
        QCPStatisticalBox* b = boxes(&plot);
        QVERIFY(b);
        QCOMPARE(b->dataCount(), boxCount);
        QCOMPARE(b->width(), width);
        const std::vector<float> values = starValues(halfStars);
        for (int i = 0; i < boxCount; ++i) {
            const auto box = b->data()->at(i);
            const double s = values[std::size_t(i)];
            QCOMPARE(box->key, s);
            QCOMPARE(box->median, double(float(s)));
            QVERIFY(std::abs(box->lowerQuartile - (s - 0.2)) < 1e-6);
            QVERIFY(std::abs(box->upperQuartile - (s + 0.2)) < 1e-6);
            QVERIFY(std::abs(box->minimum - (s - 0.4)) < 1e-6);
            QVERIFY(std::abs(box->maximum - (s + 0.4)) < 1e-6);
        }
        // The means, one per box at the same keys.
        const QCPGraph* means = plot.graph(0);
        QCOMPARE(means->dataCount(), boxCount);
        for (int i = 0; i < boxCount; ++i) {
            QCOMPARE(means->data()->at(i)->key, double(values[std::size_t(i)]));
            QVERIFY(std::abs(means->data()->at(i)->value - values[std::size_t(i)]) < 1e-6);
        }
        QCOMPARE(plot.starRange(), QCPRange(axisLower, 5.6));
        QCOMPARE(plot.xAxis->range(), QCPRange(axisLower, 5.6));
        QCOMPARE(plot.yAxis->range(), QCPRange(axisLower, 5.6));
    }

    // Whole stars with skewed, noisy predictions: the boxes and means are those the plot drew
    // before (a sort per star), now found by partial sorting.
    void wholeStarBoxesAsBefore() {
        std::mt19937 random(12);
        std::normal_distribution<float> noise(0.0f, 0.9f);
        std::discrete_distribution<int> stars({6, 11, 27, 35, 21});
        Ratings r;
        for (int i = 0; i < 20000; ++i) {
            const float actual = float(stars(random) + 1);
            r.actual.push_back(actual);
            r.predicted.push_back(actual + noise(random) * (actual > 3 ? 0.5f : 1.0f));
        }
        PredictionScatterPlot plot;
        plot.setData(r.actual, r.predicted);
        plot.setView(PredictionScatterPlot::View::Box);
        const std::vector<Box> expected = sortedBoxes(r);
        QCPStatisticalBox* b = boxes(&plot);
        QVERIFY(b);
        QCOMPARE(b->dataCount(), int(expected.size()));
        QCOMPARE(b->width(), 0.5);
        for (int i = 0; i < b->dataCount(); ++i) {
            const auto box = b->data()->at(i);
            const Box& e = expected[std::size_t(i)];
            QCOMPARE(box->key, e.key);
            QCOMPARE(box->minimum, e.low);
            QCOMPARE(box->lowerQuartile, e.q1);
            QCOMPARE(box->median, e.median);
            QCOMPARE(box->upperQuartile, e.q3);
            QCOMPARE(box->maximum, e.high);
            QVERIFY(std::abs(plot.graph(0)->data()->at(i)->value - e.mean) < 1e-9);
        }
    }

    // Below the threshold: the points, jittered around their value by at most 0.3 of the
    // spacing between values; no colour map, no colour scale.
    void pointsBelowTheThreshold_data() {
        QTest::addColumn<bool>("halfStars");
        QTest::addColumn<double>("halfWidth");
        QTest::newRow("whole stars") << false << 0.3;
        QTest::newRow("half stars") << true << 0.15;
    }
    void pointsBelowTheThreshold() {
        QFETCH(bool, halfStars);
        QFETCH(double, halfWidth);
        const Ratings r = fivePerValue(halfStars, 200);
        PredictionScatterPlot plot;
        plot.setData(r.actual, r.predicted);
        QCOMPARE(plot.pointCount(), int(r.actual.size()));
        QVERIFY(!colorMap(&plot));
        QVERIFY(!colorScale(&plot));
        QCPGraph* points = largestGraph(&plot);
        QCOMPARE(points->dataCount(), int(r.actual.size()));
        // Keys sorted by QCPGraph: each value's points lie in [s − halfWidth, s + halfWidth],
        // and spread over most of it.
        for (const float s : starValues(halfStars)) {
            int inside = 0;
            double lo = 10, hi = -10;
            for (auto it = points->data()->constBegin(); it != points->data()->constEnd(); ++it)
                if (std::abs(it->key - s) <= halfWidth + 1e-9) {
                    ++inside;
                    lo = std::min(lo, it->key - s);
                    hi = std::max(hi, it->key - s);
                }
            QCOMPARE(inside, 1000);
            QVERIFY2(hi - lo > 1.8 * halfWidth, qPrintable(QString::number(hi - lo)));
        }
    }

    // Above the threshold: a colour map with one column per value; its cells count the
    // ratings (all of them, and the known ones in known cells); between values, nothing.
    void densityAboveTheThreshold_data() {
        QTest::addColumn<bool>("halfStars");
        QTest::addColumn<int>("columns");
        QTest::newRow("whole stars") << false << 11;  // 5 values, 4 gaps, 2 margins
        QTest::newRow("half stars") << true << 21;    // 10 values, 9 gaps, 2 margins
    }
    void densityAboveTheThreshold() {
        QFETCH(bool, halfStars);
        QFETCH(int, columns);
        const Ratings r = twoCellsPerValue(halfStars);
        QVERIFY(r.actual.size() > charts::kDensityThreshold);
        PredictionScatterPlot plot;
        plot.resize(900, 600);
        plot.setData(r.actual, r.predicted);
        QCOMPARE(plot.pointCount(), int(r.actual.size()));
        QCPColorMap* map = colorMap(&plot);
        QVERIFY(map);
        QCOMPARE(map->data()->keySize(), columns);
        QCOMPARE(cellSum(map), double(r.actual.size()));
        for (const float s : starValues(halfStars)) {
            QCOMPARE(cellAt(map, s, s + 0.01), double(kNear));
            QCOMPARE(cellAt(map, s, s - 0.31), double(kLow));
            QVERIFY(std::isnan(cellAt(map, s, s - 0.1)));
            QVERIFY(std::isnan(cellAt(map, s + (halfStars ? 0.25 : 0.5), s + 0.01)));
        }
        // No point graph: only the reference line, still in the legend.
        QCOMPARE(largestGraph(&plot)->dataCount(), 2);
        QCOMPARE(plot.legend->itemCount(), 1);
        QCPColorScale* scale = colorScale(&plot);
        QVERIFY(scale);
        QCOMPARE(scale->label(), QStringLiteral("ratings per cell"));
        QCOMPARE(scale->dataScaleType(), QCPAxis::stLogarithmic);
        QCOMPARE(scale->dataRange().upper, double(kNear));

        // The box view needs no colour scale; back to the jitter view, the same cells.
        plot.setView(PredictionScatterPlot::View::Box);
        QVERIFY(!colorMap(&plot));
        QVERIFY(!colorScale(&plot));
        QCOMPARE(boxes(&plot)->dataCount(), int(starValues(halfStars).size()));
        plot.setView(PredictionScatterPlot::View::Jitter);
        QVERIFY(colorMap(&plot));
        QCOMPARE(cellSum(colorMap(&plot)), double(r.actual.size()));
        QCOMPARE(plot.plotLayout()->columnCount(), 2);

        // Fewer points again: the scatter, and the layout as it was.
        const Ratings few = fivePerValue(halfStars, 10);
        plot.setData(few.actual, few.predicted);
        QVERIFY(!colorMap(&plot));
        QVERIFY(!colorScale(&plot));
        QCOMPARE(plot.plotLayout()->columnCount(), 1);
        QCOMPARE(largestGraph(&plot)->dataCount(), int(few.actual.size()));
    }

    // The threshold is a count of points: at it, points; one more, cells.
    void thresholdIsExclusive() {
        PredictionScatterPlot plot;
        plot.setDensityThreshold(100);
        const Ratings r = fivePerValue(true, 2);  // 100 ratings
        plot.setData(r.actual, r.predicted);
        QVERIFY(!colorMap(&plot));
        Ratings more = r;
        more.actual.push_back(3);
        more.predicted.push_back(3);
        plot.setData(more.actual, more.predicted);
        QVERIFY(colorMap(&plot));
        QCOMPARE(cellSum(colorMap(&plot)), 101.0);
    }

    // Residuals: points below the threshold, cells above (summing to the ratings, a known
    // cell's count), the zero line and its legend entry either way.
    void residualDensity() {
        charts::ResidualPlot plot;
        plot.resize(900, 600);
        std::vector<float> predicted, residual;
        for (int i = 0; i < 1000; ++i) {
            predicted.push_back(1 + float(i % 400) / 100);
            residual.push_back(float(i % 7) / 4 - 0.76f);
        }
        plot.setData(predicted, residual);
        QVERIFY(!colorMap(&plot));
        QCOMPARE(largestGraph(&plot)->dataCount(), 1000);

        // 240,000 ratings: 200,000 at (3.53, 0.53), the others four times each on a grid of
        // 100 × 100 points 1/20 star apart (every other cell; none in that of the 200,000).
        predicted.assign(200000, 3.53f);
        residual.assign(200000, 0.53f);
        for (int i = 0; i < 40000; ++i) {
            predicted.push_back(1.003f + float(i % 100) * 0.05f);
            residual.push_back(-2.497f + float(i % 10000 / 100) * 0.05f);
        }
        plot.setData(predicted, residual);
        QCPColorMap* map = colorMap(&plot);
        QVERIFY(map);
        QCOMPARE(cellSum(map), 240000.0);
        QCOMPARE(cellAt(map, 3.53, 0.53), 200000.0);
        QCOMPARE(cellAt(map, 1.003, -2.497), 4.0);
        QCOMPARE(cellAt(map, 5.953, 2.453), 4.0);
        QVERIFY(std::isnan(cellAt(map, 1.028, -2.497)));
        QVERIFY(colorScale(&plot));
        QCOMPARE(plot.legend->itemCount(), 1);
        QCOMPARE(plot.graph(plot.graphCount() - 1)->name(), QStringLiteral("no error"));
        QCOMPARE(plot.graph(plot.graphCount() - 1)->data()->at(0)->value, 0.0);
        // The axes show all the cells.
        QVERIFY(plot.xAxis->range().lower <= 1.003 && plot.xAxis->range().upper >= 5.953);
        QVERIFY(plot.yAxis->range().lower <= -2.497 && plot.yAxis->range().upper >= 2.453);
    }

    // A density plot exports: the image has its cells, and the CSV has the cells (not the
    // ratings) with their counts, which add up to the ratings.
    void densityExports() {
        const Ratings r = twoCellsPerValue(true);
        PredictionScatterPlot plot;
        plot.resize(900, 600);
        plot.setData(r.actual, r.predicted);

        const QStringList lines = charts::chartDataCsv(&plot).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("series,x,y,label"));
        double sum = 0;
        int cells = 0;
        bool knownCell = false;
        for (const QString& line : lines.mid(1)) {
            const QStringList f = line.split(',');
            QCOMPARE(f.size(), 4);
            if (f[0] != QLatin1String("ratings per cell"))
                continue;
            ++cells;
            sum += f[3].toDouble();
            if (f[1] == QLatin1String("3.5") && std::abs(f[2].toDouble() - 3.51) < 0.0125)
                knownCell = f[3] == QString::number(kNear);
        }
        QCOMPARE(cells, 20);  // two cells per value
        QCOMPARE(sum, double(r.actual.size()));
        QVERIFY(knownCell);
        QVERIFY(lines.filter(QStringLiteral("ideal: predicted = actual")).size() == 2);

        // Image exports draw the cells: some pixels in the dark blue of the fullest cells.
        const QImage image = charts::renderChartImage(&plot, {QSize(900, 600), 900});
        QVERIFY(!image.isNull());
        QVERIFY(hasContent(image));
        const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
        int dark = 0;
        for (int y = 0; y < rgb.height(); ++y)
            for (int x = 0; x < rgb.width(); ++x) {
                const QColor c = rgb.pixelColor(x, y);
                dark += c.blue() > 80 && c.red() < 40 && c.green() < 80;
            }
        QVERIFY2(dark > 50, qPrintable(QString::number(dark)));
        QTemporaryDir dir;
        for (const auto type : {charts::ChartFileType::Svg, charts::ChartFileType::Pdf}) {
            const QString path =
                dir.filePath(type == charts::ChartFileType::Svg ? QStringLiteral("density.svg")
                                                                : QStringLiteral("density.pdf"));
            QString error;
            QVERIFY2(charts::exportChart(&plot, path, type, {QSize(900, 600), 900}, &error),
                     qPrintable(error));
            QVERIFY(QFileInfo(path).size() > 1000);
        }
    }
};

RW_UI_TEST_MAIN(TestResultPlots)
#include "tst_result_plots.moc"
