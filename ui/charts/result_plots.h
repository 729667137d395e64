#pragma once

#include <qcustomplot.h>

#include <cstddef>
#include <memory>
#include <vector>

namespace ui::charts {

/// Above this many points, the jittered scatter of PredictionScatterPlot and the residual plot
/// are drawn as a density plot (a 2-D histogram: ratings per cell, log colour scale). A
/// QCPGraph scatter of 150,000 points (MovieLens 1M's test set) redraws in ~40–45 ms while
/// panning on a 2-core machine, about what a smooth drag allows; MovieLens 25M's ~3.75 million
/// take ~1.2 s to set and 55–70 ms a redraw, where the density plot bins them in ~20–30 ms and
/// redraws in ~1 ms (bench/plot_bench.cpp). And long before that many, the translucent points
/// merge into one opaque cloud that no longer shows where most ratings lie.
inline constexpr std::size_t kDensityThreshold = 200'000;

/// Predicted against actual stars for the whole test set, with the y = x line. Actual
/// ratings take a few values: whole stars 1–5 (MovieLens 100K, 1M) or half stars ½–5 (10M,
/// 20M, 25M), so the plot offers two views: points jittered sideways around each value, or a
/// box plot of the predictions per value (quartiles, 1.5·IQR whiskers, mean). Boxes and jitter
/// are half as wide where the values are half a star apart. With more than the density
/// threshold of points, the jitter view is a density plot: one column of cells per value.
/// Everything here runs in the GUI thread.
class PredictionScatterPlot : public QCustomPlot {
    Q_OBJECT
public:
    enum class View { Jitter, Box };
    explicit PredictionScatterPlot(QWidget* parent = nullptr);
    /// Actual and predicted stars of the same ratings (equal lengths), kept for the views: pass
    /// them with std::move where the caller is done with them (a copy of millions of ratings
    /// costs more than binning them). Actual values are grouped by the nearest half star; those
    /// outside ½–5 stars, and non-finite predictions, are left out of the boxes and the density
    /// cells. With more than densityThreshold() points the cells are counted here, once (not
    /// again on a change of view or language).
    void setData(std::vector<float> actualStars, std::vector<float> predictedStars);
    void setView(View view);
    /// The ratings given to setData.
    int pointCount() const;
    /// The range both axes are set to (and a comparison of two runs shares): 0.4–5.6 stars,
    /// or 0–5.6 where some ratings are half stars (½ star is a rating there).
    QCPRange starRange() const;
    /// The number of points above which setData draws a density plot (kDensityThreshold
    /// unless set; for benchmarks and tests). Takes effect at the next setData.
    void setDensityThreshold(std::size_t points);
    std::size_t densityThreshold() const { return m_densityThreshold; }

private:
    void rebuild();
    std::vector<float> m_actual, m_predicted;
    View m_view = View::Jitter;
    bool m_halfStars = false;  ///< some actual values are half stars (x.5): spacing ½
    std::size_t m_densityThreshold = kDensityThreshold;
    /// Ratings per cell of the density plot (NaN: none); null when the points are drawn.
    std::unique_ptr<QCPColorMapData> m_cells;
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

/// Residuals (actual − predicted) against the prediction, with the zero line; a density plot
/// (ratings per cell, log colour scale) above densityThreshold() points.
class ResidualPlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit ResidualPlot(QWidget* parent = nullptr);
    /// Predicted stars and residuals of the same ratings (equal lengths).
    void setData(const std::vector<float>& predictedStars, const std::vector<float>& residuals);
    /// The number of points above which setData draws a density plot (kDensityThreshold
    /// unless set; for benchmarks and tests). Takes effect at the next setData.
    void setDensityThreshold(std::size_t points) { m_densityThreshold = points; }
    std::size_t densityThreshold() const { return m_densityThreshold; }

private:
    std::size_t m_densityThreshold = kDensityThreshold;
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
