#include "training/trainer.h"

#include "training/training_messages.h"

#include <chrono>
#include <cmath>
#include <limits>

#include "config/config_fields.h"
#include "data/per_user_split.h"
#include "data/prepared_dataset.h"
#include "training/plateau_scheduler.h"
#include "training/step_engine.h"
#include "util/number_text.h"

namespace core::training {
namespace {

using Clock = std::chrono::steady_clock;
double secondsSince(Clock::time_point t) {
    return std::chrono::duration<double>(Clock::now() - t).count();
}

// Batch boundaries of an epoch; a trailing batch of one row (which BatchNorm cannot train on,
// and the notebook would crash on) joins the batch before it.
std::vector<std::int64_t> batchStarts(std::int64_t n, std::int64_t batch) {
    std::vector<std::int64_t> starts;
    for (std::int64_t s = 0; s < n; s += batch)
        starts.push_back(s);
    if (starts.size() > 1 && n - starts.back() == 1)
        starts.pop_back();
    starts.push_back(n);
    return starts;
}

double meanOf(const std::vector<float>& values) {
    double sum = 0;
    for (const float v : values)
        sum += v;
    return values.empty() ? 0.0 : sum / double(values.size());
}

// The closed-form baselines (model.kind global_mean and biases): μ is the training mean; the
// biases alternate b_i = Σ_u (r − μ − b_u) / (λ + n_i) and b_u = Σ_i (r − μ − b_i) / (λ + n_u)
// (a few rounds of ridge-regularised least squares, as Surprise's baseline ALS). One "epoch"
// is reported, with its train and validation MSE, so every page shows it like any run.
TrainingOutcome fitClosedForm(const config::ExperimentConfig& config,
                              const data::PreparedDataset& data, const data::PerUserSplit& split,
                              ProgressSink& sink, Clock::time_point started) {
    TrainingOutcome outcome;
    const model::ModelShape shape = model::shapeOf(data, config.model);
    sink.stageChanged(Stage::Training,
                      util::Text(RW_TEXT("{1}, closed form")).phrase(shape.describeText()));
    auto trained = model::TrainedModel::create(shape, data, config.training.seed);
    auto& net = dynamic_cast<model::BiasedMFImpl&>(*trained->impl().net);
    const Part train = gather(data, split.train);
    const Part validation = gather(data, split.validation);
    const double mu = meanOf(train.targets);
    std::vector<double> userBias(std::size_t(shape.numUsers), 0.0),
        movieBias(std::size_t(shape.numMovies), 0.0);
    if (shape.kind() == model::ModelKind::Biases) {
        const double lambda = config.model.biasRegularization;
        std::vector<double> sum;
        std::vector<std::int64_t> count;
        const auto solve = [&](std::vector<double>& bias, const std::vector<std::int32_t>& own,
                               const std::vector<std::int32_t>& other,
                               const std::vector<double>& otherBias) {
            sum.assign(bias.size(), 0.0);
            count.assign(bias.size(), 0);
            for (std::size_t r = 0; r < train.targets.size(); ++r) {
                sum[std::size_t(own[r])] +=
                    train.targets[r] - mu - otherBias[std::size_t(other[r])];
                ++count[std::size_t(own[r])];
            }
            for (std::size_t i = 0; i < bias.size(); ++i)
                bias[i] = sum[i] / (lambda + double(count[i]));
        };
        for (int round = 0; round < 10; ++round) {
            solve(movieBias, train.movies, train.users, userBias);
            solve(userBias, train.users, train.movies, movieBias);
        }
    }
    {
        torch::NoGradGuard noGrad;
        net.globalBias.fill_(mu);
        if (net.userBias) {
            const auto copy = [](const std::vector<double>& v, torch::Tensor& weight) {
                weight.copy_(torch::tensor(v, torch::kFloat64).to(torch::kFloat32).view({-1, 1}));
            };
            copy(userBias, net.userBias->weight);
            copy(movieBias, net.movieBias->weight);
        }
    }
    net.eval();
    const auto mse = [&](const Part& part) {
        double sum = 0;
        for (std::size_t r = 0; r < part.targets.size(); ++r) {
            const double e = mu + userBias[std::size_t(part.users[r])] +
                             movieBias[std::size_t(part.movies[r])] - double(part.targets[r]);
            sum += e * e;
        }
        return part.targets.empty() ? 0.0 : sum / double(part.targets.size());
    };
    EpochResult r;
    r.epoch = 1;
    r.trainLoss = mse(train);
    r.validationLoss = mse(validation);
    r.trainSeconds = secondsSince(started);
    r.improved = true;
    r.bestEpoch = 1;
    r.bestValidationLoss = r.validationLoss;
    outcome.history.push_back(r);
    sink.epochFinished(r);
    sink.bestModelReached(r, *trained);
    outcome.status = TrainingStatus::Completed;
    outcome.bestEpoch = 1;
    outcome.bestValidationLoss = r.validationLoss;
    outcome.model = std::move(trained);
    return outcome;
}

std::string formatLoss(double v) {
    return util::formatGeneral(v, 4);
}

// Why training ended before max_epochs.
struct Ending {
    TrainingStatus status;
    std::string message;
};

// One training run from initialised weights to the best epoch's weights: the notebook's loop
// (shuffled batches, validation, ReduceLROnPlateau, early stopping, best weights kept), with
// the step computed by a StepEngine. Training thread only.
class TrainingLoop {
public:
    TrainingLoop(const config::ExperimentConfig& config, const data::PreparedDataset& data,
                 const data::PerUserSplit& split, const DeviceChoice& device, ProgressSink& sink,
                 std::stop_token stop, Clock::time_point started)
        : m_config(config),
          m_data(data),
          m_sink(sink),
          m_stop(std::move(stop)),
          m_started(started),
          m_torchDevice(device.device == Device::Cuda ? torch::kCUDA : torch::kCPU),
          m_scheduler(config.training.learningRate, config.scheduler.factor,
                      config.scheduler.patience, config.scheduler.threshold,
                      config.scheduler.minLearningRate),
          m_learningRate(config.training.learningRate) {
        // A plain neumf model's fused step shares its work out over device.threads threads
        // of its own; LibTorch's pool would only nest a second set of threads inside them.
        const bool fusedTeam = device.trainingStep == TrainingStep::Fused &&
                               model::modelKindOf(config.model) == model::ModelKind::NeuMF;
        at::set_num_threads(fusedTeam ? 1 : device.threads);
        m_shape = model::shapeOf(data, config.model);
        // Initialisation draws from LibTorch's global generator, before anything else does.
        m_model = model::TrainedModel::create(m_shape, data, config.training.seed);
        auto& impl = m_model->impl();
        m_train = gather(data, split.train);
        m_validation = gather(data, split.validation);
        if (auto* mf = dynamic_cast<model::BiasedMFImpl*>(impl.net.get())) {
            torch::NoGradGuard noGrad;
            mf->globalBias.fill_(meanOf(m_train.targets));  // start the factors from the mean
        }
        impl.net->to(m_torchDevice);
        impl.net->train();
        m_flat = std::make_unique<FlatParameters>(*impl.net);
        if (m_shape.kind() == model::ModelKind::AutoRec)
            m_engine =
                makeAutoRecEngine(impl, *m_flat, m_train, m_validation, config, m_torchDevice);
        else if (m_shape.kind() == model::ModelKind::Ensemble)
            m_engine =
                makeEnsembleEngine(impl, *m_flat, m_train, m_validation, config, m_torchDevice,
                                   device.trainingStep == TrainingStep::Fused);
        else if (device.trainingStep == TrainingStep::Fused)
            m_engine =
                makeFusedEngine(impl, *m_flat, m_train, m_validation, config, device.threads);
        else
            m_engine =
                makeAutogradEngine(impl, *m_flat, m_train, m_validation, config, m_torchDevice);
        const auto units = m_engine->unitsPerEpoch(m_train.size());
        const auto batch = m_engine->batchSize();
        m_starts = batchStarts(units, batch > 0 ? batch : config.training.batchSize);
        m_order.resize(std::size_t(units));
        for (std::size_t i = 0; i < m_order.size(); ++i)
            m_order[i] = std::int32_t(i);
        sink.stageChanged(Stage::Training,
                          util::Text(RW_TEXT("{1} on {2}, {3}"))
                              .phrase(m_shape.describeText())
                              .arg(device.name)
                              .phrase(util::Text(device.trainingStep == TrainingStep::Fused
                                                     ? RW_TEXT("fused step")
                                                     : RW_TEXT("autograd step"))));
    }

