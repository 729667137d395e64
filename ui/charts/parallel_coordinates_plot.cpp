#include "charts/parallel_coordinates_plot.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "charts/result_plots.h"
#include "i18n/retranslator.h"
#include "models/sweep_texts.h"

namespace ui::charts {
namespace {

using core::sweep::TrainingState;
using models::SweepAxis;

constexpr double kBottom = -0.06, kTop = 1.06;  // room above and below the axes' ends
constexpr double kBrushHalfWidth = 0.07;        // in axis spacings
constexpr int kGrabPixels = 12;                 // how near an axis a drag must start

// Tick positions and labels of an axis: five for linear ranges, decades for log ranges, one
// per value for lists.
std::vector<std::pair<double, QString>> ticksOf(const SweepAxis& axis, int digits) {
    std::vector<std::pair<double, QString>> ticks;
    switch (axis.kind) {
        case SweepAxis::Kind::Categorical:
            for (int i = 0; i < axis.categories.size(); ++i)
                ticks.emplace_back(models::axisPosition(axis, i), axis.categories[i]);
            break;
        case SweepAxis::Kind::Log: {
            ticks.emplace_back(0.0, models::localeGeneral(axis.low, digits));
            for (int e = int(std::ceil(std::log10(axis.low)));
                 e <= int(std::floor(std::log10(axis.high))); ++e) {
                const double p = models::axisPosition(axis, std::pow(10.0, e));
                if (p > 0.08 && p < 0.92)
                    ticks.emplace_back(p, models::localeGeneral(std::pow(10.0, e), digits));
            }
            ticks.emplace_back(1.0, models::localeGeneral(axis.high, digits));
            break;
        }
        case SweepAxis::Kind::Linear:
            for (int i = 0; i <= 4; ++i)
                ticks.emplace_back(i / 4.0,
                                   models::localeGeneral(models::axisValue(axis, i / 4.0), digits));
            break;
    }
    return ticks;
}

}  // namespace

QCPColorGradient objectiveGradient(core::sweep::Direction direction) {
    QCPColorGradient g;
    g.clearColorStops();
    // Viridis, its last (pale yellow) stop darkened to stay visible on white.
    g.setColorStopAt(0.0, QColor(0x44, 0x01, 0x54));
    g.setColorStopAt(0.25, QColor(0x3b, 0x52, 0x8b));
    g.setColorStopAt(0.5, QColor(0x21, 0x91, 0x8c));
    g.setColorStopAt(0.75, QColor(0x5e, 0xc9, 0x62));
    g.setColorStopAt(1.0, QColor(0xb5, 0xc8, 0x2b));
    g.setColorInterpolation(QCPColorGradient::ciRGB);
    // Low values are dark: right for a minimised objective, inverted for a maximised one.
    return direction == core::sweep::Direction::Minimize ? g : g.inverted();
}

ParallelCoordinatesPlot::ParallelCoordinatesPlot(QWidget* parent) : QCustomPlot(parent) {
    setUpPlot(this, QString());
    auto* texts = new i18n::Retranslator(this);
    texts->add([this] { setPlotTitle(this, tr("The trials in parallel coordinates")); });
    // Fixed axes: no pan, zoom or reset to data; the mouse brushes instead.
    setInteractions({});
    disconnect(this, &QCustomPlot::mouseDoubleClick, nullptr, nullptr);
    yAxis->setVisible(false);
    xAxis->grid()->setVisible(false);
    yAxis->grid()->setVisible(false);
    xAxis->setBasePen(Qt::NoPen);
    xAxis->setTickPen(Qt::NoPen);
    xAxis->setSubTickPen(Qt::NoPen);
    yAxis->setRange(kBottom, kTop);

    m_colorScale = new QCPColorScale(this);
    m_colorScale->setType(QCPAxis::atRight);
    m_colorScale->setBarWidth(10);
    plotLayout()->addElement(1, 1, m_colorScale);
    auto* margins = new QCPMarginGroup(this);
    axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_colorScale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    setMinimumSize(360, 220);
    rebuild();
}

const SweepAxis& ParallelCoordinatesPlot::axis(int index) const {
    return index < int(m_data.parameters.size()) ? m_data.parameters[std::size_t(index)]
                                                 : m_data.objective;
}

double ParallelCoordinatesPlot::position(const models::SweepPoint& point, int a) const {
    if (a < int(m_data.parameters.size()))
        return a < int(point.values.size())
                   ? models::axisPosition(axis(a), point.values[std::size_t(a)])
                   : std::nan("");
    return point.objective ? models::axisPosition(m_data.objective, *point.objective)
                           : std::nan("");
}

void ParallelCoordinatesPlot::setData(const models::SweepPlotData& data) {
    const bool sameAxes =
        data.parameters.size() == m_data.parameters.size() &&
        std::equal(data.parameters.begin(), data.parameters.end(), m_data.parameters.begin(),
                   [](const auto& a, const auto& b) { return a.key == b.key; });
    m_data = data;
    if (!sameAxes && !m_brushes.empty()) {
        m_brushes.clear();
        emit brushChanged();
    }
    rebuild();
}

std::optional<QSet<int>> ParallelCoordinatesPlot::brushedTrials() const {
    if (m_brushes.empty())
        return std::nullopt;
    QSet<int> trials;
    for (const auto& point : m_data.points) {
        bool inside = true;
        for (const auto& [a, range] : m_brushes) {
            const double p = position(point, a);
            if (!std::isfinite(p) || p < range.lower || p > range.upper) {
                inside = false;
                break;
            }
        }
        if (inside)
            trials.insert(point.trial);
    }
    return trials;
}

void ParallelCoordinatesPlot::setBrush(int a, double low, double high) {
    if (a < 0 || a >= axisCount())
        return;
    m_brushes[a] = QCPRange(std::clamp(std::min(low, high), 0.0, 1.0),
                            std::clamp(std::max(low, high), 0.0, 1.0));
    rebuild();
    emit brushChanged();
}

void ParallelCoordinatesPlot::clearBrushes() {
    if (m_brushes.empty())
        return;
    m_brushes.clear();
    rebuild();
    emit brushChanged();
}

void ParallelCoordinatesPlot::rebuild() {
    clearPlottables();
    clearItems();
    const int axes = axisCount();
    xAxis->setRange(-0.5, axes - 0.5);

    // Axis names under the axes.
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int a = 0; a < axes; ++a) {
        const auto& ax = axis(a);
        QString name = ax.label;
        if (ax.kind == SweepAxis::Kind::Log)
            name += ' ' + tr("(log)");
        if (a == axes - 1)
            name += m_data.direction == core::sweep::Direction::Minimize ? QStringLiteral(" ↓")
                                                                         : QStringLiteral(" ↑");
        ticker->addTick(a, name);
    }
    xAxis->setTicker(ticker);

