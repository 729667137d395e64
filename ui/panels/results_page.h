#pragma once

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
    QHash<QString, widgets::MetricCard*> m_cards;
    charts::LossChart* m_loss;
    QComboBox* m_view;
    charts::PredictionScatterPlot* m_scatter;
    charts::ErrorHistogramPlot* m_histogram;
    charts::ResidualPlot* m_residuals;
};

/// Formats a normalised metric as the cards show it ("0.1718").
QString formatMetric(double value);

}  // namespace ui::panels
