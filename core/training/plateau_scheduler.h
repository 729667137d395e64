#pragma once

#include <algorithm>
#include <limits>

namespace core::training {

/// PyTorch's ReduceLROnPlateau (mode "min", threshold_mode "rel", cooldown 0, eps 1e-8),
/// which LibTorch 1.13 lacks in C++. Single-threaded value type.
class PlateauScheduler {
public:
    PlateauScheduler(double learningRate, double factor, int patience, double threshold,
                     double minLearningRate)
        : m_rate(learningRate),
          m_factor(factor),
          m_patience(patience),
          m_threshold(threshold),
          m_minRate(minLearningRate) {}

    /// Feeds one epoch's validation loss; returns the (possibly reduced) learning rate.
    double step(double validationLoss) {
        if (validationLoss < m_best * (1.0 - m_threshold)) {
            m_best = validationLoss;
            m_badEpochs = 0;
        } else {
            ++m_badEpochs;
        }
        if (m_badEpochs > m_patience) {
            const double reduced = std::max(m_rate * m_factor, m_minRate);
            if (m_rate - reduced > 1e-8)
                m_rate = reduced;
            m_badEpochs = 0;
        }
        return m_rate;
    }

    double learningRate() const { return m_rate; }

private:
    double m_rate;
    double m_factor;
    int m_patience;
    double m_threshold;
    double m_minRate;
    double m_best = std::numeric_limits<double>::infinity();
    int m_badEpochs = 0;
};

}  // namespace core::training
