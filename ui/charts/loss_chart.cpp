#include "charts/loss_chart.h"

#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

#include "i18n/retranslator.h"
#include "models/training_history.h"

namespace ui::charts {
namespace {

double niceStep(double span, int ticks) {
    // 1, 2, 2.5 or 5 × 10^k: ticks at round values (0.02, 0.025, 0.05), never 0.0368.
    const double raw = span / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * magnitude >= raw)
            return m * magnitude;
    return 10 * magnitude;
}

}  // namespace

LossChart::LossChart(QWidget* parent) : QChartView(parent) {
    auto* chart = new QChart();
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(std::max(7.0, legendFont.pointSizeF() - 1));
    chart->legend()->setFont(legendFont);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setLocalizeNumbers(true);
    m_train = new QLineSeries();
    m_train->setPointsVisible(true);
    m_validation = new QLineSeries();
    m_validation->setPointsVisible(true);
    m_running = new QLineSeries();
    QPen runningPen(QColor(120, 120, 120));
    runningPen.setStyle(Qt::DotLine);
    m_running->setPen(runningPen);
    m_best = new QScatterSeries();
    m_best->setMarkerSize(14);
    m_best->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    // Filled lightly, so that the legend's swatch shows the marker's red too.
    m_best->setColor(QColor(0xd3, 0x2f, 0x2f, 70));
    m_best->setBorderColor(QColor(0xd3, 0x2f, 0x2f));
    m_rate = new QLineSeries();
    QPen ratePen(QColor(0x6a, 0x1b, 0x9a));
    ratePen.setStyle(Qt::DashLine);
    m_rate->setPen(ratePen);
    for (auto* s : {static_cast<QXYSeries*>(m_running), static_cast<QXYSeries*>(m_train),
                    static_cast<QXYSeries*>(m_validation), static_cast<QXYSeries*>(m_best),
                    static_cast<QXYSeries*>(m_rate)})
        chart->addSeries(s);

    m_x = new QValueAxis();
    m_x->setLabelFormat(QStringLiteral("%.0f"));
    m_y = new QValueAxis();
    m_y->setTickType(QValueAxis::TicksDynamic);
    m_y->setTickAnchor(0);
    m_rateAxis = new QLogValueAxis();
    m_rateAxis->setLabelFormat(QStringLiteral("%.0e"));
    m_rateAxis->setBase(10);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    chart->addAxis(m_rateAxis, Qt::AlignRight);
    for (auto* s : {static_cast<QXYSeries*>(m_running), static_cast<QXYSeries*>(m_train),
                    static_cast<QXYSeries*>(m_validation), static_cast<QXYSeries*>(m_best)}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    m_rate->attachAxis(m_x);
    m_rate->attachAxis(m_rateAxis);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 240);
    auto* texts = new i18n::Retranslator(this);
    texts->add([this, chart] {
        chart->setLocale(QLocale());
        chart->setTitle(tr("Loss (MSE, normalised ratings)"));
        m_train->setName(tr("train"));
        m_validation->setName(tr("validation"));
        m_running->setName(tr("batches (running mean)"));
        m_best->setName(tr("best epoch"));
        m_rate->setName(tr("learning rate"));
        m_x->setTitleText(tr("epoch"));
        m_y->setTitleText(tr("MSE"));
        m_rateAxis->setTitleText(tr("learning rate"));
    });
    showHistory(models::TrainingHistory(), 30);
}

void LossChart::showHistory(const models::TrainingHistory& history, int maxEpochs) {
    const auto train = history.trainLoss();
    const auto validation = history.validationLoss();
    const auto& running = history.runningLoss();
    m_train->replace(train);
    m_validation->replace(validation);
    m_running->replace(running);
    QVector<QPointF> best;
    for (const auto& e : history.epochs())
        if (e.epoch == e.bestEpoch)
            best = {QPointF(e.epoch, e.validationLoss)};
    m_best->replace(best);
    // A step line: the rate set after epoch e holds until the next epoch ends.
    QVector<QPointF> rate;
    const auto rates = history.learningRate();
    for (qsizetype i = 0; i < rates.size(); ++i) {
        rate.append(rates[i]);
        if (i + 1 < rates.size())
            rate.append({rates[i + 1].x(), rates[i].y()});
    }
    m_rate->replace(rate);

    // The range fits the epoch curves (the batch curve starts far above them and would
    // squash them at the bottom); before the first epoch ends, the batch curve.
    double top = 0, bottom = 1e9;
    const bool epochCurves = !train.isEmpty() || !validation.isEmpty();
    for (const auto* points : {&train, &validation, &running}) {
        if (epochCurves && points == &running)
            continue;
        for (const auto& p : *points) {
            top = std::max(top, p.y());
            bottom = std::min(bottom, p.y());
        }
    }
    if (bottom > top) {
        bottom = 0;
        top = 0.1;
    }
    const double pad = (top - bottom) * 0.08 + 1e-4;
    const double yStep = niceStep(top - bottom + 2 * pad, 5);
    const double low = std::max(0.0, std::floor((bottom - pad) / yStep) * yStep);
    const double high = std::ceil((top + pad) / yStep) * yStep;
    m_y->setTickInterval(yStep);
    m_y->setRange(low, high);
    int decimals = 0;  // as many as the step has: 0.025 → 3, 0.05 → 2
    while (decimals < 6 && std::abs(yStep * std::pow(10.0, decimals) -
                                    std::round(yStep * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    m_y->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    // A saved run has no batch curve: its legend entry would name a line that is not drawn.
    for (auto* marker : chart()->legend()->markers(m_running))
        marker->setVisible(!running.isEmpty());
    const int lastEpoch = history.epochs().empty() ? 0 : history.epochs().back().epoch;
    const int epochs = std::max({1, maxEpochs, lastEpoch});
    // Whole-epoch ticks (1, 2, 5, 10, … apart) and room for the last epoch's marker.
    int step = 1;
    for (const int s : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000})
        if (epochs / s <= 10) {
            step = s;
            break;
        }
    m_x->setTickType(QValueAxis::TicksDynamic);
    m_x->setTickAnchor(0);
    m_x->setTickInterval(step);
    m_x->setRange(0, epochs + 0.5);
    double lo = 1e-3, hi = 1e-3;
    if (!rate.isEmpty()) {
        lo = hi = rate.front().y();
        for (const auto& p : rate) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    }
    // At least one decade, with the rate off the edges.
    m_rateAxis->setRange(std::pow(10.0, std::floor(std::log10(lo / 3))),
                         std::pow(10.0, std::ceil(std::log10(hi * 3))));
}

int LossChart::validationPointCount() const {
    return int(m_validation->count());
}
int LossChart::trainPointCount() const {
    return int(m_train->count());
}

}  // namespace ui::charts
