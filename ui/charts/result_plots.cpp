#include "charts/result_plots.h"

#include "i18n/retranslator.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <utility>

namespace ui::charts {
namespace {

const QColor kPoints(25, 118, 210, 40);
const QColor kResidualPoints(123, 31, 162, 40);
const QColor kAccent(211, 47, 47);
// Density colours, few ratings to many: the points' blue and purple, light to dark.
const QColor kPointShades[] = {QColor(198, 219, 239), QColor(66, 146, 198), QColor(8, 48, 107)};
const QColor kResidualShades[] = {QColor(218, 218, 235), QColor(128, 125, 186), QColor(63, 0, 125)};

// Density cells on a continuous axis are 1/40 star, or the first of 1/20, 1/10, ¼, ½, 1, 2½, 5,
// … stars that cuts the data's span into at most kMaxCellsPerSpan cells: cells of a few pixels
// on a plot of ordinary size (predictions within 0–5 stars get 1/40), never a grid of millions
// for outlying predictions, and round numbers for the cells' centres in a CSV export.
constexpr double kCellStars = 0.025;
constexpr double kMaxCellsPerSpan = 250;
// Layout element name of the colour scale of a density plot.
const char* const kDensityScaleName = "densityScale";

// Deterministic jitter in [−0.3, 0.3] from the point's index (same picture every time).
double jitter(std::size_t i) {
    std::uint32_t x = std::uint32_t(i) * 2654435761u;
    x ^= x >> 15;
    x *= 2246822519u;
    x ^= x >> 13;
    return (double(x) / 4294967295.0 - 0.5) * 0.6;
}

void resetOnDoubleClick(QCustomPlot* plot) {
    QObject::connect(plot, &QCustomPlot::mouseDoubleClick, plot, [plot](QMouseEvent*) {
        plot->rescaleAxes();
        plot->replot();
    });
}

QCPGraph* pointGraph(QCustomPlot* plot, const QColor& color) {
    auto* graph = plot->addGraph();
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color, color, 2.5));
    // Dense data: draw at most a few scatters per pixel, without antialiasing (150k points
    // redraw in tens of milliseconds while panning).
    graph->setAdaptiveSampling(true);
    graph->setAntialiasedScatters(false);
    return graph;
}

// A reference line drawn as a two-point graph (not an item), so that the legend names it.
QCPGraph* referenceLine(QCustomPlot* plot, QPointF from, QPointF to, const QPen& pen,
                        const QString& name) {
    auto* line = plot->addGraph();
    line->setPen(pen);
    line->setName(name);
    line->setData({from.x(), to.x()}, {from.y(), to.y()}, true);
    return line;
}

// Which half star an actual rating is: 1…10 for ½…5 stars (the nearest half star), 0 outside
// that range (and for NaN). Whole stars are the even indices.
int halfStarIndex(float stars) {
    const float twice = stars * 2.0f;
    if (!(twice >= 0.5f && twice < 10.5f))
        return 0;
    return int(twice + 0.5f);
}

// One axis of a density grid: `cells` cells `step` wide from `lowerEdge`.
struct CellAxis {
    double lowerEdge = 0;
    double step = 1;
    int cells = 1;

    int cellOf(double v) const { return std::clamp(int((v - lowerEdge) / step), 0, cells - 1); }
    QCPRange centres() const {
        return QCPRange(lowerEdge + step / 2, lowerEdge + (cells - 0.5) * step);
    }
};

// Cells covering [lo, hi], their edges on whole multiples of the cell size, with an empty cell
// on either side: QCPColorMap reports the centres of its outer cells as its range, so rescaling
// the axes (and a double-click) shows every cell that has ratings in full.
CellAxis continuousAxis(double lo, double hi) {
    CellAxis axis;
    axis.step = kCellStars;
    for (int i = 0; (hi - lo) / axis.step > kMaxCellsPerSpan; ++i)
        axis.step *= i % 3 == 2 ? 2.5 : 2.0;
    axis.lowerEdge = (std::floor(lo / axis.step) - 1) * axis.step;
    axis.cells = int((hi - axis.lowerEdge) / axis.step) + 2;
    return axis;
}