    // Axis lines and their tick labels.
    for (int a = 0; a < axes; ++a) {
        auto* line = new QCPItemLine(this);
        line->start->setCoords(a, 0);
        line->end->setCoords(a, 1);
        line->setPen(QPen(QColor(90, 90, 90), 1.2));
        for (const auto& [p, text] : ticksOf(axis(a), a == axes - 1 ? 4 : 3)) {
            auto* label = new QCPItemText(this);
            label->position->setCoords(a, p);
            label->setPositionAlignment(Qt::AlignRight | Qt::AlignVCenter);
            label->setPadding(QMargins(0, 0, 5, 0));
            label->setText(text);
            label->setFont(QFont(font().family(), 8));
            label->setColor(QColor(60, 60, 60));
            auto* tick = new QCPItemLine(this);
            tick->start->setCoords(a, p);
            tick->end->setParentAnchor(tick->start);  // then its coordinates are pixels
            tick->end->setCoords(-4, 0);
            tick->setPen(QPen(QColor(90, 90, 90)));
        }
    }

    // Trials: the others first, then completed ones from worst to best, so the best is on top.
    const auto selected = brushedTrials();
    auto gradient = objectiveGradient(m_data.direction);
    const QCPRange range(m_data.objective.low, m_data.objective.high);
    std::vector<const models::SweepPoint*> order;
    for (const auto& p : m_data.points)
        order.push_back(&p);
    const bool maximise = m_data.direction == core::sweep::Direction::Maximize;
    const auto rankOf = [&](const models::SweepPoint* p) {
        if (p->best)
            return 3;
        return p->state == TrainingState::Completed && p->objective ? 2 : 1;
    };
    std::stable_sort(order.begin(), order.end(), [&](const auto* a, const auto* b) {
        if (rankOf(a) != rankOf(b))
            return rankOf(a) < rankOf(b);
        if (rankOf(a) == 2)
            return maximise ? (*a->objective) < (*b->objective) : (*a->objective) > (*b->objective);
        return false;
    });
    m_drawn = 0;
    for (const auto* p : order) {
        QVector<double> keys, values;
        for (int a = 0; a < axes; ++a) {
            const double v = position(*p, a);
            if (!std::isfinite(v))
                break;
            keys << a;
            values << v;
        }
        if (keys.size() < 2)
            continue;
        const bool coloured = p->state == TrainingState::Completed && p->objective;
        QColor color = coloured ? QColor(gradient.color(*p->objective, range))
                       : p->state == TrainingState::Failed ? QColor(211, 47, 47, 120)
                                                           : QColor(150, 150, 150, 150);
        const bool out = selected && !selected->contains(p->trial);
        if (out)
            color = QColor(200, 200, 200, 60);
        QPen pen(color, p->best && !out ? 3.2 : 1.6);
        if (p->state == TrainingState::Running || p->state == TrainingState::Pending)
            pen.setStyle(Qt::DashLine);
        else if (p->state == TrainingState::Failed)
            pen.setStyle(Qt::DotLine);
        auto* curve = new QCPCurve(xAxis, yAxis);
        QVector<double> t(keys.size());
        std::iota(t.begin(), t.end(), 0.0);
        curve->setData(t, keys, values);
        curve->setPen(pen);
        curve->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssDisc, pen.color(), pen.color(), 4));
        curve->setSelectable(QCP::stNone);
        curve->setName(tr("trial %1").arg(p->trial));
        ++m_drawn;
    }

    // Brushes.
    for (const auto& [a, r] : m_brushes) {
        auto* rect = new QCPItemRect(this);
        rect->topLeft->setCoords(a - kBrushHalfWidth, r.upper);
        rect->bottomRight->setCoords(a + kBrushHalfWidth, r.lower);
        rect->setPen(QPen(QColor(25, 118, 210), 1));
        rect->setBrush(QColor(25, 118, 210, 50));
    }

    m_colorScale->setGradient(gradient);
    m_colorScale->setDataRange(range);
    m_colorScale->axis()->setLabel(m_data.objective.label);
    m_colorScale->axis()->setNumberFormat(QStringLiteral("g"));
    m_colorScale->axis()->setNumberPrecision(4);
    m_colorScale->setVisible(!m_data.completed().empty());
    replot(QCustomPlot::rpQueuedReplot);
}

