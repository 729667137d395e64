#include "charts/sweep_plots.h"

#include <algorithm>
#include <cmath>

#include "charts/result_plots.h"
#include "i18n/locale_text.h"
#include "i18n/retranslator.h"
#include "models/sweep_texts.h"

namespace ui::charts {
namespace {

using core::sweep::TrainingState;
using models::SweepAxis;

const QColor kCompleted(25, 118, 210);
const QColor kPruned(140, 140, 140);
const QColor kBest(211, 47, 47);

QCPScatterStyle dots(const QColor& color, double size = 6) {
    return QCPScatterStyle(QCPScatterStyle::ssDisc, color, color, size);
}

void pointsGraph(QCPGraph* graph, const QCPScatterStyle& style) {
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(style);
}

// Axis numbers in the UI language (QCustomPlot formats with the C locale by default).
void useLocale(QCPAxis* axis) {
    axis->setNumberFormat(QStringLiteral("gb"));
    axis->setNumberPrecision(4);
    axis->parentPlot()->setLocale(QLocale());
}

// The objective axis' range over the values shown, padded.
void fitObjective(QCPAxis* axis, double low, double high) {
    const double pad = std::max((high - low) * 0.08, std::max(std::abs(high) * 1e-3, 1e-6));
    axis->setRange(low - pad, high + pad);
}

}  // namespace

// ---- objective by parameter ----

ObjectiveByParameterPlot::ObjectiveByParameterPlot(QWidget* parent) : QCustomPlot(parent) {
    setUpPlot(this, QString());
    auto* texts = new i18n::Retranslator(this);
    texts->add([this] { setPlotTitle(this, tr("Objective by parameter value")); });
    // The grid of small plots replaces the default axis rect.
    plotLayout()->remove(axisRect());
    m_grid = new QCPLayoutGrid;
    plotLayout()->addElement(1, 0, m_grid);
    setMinimumSize(360, 220);
}

int ObjectiveByParameterPlot::pointCount(int panel) const {
    if (panel < 0 || panel >= panelCount())
        return 0;
    int n = 0;
    for (auto* graph : m_panels[std::size_t(panel)]->graphs())
        if (graph->lineStyle() == QCPGraph::lsNone)
            n += graph->dataCount();
    return n;
}

void ObjectiveByParameterPlot::setData(const models::SweepPlotData& data) {
    clearPlottables();
    clearItems();
    const std::size_t n = data.parameters.size();
    if (m_panels.size() != n) {
        for (auto* rect : m_panels)
            m_grid->remove(rect);
        m_panels.clear();
        m_grid->simplify();
        const int columns = n <= 1 ? 1 : n <= 4 ? 2 : 3;
        for (std::size_t i = 0; i < n; ++i) {
            auto* rect = new QCPAxisRect(this);
            m_grid->addElement(int(i) / columns, int(i) % columns, rect);
            for (auto* axis : {rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft)}) {
                useLocale(axis);
                axis->setLabelFont(QFont(font().family(), 8));
                axis->setTickLabelFont(QFont(font().family(), 8));
            }
            m_panels.push_back(rect);
        }
    }
    double low = data.objective.low, high = data.objective.high;
    for (std::size_t i = 0; i < n; ++i) {
        const auto& ax = data.parameters[i];
        QCPAxisRect* rect = m_panels[i];
        QCPAxis* x = rect->axis(QCPAxis::atBottom);
        QCPAxis* y = rect->axis(QCPAxis::atLeft);
        x->setLabel(ax.label + (ax.kind == SweepAxis::Kind::Log ? ' ' + tr("(log)") : QString()));
        y->setLabel(i % (n <= 1 ? 1 : n <= 4 ? 2 : 3) == 0 ? data.objective.label : QString());
        if (ax.kind == SweepAxis::Kind::Categorical) {
            auto ticker = QSharedPointer<QCPAxisTickerText>::create();
            for (int c = 0; c < ax.categories.size(); ++c)
                ticker->addTick(c, ax.categories[c]);
            x->setTicker(ticker);
            x->setScaleType(QCPAxis::stLinear);
            x->setRange(-0.5, std::max<qsizetype>(1, ax.categories.size()) - 0.5);
        } else if (ax.kind == SweepAxis::Kind::Log) {
            x->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
            x->setScaleType(QCPAxis::stLogarithmic);
            x->setRange(ax.low / std::pow(ax.high / ax.low, 0.05),
                        ax.high * std::pow(ax.high / ax.low, 0.05));
        } else {
            x->setTicker(QSharedPointer<QCPAxisTicker>::create());
            x->setScaleType(QCPAxis::stLinear);
            const double pad = (ax.high - ax.low) * 0.05;
            x->setRange(ax.low - pad, ax.high + pad);
        }
        auto* completed = addGraph(x, y);
        auto* pruned = addGraph(x, y);
        auto* best = addGraph(x, y);
        pointsGraph(completed, dots(kCompleted));
        pointsGraph(pruned, QCPScatterStyle(QCPScatterStyle::ssCross, kPruned, 7));
        pointsGraph(best, dots(kBest, 9));
        QVector<double> cx, cy, px, py, bx, by;
        for (const auto& p : data.points) {
            if (!p.objective || i >= p.values.size() || !std::isfinite(p.values[i]))
                continue;
            if (p.best) {
                bx << p.values[i];
                by << *p.objective;
            } else if (p.state == TrainingState::Completed) {
                cx << p.values[i];
                cy << *p.objective;
            } else if (p.state == TrainingState::Pruned) {
                px << p.values[i];
                py << *p.objective;
            }
        }
        completed->setData(cx, cy);
        pruned->setData(px, py);
        best->setData(bx, by);
        fitObjective(y, low, high);
    }
    replot(QCustomPlot::rpQueuedReplot);
}

