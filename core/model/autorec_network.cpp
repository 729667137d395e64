#include "model/autorec_network.h"

namespace core::model {
namespace {

// The network works in stars, as the paper's (ratings 1 … 5, 0 where unrated), and converts
// at its edges: with PyTorch's default initialisation and Adam's step sizes, the normalised
// scale (0.2 … 1) left the encoder's pre-activations 5× smaller and the decoder's weights
// needing 5× finer steps (measured on ml-1m: validation RMSE 0.91 instead of 0.86 stars).
constexpr double kStars = 5.0;

}  // namespace

AutoRecImpl::AutoRecImpl(const ModelShape& s) : RatingNetworkImpl(s) {
    encoder = register_module("encoder", torch::nn::Linear(s.numUsers, s.model.autorecHidden));
    decoder = register_module("decoder", torch::nn::Linear(s.model.autorecHidden, s.numUsers));
    ratedMovies = torch::empty({0}, torch::kInt64);
    ratedUsers = torch::empty({0}, torch::kInt64);
    ratedValues = torch::empty({0}, torch::kFloat32);
}

void AutoRecImpl::train(bool on) {
    if (on != is_training())
        m_codes = torch::Tensor();
    RatingNetworkImpl::train(on);
}

void AutoRecImpl::setRatings(const std::vector<std::int32_t>& movies,
                             const std::vector<std::int32_t>& users,
                             const std::vector<float>& values) {
    const auto n = std::int64_t(values.size());
    const auto column = [n](const std::vector<std::int32_t>& v) {
        return torch::from_blob(const_cast<std::int32_t*>(v.data()), {n}, torch::kInt32)
            .to(torch::kInt64);
    };
    ratedMovies = column(movies);
    ratedUsers = column(users);
    ratedValues = torch::from_blob(const_cast<float*>(values.data()), {n}, torch::kFloat32).clone();
    m_dense = m_mask = m_codes = torch::Tensor();
}

const torch::Tensor& AutoRecImpl::dense() {
    const auto device = encoder->weight.device();
    if (!m_dense.defined() || m_dense.device() != device) {
        const auto linear = (ratedMovies * shape.numUsers + ratedUsers).to(device);
        m_dense = torch::zeros({std::int64_t(shape.numMovies) * shape.numUsers},
                               torch::TensorOptions().dtype(torch::kFloat32).device(device));
        m_dense.index_put_({linear}, ratedValues.to(device));
        m_dense = m_dense.view({shape.numMovies, shape.numUsers});
        m_mask = m_dense.ne(0).to(torch::kFloat32);
    }
    return m_dense;
}

std::pair<torch::Tensor, torch::Tensor> AutoRecImpl::rows(const torch::Tensor& movies) {
    const auto& all = dense();
    return {all.index_select(0, movies), m_mask.index_select(0, movies)};
}

torch::Tensor AutoRecImpl::reconstruct(const torch::Tensor& rows) {
    return decoder(torch::sigmoid(encoder(rows * kStars))) / kStars;
}

torch::Tensor AutoRecImpl::forward(const torch::Tensor& users, const torch::Tensor& movies,
                                   const torch::Tensor&, const torch::Tensor&) {
    torch::Tensor codes;
    if (is_training()) {
        codes = torch::sigmoid(encoder(rows(movies).first * kStars));
    } else {
        if (!m_codes.defined()) {
            // In slices of movies, so that the B × numUsers input stays small.
            std::vector<torch::Tensor> parts;
            const auto& all = dense();
            constexpr std::int64_t kSlice = 1024;
            for (std::int64_t s = 0; s < shape.numMovies; s += kSlice)
                parts.push_back(torch::sigmoid(
                    encoder(all.narrow(0, s, std::min<std::int64_t>(kSlice, shape.numMovies - s)) *
                            kStars)));
            m_codes =
                parts.empty() ? torch::empty({0, shape.model.autorecHidden}) : torch::cat(parts);
        }
        codes = m_codes.index_select(0, movies);
    }
    // The decoder's output at each pair's user only: its weight row · code + its bias.
    return ((codes * decoder->weight.index_select(0, users)).sum(1) +
            decoder->bias.index_select(0, users)) /
           kStars;
}

}  // namespace core::model
