#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "model/model_shape.h"

namespace core::data {
struct PreparedDataset;
}

namespace core::model {

/// A NeuMFEnhanced network with its weights, on the CPU, plus what it needs to predict on
/// its own: the user feature and genre tables and the index ↔ id maps of the dataset it was
/// trained on. A facade: no LibTorch type appears here.
///
/// Threads: const methods may be called from any one thread at a time (LibTorch modules
/// are not re-entrant); the trainer hands a finished model over and never touches it again.
class TrainedModel {
public:
    struct Impl;

    /// A freshly initialised model (PyTorch's default initialisation, seeded) for `data`.
    static std::unique_ptr<TrainedModel> create(const ModelShape& shape,
                                                const data::PreparedDataset& data,
                                                std::int64_t seed);
    /// Reads a checkpoint written by save(). Returns null and sets *error on failure.
    static std::unique_ptr<TrainedModel> load(const std::filesystem::path& path,
                                              std::string* error);

    explicit TrainedModel(std::unique_ptr<Impl> impl);
    ~TrainedModel();
    TrainedModel(const TrainedModel&) = delete;
    TrainedModel& operator=(const TrainedModel&) = delete;

    const ModelShape& shape() const;
    const std::vector<std::int32_t>& userIds() const;   ///< index → UserID
    const std::vector<std::int32_t>& movieIds() const;  ///< index → MovieID

    /// Predicted normalised ratings (evaluation mode) for pairs of user and movie indices.
    std::vector<float> predict(std::span<const std::int32_t> users,
                               std::span<const std::int32_t> movies, int batchSize = 8192) const;
    /// Predicted normalised ratings of every movie index for one user.
    std::vector<float> predictAllMovies(std::int32_t userIndex) const;

    /// Writes the weights, shapes, feature tables and id maps (LibTorch archive), atomically.
    std::optional<std::string> save(const std::filesystem::path& path) const;

    /// True when this model's id maps equal the dataset's (same users and movies, same order).
    bool matches(const data::PreparedDataset& data) const;

    Impl& impl() { return *m_impl; }
    const Impl& impl() const { return *m_impl; }

private:
    std::unique_ptr<Impl> m_impl;
};

}  // namespace core::model
