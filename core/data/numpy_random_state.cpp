#include "data/numpy_random_state.h"

#include <numeric>
#include <utility>

namespace core::data {

std::uint32_t NumpyRandomState::interval(std::uint32_t max) {
    if (max == 0)
        return 0;
    std::uint32_t mask = max;
    mask |= mask >> 1;
    mask |= mask >> 2;
    mask |= mask >> 4;
    mask |= mask >> 8;
    mask |= mask >> 16;
    std::uint32_t value = 0;
    while ((value = std::uint32_t(m_engine()) & mask) > max) {
    }
    return value;
}

std::vector<std::int32_t> NumpyRandomState::permutation(std::int32_t n) {
    std::vector<std::int32_t> values(std::size_t(std::max(n, 0)));
    std::iota(values.begin(), values.end(), 0);
    for (std::int32_t i = n - 1; i >= 1; --i)
        std::swap(values[std::size_t(i)], values[interval(std::uint32_t(i))]);
    return values;
}

}  // namespace core::data
