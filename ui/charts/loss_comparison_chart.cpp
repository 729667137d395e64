#include "charts/loss_comparison_chart.h"

#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

#include "i18n/retranslator.h"

namespace ui::charts {

LossComparisonChart::LossComparisonChart(QWidget* parent) : QChartView(parent) {
    auto* chart = new QChart();
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_x = new QValueAxis();
    // "%d" draws no labels once the chart localises its numbers.
    m_x->setLabelFormat(QStringLiteral("%.0f"));
    m_y = new QValueAxis();
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 240);
    auto* texts = new i18n::Retranslator(this);
    texts->add([this, chart] {
        // Tick labels in the UI language's numbers ("0,85" in Spanish).
        chart->setLocale(QLocale());
        chart->setLocalizeNumbers(true);
        m_x->setTitleText(tr("epoch"));
        // Custom titles are the owner's to retranslate (it calls setTitles again).
        if (!m_customTitles) {
            chart->setTitle(
                tr("Loss (MSE, normalised ratings): validation solid, training dashed"));
            m_y->setTitleText(tr("MSE"));
        }
        showRuns(m_runs);
    });
}

QColor LossComparisonChart::runColor(int index) {
    // Tableau 10: distinct at a glance, also for the common colour-vision deficiencies.
    static constexpr std::array<QRgb, 10> kPalette = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2,
                                                      0x59a14f, 0xedc948, 0xb07aa1, 0xff9da7,
                                                      0x9c755f, 0xbab0ac};
    if (index < int(kPalette.size()))
        return QColor(kPalette[std::size_t(index)]);
    // Beyond ten runs: hues a golden angle apart.
    return QColor::fromHsvF(std::fmod(0.61803398875 * index, 1.0), 0.65, 0.8);
}

void LossComparisonChart::setTitles(const QString& title, const QString& yTitle) {
    m_customTitles = true;
    chart()->setTitle(title);
    m_y->setTitleText(yTitle);
}

int LossComparisonChart::runCount() const {
    return int(chart()->series().size()) / 2;
}

void LossComparisonChart::showRuns(const QList<RunLossCurves>& runs) {
    m_runs = runs;
    QChart* c = chart();
    c->removeAllSeries();
    double top = 0, bottom = 1e9;
    int lastEpoch = 0;
    for (int i = 0; i < runs.size(); ++i) {
        const auto& run = runs[i];
        const QColor color = runColor(i);
        auto* validation = new QLineSeries();
        validation->setName(run.name);
        validation->setPen(QPen(color, 2));
        validation->setPointsVisible(true);
        validation->replace(run.validation);
        auto* train = new QLineSeries();
        train->setName(tr("%1 (training)").arg(run.name));
        train->setPen(QPen(color, 1.5, Qt::DashLine));
        train->replace(run.train);
        for (auto* s : {validation, train}) {
            c->addSeries(s);
            s->attachAxis(m_x);
            s->attachAxis(m_y);
        }
        // One legend entry per run: the dashed twin is explained by the title.
        for (auto* marker : c->legend()->markers(train))
            marker->setVisible(false);
        for (const auto* points : {&run.train, &run.validation})
            for (const auto& p : *points) {
                top = std::max(top, p.y());
                bottom = std::min(bottom, p.y());
                lastEpoch = std::max(lastEpoch, int(std::lround(p.x())));
            }
    }
    if (bottom > top) {
        bottom = 0;
        top = 0.1;
    }
    const double pad = (top - bottom) * 0.08 + 1e-4;
    m_y->setRange(std::max(0.0, bottom - pad), top + pad);
    const int epochs = std::max(1, lastEpoch);
    // Whole-epoch ticks, as the single-run loss chart.
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
}

}  // namespace ui::charts
