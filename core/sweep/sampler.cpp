#include "sweep/sampler.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "sweep/sweep_random.h"

namespace core::sweep {
namespace {

using config::FieldType;
using config::FieldValue;

constexpr int kCandidates = 24;  // Optuna's n_ei_candidates
constexpr double kPriorWeight = 1.0;
constexpr double kTiny = 1e-300;  // floor of probabilities before log

// Stream numbers per trial; grid draws nothing.
SweepRandom trialRandom(const SweepSpec& spec, int trialNumber) {
    return SweepRandom(spec.seed, std::uint64_t(trialNumber));
}

FieldValue randomValue(const SweepParameter& p, SweepRandom& rng) {
    if (!p.range)
        return p.values[std::size_t(rng.below(std::int64_t(p.values.size())))];
    const auto& r = *p.range;
    if (p.type == FieldType::Integer) {
        if (r.scale == Scale::Linear)
            return FieldValue{std::int64_t(r.low) + rng.below(std::int64_t(r.high - r.low) + 1)};
        const double v = std::exp(rng.uniform(std::log(r.low - 0.5), std::log(r.high + 0.5)));
        return FieldValue{
            std::clamp(std::int64_t(std::llround(v)), std::int64_t(r.low), std::int64_t(r.high))};
    }
    const double v = r.scale == Scale::Log
                         ? std::exp(rng.uniform(std::log(r.low), std::log(r.high)))
                         : rng.uniform(r.low, r.high);
    return FieldValue{std::clamp(v, r.low, r.high)};
}

// ---- Parzen estimators -------------------------------------------------------------------

// Optuna's default_weights: equal weights for up to 25 observations; beyond, the older ones
// ramp linearly from 1/n up to 1 and the 25 most recent weigh 1.
std::vector<double> defaultWeights(std::size_t n) {
    std::vector<double> w(n, 1.0);
    if (n < 25)
        return w;
    const std::size_t ramp = n - 25;
    const double start = 1.0 / double(n);
    for (std::size_t i = 0; i < ramp; ++i)
        w[i] = ramp == 1 ? start : start + (1.0 - start) * double(i) / double(ramp - 1);
    return w;
}

std::vector<double> normalised(std::vector<double> w) {
    const double sum = std::accumulate(w.begin(), w.end(), 0.0);
    for (auto& x : w)
        x /= sum;
    return w;
}

// Φ(b) − Φ(a) for a ≤ b, computed on the side of the tail that keeps precision.
double gaussMass(double a, double b) {
    constexpr double kInvSqrt2 = 0.70710678118654752440;
    if (a >= 0)
        return 0.5 * (std::erfc(a * kInvSqrt2) - std::erfc(b * kInvSqrt2));
    if (b <= 0)
        return 0.5 * (std::erfc(-b * kInvSqrt2) - std::erfc(-a * kInvSqrt2));
    return 1.0 - 0.5 * (std::erfc(-a * kInvSqrt2) + std::erfc(b * kInvSqrt2));
}

double logSumExp(const std::vector<double>& terms) {
    const double top = *std::max_element(terms.begin(), terms.end());
    if (!std::isfinite(top))
        return top;
    double sum = 0;
    for (double t : terms)
        sum += std::exp(t - top);
    return top + std::log(sum);
}

// A mixture of truncated normals on [low, high] (in the transformed space). With step > 0 the
// values are the points low, low + step, …, high and each has the mass of its bin.
struct NumericEstimator {
    double low = 0, high = 0, step = 0;
    std::vector<double> mus, sigmas, weights;

