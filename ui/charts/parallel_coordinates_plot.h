#pragma once

#include <qcustomplot.h>
#include <QSet>

#include <map>
#include <optional>

#include "models/sweep_plot_data.h"

namespace ui::charts {

/// A sweep's trials as parallel coordinates (QCustomPlot): one vertical axis per swept
/// parameter (log axes for log ranges, one tick per value for value lists) and one for the
/// objective, one polyline per trial. Completed trials are coloured by their objective (the
/// colour scale at the right; the better end is dark), pruned ones grey, running ones dashed;
/// the best trial is drawn thick. Dragging along an axis brushes a range of it: only trials
/// inside every brush stay coloured, and brushChanged() lets the page filter its table; a click
/// on an axis clears its brush, a double-click clears them all. Draws what setData() gives it.
class ParallelCoordinatesPlot : public QCustomPlot {
    Q_OBJECT

public:
    explicit ParallelCoordinatesPlot(QWidget* parent = nullptr);

    /// Replaces the trials (brushes stay while the axes are the same).
    void setData(const models::SweepPlotData& data);
    const models::SweepPlotData& data() const { return m_data; }

    /// Parameter axes, then the objective's.
    int axisCount() const { return int(m_data.parameters.size()) + 1; }
    /// Brushes positions low … high (0 = the axis' bottom, 1 = its top) of an axis.
    void setBrush(int axis, double low, double high);
    void clearBrushes();
    bool hasBrushes() const { return !m_brushes.empty(); }
    /// The trials inside every brush; nullopt when nothing is brushed.
    std::optional<QSet<int>> brushedTrials() const;
    /// Polylines drawn (one per trial with at least two values).
    int drawnTrialCount() const { return m_drawn; }
    /// Where an axis' position (0 … 1) is on the widget, for the mouse (and tests).
    QPoint pixelAt(int axis, double position) const;

signals:
    void brushChanged();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    void rebuild();
    const models::SweepAxis& axis(int index) const;
    /// A point's position on an axis (NaN when it has no value there).
    double position(const models::SweepPoint& point, int axis) const;
    int axisNear(const QPoint& pixel) const;
    double positionAt(const QPoint& pixel) const;

    models::SweepPlotData m_data;
    std::map<int, QCPRange> m_brushes;  // by axis, in positions
    QCPColorScale* m_colorScale;
    int m_drawn = 0;
    int m_dragAxis = -1;
    double m_dragStart = 0;
};

/// The colours of objective values: dark purple for the best end, yellow-green for the worst.
QCPColorGradient objectiveGradient(core::sweep::Direction direction);

}  // namespace ui::charts
