#include <thread>

#include "model/ensemble_network.h"
#include "training/step_engine.h"

namespace core::training {
namespace {

// model.kind ensemble: both members train in the same epochs, each on its own loss with its
// own Adam state over its slice of the flat parameters, at the scheduler's learning rate. The
// epoch walks NeuMF's training rows in batches; after each batch the AutoRec member takes the
// movie batches that bring it to the same fraction of its own epoch, so that both finish the
// epoch together. Validation (and so early stopping, the scheduler and the best epoch) judges
// the ensemble: the mean of the members' predictions. AutoRec needs about twice NeuMF's epochs
// to converge (measured on ml-1m: best epochs ~60 and ~20-25), so it makes
// model.ensemble_autorec_passes passes over the movies in each epoch. With runtime.threads
// automatic, NeuMF's steps keep the fused step's one thread and AutoRec's large GEMMs (steps and
// validation) use every core.
class EnsembleEngine : public StepEngine {
public:
    EnsembleEngine(model::TrainedModel::Impl& m, FlatParameters& flat, const Part& train,
                   const Part& validation, const config::ExperimentConfig& c, torch::Device device,
                   bool fused)
        : m_validation(validation) {
        auto& net = dynamic_cast<model::EnsembleImpl&>(*m.net);
        const auto member = [&](std::shared_ptr<model::RatingNetworkImpl> part,
                                model::ModelKind kind) {
            auto impl = std::make_unique<model::TrainedModel::Impl>();
            impl->shape = model::memberShape(m.shape, kind);
            impl->net = std::move(part);
            impl->userFeatures = m.userFeatures;
            impl->movieGenres = m.movieGenres;
            return impl;
        };
        m_neumf = member(net.neumf, model::ModelKind::NeuMF);
        m_autorec = member(net.autorec, model::ModelKind::AutoRec);
        // The flat buffer holds NeuMF's parameters first (registered first), then AutoRec's.
        std::int64_t neumfSize = 0;
        for (const auto& p : net.neumf->parameters())
            neumfSize += p.numel();
        m_neumfFlat = std::make_unique<FlatParameters>(flat.slice(0, neumfSize));
        m_autorecFlat = std::make_unique<FlatParameters>(
            flat.slice(neumfSize, flat.values.numel() - neumfSize));
        m_first = fused ? makeFusedEngine(*m_neumf, *m_neumfFlat, train, validation, c)
                        : makeAutogradEngine(*m_neumf, *m_neumfFlat, train, validation, c, device);
        m_second = makeAutoRecEngine(*m_autorec, *m_autorecFlat, train, validation, c, device);
        const auto movies = m_second->unitsPerEpoch(train.size());
        const auto batch = m_second->batchSize();
        for (std::int64_t s = 0; s < movies; s += batch)
            m_secondStarts.push_back(s);
        m_secondStarts.push_back(movies);
        m_secondOrder.resize(std::size_t(movies));
        for (std::size_t i = 0; i < m_secondOrder.size(); ++i)
            m_secondOrder[i] = std::int32_t(i);
        m_rows = train.size();
        m_passes = c.model.ensembleAutorecPasses;
        m_narrowThreads = at::get_num_threads();
        m_wideThreads = c.runtime.threads > 0
                            ? c.runtime.threads
                            : int(std::max(1u, std::thread::hardware_concurrency()));
    }

    void startEpoch(std::vector<std::int32_t>& order) override {
        m_first->startEpoch(order);
        m_second->startEpoch(m_secondOrder);
        m_secondDone = 0;
    }

    std::optional<double> step(const std::vector<std::int32_t>& order, std::int64_t begin,
                               std::int64_t end, double learningRate) override {
        const auto loss = m_first->step(order, begin, end, learningRate);
        const auto batches = std::int64_t(m_secondStarts.size()) - 1;
        // AutoRec's batches due by this fraction of the epoch (all of them after the last).
        const auto due = (end * batches * m_passes + m_rows - 1) / m_rows;
        if (m_secondDone < due) {
            const Threads wide(m_wideThreads, m_narrowThreads);
            for (; m_secondDone < due; ++m_secondDone) {
                const auto b = m_secondDone % batches;
                if (b == 0 && m_secondDone > 0)  // the next pass: a new order
                    m_second->startEpoch(m_secondOrder);
                m_second->step(m_secondOrder, m_secondStarts[std::size_t(b)],
                               m_secondStarts[std::size_t(b) + 1], learningRate);
            }
        }
        return loss;
    }

    // The members' training MSEs (AutoRec's of its last pass), averaged (the ensemble's own is
    // never computed in training).
    double epochLoss(std::int64_t rows) override {
        return 0.5 * (m_first->epochLoss(rows) + m_second->epochLoss(rows));
    }

    std::optional<double> validationLoss(const std::stop_token& stop) override {
        const auto predictions = validationPredictions(stop);
        if (!predictions)
            return std::nullopt;
        return meanSquaredError(*predictions, m_validation.targets);
    }

    std::optional<std::vector<float>> validationPredictions(const std::stop_token& stop) override {
        auto first = m_first->validationPredictions(stop);
        if (!first)
            return std::nullopt;
        const auto second = [&] {
            const Threads wide(m_wideThreads, m_narrowThreads);
            return m_second->validationPredictions(stop);
        }();
        if (!second)
            return std::nullopt;
        for (std::size_t i = 0; i < first->size(); ++i)
            (*first)[i] = 0.5f * ((*first)[i] + (*second)[i]);
        return first;
    }

private:
    // LibTorch's thread count for a scope.
    struct Threads {
        Threads(int inside, int after) : m_after(after) { at::set_num_threads(inside); }
        ~Threads() { at::set_num_threads(m_after); }
        Threads(const Threads&) = delete;
        Threads& operator=(const Threads&) = delete;
        int m_after;
    };

    const Part& m_validation;
    std::unique_ptr<model::TrainedModel::Impl> m_neumf, m_autorec;
    std::unique_ptr<FlatParameters> m_neumfFlat, m_autorecFlat;
    std::unique_ptr<StepEngine> m_first, m_second;
    std::vector<std::int64_t> m_secondStarts;
    std::vector<std::int32_t> m_secondOrder;
    std::int64_t m_secondDone = 0, m_rows = 1;
    int m_narrowThreads = 1, m_wideThreads = 1, m_passes = 1;
};

}  // namespace

std::unique_ptr<StepEngine> makeEnsembleEngine(model::TrainedModel::Impl& model,
                                               FlatParameters& flat, const Part& train,
                                               const Part& validation,
                                               const config::ExperimentConfig& config,
                                               torch::Device device, bool fused) {
    return std::make_unique<EnsembleEngine>(model, flat, train, validation, config, device, fused);
}

}  // namespace core::training
