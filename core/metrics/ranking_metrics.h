#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace core::metrics {

/// One user's ranking of their own test items.
struct UserRanking {
    std::int32_t userIndex = 0;
    std::int32_t testItems = 0;      ///< the user's test ratings
    std::int32_t relevantItems = 0;  ///< of which relevant (rating ≥ threshold)
    double precision = 0;            ///< relevant in the top k / k (k even when fewer items)
    double ndcgNotebook = 0;         ///< the notebook's NDCG@k (ideal from the top-k slice)
    double ndcg = 0;                 ///< correct NDCG@k (ideal from all relevant items)
};

/// Precision@k and NDCG@k over users, as in the notebook's cell: each user's test items are
/// ranked by prediction (descending, ties in test order); relevant = true normalised rating
/// ≥ threshold; precision divides by k even when a user has fewer than k test items.
/// Two NDCGs: `ndcgNotebook` reproduces the notebook, whose ideal ranking is the sorted
/// top-k slice (so a user with any relevant item in the top k scores ≤ 1 against an ideal
/// that ignores relevant items ranked below k); `ndcg` uses the user's best possible top k.
/// Users with no relevant item score 0 in both (and are averaged in, as in the notebook).
struct RankingMetrics {
    int k = 10;
    double threshold = 0.8;
    double precision = 0;
    double ndcgNotebook = 0;
    double ndcg = 0;
    std::int64_t users = 0;
    std::vector<UserRanking> perUser;  ///< in order of first appearance in the input
};

/// Computes the metrics from parallel arrays (one entry per test rating).
RankingMetrics rankingMetrics(std::span<const std::int32_t> userIndex, std::span<const float> truth,
                              std::span<const float> predicted, int k, double threshold);

/// DCG@k of binary relevances given in ranked order: Σ (2^rel − 1) / log2(i + 2).
double dcgAtK(std::span<const int> relevances, int k);
/// The notebook's ndcg_at_k(relevances, k): relevances of the top-k in predicted order,
/// ideal = those same relevances sorted.
double ndcgNotebook(std::span<const int> rankedRelevances, int k);
/// Correct NDCG@k: ideal = all of the user's relevances sorted, cut at k.
double ndcgCorrect(std::span<const int> rankedRelevances, int k);

/// Indices 0 … n−1 ordered by descending score; ties keep input order (stable).
std::vector<std::int32_t> rankByScore(std::span<const float> scores);

}  // namespace core::metrics
