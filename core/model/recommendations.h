#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace core::data {
struct PreparedDataset;
}
namespace core::metrics {
struct TestPredictions;
}

namespace core::model {

class TrainedModel;

/// One of a user's test ratings, ranked by prediction.
struct RankedTestItem {
    std::int32_t movieId = 0;
    std::string title;    ///< UTF-8
    std::string genres;   ///< "Animation|Children's|Comedy"
    float trueStars = 0;  ///< whole or half stars (4, 4.5)
    float predictedStars = 0;
    bool relevant = false;  ///< true normalised rating ≥ the relevance threshold
};

/// A movie the user has not rated, with its predicted rating.
struct Recommendation {
    std::int32_t movieId = 0;
    std::string title;
    int year = 0;
    std::string genres;
    float predictedStars = 0;
};

/// The user's test items, best predicted first (ties in test order), at most k.
std::vector<RankedTestItem> rankedTestItems(const metrics::TestPredictions& predictions,
                                            const data::PreparedDataset& data, std::int32_t userId,
                                            int k, double relevanceThreshold);

/// The k movies with the highest predicted rating among the model's movies that the user has
/// not rated anywhere in ratings.dat. Empty when the user is not in the model.
std::vector<Recommendation> topUnratedMovies(const TrainedModel& model,
                                             const data::PreparedDataset& data, std::int32_t userId,
                                             int k);

}  // namespace core::model