    NumericEstimator(std::vector<double> xs, double lo, double hi, double st)
        : low(lo), high(hi), step(st) {
        const double priorMu = 0.5 * (low + high);
        const double width = high - low + step;
        std::vector<double> raw = defaultWeights(xs.size());
        if (!xs.empty()) {
            std::vector<double> withPrior = xs;
            withPrior.push_back(priorMu);
            std::vector<std::size_t> order(withPrior.size());
            std::iota(order.begin(), order.end(), std::size_t(0));
            std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
                return withPrior[a] < withPrior[b];
            });
            std::vector<double> ends{low - step / 2};
            for (auto i : order)
                ends.push_back(withPrior[i]);
            ends.push_back(high + step / 2);
            std::vector<double> sortedSigma(withPrior.size());
            for (std::size_t i = 0; i < sortedSigma.size(); ++i)
                sortedSigma[i] = std::max(ends[i + 1] - ends[i], ends[i + 2] - ends[i + 1]);
            // consider_endpoints = False: the outermost kernels use their inner neighbour only.
            if (ends.size() >= 4) {
                sortedSigma.front() = ends[2] - ends[1];
                sortedSigma.back() = ends[ends.size() - 2] - ends[ends.size() - 3];
            }
            std::vector<double> sigma(withPrior.size());
            for (std::size_t k = 0; k < order.size(); ++k)
                sigma[order[k]] = sortedSigma[k];
            // Optuna's "magic clip".
            const double minSigma = width / std::min(100.0, 1.0 + double(xs.size()) + 1.0);
            for (std::size_t i = 0; i < xs.size(); ++i) {
                mus.push_back(xs[i]);
                sigmas.push_back(std::clamp(sigma[i], minSigma, width));
            }
        }
        mus.push_back(priorMu);
        sigmas.push_back(width);
        raw.push_back(xs.empty() ? 1.0 : kPriorWeight);
        weights = normalised(std::move(raw));
    }

    double sample(SweepRandom& rng) const {
        const std::size_t k = pick(weights, rng);
        const double lo = low - step / 2, hi = high + step / 2;
        double x = mus[k];
        bool found = false;
        for (int attempt = 0; attempt < 1000 && !found; ++attempt) {
            x = mus[k] + sigmas[k] * rng.normal();
            found = x >= lo && x <= hi;
        }
        x = std::clamp(x, lo, hi);
        if (step > 0)
            x = std::clamp(low + std::round((x - low) / step) * step, low, high);
        return x;
    }

    double logPdf(double x) const {
        const double lo = low - step / 2, hi = high + step / 2;
        std::vector<double> terms(mus.size());
        for (std::size_t k = 0; k < mus.size(); ++k) {
            const double mu = mus[k], s = sigmas[k];
            const double accept = gaussMass((lo - mu) / s, (hi - mu) / s);
            double p;
            if (step > 0) {
                const double a = std::max(x - step / 2, lo), b = std::min(x + step / 2, hi);
                p = gaussMass((a - mu) / s, (b - mu) / s) / accept;
            } else {
                const double z = (x - mu) / s;
                p = std::exp(-0.5 * z * z) / (s * 2.5066282746310002) / accept;
            }
            terms[k] = std::log(weights[k]) + std::log(std::max(p, kTiny));
        }
        return logSumExp(terms);
    }

    static std::size_t pick(const std::vector<double>& w, SweepRandom& rng) {
        double u = rng.uniform();
        for (std::size_t k = 0; k + 1 < w.size(); ++k) {
            if (u < w[k])
                return k;
            u -= w[k];
        }
        return w.size() - 1;
    }
};

// A mixture of categorical kernels: observation j puts weight 1 on its choice plus the prior's
// prior_weight/(n+1) on every choice; the prior kernel is uniform.
struct CategoricalEstimator {
    std::size_t choices = 0;
    std::vector<std::vector<double>> rows;
    std::vector<double> weights;

    CategoricalEstimator(const std::vector<std::size_t>& observed, std::size_t n) : choices(n) {
        const double fill = kPriorWeight / double(observed.size() + 1);
        for (auto c : observed) {
            std::vector<double> row(n, fill);
            row[c] += 1;
            rows.push_back(normalised(std::move(row)));
        }
        rows.push_back(std::vector<double>(n, 1.0 / double(n)));
        auto raw = defaultWeights(observed.size());
        raw.push_back(kPriorWeight);
        weights = normalised(std::move(raw));
    }