// ---- history ----

SweepHistoryPlot::SweepHistoryPlot(QWidget* parent) : QCustomPlot(parent) {
    setUpPlot(this, QString());
    useLocale(yAxis);
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    xAxis->setTicker(ticker);
    m_completed = addGraph();
    m_pruned = addGraph();
    m_best = addGraph();
    m_bestPoint = addGraph();
    pointsGraph(m_completed, dots(kCompleted));
    pointsGraph(m_pruned, QCPScatterStyle(QCPScatterStyle::ssCross, kPruned, 7));
    pointsGraph(m_bestPoint, dots(kBest, 9));
    m_best->setLineStyle(QCPGraph::lsStepLeft);
    m_best->setPen(QPen(kBest, 2));
    auto* texts = new i18n::Retranslator(this);
    texts->add([this] {
        setPlotTitle(this, tr("Objective by trial and best so far"));
        xAxis->setLabel(tr("trial"));
        m_completed->setName(tr("completed trial"));
        m_pruned->setName(tr("pruned trial"));
        m_best->setName(tr("best so far"));
        m_bestPoint->setName(tr("best trial"));
        replot(QCustomPlot::rpQueuedReplot);
    });
    legend->setVisible(true);
    legend->setFont(QFont(font().family(), 8));
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
}

int SweepHistoryPlot::bestLinePointCount() const {
    return m_best->dataCount();
}

void SweepHistoryPlot::setData(const models::SweepPlotData& data) {
    yAxis->setLabel(data.objective.label);
    QVector<double> cx, cy, px, py, bx, by, sx, sy;
    int last = 1;
    for (const auto& p : data.points) {
        last = std::max(last, p.trial);
        if (!p.objective)
            continue;
        if (p.best) {
            bx << p.trial;
            by << *p.objective;
        } else if (p.state == TrainingState::Completed) {
            cx << p.trial;
            cy << *p.objective;
        } else if (p.state == TrainingState::Pruned) {
            px << p.trial;
            py << *p.objective;
        }
    }
    for (const auto& [trial, best] : data.bestSoFar()) {
        sx << trial;
        sy << best;
    }
    if (!sx.isEmpty()) {  // the line goes on to the last trial
        sx << last;
        sy << sy.back();
    }
    m_completed->setData(cx, cy);
    m_pruned->setData(px, py);
    m_best->setData(sx, sy);
    m_bestPoint->setData(bx, by);
    dynamic_cast<QCPAxisTickerFixed*>(xAxis->ticker().data())
        ->setTickStep(last <= 12   ? 1
                      : last <= 30 ? 2
                      : last <= 60 ? 5
                                   : 10);
    xAxis->setRange(0.5, last + 0.5);
    fitObjective(yAxis, data.objective.low, data.objective.high);
    replot(QCustomPlot::rpQueuedReplot);
}

// ---- importance ----

ParameterImportancePlot::ParameterImportancePlot(QWidget* parent) : QCustomPlot(parent) {
    setUpPlot(this, QString());
    m_bars = new QCPBars(yAxis, xAxis);  // horizontal bars: the key axis is vertical
    m_bars->setBrush(QColor(25, 118, 210, 170));
    m_bars->setPen(Qt::NoPen);
    m_bars->setWidth(0.6);
    useLocale(xAxis);
    yAxis->setRangeReversed(true);  // the first parameter at the top
    m_note = new QCPItemText(this);
    m_note->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_note->position->setCoords(0.5, 0.5);
    m_note->setPositionAlignment(Qt::AlignCenter);
    m_note->setFont(QFont(font().family(), 10));
    m_note->setColor(QColor(90, 90, 90));
    auto* texts = new i18n::Retranslator(this);
    texts->add([this] {
        setPlotTitle(this, tr("Parameter importance (ε², share of variance)"));
        xAxis->setLabel(tr("share of variance (%)"));
        updateNote();
    });
}

void ParameterImportancePlot::updateNote() {
    m_note->setText(tr("Not enough trials yet:\nshown from %1 completed trials (%2 so far).")
                        .arg(i18n::count(models::kMinImportanceTrials), i18n::count(m_trials)));
    replot(QCustomPlot::rpQueuedReplot);
}

QString ParameterImportancePlot::note() const {
    return m_note->visible() ? m_note->text() : QString();
}

void ParameterImportancePlot::setImportance(const models::ImportanceResult& importance,
                                            const models::SweepPlotData& data) {
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> keys, values;
    for (std::size_t i = 0; i < data.parameters.size(); ++i)
        ticker->addTick(double(i), data.parameters[i].label);
    if (importance.enough)
        for (std::size_t i = 0; i < importance.parameters.size(); ++i) {
            keys << double(i);
            values << importance.parameters[i].share * 100;
        }
    yAxis->setTicker(ticker);
    m_bars->setData(keys, values);
    yAxis->setRange(-0.6, std::max<double>(1, double(data.parameters.size())) - 0.4);
    double top = 10;
    for (double v : values)
        top = std::max(top, v * 1.1);
    xAxis->setRange(0, std::min(100.0, top));
    m_note->setVisible(!importance.enough);
    m_trials = importance.trials;
    updateNote();
}

}  // namespace ui::charts