    // Trains, validates and schedules one epoch; an Ending when training should not go on.
    std::optional<Ending> runEpoch(int epoch, TrainingOutcome& outcome) {
        const auto epochStart = Clock::now();
        if (auto ending = trainBatches(epoch, epochStart))
            return ending;
        EpochResult r;
        r.epoch = epoch;
        r.trainLoss = m_engine->epochLoss(m_train.size());
        r.trainSeconds = secondsSince(epochStart);
        if (!std::isfinite(r.trainLoss))
            return Ending{TrainingStatus::Failed,
                          lossDivergedMessage(formatLoss(r.trainLoss), epoch).english()};
        const auto validationStart = Clock::now();
        const auto validationLoss = m_engine->validationLoss(m_stop);
        if (!validationLoss)
            return Ending{TrainingStatus::Stopped, stoppedWhileValidatingMessage(epoch).english()};
        r.validationLoss = *validationLoss;
        r.validationSeconds = secondsSince(validationStart);
        m_learningRate = m_scheduler.step(r.validationLoss);
        r.learningRate = m_learningRate;
        if (r.validationLoss < m_bestLoss) {
            m_bestLoss = r.validationLoss;
            m_sinceBest = 0;
            m_best = m_flat->snapshot();
            outcome.bestEpoch = epoch;
            r.improved = true;
        } else {
            ++m_sinceBest;
        }
        r.bestEpoch = outcome.bestEpoch;
        r.bestValidationLoss = m_bestLoss;
        r.epochsWithoutImprovement = m_sinceBest;
        outcome.history.push_back(r);
        m_sink.epochFinished(r);
        if (r.improved)
            m_sink.bestModelReached(r, *m_model);
        if (!r.improved && m_sinceBest >= m_config.earlyStopping.patience)
            return Ending{TrainingStatus::EarlyStopped,
                          earlyStoppingMessage(m_sinceBest).english()};
        return std::nullopt;
    }

