#pragma once

#include <cstdint>
#include <span>

namespace core::metrics {

/// RMSE, MAE and R² on the normalised scale (ratings / 5), as the notebook prints them.
/// The star-scale values are 5× the normalised ones (R² has no unit).
struct RegressionMetrics {
    double rmse = 0;
    double mae = 0;
    double r2 = 0;
    std::int64_t count = 0;

    double rmseStars() const { return rmse * 5.0; }
    double maeStars() const { return mae * 5.0; }
};

/// scikit-learn's mean_squared_error (square-rooted), mean_absolute_error and r2_score,
/// accumulated in double. When every true rating is the same, R² is undefined (its
/// denominator is 0); as scikit-learn does, it is then 1.0 for perfect predictions and 0.0
/// otherwise.
RegressionMetrics regressionMetrics(std::span<const float> truth, std::span<const float> predicted);

}  // namespace core::metrics
