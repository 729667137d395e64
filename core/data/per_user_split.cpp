#include "data/per_user_split.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

#include "data/numpy_random_state.h"
#include "data/numpy_sort.h"
#include "util/large_buffer.h"

namespace core::data {

SplitSizes sklearnSplitSizes(std::int64_t n, double testSize) {
    const auto test = std::int64_t(std::ceil(testSize * double(n)));
    return {n - test, test};
}

namespace {

// Every train_test_split call gets a fresh RandomState(seed), so the permutation depends
// only on the group size: compute each once.
class PermutationCache {
public:
    explicit PermutationCache(std::uint32_t seed) : m_seed(seed) {}
    const std::vector<std::int32_t>& get(std::int32_t n) {
        auto it = m_cache.find(n);
        if (it == m_cache.end())
            it = m_cache.emplace(n, NumpyRandomState(m_seed).permutation(n)).first;
        return it->second;
    }

private:
    std::uint32_t m_seed;
    std::map<std::int32_t, std::vector<std::int32_t>> m_cache;
};

}  // namespace

PerUserSplit splitPerUser(const PreparedDataset& data, const config::SplitConfig& config) {
    PerUserSplit split;
    const std::size_t n = data.size();
    const auto numUsers = std::size_t(data.numUsers());

    // Rows grouped by user, file order kept (counting sort).
    std::vector<std::int64_t> start(numUsers + 1, 0);
    for (const auto u : data.userIndex)
        ++start[std::size_t(u) + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<std::int32_t> rows;
    util::resizeLarge(rows, n);
    {
        std::vector<std::int64_t> cursor(start.begin(), start.end() - 1);
        for (std::size_t i = 0; i < n; ++i)
            rows[std::size_t(cursor[std::size_t(data.userIndex[i])]++)] = std::int32_t(i);
    }

    // groupby("UserID") visits users in ascending id order.
    std::vector<std::int32_t> users(numUsers);
    std::iota(users.begin(), users.end(), 0);
    std::sort(users.begin(), users.end(), [&](auto a, auto b) {
        return data.userIds[std::size_t(a)] < data.userIds[std::size_t(b)];
    });

    util::reserveLarge(split.train, n * 7 / 10 + numUsers);
    util::reserveLarge(split.validation, n * 2 / 10 + numUsers);
    util::reserveLarge(split.test, n * 2 / 10 + numUsers);
    PermutationCache permutations(std::uint32_t(config.seed));
    std::vector<std::int32_t> temp;

    std::vector<std::int64_t> times, order;
    std::vector<std::int32_t> sorted;
    for (const auto u : users) {
        const auto first = rows.begin() + start[std::size_t(u)];
        const auto last = rows.begin() + start[std::size_t(u) + 1];
        const auto count = std::int32_t(last - first);
        // group.sort_values("Timestamp"): NumPy's quicksort, whose order of tied timestamps
        // is what the notebook's split sees.
        times.resize(std::size_t(count));
        order.resize(std::size_t(count));
        for (std::int32_t i = 0; i < count; ++i) {
            times[std::size_t(i)] = data.timestamp[std::size_t(first[i])];
            order[std::size_t(i)] = i;
        }
        numpyArgsortQuicksort(times.data(), order.data(), count);
        sorted.assign(first, last);
        for (std::int32_t i = 0; i < count; ++i)
            first[i] = sorted[std::size_t(order[std::size_t(i)])];
        const SplitSizes outer = sklearnSplitSizes(count, config.holdoutFraction);
        const SplitSizes inner = sklearnSplitSizes(outer.test, config.testFractionOfHoldout);
        if (outer.train <= 0 || inner.train <= 0 || inner.test <= 0) {
            split.train.insert(split.train.end(), first, last);
            ++split.usersKeptInTrain;
            continue;
        }
        // permutation[:n_test] is the held-out part, permutation[n_test:] the train part.
        const auto& perm = permutations.get(count);
        temp.clear();
        for (std::int64_t i = 0; i < outer.test; ++i)
            temp.push_back(first[perm[std::size_t(i)]]);
        for (std::int64_t i = outer.test; i < count; ++i)
            split.train.push_back(first[perm[std::size_t(i)]]);
        const auto& perm2 = permutations.get(std::int32_t(temp.size()));
        for (std::int64_t i = inner.test; i < std::int64_t(temp.size()); ++i)
            split.validation.push_back(temp[std::size_t(perm2[std::size_t(i)])]);
        for (std::int64_t i = 0; i < inner.test; ++i)
            split.test.push_back(temp[std::size_t(perm2[std::size_t(i)])]);
    }
    return split;
}

}  // namespace core::data