    // The best epoch's weights (the current ones when no epoch finished) on the CPU, in
    // evaluation mode.
    std::unique_ptr<model::TrainedModel> finish(TrainingOutcome& outcome) {
        m_engine.reset();
        if (m_best)
            m_flat->restore(*m_best);
        outcome.bestValidationLoss = outcome.bestEpoch ? m_bestLoss : 0.0;
        auto& impl = m_model->impl();
        impl.net->eval();
        impl.net->to(torch::kCPU);
        // The flat buffers may live on the device; give the CPU model plain parameters.
        if (m_torchDevice.is_cuda()) {
            auto cpu = model::TrainedModel::create(m_shape, m_data, m_config.training.seed);
            model::copyWeights(*impl.net, *cpu->impl().net);
            cpu->impl().net->eval();
            return cpu;
        }
        return std::move(m_model);
    }

    bool hasBestEpoch() const { return m_best.has_value(); }

private:
    // The optimizer steps of one epoch, with batch progress; an Ending on a stop request or a
    // non-finite batch loss.
    std::optional<Ending> trainBatches(int epoch, Clock::time_point epochStart) {
        m_engine->startEpoch(m_order);
        const auto batches = std::int64_t(m_starts.size()) - 1;
        double runningSum = 0;
        bool runningKnown = true;
        std::int64_t done = 0;
        for (std::int64_t b = 0; b < batches; ++b) {
            if (m_stop.stop_requested())
                break;
            const auto begin = m_starts[std::size_t(b)], end = m_starts[std::size_t(b) + 1];
            const auto loss = m_engine->step(m_order, begin, end, m_learningRate);
            done += end - begin;
            if (loss) {
                runningSum += *loss * double(end - begin);
            } else {
                runningKnown = false;
            }
            if (loss && !std::isfinite(*loss))
                return Ending{TrainingStatus::Failed,
                              lossDivergedMessage(formatLoss(*loss), epoch, b + 1).english()};
            BatchProgress p;
            p.epoch = epoch;
            p.maxEpochs = m_config.training.maxEpochs;
            p.batch = b + 1;
            p.batchesPerEpoch = batches;
            p.runningLoss = runningKnown ? runningSum / double(done) : std::nan("");
            p.batchLoss = loss ? *loss : std::nan("");
            p.epochSeconds = secondsSince(epochStart);
            p.runSeconds = secondsSince(m_started);
            p.samplesPerSecond = p.epochSeconds > 0 ? double(done) / p.epochSeconds : 0;
            m_sink.batchProgress(p);
        }
        if (m_stop.stop_requested())
            return Ending{TrainingStatus::Stopped, stoppedDuringEpochMessage(epoch).english()};
        return std::nullopt;
    }

