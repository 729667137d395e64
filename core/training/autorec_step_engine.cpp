#include <random>

#include "model/autorec_network.h"
#include "training/adam.h"
#include "training/step_engine.h"

namespace core::training {
namespace {

// I-AutoRec's training: each step takes a batch of movies (in a shuffled order), reconstructs
// their training rows and minimises the squared error on the observed entries (their mean, so
// the loss reads like the other models' MSE), with Adam over the flat parameters; Adam's
// weight decay is the L2 penalty on the weights.
class AutoRecEngine : public StepEngine {
public:
    AutoRecEngine(model::TrainedModel::Impl& m, FlatParameters& flat, const Part& train,
                  const Part& validation, const config::ExperimentConfig& c, torch::Device device)
        : m_net(dynamic_cast<model::AutoRecImpl&>(*m.net)),
          m_validation(validation),
          m_flat(flat),
          m_config(c.training),
          m_evalBatch(c.evaluation.batchSize),
          m_device(device),
          m_shuffler(std::uint64_t(c.training.seed)),
          m_m(torch::zeros_like(flat.values)),
          m_v(torch::zeros_like(flat.values)) {
        m_net.setRatings(train.movies, train.users, train.targets);
        const auto column = [&](const auto& v, torch::ScalarType from, torch::ScalarType to) {
            return torch::from_blob(const_cast<void*>(static_cast<const void*>(v.data())),
                                    {std::int64_t(v.size())}, from)
                .to(device, to);
        };
        m_valUsers = column(validation.users, torch::kInt32, torch::kInt64);
        m_valMovies = column(validation.movies, torch::kInt32, torch::kInt64);
    }

    std::int64_t unitsPerEpoch(std::int64_t) const override { return m_net.shape.numMovies; }
    std::int64_t batchSize() const override { return m_net.shape.model.autorecBatchMovies; }

    void startEpoch(std::vector<std::int32_t>& order) override {
        m_squaredErrors = 0;
        m_observed = 0;
        for (std::size_t i = order.size(); i > 1; --i)
            std::swap(order[i - 1], order[m_shuffler() % i]);
    }

    std::optional<double> step(const std::vector<std::int32_t>& order, std::int64_t begin,
                               std::int64_t end, double learningRate) override {
        m_net.train();
        const auto movies = torch::from_blob(const_cast<std::int32_t*>(order.data() + begin),
                                             {end - begin}, torch::kInt32)
                                .to(m_device, torch::kInt64);
        const auto [rows, mask] = m_net.rows(movies);
        const auto squared = (m_net.reconstruct(rows) - rows).pow(2).mul(mask).sum();
        const auto observed = mask.sum();
        const auto loss = squared / observed.clamp_min(1);
        loss.backward();
        adamUpdate(m_flat.values, m_flat.grads, m_m, m_v,
                   adamStepFor(m_config, learningRate, ++m_step));
        const double sse = squared.item<double>(), n = observed.item<double>();
        m_squaredErrors += sse;
        m_observed += n;
        return n > 0 ? sse / n : 0.0;
    }

    double epochLoss(std::int64_t) override {
        return m_observed > 0 ? m_squaredErrors / m_observed : 0.0;
    }

    std::optional<double> validationLoss(const std::stop_token& stop) override {
        const auto predictions = validationPredictions(stop);
        if (!predictions)
            return std::nullopt;
        return meanSquaredError(*predictions, m_validation.targets);
    }

    std::optional<std::vector<float>> validationPredictions(const std::stop_token& stop) override {
        torch::NoGradGuard noGrad;
        m_net.eval();
        const auto n = m_valUsers.size(0);
        std::vector<float> out(static_cast<std::size_t>(n));
        for (std::int64_t s = 0; s < n && !stop.stop_requested(); s += m_evalBatch) {
            const auto count = std::min<std::int64_t>(m_evalBatch, n - s);
            const auto p = m_net
                               .forward(m_valUsers.narrow(0, s, count),
                                        m_valMovies.narrow(0, s, count), {}, {})
                               .to(torch::kCPU)
                               .contiguous();
            std::copy(p.data_ptr<float>(), p.data_ptr<float>() + count,
                      out.begin() + std::ptrdiff_t(s));
        }
        m_net.train();
        if (stop.stop_requested())
            return std::nullopt;
        return out;
    }

private:
    model::AutoRecImpl& m_net;
    const Part& m_validation;
    FlatParameters m_flat;
    config::TrainingConfig m_config;
    std::int64_t m_evalBatch;
    torch::Device m_device;
    std::mt19937_64 m_shuffler;
    torch::Tensor m_m, m_v;
    torch::Tensor m_valUsers, m_valMovies;
    std::int64_t m_step = 0;
    double m_squaredErrors = 0, m_observed = 0;
};

}  // namespace

std::unique_ptr<StepEngine> makeAutoRecEngine(model::TrainedModel::Impl& model,
                                              FlatParameters& flat, const Part& train,
                                              const Part& validation,
                                              const config::ExperimentConfig& config,
                                              torch::Device device) {
    return std::make_unique<AutoRecEngine>(model, flat, train, validation, config, device);
}

}  // namespace core::training
