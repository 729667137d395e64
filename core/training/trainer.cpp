#include "training/trainer.h"

#include <chrono>
#include <cmath>
#include <random>
#include <thread>

#include "config/config_fields.h"
#include "data/per_user_split.h"
#include "data/prepared_dataset.h"
#include "model/cpu_neumf.h"
#include "model/neumf_network.h"
#include "training/plateau_scheduler.h"
#include "util/number_text.h"

#include <ATen/CPUGeneratorImpl.h>

namespace core::training {
namespace {

using Clock = std::chrono::steady_clock;
double secondsSince(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// The rows of one part of the split as host columns.
struct Part {
    std::vector<std::int32_t> users, movies;
    std::vector<float> targets;
    std::int64_t size() const { return std::int64_t(targets.size()); }
};

Part gather(const data::PreparedDataset& data, const std::vector<std::int32_t>& rows) {
    Part p;
    p.users.reserve(rows.size());
    p.movies.reserve(rows.size());
    p.targets.reserve(rows.size());
    for (const auto r : rows) {
        p.users.push_back(data.userIndex[std::size_t(r)]);
        p.movies.push_back(data.movieIndex[std::size_t(r)]);
        p.targets.push_back(data.ratingNorm[std::size_t(r)]);
    }
    return p;
}

// Batch boundaries of an epoch; a trailing batch of one row (which BatchNorm cannot train on,
// and the notebook would crash on) joins the batch before it.
std::vector<std::int64_t> batchStarts(std::int64_t n, std::int64_t batch) {
    std::vector<std::int64_t> starts;
    for (std::int64_t s = 0; s < n; s += batch) starts.push_back(s);
    if (starts.size() > 1 && n - starts.back() == 1) starts.pop_back();
    starts.push_back(n);
    return starts;
}

// Deterministic shuffle on every platform (mt19937_64's output is standardised; the
// std distributions are not).
void shuffle(std::vector<std::int32_t>& order, std::mt19937_64& engine) {
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[engine() % i]);
}

model::AdamStep adamStep(const config::TrainingConfig& t, double learningRate, std::int64_t step) {
    return {learningRate, t.adamBeta1, t.adamBeta2, t.adamEpsilon, t.weightDecay, step};
}

// Adam over the flat buffers with tensor ops (any device): the same arithmetic as
// model::adamUpdate and as LibTorch's torch::optim::Adam.
void adamUpdateTensors(torch::Tensor& values, torch::Tensor& grads, torch::Tensor& m,
                       torch::Tensor& v, const model::AdamStep& h) {
    torch::NoGradGuard noGrad;
    const double bc1 = 1.0 - std::pow(h.beta1, double(h.step));
    const double bc2 = 1.0 - std::pow(h.beta2, double(h.step));
    if (h.weightDecay != 0) grads.add_(values, h.weightDecay);
    m.mul_(h.beta1).add_(grads, 1.0 - h.beta1);
    v.mul_(h.beta2).addcmul_(grads, grads, 1.0 - h.beta2);
    const auto denom = (v.sqrt() / std::sqrt(bc2)).add_(h.epsilon);
    values.addcdiv_(m, denom, -h.learningRate / bc1);
    grads.zero_();
}

// One epoch's worth of optimizer steps and the validation loss, by one of two mechanisms.
class StepEngine {
public:
    virtual ~StepEngine() = default;
    /// One optimizer step on rows order[begin, end). Returns the batch loss when it is
    /// available without waiting for the device.
    virtual std::optional<double> step(const std::vector<std::int32_t>& order, std::int64_t begin,
                        std::int64_t end, double learningRate) = 0;
    /// Mean training loss of the epoch (reads the device once).
    virtual double epochLoss(std::int64_t rows) = 0;
    /// Starts an epoch: resets the loss and fills `order` with this epoch's row order.
    virtual void startEpoch(std::vector<std::int32_t>& order) = 0;
    /// Validation MSE in evaluation mode; nullopt when stopped.
    virtual std::optional<double> validationLoss(const std::stop_token& stop) = 0;
};

// The hand-written CPU step (model/cpu_neumf): fused loops + ATen GEMMs.
class FusedEngine : public StepEngine {
public:
    FusedEngine(model::TrainedModel::Impl& m, model::FlatParameters& flat, const Part& train,
                const Part& validation, const config::ExperimentConfig& c)
        : m_flat(flat), m_train(train), m_validation(validation), m_config(c.training),
          m_kernels(*m.net, m.userFeatures.data_ptr<float>(), m.movieGenres.data_ptr<float>(), c.training.batchSize + 1),
          m_eval(*m.net, m.userFeatures.data_ptr<float>(), m.movieGenres.data_ptr<float>(), c.evaluation.batchSize),
          m_random(std::uint64_t(c.training.seed) ^ 0xD1B54A32D192ED03ull),
          m_shuffler(std::uint64_t(c.training.seed)),
          m_m(torch::zeros_like(flat.values)), m_v(torch::zeros_like(flat.values)) {}

