#pragma once

// Internal to core: this header includes LibTorch (see neumf_network.h).

#include "model/neumf_network.h"

namespace core::model {

/// I-AutoRec (Sedhain, Menon, Sanner and Xie, "AutoRec: Autoencoders Meet Collaborative
/// Filtering", WWW 2015), item-based: a movie's vector of training ratings by every user
/// (normalised; 0 where the user did not rate it) is encoded to `autorec_hidden` sigmoid units
/// and decoded, linearly, back to one value per user; the prediction for (user, movie) is the
/// decoded value at that user. Training reconstructs the observed entries only. A prediction
/// needs the movie's whole training vector, so the training ratings belong to the model: the
/// trainer sets them, checkpoints keep them.
class AutoRecImpl : public RatingNetworkImpl {
public:
    explicit AutoRecImpl(const ModelShape& shape);

    /// Predictions for pairs. In evaluation mode the codes of every movie are computed once
    /// (numMovies × hidden) and kept until the mode or the weights change (train(), or
    /// forgetCodes()); in training mode each call encodes the batch's movies.
    torch::Tensor forward(const torch::Tensor& users, const torch::Tensor& movies,
                          const torch::Tensor& userFeatures,
                          const torch::Tensor& movieGenres) override;
    bool usesFeatures() const override { return false; }
    void train(bool on = true) override;

    /// The training ratings (normalised), as movie index, user index and value columns.
    void setRatings(const std::vector<std::int32_t>& movies, const std::vector<std::int32_t>& users,
                    const std::vector<float>& values);
    /// The same three columns (int64, int64, float; on the CPU), for checkpoints.
    torch::Tensor ratedMovies, ratedUsers, ratedValues;

    /// The dense training rows of `movies` (B × numUsers, on the network's device) and their
    /// mask of observed entries (1 where rated).
    std::pair<torch::Tensor, torch::Tensor> rows(const torch::Tensor& movies);
    /// The reconstruction of dense rows: decoder(sigmoid(encoder(rows))), B × numUsers.
    torch::Tensor reconstruct(const torch::Tensor& rows);
    /// Drops the codes kept for evaluation (after the weights were changed in place).
    void forgetCodes() { m_codes = torch::Tensor(); }

    torch::nn::Linear encoder{nullptr};  ///< numUsers → hidden
    torch::nn::Linear decoder{nullptr};  ///< hidden → numUsers

private:
    const torch::Tensor& dense();

    torch::Tensor m_dense, m_mask;  ///< numMovies × numUsers, built on first use
    torch::Tensor m_codes;          ///< evaluation: numMovies × hidden
};

}  // namespace core::model
