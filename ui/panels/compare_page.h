#pragma once

#include <QWidget>

#include <array>
#include <memory>

#include "charts/chart_export.h"

class QCheckBox;
class QCustomPlot;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;

namespace ui::models {
struct RunComparison;
class ConfigComparisonModel;
class MetricComparisonModel;
}  // namespace ui::models
namespace ui::charts {
class LossComparisonChart;
class PredictionScatterPlot;
class ErrorHistogramPlot;
}  // namespace ui::charts

namespace ui::panels {

/// Several saved runs side by side (the runs page's Compare): the test metrics with the best
/// value per row marked and the configurations with differing settings highlighted (either
/// table exports as CSV), the loss curves overlaid, and for two runs chosen from the
/// comparison their predicted-vs-actual plots and error histograms on shared axes. Shows a
/// comparison read off the GUI thread (MainWindow::compareRuns); reads nothing itself.
class ComparePage : public QWidget {
    Q_OBJECT

public:
    explicit ComparePage(QWidget* parent = nullptr);

    void setComparison(std::shared_ptr<const models::RunComparison> comparison);
    const std::shared_ptr<const models::RunComparison>& comparison() const { return m_comparison; }

    /// Shows runs `a` and `b` (indices into the comparison's runs) in the two-run plots.
    void setPair(int a, int b);
    /// Shows only the settings that differ; remembered for the next comparison.
    void setOnlyDifferences(bool only);

    /// Writes a table as CSV (what the table shows); empty when written, else the reason.
    QString exportMetricsCsv(const QString& path) const;
    QString exportConfigCsv(const QString& path) const;

    QList<charts::ChartHandle> charts() const;
    models::ConfigComparisonModel* configModel() const { return m_configModel; }
    models::MetricComparisonModel* metricModel() const { return m_metricModel; }
    charts::LossComparisonChart* lossChart() const { return m_loss; }
    /// The two-run plots: side 0 is run A (left), 1 is run B (right).
    charts::PredictionScatterPlot* scatter(int side) const { return m_scatter[side]; }
    charts::ErrorHistogramPlot* histogram(int side) const { return m_histogram[side]; }
    QTabWidget* sections() const { return m_sections; }

private:
    void showPair();
    void updateHeader();
    void updatePairTitles();
    void applySharedRanges();
    void alignColumns();
    void linkAxes(QCustomPlot* a, QCustomPlot* b);
    void chooseAndExport(bool metrics);

    std::shared_ptr<const models::RunComparison> m_comparison;
    QLabel* m_header;
    QTabWidget* m_sections;
    models::MetricComparisonModel* m_metricModel;
    models::ConfigComparisonModel* m_configModel;
    QTableView* m_metricView;
    QTableView* m_configView;
    QCheckBox* m_onlyDifferences;
    charts::LossComparisonChart* m_loss;
    std::array<QComboBox*, 2> m_run{};
    QComboBox* m_view;
    std::array<charts::PredictionScatterPlot*, 2> m_scatter{};
    std::array<charts::ErrorHistogramPlot*, 2> m_histogram{};
    // The axis ranges both histograms share: x over the common bins, y to the taller one.
    double m_histogramXLower = 0, m_histogramXUpper = 1, m_histogramYUpper = 1;
    bool m_linking = false;  // an axis change is being mirrored to the other plot
};

}  // namespace ui::panels