QPoint ParallelCoordinatesPlot::pixelAt(int a, double p) const {
    return QPoint(int(std::lround(xAxis->coordToPixel(a))),
                  int(std::lround(yAxis->coordToPixel(p))));
}

int ParallelCoordinatesPlot::axisNear(const QPoint& pixel) const {
    for (int a = 0; a < axisCount(); ++a) {
        const double x = xAxis->coordToPixel(a);
        const double top = yAxis->coordToPixel(kTop), bottom = yAxis->coordToPixel(kBottom);
        if (std::abs(pixel.x() - x) <= kGrabPixels && pixel.y() >= top && pixel.y() <= bottom)
            return a;
    }
    return -1;
}

double ParallelCoordinatesPlot::positionAt(const QPoint& pixel) const {
    return std::clamp(yAxis->pixelToCoord(pixel.y()), 0.0, 1.0);
}

void ParallelCoordinatesPlot::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        m_dragAxis = axisNear(event->pos());
        if (m_dragAxis >= 0) {
            m_dragStart = positionAt(event->pos());
            event->accept();
            return;
        }
    }
    QCustomPlot::mousePressEvent(event);
}

void ParallelCoordinatesPlot::mouseMoveEvent(QMouseEvent* event) {
    if (m_dragAxis >= 0) {
        const double p = positionAt(event->pos());
        m_brushes[m_dragAxis] = QCPRange(std::min(m_dragStart, p), std::max(m_dragStart, p));
        rebuild();
        event->accept();
        return;
    }
    QCustomPlot::mouseMoveEvent(event);
}

void ParallelCoordinatesPlot::mouseReleaseEvent(QMouseEvent* event) {
    if (m_dragAxis >= 0) {
        const double p = positionAt(event->pos());
        const double pixels = std::abs(yAxis->coordToPixel(p) - yAxis->coordToPixel(m_dragStart));
        if (pixels < 3)
            m_brushes.erase(m_dragAxis);  // a click clears the axis' brush
        else
            m_brushes[m_dragAxis] = QCPRange(std::min(m_dragStart, p), std::max(m_dragStart, p));
        m_dragAxis = -1;
        rebuild();
        emit brushChanged();
        event->accept();
        return;
    }
    QCustomPlot::mouseReleaseEvent(event);
}

void ParallelCoordinatesPlot::mouseDoubleClickEvent(QMouseEvent* event) {
    clearBrushes();
    event->accept();
}

}  // namespace ui::charts