// The counts as colour map cells (key-major counts[x * y.cells + y]); empty cells are NaN, so
// that the gradient leaves them transparent.
std::unique_ptr<QCPColorMapData> cellData(const CellAxis& x, const CellAxis& y,
                                          const std::vector<std::uint32_t>& counts) {
    auto data = std::make_unique<QCPColorMapData>(x.cells, y.cells, x.centres(), y.centres());
    for (int ix = 0; ix < x.cells; ++ix)
        for (int iy = 0; iy < y.cells; ++iy) {
            const std::uint32_t count = counts[std::size_t(ix) * std::size_t(y.cells) + iy];
            data->setCell(ix, iy, count ? double(count) : qQNaN());
        }
    return data;
}

// Ratings per cell for PredictionScatterPlot: one column per actual value (½ or 1 star apart),
// with empty columns between them and on either side, and continuous cells of predictions.
// Null when no rating has a valid actual value and a finite prediction.
std::unique_ptr<QCPColorMapData> predictionCells(const std::vector<float>& actual,
                                                 const std::vector<float>& predicted,
                                                 bool halfStars) {
    const std::size_t n = std::min(actual.size(), predicted.size());
    int firstK = 11, lastK = 0;
    float lo = std::numeric_limits<float>::max(), hi = std::numeric_limits<float>::lowest();
    for (std::size_t i = 0; i < n; ++i) {
        const int k = halfStarIndex(actual[i]);
        if (k == 0 || !std::isfinite(predicted[i]))
            continue;
        firstK = std::min(firstK, k);
        lastK = std::max(lastK, k);
        lo = std::min(lo, predicted[i]);
        hi = std::max(hi, predicted[i]);
    }
    if (firstK > lastK)
        return nullptr;
    // In half stars: values 1 (half stars) or 2 (whole stars) apart; columns half that wide.
    const int kStep = halfStars ? 1 : 2;
    CellAxis x;
    x.step = kStep / 4.0;
    x.lowerEdge = firstK / 2.0 - 1.5 * x.step;
    x.cells = (lastK - firstK) * 2 / kStep + 3;
    const CellAxis y = continuousAxis(lo, hi);
    std::vector<std::uint32_t> counts(std::size_t(x.cells) * std::size_t(y.cells), 0);
    for (std::size_t i = 0; i < n; ++i) {
        const int k = halfStarIndex(actual[i]);
        if (k == 0 || !std::isfinite(predicted[i]))
            continue;
        const int column = 1 + (k - firstK) * 2 / kStep;
        ++counts[std::size_t(column) * std::size_t(y.cells) + y.cellOf(predicted[i])];
    }
    return cellData(x, y, counts);
}

// Ratings per cell of (x, y), cells of kCellStars both ways; points with a non-finite
// coordinate are left out. Null when none is left.
std::unique_ptr<QCPColorMapData> scatterCells(const std::vector<float>& xs,
                                              const std::vector<float>& ys) {
    const std::size_t n = std::min(xs.size(), ys.size());
    float xLo = std::numeric_limits<float>::max(), xHi = std::numeric_limits<float>::lowest();
    float yLo = xLo, yHi = xHi;
    bool any = false;
    for (std::size_t i = 0; i < n; ++i) {
        if (!std::isfinite(xs[i]) || !std::isfinite(ys[i]))
            continue;
        any = true;
        xLo = std::min(xLo, xs[i]);
        xHi = std::max(xHi, xs[i]);
        yLo = std::min(yLo, ys[i]);
        yHi = std::max(yHi, ys[i]);
    }
    if (!any)
        return nullptr;
    const CellAxis x = continuousAxis(xLo, xHi), y = continuousAxis(yLo, yHi);
    std::vector<std::uint32_t> counts(std::size_t(x.cells) * std::size_t(y.cells), 0);
    for (std::size_t i = 0; i < n; ++i) {
        if (!std::isfinite(xs[i]) || !std::isfinite(ys[i]))
            continue;
        ++counts[std::size_t(x.cellOf(xs[i])) * std::size_t(y.cells) + y.cellOf(ys[i])];
    }
    return cellData(x, y, counts);
}

