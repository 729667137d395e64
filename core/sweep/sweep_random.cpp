#include "sweep/sweep_random.h"

#include <cmath>
#include <limits>
#include <numbers>

namespace core::sweep {

std::uint64_t mixBits(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

SweepRandom::SweepRandom(std::uint64_t seed, std::uint64_t stream)
    : m_engine(mixBits(mixBits(seed) ^ mixBits(stream + 0x632BE59BD9B4E019ull))) {}

std::int64_t SweepRandom::below(std::int64_t n) {
    if (n <= 1)
        return 0;
    const auto range = std::uint64_t(n);
    // Reject the top partial block of 2^64 so that every residue is equally likely.
    const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max() -
                                std::numeric_limits<std::uint64_t>::max() % range;
    std::uint64_t x = bits();
    while (x >= limit)
        x = bits();
    return std::int64_t(x % range);
}

double SweepRandom::normal() {
    const double u1 = 1.0 - uniform();  // (0, 1]: log is finite
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

}  // namespace core::sweep
