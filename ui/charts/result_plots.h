#pragma once

#include <qcustomplot.h>

#include <vector>

namespace ui::charts {

/// Predicted against actual stars for the whole test set, with the y = x line. Actual
/// ratings take five values, so the plot offers two views: points jittered sideways around
/// each star, or a box plot of the predictions per star (quartiles, 1.5·IQR whiskers, mean).
class PredictionScatterPlot : public QCustomPlot {
    Q_OBJECT
public:
    enum class View { Jitter, Box };
    explicit PredictionScatterPlot(QWidget* parent = nullptr);
    void setData(const std::vector<float>& actualStars, const std::vector<float>& predictedStars);
    void setView(View view);
    int pointCount() const;

private:
    void rebuild();
    std::vector<float> m_actual, m_predicted;
    View m_view = View::Jitter;
};

/// Histogram of the errors (actual − predicted stars), 50 bins, with the mean marked.
class ErrorHistogramPlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit ErrorHistogramPlot(QWidget* parent = nullptr);
    /// Bins from the errors' own range (rounded out to half stars).
    void setErrors(const std::vector<float>& errors);
    /// Bins over [start, end] (errors outside fall into the end bins), so that histograms of
    /// different runs share their bins; the axes fit the bars.
    void setErrors(const std::vector<float>& errors, double start, double end);
    /// The range setErrors(errors) bins over: [floor to ½, ceil to ½] of the errors; an empty
    /// range (lower > upper) when there are none.
    static QCPRange binRange(const std::vector<float>& errors);

private:
    std::vector<float> m_errors;  // kept to redraw in another language
    double m_start = 0, m_end = 0;
};

/// Residuals (actual − predicted) against the prediction, with the zero line.
class ResidualPlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit ResidualPlot(QWidget* parent = nullptr);
    void setData(const std::vector<float>& predictedStars, const std::vector<float>& residuals);
};

/// Labelled bars (the rating histogram, ratings per genre).
class BarPlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit BarPlot(QWidget* parent = nullptr);
    void setBars(const QString& title, const QStringList& labels, const QVector<double>& values,
                 const QString& valueLabel, bool horizontal = false);
};

/// Common look: interactions (drag to pan, wheel to zoom, double-click to reset).
void setUpPlot(QCustomPlot* plot, const QString& title);
/// Replaces the title setUpPlot put above the plot.
void setPlotTitle(QCustomPlot* plot, const QString& title);

}  // namespace ui::charts
