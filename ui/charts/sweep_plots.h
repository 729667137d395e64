#pragma once

#include <qcustomplot.h>

#include "models/parameter_importance.h"
#include "models/sweep_plot_data.h"

namespace ui::charts {

/// The objective against each swept value, one small plot per parameter (QCustomPlot axis
/// rects in a grid, one widget, so it exports as one image): completed trials as dots, pruned
/// ones with an objective as grey crosses, the best trial red; log x axes for log ranges, one
/// tick per value for value lists.
class ObjectiveByParameterPlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit ObjectiveByParameterPlot(QWidget* parent = nullptr);
    void setData(const models::SweepPlotData& data);
    /// The small plots (one per parameter).
    int panelCount() const { return int(m_panels.size()); }
    /// Points drawn in a panel (completed and pruned trials with an objective).
    int pointCount(int panel) const;

private:
    std::vector<QCPAxisRect*> m_panels;
    QCPLayoutGrid* m_grid;
};

/// The objective against the trial number: completed trials as dots, pruned ones as grey
/// crosses, and the best so far as a step line.
class SweepHistoryPlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit SweepHistoryPlot(QWidget* parent = nullptr);
    void setData(const models::SweepPlotData& data);
    /// The best-so-far line's points.
    int bestLinePointCount() const;

private:
    QCPGraph* m_completed;
    QCPGraph* m_pruned;
    QCPGraph* m_best;
    QCPGraph* m_bestPoint;
};

/// Parameter importance as horizontal bars (share of the objective's variance, %); a note in
/// place of the bars while there are too few trials (see models::parameterImportance).
class ParameterImportancePlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit ParameterImportancePlot(QWidget* parent = nullptr);
    void setImportance(const models::ImportanceResult& importance,
                       const models::SweepPlotData& data);
    /// The note shown instead of bars, or empty.
    QString note() const;

private:
    void updateNote();

    QCPBars* m_bars;
    QCPItemText* m_note;
    int m_trials = 0;  // completed trials the importance is over
};

}  // namespace ui::charts
