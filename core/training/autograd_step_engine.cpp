#include <ATen/CPUGeneratorImpl.h>

#include "training/step_engine.h"

namespace core::training {
namespace {

// LibTorch autograd on any device, data resident on the device, loss accumulated there and
// read once per epoch, one Adam pass over the flat parameters.
class AutogradEngine : public StepEngine {
public:
    AutogradEngine(model::TrainedModel::Impl& m, FlatParameters& flat, const Part& train,
                   const Part& validation, const config::ExperimentConfig& c, torch::Device device)
        : m_net(m.net),
          m_flat(flat),
          m_config(c.training),
          m_evalBatch(c.evaluation.batchSize),
          m_device(device),
          m_m(torch::zeros_like(flat.values)),
          m_v(torch::zeros_like(flat.values)) {
        // Copies (never aliases) of the host columns, resident on the device.
        const auto indices = [&](const std::vector<std::int32_t>& v) {
            return torch::from_blob(const_cast<std::int32_t*>(v.data()), {std::int64_t(v.size())},
                                    torch::kInt32)
                .to(device, torch::kInt64);
        };
        const auto values = [&](const std::vector<float>& v) {
            return torch::from_blob(const_cast<float*>(v.data()), {std::int64_t(v.size())},
                                    torch::kFloat32)
                .to(device, torch::kFloat32, false, true);
        };
        m_trainUsers = indices(train.users);
        m_trainMovies = indices(train.movies);
        m_trainTargets = values(train.targets);
        m_valUsers = indices(validation.users);
        m_valMovies = indices(validation.movies);
        m_valTargets = values(validation.targets);
        m_userFeatures = m.userFeatures.to(device);
        m_movieGenres = m.movieGenres.to(device);
        m_lossSum = torch::zeros({}, torch::TensorOptions().dtype(torch::kFloat64).device(device));
    }

    // The draws PyTorch's DataLoader makes from the global generator, in its order: creating
    // the epoch's iterator draws a base seed, then RandomSampler draws the seed of a fresh
    // generator for randperm. Mirroring them keeps this step's random streams (weight
    // initialisation, shuffling, dropout) the notebook script's for the same torch seed.
    static std::int64_t drawLikeDataLoader() {
        return torch::empty({}, torch::kInt64).random_().item<std::int64_t>();
    }

    void startEpoch(std::vector<std::int32_t>& order) override {
        m_lossSum.zero_();
        drawLikeDataLoader();  // _BaseDataLoaderIter's _base_seed
        const auto seed = drawLikeDataLoader();
        auto generator = at::make_generator<at::CPUGeneratorImpl>(std::uint64_t(seed));
        const auto perm = torch::randperm(std::int64_t(order.size()), generator, torch::kInt64);
        const auto* p = perm.data_ptr<std::int64_t>();
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = std::int32_t(p[i]);
        m_orderOnDevice = perm.to(m_device);
    }

    std::optional<double> step(const std::vector<std::int32_t>& order, std::int64_t begin,
                               std::int64_t end, double learningRate) override {
        m_net->train();
        const auto idx = m_orderOnDevice.narrow(0, begin, end - begin);
        const auto users = m_trainUsers.index_select(0, idx);
        const auto movies = m_trainMovies.index_select(0, idx);
        const auto prediction = forward(users, movies);
        const auto loss = torch::mse_loss(prediction, m_trainTargets.index_select(0, idx));
        loss.backward();
        adamUpdate(m_flat.values, m_flat.grads, m_m, m_v,
                   adamStepFor(m_config, learningRate, ++m_step));
        const auto detached = loss.detach();
        m_lossSum.add_(detached.to(torch::kFloat64) *
                       double(end - begin));  // float loss × n, in double
        if (m_device.is_cpu())
            return detached.item<double>();
        return std::nullopt;
    }

    double epochLoss(std::int64_t rows) override { return m_lossSum.item<double>() / double(rows); }

    std::optional<double> validationLoss(const std::stop_token& stop) override {
        torch::NoGradGuard noGrad;
        drawLikeDataLoader();  // the validation DataLoader's iterator draws one too
        m_net->eval();
        const auto n = m_valTargets.size(0);
        // As the notebook: each batch's mean loss (float32) times its size, summed in double;
        // the means stay on the device and are read once.
        std::vector<torch::Tensor> means;
        std::vector<std::int64_t> sizes;
        for (std::int64_t s = 0; s < n; s += m_evalBatch) {
            if (stop.stop_requested())
                return std::nullopt;
            const auto count = std::min<std::int64_t>(m_evalBatch, n - s);
            const auto users = m_valUsers.narrow(0, s, count);
            const auto movies = m_valMovies.narrow(0, s, count);
            const auto prediction = forward(users, movies);
            means.push_back(torch::mse_loss(prediction, m_valTargets.narrow(0, s, count)));
            sizes.push_back(count);
        }
        m_net->train();
        if (means.empty())
            return 0.0;
        const auto host = torch::stack(means).to(torch::kCPU);
        const float* mean = host.data_ptr<float>();
        double sum = 0;
        for (std::size_t i = 0; i < sizes.size(); ++i)
            sum += double(mean[i]) * double(sizes[i]);
        return sum / double(n);
    }

    // Plain evaluation-mode predictions (no DataLoader draws: the notebook has no ensemble).
    std::optional<std::vector<float>> validationPredictions(const std::stop_token& stop) override {
        torch::NoGradGuard noGrad;
        m_net->eval();
        const auto n = m_valTargets.size(0);
        std::vector<float> out(static_cast<std::size_t>(n));
        for (std::int64_t s = 0; s < n && !stop.stop_requested(); s += m_evalBatch) {
            const auto count = std::min<std::int64_t>(m_evalBatch, n - s);
            const auto p = forward(m_valUsers.narrow(0, s, count), m_valMovies.narrow(0, s, count))
                               .to(torch::kCPU)
                               .contiguous();
            std::copy(p.data_ptr<float>(), p.data_ptr<float>() + count,
                      out.begin() + std::ptrdiff_t(s));
        }
        m_net->train();
        if (stop.stop_requested())
            return std::nullopt;
        return out;
    }

private:
    // The network on a batch; the feature rows are gathered only for a network that reads them.
    torch::Tensor forward(const torch::Tensor& users, const torch::Tensor& movies) {
        if (!m_net->usesFeatures())
            return m_net->forward(users, movies, {}, {});
        return m_net->forward(users, movies, m_userFeatures.index_select(0, users),
                              m_movieGenres.index_select(0, movies));
    }

    std::shared_ptr<model::RatingNetworkImpl> m_net;
    FlatParameters& m_flat;
    config::TrainingConfig m_config;
    std::int64_t m_evalBatch;
    torch::Device m_device;
    torch::Tensor m_m, m_v;
    torch::Tensor m_trainUsers, m_trainMovies, m_trainTargets, m_valUsers, m_valMovies,
        m_valTargets;
    torch::Tensor m_userFeatures, m_movieGenres, m_orderOnDevice, m_lossSum;
    std::int64_t m_step = 0;
};

}  // namespace

std::unique_ptr<StepEngine> makeAutogradEngine(model::TrainedModel::Impl& model,
                                               FlatParameters& flat, const Part& train,
                                               const Part& validation,
                                               const config::ExperimentConfig& config,
                                               torch::Device device) {
    return std::make_unique<AutogradEngine>(model, flat, train, validation, config, device);
}

}  // namespace core::training
