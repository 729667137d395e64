#include "charts/loss_chart.h"

#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

#include "models/training_history.h"

namespace ui::charts {

LossChart::LossChart(QWidget* parent) : QChartView(parent) {
    auto* chart = new QChart();
    chart->setTitle(tr("Loss (MSE, normalised ratings)"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_train = new QLineSeries();
    m_train->setName(tr("train loss"));
    m_train->setPointsVisible(true);
    m_validation = new QLineSeries();
    m_validation->setName(tr("validation loss"));
    m_validation->setPointsVisible(true);
    m_running = new QLineSeries();
    m_running->setName(tr("batch loss (running mean)"));
    QPen runningPen(QColor(120, 120, 120));
    runningPen.setStyle(Qt::DotLine);
    m_running->setPen(runningPen);
    m_best = new QScatterSeries();
    m_best->setName(tr("best epoch"));
    m_best->setMarkerSize(14);
    m_best->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_best->setColor(Qt::transparent);
    m_best->setBorderColor(QColor(0xd3, 0x2f, 0x2f));
    m_rate = new QLineSeries();
    m_rate->setName(tr("learning rate"));
    QPen ratePen(QColor(0x6a, 0x1b, 0x9a));
    ratePen.setStyle(Qt::DashLine);
    m_rate->setPen(ratePen);
    for (auto* s : {static_cast<QXYSeries*>(m_running), static_cast<QXYSeries*>(m_train),
                    static_cast<QXYSeries*>(m_validation), static_cast<QXYSeries*>(m_best),
                    static_cast<QXYSeries*>(m_rate)})
        chart->addSeries(s);

    m_x = new QValueAxis();
    m_x->setTitleText(tr("epoch"));
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_y = new QValueAxis();
    m_y->setTitleText(tr("MSE"));
    m_rateAxis = new QLogValueAxis();
    m_rateAxis->setTitleText(tr("learning rate"));
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

    double top = 0, bottom = 1e9;
    for (const auto* points : {&train, &validation, &running})
        for (const auto& p : *points) {
            top = std::max(top, p.y());
            bottom = std::min(bottom, p.y());
        }
    if (bottom > top) {
        bottom = 0;
        top = 0.1;
    }
    const double pad = (top - bottom) * 0.08 + 1e-4;
    m_y->setRange(std::max(0.0, bottom - pad), top + pad);
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
