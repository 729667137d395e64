#include "models/parameter_importance.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace ui::models {

std::vector<int> equalCountBins(const std::vector<double>& values, int bins) {
    const std::size_t n = values.size();
    std::vector<int> group(n, 0);
    if (n == 0 || bins <= 1)
        return group;
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    int bin = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const int target = int(i * std::size_t(bins) / n);
        // A value equal to the previous one stays in its bin, so a boundary never splits ties.
        if (i > 0 && values[order[i]] == values[order[i - 1]])
            group[order[i]] = bin;
        else
            group[order[i]] = bin = std::max(bin, target);
    }
    // Renumber the bins that hold values 0 … k − 1.
    std::map<int, int> used;
    for (int g : group)
        used.emplace(g, 0);
    int next = 0;
    for (auto& [g, index] : used)
        index = next++;
    for (int& g : group)
        g = used[g];
    return group;
}

std::pair<double, double> epsilonEtaSquared(const std::vector<double>& y,
                                            const std::vector<int>& group) {
    const std::size_t n = y.size();
    if (n < 2 || group.size() != n)
        return {0, 0};
    const double mean = std::accumulate(y.begin(), y.end(), 0.0) / double(n);
    double total = 0;
    for (double v : y)
        total += (v - mean) * (v - mean);
    if (total <= 1e-300)
        return {0, 0};
    std::map<int, std::pair<double, int>> sums;  // group: sum, count
    for (std::size_t i = 0; i < n; ++i) {
        auto& s = sums[group[i]];
        s.first += y[i];
        s.second += 1;
    }
    double between = 0;
    for (const auto& [g, s] : sums) {
        const double m = s.first / s.second;
        between += s.second * (m - mean) * (m - mean);
    }
    const double k = double(sums.size());
    const double eta = std::clamp(between / total, 0.0, 1.0);
    if (double(n) - k <= 0)
        return {0, eta};
    const double msWithin = (total - between) / (double(n) - k);
    const double epsilon = std::clamp((between - (k - 1) * msWithin) / total, 0.0, 1.0);
    return {epsilon, eta};
}

ImportanceResult parameterImportance(const SweepPlotData& data) {
    ImportanceResult result;
    const auto completed = data.completed();
    result.trials = int(completed.size());
    result.enough = result.trials >= kMinImportanceTrials;
    if (!result.enough)
        return result;
    std::vector<double> y;
    for (const SweepPoint* p : completed)
        y.push_back(*p->objective);
    // Bins of a range: about five trials each, 2 to 4 of them.
    const int bins = std::clamp(result.trials / 5, 2, 4);
    for (std::size_t a = 0; a < data.parameters.size(); ++a) {
        const auto& axis = data.parameters[a];
        std::vector<double> x;
        for (const SweepPoint* p : completed)
            x.push_back(a < p->values.size() ? p->values[a] : 0.0);
        std::vector<int> group;
        if (axis.kind == SweepAxis::Kind::Categorical) {
            for (double v : x)
                group.push_back(int(std::lround(v)));
        } else {
            group = equalCountBins(x, bins);
        }
        ParameterImportance importance;
        importance.key = axis.key;
        std::tie(importance.share, importance.etaSquared) = epsilonEtaSquared(y, group);
        std::vector<int> distinct = group;
        std::sort(distinct.begin(), distinct.end());
        importance.groups = int(std::unique(distinct.begin(), distinct.end()) - distinct.begin());
        result.parameters.push_back(importance);
    }
    return result;
}

}  // namespace ui::models
