#pragma once

#include <cstdint>
#include <vector>

#include "config/experiment_config.h"
#include "data/prepared_dataset.h"

namespace core::data {

/// The sizes scikit-learn's train_test_split gives for `n` samples and a float test_size:
/// test = ceil(test_size · n) (in double arithmetic), train = n − test.
struct SplitSizes {
    std::int64_t train = 0;
    std::int64_t test = 0;
};
SplitSizes sklearnSplitSizes(std::int64_t n, double testSize);

/// The notebook's per-user split. For each user in ascending UserID order: the user's
/// ratings in file order, sorted by timestamp as pandas' sort_values does (NumPy's
/// quicksort, including its order of tied timestamps); then
/// `train, temp = train_test_split(group, test_size=holdout, random_state=seed)` and
/// `val, test = train_test_split(temp, test_size=testOfHoldout, random_state=seed)`,
/// with NumPy's permutation: the same rows as the notebook (where NumPy sorts without
/// AVX-512, as NumPy ≤ 1.24 always does). Row indices refer to PreparedDataset rows.
struct PerUserSplit {
    std::vector<std::int32_t> train;
    std::vector<std::int32_t> validation;
    std::vector<std::int32_t> test;
    /// Users with too few ratings for three non-empty parts (scikit-learn would raise, and
    /// the notebook stop); all their ratings are in `train`.
    std::int64_t usersKeptInTrain = 0;
};

/// Computes the split. Deterministic for a given dataset and config; any thread.
PerUserSplit splitPerUser(const PreparedDataset& data, const config::SplitConfig& config);

}  // namespace core::data
