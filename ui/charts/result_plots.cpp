#include "charts/result_plots.h"

#include "i18n/retranslator.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ui::charts {
namespace {

const QColor kPoints(25, 118, 210, 40);
const QColor kAccent(211, 47, 47);

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

void PredictionScatterPlot::setData(const std::vector<float>& actualStars,
                                    const std::vector<float>& predictedStars) {
    m_actual = actualStars;
    m_predicted = predictedStars;
    rebuild();
}

void PredictionScatterPlot::setView(View view) {
    m_view = view;
    rebuild();
}

void PredictionScatterPlot::rebuild() {
    clearPlottables();
    clearItems();
    if (m_view == View::Jitter) {
        QVector<double> x(qsizetype(m_actual.size())), y(qsizetype(m_actual.size()));
        for (std::size_t i = 0; i < m_actual.size(); ++i) {
            x[qsizetype(i)] = m_actual[i] + jitter(i);
            y[qsizetype(i)] = m_predicted[i];
        }
        auto* points = pointGraph(this, kPoints);
        points->setData(x, y);
        points->removeFromLegend();
    } else {
        auto* boxes = new QCPStatisticalBox(xAxis, yAxis);
        boxes->setName(tr("quartiles, 1.5·IQR whiskers"));
        boxes->setWidth(0.5);
        boxes->setBrush(QColor(25, 118, 210, 60));
        QVector<double> means, keys;
        for (int star = 1; star <= 5; ++star) {
            std::vector<double> v;
            for (std::size_t i = 0; i < m_actual.size(); ++i)
                if (std::lround(m_actual[i]) == star)
                    v.push_back(m_predicted[i]);
            if (v.empty())
                continue;
            std::sort(v.begin(), v.end());
            const auto q = [&](double f) {
                return v[std::min(v.size() - 1, std::size_t(f * double(v.size() - 1) + 0.5))];
            };
            const double q1 = q(0.25), q3 = q(0.75), iqr = q3 - q1;
            const double low = *std::lower_bound(v.begin(), v.end(), q1 - 1.5 * iqr);
            const double high = *(std::upper_bound(v.begin(), v.end(), q3 + 1.5 * iqr) - 1);
            boxes->addData(star, low, q1, q(0.5), q3, high);
            keys.append(star);
            means.append(std::accumulate(v.begin(), v.end(), 0.0) / double(v.size()));
        }
        auto* mean = addGraph();
        mean->setName(tr("mean prediction"));
        mean->setLineStyle(QCPGraph::lsNone);
        mean->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, kAccent, kAccent, 8));
        mean->setData(keys, means);
    }
    referenceLine(this, {0, 0}, {6, 6}, QPen(kAccent, 1.5, Qt::DashLine),
                  tr("ideal: predicted = actual"));
    xAxis->setRange(0.4, 5.6);
    yAxis->setRange(0.4, 5.6);
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
        if (graphCount() > 1)
            graph(1)->setName(tr("no error"));
        replot();
    });
}

void ResidualPlot::setData(const std::vector<float>& predictedStars,
                           const std::vector<float>& residuals) {
    clearPlottables();
    clearItems();
    QVector<double> x(predictedStars.begin(), predictedStars.end());
    QVector<double> y(residuals.begin(), residuals.end());
    auto* points = pointGraph(this, QColor(123, 31, 162, 40));
    points->setData(x, y);
    points->removeFromLegend();
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