QCPColorScale* densityScale(QCustomPlot* plot) {
    for (QCPLayoutElement* element : plot->plotLayout()->elements(false))
        if (auto* scale = qobject_cast<QCPColorScale*>(element);
            scale && scale->objectName() == QLatin1String(kDensityScaleName))
            return scale;
    return nullptr;
}

// Takes the colour scale a density plot put beside the axes away again (if there is one).
void removeDensityScale(QCustomPlot* plot) {
    QCPColorScale* scale = densityScale(plot);
    if (!scale)
        return;
    delete plot->axisRect()->marginGroup(QCP::msTop);  // detaches the axis rect too
    plot->plotLayout()->remove(scale);
    plot->plotLayout()->simplify();
}

// Draws `cells` as a colour map (shades from few to many ratings, a logarithmic scale), with a
// colour scale titled `label` right of the axes: the density plot's legend.
QCPColorMap* addDensityMap(QCustomPlot* plot, const QCPColorMapData& cells,
                           const QColor (&shades)[3], const QString& label) {
    QCPColorScale* scale = densityScale(plot);
    if (!scale) {
        scale = new QCPColorScale(plot);
        scale->setObjectName(QLatin1String(kDensityScaleName));
        // Beside the axis rect, in its row (the title has the row above).
        int row = 0;
        for (int r = 0; r < plot->plotLayout()->rowCount(); ++r)
            if (plot->plotLayout()->element(r, 0) == plot->axisRect())
                row = r;
        plot->plotLayout()->addElement(row, 1, scale);
        scale->setType(QCPAxis::atRight);
        scale->setBarWidth(10);
        // A legend, not a control: dragging or zooming it would change the colours.
        scale->setRangeDrag(false);
        scale->setRangeZoom(false);
        scale->axis()->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
        auto* group = new QCPMarginGroup(plot);
        plot->axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, group);
        scale->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    }
    scale->setLabel(label);
    auto* map = new QCPColorMap(plot->xAxis, plot->yAxis);
    *map->data() = cells;
    map->setName(label);
    map->removeFromLegend();
    map->setInterpolate(false);
    map->setColorScale(scale);
    QCPColorGradient gradient;
    gradient.setColorStops({{0.0, shades[0]}, {0.5, shades[1]}, {1.0, shades[2]}});
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    map->setGradient(gradient);
    map->setDataScaleType(QCPAxis::stLogarithmic);
    // From one rating (the lightest shade) to the fullest cell.
    map->setDataRange(QCPRange(1, std::max(2.0, cells.dataBounds().upper)));
    return map;
}

void showLegend(QCustomPlot* plot) {
    plot->legend->setVisible(true);
    plot->legend->setFont(QFont(plot->font().family(), 8));
    plot->legend->setBrush(QColor(255, 255, 255, 210));
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
}

}  // namespace

void setUpPlot(QCustomPlot* plot, const QString& title) {
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->setNoAntialiasingOnDrag(true);
    plot->plotLayout()->insertRow(0);
    auto* heading = new QCPTextElement(plot, title, QFont(plot->font().family(), 10, QFont::Bold));
    heading->setObjectName(QStringLiteral("title"));
    plot->plotLayout()->addElement(0, 0, heading);
    plot->setMinimumSize(240, 200);
    resetOnDoubleClick(plot);
    // Tick labels in the UI language's numbers ("300,000" / "300.000", "2.5" / "2,5").
    auto* texts = new i18n::Retranslator(plot);
    texts->add([plot] {
        plot->setLocale(QLocale());
        plot->replot();
    });
}

void setPlotTitle(QCustomPlot* plot, const QString& title) {
    if (auto* heading = qobject_cast<QCPTextElement*>(plot->plotLayout()->element(0, 0)))
        heading->setText(title);
}

