#pragma once

#include <vector>

#include <QWidget>

#include "charts/chart_export.h"

class QComboBox;
class QLabel;

namespace ui::models {
class Session;
}
namespace ui::widgets {
class MetricCard;
}
namespace ui::charts {
class LossChart;
class PredictionScatterPlot;
class ErrorHistogramPlot;
class ResidualPlot;
}  // namespace ui::charts

namespace ui::panels {

/// A run's test results: metric cards (normalised as the notebook prints them, and stars),
/// the loss curves, predicted-vs-actual (jittered points or boxes per star), the error
/// histogram and the residual plot over the whole test set.
class ResultsPage : public QWidget {
    Q_OBJECT

public:
    ResultsPage(models::Session* session, QWidget* parent = nullptr);
    QList<charts::ChartHandle> charts() const;
    /// The card of a metric key: rmse, mae, r2, precision, ndcg_notebook, ndcg.
    widgets::MetricCard* card(const QString& key) const;
    charts::PredictionScatterPlot* scatter() const { return m_scatter; }

private:
    void showRun();

    models::Session* m_session;
    QLabel* m_header;
    QLabel* m_pattern;
    QHash<QString, widgets::MetricCard*> m_cards;
    charts::LossChart* m_loss;
    QComboBox* m_view;
    charts::PredictionScatterPlot* m_scatter;
    charts::ErrorHistogramPlot* m_histogram;
    charts::ResidualPlot* m_residuals;
};

/// Formats a normalised metric as the cards show it ("0.1718").
QString formatMetric(double value);

/// What the test predictions' distribution hides from the metrics.
struct PredictionPattern {
    double commonValue = 0;   ///< the most frequent prediction, to 0.01 star
    double commonShare = 0;   ///< share of the predictions at that value
    double outsideShare = 0;  ///< share below 1 or above 5 stars
};
PredictionPattern predictionPattern(const std::vector<float>& predictedStars);

}  // namespace ui::panels
