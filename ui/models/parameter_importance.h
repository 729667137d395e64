#pragma once

#include <QString>

#include <vector>

#include "models/sweep_plot_data.h"

namespace ui::models {

/// How much of the objective's spread over the completed trials goes with each parameter's
/// values, one parameter at a time: a one-way analysis of variance. Trials are grouped by the
/// parameter's value (one group per listed value; a range's values cut into equal-count bins:
/// 2 to 4 bins, fewer with fewer trials, equal values always in one bin), and the share is
/// epsilon squared, ε² = (SS_between − (k − 1)·MS_within) / SS_total, clamped to [0, 1]: the
/// part of the variance the groups' means explain, less what k groups would explain by chance
/// (η² = SS_between / SS_total is biased upwards in small samples; ε² corrects most of that).
///
/// Limits: each parameter is judged alone (interactions and the other parameters' effects
/// stay in the residual; the shares need not add up to 1); a sampler that concentrates on good
/// regions (TPE) correlates the parameters, which inflates or hides effects; binning loses
/// the shape inside a bin; with few trials the numbers are noise, so under
/// kMinImportanceTrials completed trials none are given. Pure function, any thread.
struct ParameterImportance {
    QString key;
    double share = 0;       ///< ε² in [0, 1]
    double etaSquared = 0;  ///< η², for reference
    int groups = 0;         ///< k: the groups (values or bins) that held trials
};

struct ImportanceResult {
    int trials = 0;       ///< completed trials with an objective
    bool enough = false;  ///< trials ≥ kMinImportanceTrials (else `parameters` is empty)
    std::vector<ParameterImportance> parameters;  ///< in the spec's order
};

inline constexpr int kMinImportanceTrials = 10;

ImportanceResult parameterImportance(const SweepPlotData& data);

/// The group (0 … k − 1) of each value: equal-count bins over the sorted values (at most
/// `bins`), ties kept together. Exposed for tests.
std::vector<int> equalCountBins(const std::vector<double>& values, int bins);

/// ε² and η² of `y` grouped by `group` (values 0 … k − 1); {0, 0} when y has no spread.
std::pair<double, double> epsilonEtaSquared(const std::vector<double>& y,
                                            const std::vector<int>& group);

}  // namespace ui::models
