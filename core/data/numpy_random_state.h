#pragma once

#include <cstdint>
#include <random>
#include <vector>

namespace core::data {

/// NumPy's legacy `np.random.RandomState(seed)` for the one call scikit-learn's
/// `train_test_split` makes: `permutation(n)`. MT19937 seeded like NumPy (init_genrand),
/// Fisher–Yates from the back with NumPy's masked rejection sampling, so
/// `NumpyRandomState(42).permutation(10)` is NumPy's [8, 1, 5, 0, 7, 2, 9, 4, 3, 6].
class NumpyRandomState {
public:
    explicit NumpyRandomState(std::uint32_t seed) : m_engine(seed) {}

    /// A uniformly random integer in [0, max], as NumPy's random_interval.
    std::uint32_t interval(std::uint32_t max);

    /// A permutation of 0 … n−1, as RandomState.permutation(n).
    std::vector<std::int32_t> permutation(std::int32_t n);

private:
    std::mt19937 m_engine;
};

}  // namespace core::data
