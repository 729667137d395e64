#include "sweep/pruner.h"

#include <algorithm>
#include <limits>

#include "sweep/sweep_state.h"

namespace core::sweep {
namespace {

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

std::optional<PruneDecision> medianRule(const EarlyTermination& rule, std::span<const double> curve,
                                        std::span<const LearningCurve> others) {
    const int epoch = int(curve.size());
    if (epoch <= rule.warmupEpochs)
        return std::nullopt;
    std::vector<double> best;
    for (const auto& o : others)
        if (o.finished && !o.validationRmse.empty())
            best.push_back(bestSoFar(o.validationRmse, epoch));
    if (int(best.size()) < rule.minTrials)
        return std::nullopt;
    const double mine = bestSoFar(curve, epoch);
    const double m = median(best);
    if (!(mine > m))
        return std::nullopt;
    return PruneDecision{epoch, medianPruneMessage(mine, epoch, m, int(best.size())).english()};
}

std::optional<PruneDecision> ashaRule(const EarlyTermination& rule, std::span<const double> curve,
                                      std::span<const LearningCurve> others) {
    const int epoch = int(curve.size());
    const auto rungs = ashaRungs(rule, epoch);
    if (rungs.empty() || rungs.back() != epoch)
        return std::nullopt;
    const int rung = int(rungs.size()) - 1;
    const double mine = bestSoFar(curve, epoch);
    std::vector<double> competing{mine};
    for (const auto& o : others)
        if (int(o.validationRmse.size()) >= epoch)
            competing.push_back(bestSoFar(o.validationRmse, epoch));
    std::sort(competing.begin(), competing.end());
    const std::size_t eta = std::size_t(rule.reductionFactor);
    // Optuna: the top ⌊m/η⌋ go on; while fewer than η have arrived, only the best does.
    const std::size_t keep = std::max<std::size_t>(1, competing.size() / eta);
    const double cutoff = competing[keep - 1];
    if (mine <= cutoff)
        return std::nullopt;
    return PruneDecision{
        epoch,
        ashaPruneMessage(mine, epoch, rung, int(keep), int(competing.size()), cutoff).english()};
}

}  // namespace

double bestSoFar(std::span<const double> curve, int epochs) {
    const auto n = std::min<std::size_t>(curve.size(), std::size_t(std::max(0, epochs)));
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < n; ++i)
        best = std::min(best, curve[i]);
    return best;
}

std::vector<int> ashaRungs(const EarlyTermination& rule, int maxEpochs) {
    std::vector<int> rungs;
    long long r = std::max(1, rule.minEpochs);
    while (r <= maxEpochs) {
        rungs.push_back(int(r));
        r *= std::max(2, rule.reductionFactor);
    }
    return rungs;
}

std::optional<PruneDecision> decidePruning(const EarlyTermination& rule,
                                           std::span<const double> curve,
                                           std::span<const LearningCurve> others) {
    if (curve.empty())
        return std::nullopt;
    switch (rule.kind) {
        case TerminationKind::None:
            return std::nullopt;
        case TerminationKind::Median:
            return medianRule(rule, curve, others);
        case TerminationKind::Asha:
            return ashaRule(rule, curve, others);
    }
    return std::nullopt;
}

}  // namespace core::sweep
