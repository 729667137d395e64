#pragma once

#include <cstdint>
#include <random>

namespace core::sweep {

/// The sweep's random numbers: std::mt19937_64's raw bits (fully specified by the C++
/// standard) turned into numbers by this class's own arithmetic, never by std distributions
/// (whose algorithms differ between standard libraries). The bits are the same on every
/// platform; uniform() and below() are exact integer/power-of-two arithmetic, so they are too;
/// normal() goes through libm's log, sqrt and cos, which agree across platforms to the last
/// bit or nearly so.
///
/// Each (seed, stream) pair is an independent stream: the samplers use one stream per trial
/// number, so what trial i draws never depends on how many numbers earlier trials drew (a
/// resumed sweep need not store generator state). Plain value type; one thread at a time.
class SweepRandom {
public:
    SweepRandom(std::uint64_t seed, std::uint64_t stream);

    /// 64 raw bits.
    std::uint64_t bits() { return m_engine(); }
    /// Uniform in [0, 1), 53 random bits.
    double uniform() { return double(bits() >> 11) * 0x1.0p-53; }
    /// Uniform in [low, high).
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    /// Uniform integer in [0, n), without modulo bias; 0 when n <= 1.
    std::int64_t below(std::int64_t n);
    /// Standard normal (Box–Muller, one value per call).
    double normal();

private:
    std::mt19937_64 m_engine;
};

/// SplitMix64's finaliser: a bijective mix of 64 bits (seeds derived from seed and stream).
std::uint64_t mixBits(std::uint64_t x);

}  // namespace core::sweep
