// Times the Results page's predicted-vs-actual and residual plots at MovieLens 25M size:
//   rw_plot_bench [points] [--png DIR]   (default 3,750,000 points: the test ratings of ml-25m;
//                                         --png: each plot as DIR/<plot>-<path>-<points>.png)
// Offscreen (QT_QPA_PLATFORM=offscreen unless set), each plot a 900 × 600 window. Synthetic
// ratings: actual in half stars with roughly ml-25m's shares, predicted = actual + normal noise
// (σ = 0.8 stars). For the density plot (above kDensityThreshold points) and for the point
// scatter it replaces (at 150,000 points and at the full count), prints one line each:
//   <plot> <path> <n> points: setData <ms> (bin <ms>, first replot <ms>), replot median <ms>,
//   max <ms>
// setData includes the first replot (setData draws); "bin" is the rest: binning (or, for
// points, the QCPGraph's sorted copy of them) and building the plottables; the scatter's data
// are moved in, as the Results page does. Replots are the 20 pan/zoom steps that follow, each
// a replot with an immediate repaint, timed on the wall clock.

#include <qcustomplot.h>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "charts/result_plots.h"

using ui::charts::PredictionScatterPlot;
using ui::charts::ResidualPlot;

namespace {

struct Ratings {
    std::vector<float> actual, predicted, residual;
};

// Roughly ml-25m's ratings by half star (½ … 5), in per mille.
constexpr int kSharesPerMille[] = {16, 31, 16, 66, 50, 196, 126, 266, 85, 145};

Ratings synthetic(std::size_t n) {
    std::mt19937 random(25);
    std::discrete_distribution<int> halfStars(std::begin(kSharesPerMille),
                                              std::end(kSharesPerMille));
    std::normal_distribution<float> noise(0.0f, 0.8f);
    Ratings r;
    r.actual.resize(n);
    r.predicted.resize(n);
    r.residual.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        r.actual[i] = float(halfStars(random) + 1) / 2;
        r.predicted[i] = r.actual[i] + noise(random);
        r.residual[i] = r.actual[i] - r.predicted[i];
    }
    return r;
}

double msSince(const QElapsedTimer& timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

// 20 steps of panning and zooming both axes, each followed by a replot with an immediate
// repaint (what a drag or a wheel turn does); returns the wall times in ms.
std::vector<double> panAndZoom(QCustomPlot* plot) {
    std::vector<double> times;
    for (int step = 0; step < 20; ++step) {
        const double sign = step % 4 < 2 ? 1 : -1;
        if (step % 2 == 0) {
            plot->xAxis->moveRange(0.15 * sign);
            plot->yAxis->moveRange(-0.1 * sign);
        } else {
            const double factor = sign > 0 ? 0.85 : 1 / 0.85;
            plot->xAxis->scaleRange(factor, plot->xAxis->range().center());
            plot->yAxis->scaleRange(factor, plot->yAxis->range().center());
        }
        QElapsedTimer timer;
        timer.start();
        plot->replot(QCustomPlot::rpImmediateRefresh);
        times.push_back(msSince(timer));
    }
    return times;
}

QString pngFolder;  // where --png saves the plots; empty: nowhere

template <typename Plot, typename SetData>
void measure(const char* name, std::size_t threshold, std::size_t n, SetData setData) {
    Plot plot;
    plot.resize(900, 600);
    plot.setDensityThreshold(threshold);
    plot.show();
    QCoreApplication::processEvents();
    QElapsedTimer timer;
    timer.start();
    setData(plot);
    const double total = msSince(timer);
    const double firstReplot = plot.replotTime();
    QCoreApplication::processEvents();
    const bool density = n > threshold;
    if (!pngFolder.isEmpty())  // as first shown, before the panning and zooming
        plot.savePng(QDir(pngFolder).filePath(
            QStringLiteral("%1-%2-%3.png").arg(name, density ? "density" : "points").arg(n)));
    std::vector<double> times = panAndZoom(&plot);
    std::sort(times.begin(), times.end());
    std::printf(
        "%s %s %zu points: setData %.0f ms (bin %.0f ms, first replot %.0f ms), replot median "
        "%.1f ms, max %.1f ms\n",
        name, density ? "density" : "points", n, total, total - firstReplot, firstReplot,
        times[times.size() / 2], times.back());
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::size_t n = 3'750'000;
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--png") && i + 1 < args.size())
            pngFolder = args[++i];
        else
            n = args[i].toULongLong();
    }
    if (n == 0) {
        std::fprintf(stderr, "usage: rw_plot_bench [points] [--png DIR]\n");
        return 2;
    }
    const std::size_t small = std::min<std::size_t>(n, 150'000);
    const Ratings all = synthetic(n);
    Ratings some;
    some.actual.assign(all.actual.begin(), all.actual.begin() + std::ptrdiff_t(small));
    some.predicted.assign(all.predicted.begin(), all.predicted.begin() + std::ptrdiff_t(small));
    some.residual.assign(all.residual.begin(), all.residual.begin() + std::ptrdiff_t(small));
    constexpr std::size_t kNever = std::numeric_limits<std::size_t>::max();
    std::printf("density threshold %zu points; plots 900 x 600, offscreen\n",
                ui::charts::kDensityThreshold);

    // The scatter keeps its data: the caller moves them in (as the Results page does), the
    // copies made here, before the clock starts.
    const auto scatter = [](const Ratings& r) {
        return [actual = r.actual, predicted = r.predicted](PredictionScatterPlot& plot) mutable {
            plot.setData(std::move(actual), std::move(predicted));
        };
    };
    const auto residuals = [](const Ratings& r) {
        return [&r](ResidualPlot& plot) { plot.setData(r.predicted, r.residual); };
    };
    measure<PredictionScatterPlot>("predicted-vs-actual", ui::charts::kDensityThreshold, n,
                                   scatter(all));
    measure<PredictionScatterPlot>("predicted-vs-actual", kNever, small, scatter(some));
    measure<PredictionScatterPlot>("predicted-vs-actual", kNever, n, scatter(all));
    measure<ResidualPlot>("residuals", ui::charts::kDensityThreshold, n, residuals(all));
    measure<ResidualPlot>("residuals", kNever, small, residuals(some));
    measure<ResidualPlot>("residuals", kNever, n, residuals(all));

    // The box view at full size (partial sorting per half star), from the density view.
    PredictionScatterPlot plot;
    plot.resize(900, 600);
    plot.setData(all.actual, all.predicted);
    QElapsedTimer timer;
    timer.start();
    plot.setView(PredictionScatterPlot::View::Box);
    std::printf("predicted-vs-actual box view %zu points: %.0f ms (first replot %.0f ms)\n", n,
                msSince(timer), plot.replotTime());
    if (!pngFolder.isEmpty())
        plot.savePng(
            QDir(pngFolder).filePath(QStringLiteral("predicted-vs-actual-box-%1.png").arg(n)));
    timer.restart();
    plot.setView(PredictionScatterPlot::View::Jitter);
    std::printf("predicted-vs-actual back to the density view: %.0f ms (no binning)\n",
                msSince(timer));
    return 0;
}