    void startEpoch(std::vector<std::int32_t>& order) override {
        m_lossSum = 0;
        shuffle(order, m_shuffler);
    }

    std::optional<double> step(const std::vector<std::int32_t>& order, std::int64_t begin,
                               std::int64_t end, double learningRate) override {
        const auto n = std::size_t(end - begin);
        m_users.resize(n);
        m_movies.resize(n);
        m_targets.resize(n);
        for (std::size_t i = 0; i < n; ++i) {
            const auto r = std::size_t(order[std::size_t(begin) + i]);
            m_users[i] = m_train.users[r];
            m_movies[i] = m_train.movies[r];
            m_targets[i] = m_train.targets[r];
        }
        const double loss = m_kernels.trainStep(m_users.data(), m_movies.data(), m_targets.data(), int(n), m_random);
        model::adamUpdate(m_flat.values.data_ptr<float>(), m_flat.grads.data_ptr<float>(),
                          m_m.data_ptr<float>(), m_v.data_ptr<float>(), m_flat.values.numel(),
                          adamStep(m_config, learningRate, ++m_step));
        m_lossSum += loss * double(n);
        return loss;
    }

    double epochLoss(std::int64_t rows) override { return m_lossSum / double(rows); }

    std::optional<double> validationLoss(const std::stop_token& stop) override {
        const auto n = m_validation.size();
        std::vector<float> predictions(static_cast<std::size_t>(n));
        constexpr std::int64_t kChunk = 1 << 15;
        double sum = 0;
        for (std::int64_t s = 0; s < n; s += kChunk) {
            if (stop.stop_requested()) return std::nullopt;
            const auto count = std::min(kChunk, n - s);
            m_eval.predict(&m_validation.users[std::size_t(s)], &m_validation.movies[std::size_t(s)], count, &predictions[std::size_t(s)]);
            for (std::int64_t i = s; i < s + count; ++i) {
                const double e = double(predictions[std::size_t(i)]) - double(m_validation.targets[std::size_t(i)]);
                sum += e * e;
            }
        }
        return n ? sum / double(n) : 0.0;
    }

private:
    model::FlatParameters& m_flat;
    const Part& m_train;
    const Part& m_validation;
    config::TrainingConfig m_config;
    model::CpuNeuMF m_kernels;
    model::CpuNeuMF m_eval;
    model::DropoutRandom m_random;
    std::mt19937_64 m_shuffler;
    torch::Tensor m_m, m_v;
    std::int64_t m_step = 0;
    double m_lossSum = 0;
    std::vector<std::int32_t> m_users, m_movies;
    std::vector<float> m_targets;
};

// LibTorch autograd on any device, data resident on the device, loss accumulated there and
// read once per epoch, one Adam pass over the flat parameters.
class AutogradEngine : public StepEngine {
public:
    AutogradEngine(model::TrainedModel::Impl& m, model::FlatParameters& flat, const Part& train,
                   const Part& validation, const config::ExperimentConfig& c,
                   torch::Device device)
        : m_net(m.net), m_flat(flat), m_config(c.training), m_evalBatch(c.evaluation.batchSize),
          m_device(device), m_m(torch::zeros_like(flat.values)), m_v(torch::zeros_like(flat.values)) {
        // Copies (never aliases) of the host columns, resident on the device.
        const auto indices = [&](const std::vector<std::int32_t>& v) {
            return torch::from_blob(const_cast<std::int32_t*>(v.data()), {std::int64_t(v.size())}, torch::kInt32)
                .to(device, torch::kInt64);
        };
        const auto values = [&](const std::vector<float>& v) {
            return torch::from_blob(const_cast<float*>(v.data()), {std::int64_t(v.size())}, torch::kFloat32)
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
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = std::int32_t(p[i]);
        m_orderOnDevice = perm.to(m_device);
    }

    std::optional<double> step(const std::vector<std::int32_t>& order, std::int64_t begin,
                               std::int64_t end, double learningRate) override {
        m_net->train();
        const auto idx = m_orderOnDevice.narrow(0, begin, end - begin);
        const auto users = m_trainUsers.index_select(0, idx);
        const auto movies = m_trainMovies.index_select(0, idx);
        const auto prediction = m_net->forward(users, movies, m_userFeatures.index_select(0, users),
                                               m_movieGenres.index_select(0, movies));
        const auto loss = torch::mse_loss(prediction, m_trainTargets.index_select(0, idx));
        loss.backward();
        adamUpdateTensors(m_flat.values, m_flat.grads, m_m, m_v, adamStep(m_config, learningRate, ++m_step));
        const auto detached = loss.detach();
        m_lossSum.add_(detached.to(torch::kFloat64) * double(end - begin));  // float loss × n, in double
        if (m_device.is_cpu()) return detached.item<double>();
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
            if (stop.stop_requested()) return std::nullopt;
            const auto count = std::min<std::int64_t>(m_evalBatch, n - s);
            const auto users = m_valUsers.narrow(0, s, count);
            const auto movies = m_valMovies.narrow(0, s, count);
            const auto prediction = m_net->forward(users, movies, m_userFeatures.index_select(0, users),
                                                   m_movieGenres.index_select(0, movies));
            means.push_back(torch::mse_loss(prediction, m_valTargets.narrow(0, s, count)));
            sizes.push_back(count);
        }
        m_net->train();
        if (means.empty()) return 0.0;
        const auto host = torch::stack(means).to(torch::kCPU);
        const float* mean = host.data_ptr<float>();
        double sum = 0;
        for (std::size_t i = 0; i < sizes.size(); ++i) sum += double(mean[i]) * double(sizes[i]);
        return sum / double(n);
    }

private:
    model::NeuMFEnhanced m_net;
    model::FlatParameters& m_flat;
    config::TrainingConfig m_config;
    std::int64_t m_evalBatch;
    torch::Device m_device;
    torch::Tensor m_m, m_v;
    torch::Tensor m_trainUsers, m_trainMovies, m_trainTargets, m_valUsers, m_valMovies, m_valTargets;
    torch::Tensor m_userFeatures, m_movieGenres, m_orderOnDevice, m_lossSum;
    std::int64_t m_step = 0;
};

std::string formatLoss(double v) { return util::formatGeneral(v, 4); }

}  // namespace

std::string statusName(TrainingStatus status) {
    switch (status) {
    case TrainingStatus::Completed: return "completed";
    case TrainingStatus::EarlyStopped: return "early_stopped";
    case TrainingStatus::Stopped: return "stopped";
    case TrainingStatus::Failed: return "failed";
    }
    return "failed";
}

TrainingStatus statusFromName(const std::string& name) {
    for (auto s : {TrainingStatus::Completed, TrainingStatus::EarlyStopped, TrainingStatus::Stopped})
        if (statusName(s) == name) return s;
    return TrainingStatus::Failed;
}

std::optional<DeviceChoice> resolveDevice(const config::RuntimeConfig& runtime, std::string* error) {
    DeviceChoice choice;
    const bool cuda = model::cudaAvailable();
    if (runtime.device == "cuda" && !cuda) {
        if (error) *error = "`runtime.device` is cuda, but LibTorch sees no CUDA device (LibTorch " +
                            model::libtorchVersion() + "); use auto or cpu";
        return std::nullopt;
    }
    choice.device = (runtime.device == "cuda" || (runtime.device == "auto" && cuda)) ? "cuda" : "cpu";
    choice.name = choice.device == "cuda" ? model::cudaDeviceName() : "CPU";
    if (choice.device == "cuda" && runtime.trainingStep == "fused") {
        if (error) *error = "`runtime.training_step` fused runs on the CPU only; use auto or autograd with CUDA";
        return std::nullopt;
    }
    choice.trainingStep = runtime.trainingStep == "auto" ? (choice.device == "cuda" ? "autograd" : "fused")
                                                         : runtime.trainingStep;
    // At batch 512 the fused step's GEMMs are too small to gain from a second thread (measured
    // in bench/: 3.0 s an epoch on one thread, 4.0 s on two with OpenMP's passive wait), and
    // one thread leaves a core to the GUI. Autograd's many small ops do use all cores.
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const int automatic = choice.trainingStep == "fused" ? 1 : int(cores);
    choice.threads = runtime.threads > 0 ? runtime.threads : automatic;
    return choice;
}

TrainingOutcome trainModel(const config::ExperimentConfig& config, const data::PreparedDataset& data,
                           const data::PerUserSplit& split, ProgressSink& sink, std::stop_token stop) {
    TrainingOutcome outcome;
    const auto started = Clock::now();
    if (const auto errors = config::validate(config); !errors.empty()) {
        outcome.message = errors.front().message;
        return outcome;
    }
    std::string error;
    const auto device = resolveDevice(config.runtime, &error);
    if (!device) {
        outcome.message = error;
        return outcome;
    }
    outcome.device = *device;
    if (split.train.size() < 2 || split.validation.empty()) {
        outcome.message = "the split left " + std::to_string(split.train.size()) +
                          " training and " + std::to_string(split.validation.size()) +
                          " validation ratings; training needs at least 2 and 1";
        return outcome;
    }

    try {
        at::set_num_threads(device->threads);
        model::ModelShape shape;
        shape.numUsers = data.numUsers();
        shape.numMovies = data.numMovies();
        shape.model = config.model;
        auto trained = model::TrainedModel::create(shape, data, config.training.seed);
        auto& impl = trained->impl();
        const torch::Device torchDevice(device->device == "cuda" ? torch::kCUDA : torch::kCPU);
        impl.net->to(torchDevice);
        impl.net->train();
        model::FlatParameters flat(*impl.net);

        const Part train = gather(data, split.train);
        const Part validation = gather(data, split.validation);
        std::unique_ptr<StepEngine> engine;
        if (device->trainingStep == "fused")
            engine = std::make_unique<FusedEngine>(impl, flat, train, validation, config);
        else
            engine = std::make_unique<AutogradEngine>(impl, flat, train, validation, config, torchDevice);

        sink.stageChanged(Stage::Training, shape.describe() + " on " + device->name + ", " +
                                               device->trainingStep + " step");
        const auto starts = batchStarts(train.size(), config.training.batchSize);
        const auto batches = std::int64_t(starts.size()) - 1;
        std::vector<std::int32_t> order(std::size_t(train.size()));
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = std::int32_t(i);
        PlateauScheduler scheduler(config.training.learningRate, config.scheduler.factor,
                                   config.scheduler.patience, config.scheduler.threshold,
                                   config.scheduler.minLearningRate);
        double learningRate = config.training.learningRate;
        std::optional<model::FlatParameters::Snapshot> best;
        double bestLoss = std::numeric_limits<double>::infinity();
        int sinceBest = 0;
        outcome.status = TrainingStatus::Completed;

        for (int epoch = 1; epoch <= config.training.maxEpochs; ++epoch) {
            const auto epochStart = Clock::now();
            engine->startEpoch(order);
            double runningSum = 0;
            bool runningKnown = true;
            std::int64_t done = 0;
            for (std::int64_t b = 0; b < batches; ++b) {
                if (stop.stop_requested()) break;
                const auto begin = starts[std::size_t(b)], end = starts[std::size_t(b) + 1];
                const auto loss = engine->step(order, begin, end, learningRate);
                done += end - begin;
                if (loss) {
                    runningSum += *loss * double(end - begin);
                } else {
                    runningKnown = false;
                }
                if (loss && !std::isfinite(*loss)) {
                    outcome.status = TrainingStatus::Failed;
                    outcome.message = "the training loss became " + formatLoss(*loss) + " in epoch " +
                                      std::to_string(epoch) + ", batch " + std::to_string(b + 1) +
                                      "; try a lower training.learning_rate";
                    break;
                }
                BatchProgress p;
                p.epoch = epoch;
                p.maxEpochs = config.training.maxEpochs;
                p.batch = b + 1;
                p.batchesPerEpoch = batches;
                p.runningLoss = runningKnown ? runningSum / double(done) : std::nan("");
                p.batchLoss = loss ? *loss : std::nan("");
                p.epochSeconds = secondsSince(epochStart);
                p.runSeconds = secondsSince(started);
                p.samplesPerSecond = p.epochSeconds > 0 ? double(done) / p.epochSeconds : 0;
                sink.batchProgress(p);
            }
            if (outcome.status == TrainingStatus::Failed) break;
            if (stop.stop_requested()) {
                outcome.status = TrainingStatus::Stopped;
                outcome.message = "stopped by the user during epoch " + std::to_string(epoch);
                break;
            }
            EpochResult r;
            r.epoch = epoch;
            r.trainLoss = engine->epochLoss(train.size());
            r.trainSeconds = secondsSince(epochStart);
            if (!std::isfinite(r.trainLoss)) {
                outcome.status = TrainingStatus::Failed;
                outcome.message = "the training loss became " + formatLoss(r.trainLoss) + " in epoch " +
                                  std::to_string(epoch) + "; try a lower training.learning_rate";
                break;
            }
            const auto validationStart = Clock::now();
            const auto validationLoss = engine->validationLoss(stop);
            if (!validationLoss) {
                outcome.status = TrainingStatus::Stopped;
                outcome.message = "stopped by the user while validating epoch " + std::to_string(epoch);
                break;
            }
            r.validationLoss = *validationLoss;
            r.validationSeconds = secondsSince(validationStart);
            learningRate = scheduler.step(r.validationLoss);
            r.learningRate = learningRate;
            if (r.validationLoss < bestLoss) {
                bestLoss = r.validationLoss;
                sinceBest = 0;
                best = flat.snapshot();
                outcome.bestEpoch = epoch;
                r.improved = true;
            } else {
                ++sinceBest;
            }
            r.bestEpoch = outcome.bestEpoch;
            r.bestValidationLoss = bestLoss;
            r.epochsWithoutImprovement = sinceBest;
            outcome.history.push_back(r);
            sink.epochFinished(r);
            if (r.improved) sink.bestModelReached(r, *trained);
            if (!r.improved && sinceBest >= config.earlyStopping.patience) {
                outcome.status = TrainingStatus::EarlyStopped;
                outcome.message = "early stopping: no better validation loss for " +
                                  std::to_string(sinceBest) + " epochs";
                break;
            }
        }
        engine.reset();
        if (best) flat.restore(*best);
        outcome.bestValidationLoss = outcome.bestEpoch ? bestLoss : 0.0;
        if (outcome.status == TrainingStatus::Stopped && !best)
            outcome.message += " (before the first epoch ended: the model holds the weights reached so far)";
        impl.net->eval();
        impl.net->to(torch::kCPU);
        // The flat buffers may live on the device; give the CPU model plain parameters.
        if (torchDevice.is_cuda()) {
            auto cpu = model::TrainedModel::create(shape, data, config.training.seed);
            model::copyWeights(*impl.net, *cpu->impl().net);
            cpu->impl().net->eval();
            trained = std::move(cpu);
        }
        if (outcome.status != TrainingStatus::Failed) outcome.model = std::move(trained);
    } catch (const std::exception& e) {
        outcome.status = TrainingStatus::Failed;
        outcome.message = std::string("LibTorch error: ") + e.what();
        outcome.model.reset();
    }
    outcome.seconds = secondsSince(started);
    return outcome;
}

}  // namespace core::training
