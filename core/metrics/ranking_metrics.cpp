#include "metrics/ranking_metrics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace core::metrics {

double dcgAtK(std::span<const int> relevances, int k) {
    double dcg = 0;
    const std::size_t n = std::min(relevances.size(), std::size_t(std::max(k, 0)));
    for (std::size_t i = 0; i < n; ++i)
        dcg += (std::pow(2.0, relevances[i]) - 1.0) / std::log2(double(i) + 2.0);
    return dcg;
}

double ndcgNotebook(std::span<const int> rankedRelevances, int k) {
    const auto top =
        rankedRelevances.first(std::min(rankedRelevances.size(), std::size_t(std::max(k, 0))));
    if (top.empty())
        return 0.0;
    std::vector<int> ideal(top.begin(), top.end());
    std::sort(ideal.begin(), ideal.end(), std::greater<>());
    const double idcg = dcgAtK(ideal, k);
    return idcg > 0 ? dcgAtK(top, k) / idcg : 0.0;
}

double ndcgCorrect(std::span<const int> rankedRelevances, int k) {
    if (rankedRelevances.empty())
        return 0.0;
    std::vector<int> ideal(rankedRelevances.begin(), rankedRelevances.end());
    std::sort(ideal.begin(), ideal.end(), std::greater<>());
    const double idcg = dcgAtK(ideal, k);
    return idcg > 0 ? dcgAtK(rankedRelevances, k) / idcg : 0.0;
}

std::vector<std::int32_t> rankByScore(std::span<const float> scores) {
    std::vector<std::int32_t> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) {
        return scores[std::size_t(a)] > scores[std::size_t(b)];
    });
    return order;
}

RankingMetrics rankingMetrics(std::span<const std::int32_t> userIndex, std::span<const float> truth,
                              std::span<const float> predicted, int k, double threshold) {
    RankingMetrics result;
    result.k = k;
    result.threshold = threshold;
    const std::size_t n = std::min({userIndex.size(), truth.size(), predicted.size()});
    if (n == 0)
        return result;

    // Group rows by user, users in order of first appearance, rows in input order.
    std::int32_t maxUser = 0;
    for (std::size_t i = 0; i < n; ++i)
        maxUser = std::max(maxUser, userIndex[i]);
    std::vector<std::int32_t> slot(std::size_t(maxUser) + 1, -1);
    std::vector<std::vector<std::int32_t>> rows;
    for (std::size_t i = 0; i < n; ++i) {
        auto& s = slot[std::size_t(userIndex[i])];
        if (s < 0) {
            s = std::int32_t(rows.size());
            rows.emplace_back();
        }
        rows[std::size_t(s)].push_back(std::int32_t(i));
    }

    // The notebook compares float32 truths with the threshold as float32.
    const float relevantFrom = float(threshold);
    std::vector<float> scores;
    std::vector<int> ranked;
    for (const auto& userRows : rows) {
        scores.clear();
        for (auto r : userRows)
            scores.push_back(predicted[std::size_t(r)]);
        const auto order = rankByScore(scores);
        ranked.clear();
        UserRanking u;
        u.userIndex = userIndex[std::size_t(userRows.front())];
        u.testItems = std::int32_t(userRows.size());
        for (auto o : order) {
            const int rel = truth[std::size_t(userRows[std::size_t(o)])] >= relevantFrom ? 1 : 0;
            ranked.push_back(rel);
            u.relevantItems += rel;
        }
        const auto top =
            std::span<const int>(ranked).first(std::min(ranked.size(), std::size_t(k)));
        u.precision = double(std::accumulate(top.begin(), top.end(), 0)) / double(k);
        u.ndcgNotebook = ndcgNotebook(ranked, k);
        u.ndcg = ndcgCorrect(ranked, k);
        result.precision += u.precision;
        result.ndcgNotebook += u.ndcgNotebook;
        result.ndcg += u.ndcg;
        result.perUser.push_back(u);
    }
    result.users = std::int64_t(rows.size());
    result.precision /= double(result.users);
    result.ndcgNotebook /= double(result.users);
    result.ndcg /= double(result.users);
    return result;
}

}  // namespace core::metrics