    const config::ExperimentConfig& m_config;
    const data::PreparedDataset& m_data;
    ProgressSink& m_sink;
    std::stop_token m_stop;
    Clock::time_point m_started;
    torch::Device m_torchDevice;
    model::ModelShape m_shape;
    std::unique_ptr<model::TrainedModel> m_model;
    std::unique_ptr<FlatParameters> m_flat;
    Part m_train, m_validation;
    std::unique_ptr<StepEngine> m_engine;
    std::vector<std::int64_t> m_starts;
    std::vector<std::int32_t> m_order;
    PlateauScheduler m_scheduler;
    double m_learningRate;
    std::optional<FlatParameters::Snapshot> m_best;
    double m_bestLoss = std::numeric_limits<double>::infinity();
    int m_sinceBest = 0;
};

}  // namespace

TrainingOutcome trainModel(const config::ExperimentConfig& config,
                           const data::PreparedDataset& data, const data::PerUserSplit& split,
                           ProgressSink& sink, std::stop_token stop) {
    TrainingOutcome outcome;
    const auto started = Clock::now();
    if (const auto errors = config::validate(config); !errors.empty()) {
        outcome.message = errors.front().message;
        return outcome;
    }
    std::string error;
    const auto device = resolveDevice(config, &error);
    if (!device) {
        outcome.message = error;
        return outcome;
    }
    outcome.device = *device;
    if (split.train.size() < 2 || split.validation.empty()) {
        outcome.message = splitTooSmallMessage(std::int64_t(split.train.size()),
                                               std::int64_t(split.validation.size()))
                              .english();
        return outcome;
    }

    try {
        const auto kind = model::modelKindOf(config.model);
        if (kind == model::ModelKind::Biases || kind == model::ModelKind::GlobalMean) {
            auto fitted = fitClosedForm(config, data, split, sink, started);
            fitted.device = outcome.device;
            fitted.seconds = secondsSince(started);
            return fitted;
        }
        TrainingLoop loop(config, data, split, *device, sink, stop, started);
        outcome.status = TrainingStatus::Completed;
        for (int epoch = 1; epoch <= config.training.maxEpochs; ++epoch) {
            if (auto ending = loop.runEpoch(epoch, outcome)) {
                outcome.status = ending->status;
                outcome.message = std::move(ending->message);
                break;
            }
        }
        if (outcome.status == TrainingStatus::Stopped && !loop.hasBestEpoch())
            outcome.message = beforeFirstEpochMessage(trainingMessage(outcome.message)).english();
        auto model = loop.finish(outcome);
        if (outcome.status != TrainingStatus::Failed)
            outcome.model = std::move(model);
    } catch (const std::exception& e) {
        outcome.status = TrainingStatus::Failed;
        outcome.message = libtorchErrorMessage(e.what()).english();
        outcome.model.reset();
    }
    outcome.seconds = secondsSince(started);
    return outcome;
}

}  // namespace core::training
