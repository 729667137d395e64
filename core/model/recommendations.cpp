#include "model/recommendations.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "data/prepared_dataset.h"
#include "metrics/ranking_metrics.h"
#include "metrics/test_evaluation.h"
#include "model/trained_model.h"

namespace core::model {

std::vector<RankedTestItem> rankedTestItems(const metrics::TestPredictions& predictions,
                                            const data::PreparedDataset& data, std::int32_t userId,
                                            int k, double relevanceThreshold) {
    std::vector<std::size_t> rows;
    std::vector<float> scores;
    for (std::size_t i = 0; i < predictions.size(); ++i)
        if (predictions.userIds[i] == userId) {
            rows.push_back(i);
            scores.push_back(predictions.predicted[i]);
        }
    const auto order = metrics::rankByScore(scores);
    std::vector<RankedTestItem> items;
    const float relevantFrom = float(relevanceThreshold);
    for (std::size_t r = 0; r < order.size() && int(r) < k; ++r) {
        const std::size_t i = rows[std::size_t(order[r])];
        RankedTestItem item;
        item.movieId = predictions.movieIds[i];
        const auto movieRow = data.source->movieRow(item.movieId);
        if (movieRow >= 0) {
            const auto& movie = data.source->movies[std::size_t(movieRow)];
            item.title = movie.title;
            item.genres = data.source->genresText(movie);
        }
        item.trueStars = std::round(predictions.truth[i] * 10.0f) / 2.0f;
        item.predictedStars = predictions.predicted[i] * 5.0f;
        item.relevant = predictions.truth[i] >= relevantFrom;
        items.push_back(std::move(item));
    }
    return items;
}

std::vector<Recommendation> topUnratedMovies(const TrainedModel& model,
                                             const data::PreparedDataset& data, std::int32_t userId,
                                             int k) {
    const auto& userIds = model.userIds();
    const auto it = std::find(userIds.begin(), userIds.end(), userId);
    if (it == userIds.end())
        return {};
    const auto userIndex = std::int32_t(it - userIds.begin());

    std::vector<std::uint8_t> rated(model.movieIds().size(), 0);
    std::vector<std::int32_t> indexOfMovieId;
    for (std::size_t m = 0; m < model.movieIds().size(); ++m) {
        const auto id = std::size_t(model.movieIds()[m]);
        if (id >= indexOfMovieId.size())
            indexOfMovieId.resize(id + 1, -1);
        indexOfMovieId[id] = std::int32_t(m);
    }
    const auto& ratings = data.source->ratings;
    for (std::size_t i = 0; i < ratings.size(); ++i) {
        if (ratings.userId[i] != userId)
            continue;
        const auto id = std::size_t(ratings.movieId[i]);
        if (id < indexOfMovieId.size() && indexOfMovieId[id] >= 0)
            rated[std::size_t(indexOfMovieId[id])] = 1;
    }
    const auto scores = model.predictAllMovies(userIndex);
    std::vector<std::int32_t> candidates;
    for (std::size_t m = 0; m < scores.size(); ++m)
        if (!rated[m])
            candidates.push_back(std::int32_t(m));
    const auto take = std::min<std::size_t>(std::size_t(std::max(k, 0)), candidates.size());
    std::partial_sort(candidates.begin(), candidates.begin() + std::ptrdiff_t(take),
                      candidates.end(), [&](auto a, auto b) {
                          return scores[std::size_t(a)] != scores[std::size_t(b)]
                                     ? scores[std::size_t(a)] > scores[std::size_t(b)]
                                     : a < b;
                      });
    std::vector<Recommendation> out;
    for (std::size_t i = 0; i < take; ++i) {
        const auto m = std::size_t(candidates[i]);
        Recommendation r;
        r.movieId = model.movieIds()[m];
        const auto movieRow = data.source->movieRow(r.movieId);
        if (movieRow >= 0) {
            const auto& movie = data.source->movies[std::size_t(movieRow)];
            r.title = movie.title;
            r.year = movie.year;
            r.genres = data.source->genresText(movie);
        }
        r.predictedStars = scores[m] * 5.0f;
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace core::model