    std::size_t sample(SweepRandom& rng) const {
        const auto& row = rows[NumericEstimator::pick(weights, rng)];
        return NumericEstimator::pick(row, rng);
    }

    double logPdf(std::size_t c) const {
        double p = 0;
        for (std::size_t k = 0; k < rows.size(); ++k)
            p += weights[k] * rows[k][c];
        return std::log(std::max(p, kTiny));
    }
};

// Where a parameter's values live for the estimators: its bounds in the transformed space and
// the transform itself.
struct NumericSpace {
    double low, high, step;
    bool log;
};

NumericSpace numericSpace(const SweepParameter& p) {
    const auto& r = *p.range;
    const bool log = r.scale == Scale::Log;
    if (p.type == FieldType::Integer && log)  // Optuna's log-int: a continuous log range
        return {std::log(r.low - 0.5), std::log(r.high + 0.5), 0.0, true};
    if (p.type == FieldType::Integer)
        return {r.low, r.high, 1.0, false};
    return {log ? std::log(r.low) : r.low, log ? std::log(r.high) : r.high, 0.0, log};
}

double toNumber(const FieldValue& v) {
    if (const auto* i = std::get_if<std::int64_t>(&v))
        return double(*i);
    if (const auto* d = std::get_if<double>(&v))
        return *d;
    return 0;
}

FieldValue fromTransformed(const SweepParameter& p, const NumericSpace& space, double x) {
    const double v = space.log ? std::exp(x) : x;
    if (p.type == FieldType::Integer)
        return FieldValue{std::clamp(std::int64_t(std::llround(v)), std::int64_t(p.range->low),
                                     std::int64_t(p.range->high))};
    return FieldValue{std::clamp(v, p.range->low, p.range->high)};
}

double transformed(const NumericSpace& space, const FieldValue& v) {
    return space.log ? std::log(toNumber(v)) : toNumber(v);
}

