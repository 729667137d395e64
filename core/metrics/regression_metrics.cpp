#include "metrics/regression_metrics.h"

#include <cmath>

namespace core::metrics {

RegressionMetrics regressionMetrics(std::span<const float> truth,
                                    std::span<const float> predicted) {
    RegressionMetrics m;
    const std::size_t n = std::min(truth.size(), predicted.size());
    m.count = std::int64_t(n);
    if (n == 0)
        return m;
    double mean = 0;
    for (std::size_t i = 0; i < n; ++i)
        mean += truth[i];
    mean /= double(n);
    double squared = 0, absolute = 0, total = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double e = double(truth[i]) - double(predicted[i]);
        squared += e * e;
        absolute += std::abs(e);
        const double t = double(truth[i]) - mean;
        total += t * t;
    }
    m.rmse = std::sqrt(squared / double(n));
    m.mae = absolute / double(n);
    if (total > 0)
        m.r2 = 1.0 - squared / total;
    else
        m.r2 = squared == 0 ? 1.0 : 0.0;
    return m;
}

}  // namespace core::metrics
