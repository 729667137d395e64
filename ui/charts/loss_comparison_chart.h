#pragma once

#include <QChartView>
#include <QList>
#include <QPointF>
#include <QVector>

class QValueAxis;

namespace ui::charts {

/// One run's loss curves, as the comparison chart draws them.
struct RunLossCurves {
    QString name;                 ///< the run's name (the legend entry)
    QVector<QPointF> train;       ///< (epoch, mean training MSE)
    QVector<QPointF> validation;  ///< (epoch, validation MSE)
};

/// Several runs' loss curves overlaid (Qt Charts): per run, validation as a solid line and
/// training as a dashed line in the run's colour; the legend names the runs. showRuns()
/// replaces every series.
class LossComparisonChart : public QChartView {
    Q_OBJECT

public:
    explicit LossComparisonChart(QWidget* parent = nullptr);
    void showRuns(const QList<RunLossCurves>& runs);
    /// Replaces the chart's title and the y axis' title (for curves of another quantity); the
    /// caller sets them again when the language changes.
    void setTitles(const QString& title, const QString& yTitle);
    /// The solid (validation) series drawn, for tests.
    int runCount() const;
    /// The colour of the run at `index` in showRuns' list (distinct for the first ten).
    static QColor runColor(int index);

private:
    QValueAxis* m_x;
    QValueAxis* m_y;
    QList<RunLossCurves> m_runs;  // on display (redrawn for a new "(training)" name)
    bool m_customTitles = false;
};

}  // namespace ui::charts