FieldValue tpeValue(const SweepParameter& p, std::size_t index,
                    const std::vector<const SamplerObservation*>& below,
                    const std::vector<const SamplerObservation*>& above, SweepRandom& rng) {
    if (!p.range) {
        const auto indices = [&](const std::vector<const SamplerObservation*>& group) {
            std::vector<std::size_t> out;
            for (const auto* o : group) {
                const auto it = std::find(p.values.begin(), p.values.end(), o->values[index]);
                if (it != p.values.end())
                    out.push_back(std::size_t(it - p.values.begin()));
            }
            return out;
        };
        const CategoricalEstimator l(indices(below), p.values.size());
        const CategoricalEstimator g(indices(above), p.values.size());
        std::size_t best = 0;
        double bestScore = -std::numeric_limits<double>::infinity();
        for (int c = 0; c < kCandidates; ++c) {
            const auto choice = l.sample(rng);
            const double score = l.logPdf(choice) - g.logPdf(choice);
            if (score > bestScore) {
                bestScore = score;
                best = choice;
            }
        }
        return p.values[best];
    }
    const NumericSpace space = numericSpace(p);
    const auto xs = [&](const std::vector<const SamplerObservation*>& group) {
        std::vector<double> out;
        for (const auto* o : group)
            out.push_back(transformed(space, o->values[index]));
        return out;
    };
    const NumericEstimator l(xs(below), space.low, space.high, space.step);
    const NumericEstimator g(xs(above), space.low, space.high, space.step);
    FieldValue best;
    double bestScore = -std::numeric_limits<double>::infinity();
    for (int c = 0; c < kCandidates; ++c) {
        // Candidates go through the field's value (rounded integers) and back, as in Optuna.
        const FieldValue candidate = fromTransformed(p, space, l.sample(rng));
        const double x = transformed(space, candidate);
        const double score = l.logPdf(x) - g.logPdf(x);
        if (c == 0 || score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

}  // namespace

std::vector<ParameterValues> gridPoints(const SweepSpec& spec) {
    std::vector<std::vector<FieldValue>> axes;
    for (const auto& p : spec.parameters) {
        axes.push_back(gridValues(p));
        if (axes.back().empty())
            return {};
    }
    std::vector<ParameterValues> points;
    if (axes.empty())
        return points;
    std::vector<std::size_t> at(axes.size(), 0);
    while (true) {
        ParameterValues v;
        for (std::size_t i = 0; i < axes.size(); ++i)
            v.push_back(axes[i][at[i]]);
        points.push_back(std::move(v));
        // Odometer: the last parameter turns fastest.
        std::size_t i = axes.size();
        while (i > 0) {
            --i;
            if (++at[i] < axes[i].size())
                break;
            at[i] = 0;
            if (i == 0)
                return points;
        }
    }
}

ParameterValues sampleRandom(const SweepSpec& spec, int trialNumber) {
    SweepRandom rng = trialRandom(spec, trialNumber);
    ParameterValues values;
    for (const auto& p : spec.parameters)
        values.push_back(randomValue(p, rng));
    return values;
}

ParameterValues sampleTpe(const SweepSpec& spec, int trialNumber,
                          std::span<const SamplerObservation> history) {
    using Outcome = SamplerObservation::Outcome;
    std::vector<std::size_t> ranked(history.size());
    std::iota(ranked.begin(), ranked.end(), std::size_t(0));
    const auto rank = [](const SamplerObservation& o) {
        return o.outcome == Outcome::Completed ? 0 : o.outcome == Outcome::Pruned ? 1 : 2;
    };
    std::stable_sort(ranked.begin(), ranked.end(), [&](std::size_t a, std::size_t b) {
        const auto &x = history[a], &y = history[b];
        if (rank(x) != rank(y))
            return rank(x) < rank(y);
        if (x.outcome == Outcome::Pruned && x.epochs != y.epochs)
            return x.epochs > y.epochs;
        if (x.outcome == Outcome::Failed)
            return false;
        return x.loss < y.loss;
    });
    const std::size_t n = history.size();
    const std::size_t nBelow = std::min<std::size_t>((n + 9) / 10, 25);
    std::vector<std::size_t> belowIdx(ranked.begin(), ranked.begin() + std::ptrdiff_t(nBelow));
    std::vector<std::size_t> aboveIdx(ranked.begin() + std::ptrdiff_t(nBelow), ranked.end());
    // Back in trial order: the weights favour recent observations.
    std::sort(belowIdx.begin(), belowIdx.end());
    std::sort(aboveIdx.begin(), aboveIdx.end());
    std::vector<const SamplerObservation*> below, above;
    for (auto i : belowIdx)
        below.push_back(&history[i]);
    for (auto i : aboveIdx)
        above.push_back(&history[i]);

    SweepRandom rng = trialRandom(spec, trialNumber);
    ParameterValues values;
    for (std::size_t i = 0; i < spec.parameters.size(); ++i)
        values.push_back(tpeValue(spec.parameters[i], i, below, above, rng));
    return values;
}

std::optional<ParameterValues> suggestTrial(const SweepSpec& spec, int trialNumber,
                                            std::span<const SamplerObservation> history) {
    switch (spec.strategy) {
        case Strategy::Grid: {
            auto points = gridPoints(spec);
            if (trialNumber < 1 || std::size_t(trialNumber) > points.size())
                return std::nullopt;
            return std::move(points[std::size_t(trialNumber) - 1]);
        }
        case Strategy::Random:
            return sampleRandom(spec, trialNumber);
        case Strategy::Tpe:
            if (history.size() < std::size_t(spec.startupTrials) || history.empty())
                return sampleRandom(spec, trialNumber);
            return sampleTpe(spec, trialNumber, history);
    }
    return std::nullopt;
}

}  // namespace core::sweep