// ---- scatter ----

PredictionScatterPlot::PredictionScatterPlot(QWidget* parent) : QCustomPlot(parent) {
    setUpPlot(this, QString());
    showLegend(this);
    auto* texts = new i18n::Retranslator(this);
    texts->add([this] {
        setPlotTitle(this, tr("Predicted vs. actual rating"));
        xAxis->setLabel(tr("actual stars"));
        yAxis->setLabel(tr("predicted stars"));
        rebuild();
    });
}

int PredictionScatterPlot::pointCount() const {
    return int(m_predicted.size());
}

void PredictionScatterPlot::setData(std::vector<float> actualStars,
                                    std::vector<float> predictedStars) {
    m_actual = std::move(actualStars);
    m_predicted = std::move(predictedStars);
    m_halfStars = std::any_of(m_actual.begin(), m_actual.end(),
                              [](float stars) { return halfStarIndex(stars) % 2 == 1; });
    m_cells.reset();
    if (m_actual.size() > m_densityThreshold)
        m_cells = predictionCells(m_actual, m_predicted, m_halfStars);
    rebuild();
}

void PredictionScatterPlot::setView(View view) {
    m_view = view;
    rebuild();
}

QCPRange PredictionScatterPlot::starRange() const {
    // Half-star releases have ½-star ratings: their column needs the axes to start at 0.
    return QCPRange(m_halfStars ? 0.0 : 0.4, 5.6);
}

void PredictionScatterPlot::setDensityThreshold(std::size_t points) {
    m_densityThreshold = points;
}

void PredictionScatterPlot::rebuild() {
    clearPlottables();
    clearItems();
    const std::size_t n = std::min(m_actual.size(), m_predicted.size());
    // Stars between the actual values: jitter and boxes take a share of it.
    const double spacing = m_halfStars ? 0.5 : 1.0;
    const bool density = m_view == View::Jitter && m_cells;
    if (!density)
        removeDensityScale(this);
    if (density) {
        addDensityMap(this, *m_cells, kPointShades, tr("ratings per cell"));
    } else if (m_view == View::Jitter) {
        QVector<double> x(static_cast<qsizetype>(n)), y(static_cast<qsizetype>(n));
        for (std::size_t i = 0; i < n; ++i) {
            x[qsizetype(i)] = m_actual[i] + jitter(i) * spacing;
            y[qsizetype(i)] = m_predicted[i];
        }
        auto* points = pointGraph(this, kPoints);
        points->setData(x, y);
        points->removeFromLegend();
    } else {
        auto* boxes = new QCPStatisticalBox(xAxis, yAxis);
        boxes->setName(tr("quartiles, 1.5·IQR whiskers"));
        boxes->setWidth(0.5 * spacing);
        boxes->setBrush(QColor(25, 118, 210, 60));
        // The predictions of each half star (index 1…10), in one pass over the ratings.
        std::array<std::vector<float>, 11> groups;
        {
            std::array<std::size_t, 11> sizes{};
            for (std::size_t i = 0; i < n; ++i)
                ++sizes[std::size_t(halfStarIndex(m_actual[i]))];
            for (std::size_t k = 1; k < groups.size(); ++k)
                groups[k].reserve(sizes[k]);
            for (std::size_t i = 0; i < n; ++i)
                if (const int k = halfStarIndex(m_actual[i]))
                    groups[std::size_t(k)].push_back(m_predicted[i]);
        }
        QVector<double> means, keys;
        for (std::size_t k = 1; k < groups.size(); ++k) {
            std::vector<float>& v = groups[k];
            if (v.empty())
                continue;
            // Quartiles as the sorted values' elements at these ranks, found by partial
            // sorting: O(n) for millions of ratings where sorting took a second.
            const auto rank = [&](double f) {
                return std::min(v.size() - 1, std::size_t(f * double(v.size() - 1) + 0.5));
            };
            const std::size_t r1 = rank(0.25), r2 = rank(0.5), r3 = rank(0.75);
            const auto at = [&](std::size_t r) { return v.begin() + std::ptrdiff_t(r); };
            // The median first; then the lower quartile among the values before it and the
            // upper one among those after it (r1 ≤ r2 ≤ r3).
            std::nth_element(v.begin(), at(r2), v.end());
            const double median = v[r2];
            if (r1 < r2)
                std::nth_element(v.begin(), at(r1), at(r2));
            if (r3 > r2)
                std::nth_element(at(r2 + 1), at(r3), v.end());
            const double q1 = v[r1], q3 = v[r3], iqr = q3 - q1;
            // Whiskers: the most extreme predictions within 1.5·IQR of the box.
            double low = q1, high = q3, sum = 0;
            for (const float value : v) {
                if (value >= q1 - 1.5 * iqr)
                    low = std::min(low, double(value));
                if (value <= q3 + 1.5 * iqr)
                    high = std::max(high, double(value));
                sum += value;
            }
            const double star = double(k) / 2;
            boxes->addData(star, low, q1, median, q3, high);
            keys.append(star);
            means.append(sum / double(v.size()));
        }
        auto* mean = addGraph();
        mean->setName(tr("mean prediction"));
        mean->setLineStyle(QCPGraph::lsNone);
        mean->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, kAccent, kAccent, 8));
        mean->setData(keys, means);
    }
    referenceLine(this, {0, 0}, {6, 6}, QPen(kAccent, 1.5, Qt::DashLine),
                  tr("ideal: predicted = actual"));
    xAxis->setRange(starRange());
    yAxis->setRange(starRange());
    replot();
}

// ---- histogram ----

ErrorHistogramPlot::ErrorHistogramPlot(QWidget* parent) : QCustomPlot(parent) {
    setUpPlot(this, QString());
    showLegend(this);
    auto* texts = new i18n::Retranslator(this);
    texts->add([this] {
        setPlotTitle(this, tr("Error histogram"));
        xAxis->setLabel(tr("error: actual − predicted (stars)"));
        yAxis->setLabel(tr("ratings"));
        if (!m_errors.empty())
            setErrors(std::vector<float>(m_errors), m_start, m_end);
    });
}

QCPRange ErrorHistogramPlot::binRange(const std::vector<float>& errors) {
    // Bounds set one by one: QCPRange's constructor would swap those of an empty range.
    QCPRange range;
    range.lower = 1;
    range.upper = 0;
    if (errors.empty())
        return range;
    const auto [lo, hi] = std::minmax_element(errors.begin(), errors.end());
    range.lower = std::floor(*lo * 2) / 2;
    range.upper = std::ceil(*hi * 2) / 2 + 1e-9;
    return range;
}

void ErrorHistogramPlot::setErrors(const std::vector<float>& errors) {
    const QCPRange range = binRange(errors);
    setErrors(errors, range.lower, range.upper);
}

void ErrorHistogramPlot::setErrors(const std::vector<float>& errors, double start, double end) {
    m_errors = errors;
    m_start = start;
    m_end = end;
    clearPlottables();
    clearItems();
    if (errors.empty() || !(end > start)) {
        replot();
        return;
    }
    constexpr int kBins = 50;
    const double width = (end - start) / kBins;
    QVector<double> centres(kBins), counts(kBins, 0.0);
    for (int b = 0; b < kBins; ++b)
        centres[b] = start + (b + 0.5) * width;
    double sum = 0;
    for (const float e : errors) {
        counts[std::clamp(int((e - start) / width), 0, kBins - 1)] += 1;
        sum += e;
    }
    auto* bars = new QCPBars(xAxis, yAxis);
    bars->setWidth(width * 0.95);
    bars->setData(centres, counts, true);
    bars->setBrush(QColor(56, 142, 60, 170));
    bars->setPen(Qt::NoPen);
    bars->removeFromLegend();
    rescaleAxes();
    const double top = *std::max_element(counts.begin(), counts.end()) * 1.08;
    const double meanError = sum / double(errors.size());
    referenceLine(this, {0, 0}, {0, top}, QPen(Qt::black, 1, Qt::DotLine), tr("no error"));
    referenceLine(this, {meanError, 0}, {meanError, top}, QPen(kAccent, 1.5, Qt::DashLine),
                  tr("mean error %1 stars").arg(QLocale().toString(meanError, 'f', 3)));
    yAxis->setRange(0, top);
    replot();
}

// ---- residuals ----

ResidualPlot::ResidualPlot(QWidget* parent) : QCustomPlot(parent) {
    setUpPlot(this, QString());
    showLegend(this);
    auto* texts = new i18n::Retranslator(this);
    texts->add([this] {
        setPlotTitle(this, tr("Residuals vs. prediction"));
        xAxis->setLabel(tr("predicted stars"));
        yAxis->setLabel(tr("residual: actual − predicted (stars)"));
        // The zero line is the last graph (after the points, if they are drawn).
        if (graphCount() > 0)
            graph(graphCount() - 1)->setName(tr("no error"));
        if (QCPColorScale* scale = densityScale(this))
            scale->setLabel(tr("ratings per cell"));
        for (int i = 0; i < plottableCount(); ++i)
            if (auto* map = qobject_cast<QCPColorMap*>(plottable(i)))
                map->setName(tr("ratings per cell"));
        replot();
    });
}

void ResidualPlot::setData(const std::vector<float>& predictedStars,
                           const std::vector<float>& residuals) {
    clearPlottables();
    clearItems();
    std::unique_ptr<QCPColorMapData> cells;
    if (std::min(predictedStars.size(), residuals.size()) > m_densityThreshold)
        cells = scatterCells(predictedStars, residuals);
    if (cells) {
        addDensityMap(this, *cells, kResidualShades, tr("ratings per cell"));
    } else {
        removeDensityScale(this);
        QVector<double> x(predictedStars.begin(), predictedStars.end());
        QVector<double> y(residuals.begin(), residuals.end());
        auto* points = pointGraph(this, kResidualPoints);
        points->setData(x, y);
        points->removeFromLegend();
    }
    rescaleAxes();
    const QCPRange span = xAxis->range();
    referenceLine(this, {span.lower - 0.25, 0}, {span.upper + 0.25, 0},
                  QPen(kAccent, 1.5, Qt::DashLine), tr("no error"));
    replot();
}

// ---- bars ----

BarPlot::BarPlot(QWidget* parent) : QCustomPlot(parent) {
    setUpPlot(this, QString());
}

void BarPlot::setBars(const QString& title, const QStringList& labels,
                      const QVector<double>& values, const QString& valueLabel, bool horizontal) {
    setPlotTitle(this, title);
    clearPlottables();
    QVector<double> keys(labels.size());
    std::iota(keys.begin(), keys.end(), 1.0);
    // Horizontal bars keep long labels (genres) readable at any width: one label per row.
    QCPAxis* keyAxis = horizontal ? yAxis : xAxis;
    QCPAxis* valueAxis = horizontal ? xAxis : yAxis;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    ticker->addTicks(keys, labels);
    keyAxis->setTicker(ticker);
    keyAxis->setLabel(QString());
    keyAxis->setRangeReversed(horizontal);  // the first label on top
    valueAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    // Counts, written whole and grouped ("7,000,000", not "7E+06", at MovieLens 25M's size).
    valueAxis->setNumberFormat(QStringLiteral("f"));
    valueAxis->setNumberPrecision(0);
    valueAxis->setRangeReversed(false);
    valueAxis->setLabel(valueLabel);
    auto* bars = new QCPBars(keyAxis, valueAxis);
    bars->setData(keys, values, true);
    bars->setWidth(0.7);
    bars->setBrush(QColor(25, 118, 210, 180));
    bars->setPen(Qt::NoPen);
    keyAxis->setRange(0.3, labels.size() + 0.7);
    valueAxis->setRange(
        0, (values.isEmpty() ? 1 : *std::max_element(values.begin(), values.end())) * 1.1);
    replot();
}

}  // namespace ui::charts
