#include <algorithm>
#include <random>
#include <tuple>

#include "data/prepared_dataset.h"
#include "model/cpu_neumf.h"
#include "training/step_engine.h"
#include "util/chunk_team.h"

namespace core::training {
namespace {

// Deterministic shuffle on every platform (mt19937_64's output is standardised; the
// std distributions are not).
void shuffle(std::vector<std::int32_t>& order, std::mt19937_64& engine) {
    for (std::size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[engine() % i]);
}

// The hand-written CPU step (model/cpu_neumf): fused loops + ATen GEMMs.
class FusedEngine : public StepEngine {
public:
    FusedEngine(model::TrainedModel::Impl& m, FlatParameters& flat, const Part& train,
                const Part& validation, const config::ExperimentConfig& c, int threads)
        : m_team(threads, [] { at::init_num_threads(); }),
          m_flat(flat),
          m_train(train),
          m_validation(validation),
          m_config(c.training),
          m_kernels(*m.neumf(), m.userFeatures.data_ptr<float>(), m.movieGenres.data_ptr<float>(),
                    c.training.batchSize + 1, &m_team),
          m_eval(*m.neumf(), m.userFeatures.data_ptr<float>(), m.movieGenres.data_ptr<float>(),
                 c.evaluation.batchSize, &m_team),
          m_random(std::uint64_t(c.training.seed) ^ 0xD1B54A32D192ED03ull),
          m_shuffler(std::uint64_t(c.training.seed)),
          m_m(torch::zeros_like(flat.values)),
          m_v(torch::zeros_like(flat.values)),
          m_lazy(c.training.adam == "lazy") {
        // Where the embedding tables sit in the flat buffer (the parameters are views of it),
        // and which lane of the step owns them.
        const float* base = flat.values.data_ptr<float>();
        for (const auto& [table, ids, lane] :
             {std::tuple{&m.neumf()->userEmbedding->weight, &m_users, 0},
              std::tuple{&m.neumf()->movieEmbedding->weight, &m_movies, 1}})
            m_tables.push_back(
                {table->data_ptr<float>() - base, table->size(0), table->size(1), ids,
                 std::vector<std::int64_t>(m_lazy ? std::size_t(table->size(0)) : 0, 0), lane});
        std::sort(m_tables.begin(), m_tables.end(),
                  [](const Table& a, const Table& b) { return a.offset < b.offset; });
        // Lane 0 updates the user table, which its lane of the step gathers and scatters; lane
        // 1 the movie table and everything else (the dense layers, whose gradients it sums).
        std::int64_t denseFrom = 0;
        for (auto& t : m_tables) {
            if (t.offset > denseFrom)
                m_segments[1].push_back({denseFrom, t.offset - denseFrom, nullptr});
            m_segments[t.lane].push_back({t.offset, t.rows * t.width, &t});
            denseFrom = t.offset + t.rows * t.width;
        }
        if (flat.values.numel() > denseFrom)
            m_segments[1].push_back({denseFrom, flat.values.numel() - denseFrom, nullptr});
    }

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
        const double loss = m_kernels.trainStep(m_users.data(), m_movies.data(), m_targets.data(),
                                                int(n), m_random);
        adam(adamStepFor(m_config, learningRate, ++m_step));
        m_lossSum += loss * double(n);
        return loss;
    }

    double epochLoss(std::int64_t rows) override { return m_lossSum / double(rows); }

    std::optional<double> validationLoss(const std::stop_token& stop) override {
        const auto predictions = validationPredictions(stop);
        if (!predictions)
            return std::nullopt;
        return meanSquaredError(*predictions, m_validation.targets);
    }

    std::optional<std::vector<float>> validationPredictions(const std::stop_token& stop) override {
        const auto n = m_validation.size();
        std::vector<float> predictions(static_cast<std::size_t>(n));
        constexpr std::int64_t kChunk = 1 << 15;
        for (std::int64_t s = 0; s < n; s += kChunk) {
            if (stop.stop_requested())
                return std::nullopt;
            const auto count = std::min(kChunk, n - s);
            m_eval.predict(&m_validation.users[std::size_t(s)],
                           &m_validation.movies[std::size_t(s)], count,
                           &predictions[std::size_t(s)]);
        }
        return predictions;
    }

private:
    struct Table {
        std::int64_t offset, rows, width;
        const std::vector<std::int32_t>* ids;  // the batch's rows of this table (users, movies)
        std::vector<std::int64_t> updatedAt;   // lazy: the step that last updated each row
        int lane;                              // the step's lane that owns the table
    };
    struct Segment {
        std::int64_t offset, length;  // in the flat buffer
        Table* table;                 // the embedding table it is, if any
    };

    // Adam's update in two lanes, each always on the same parameters (m_segments). With
    // training.adam: lazy, the dense parts (MLP, projections, BatchNorm) are updated as usual;
    // of the embedding tables, only the rows of the batch's users and movies, each once
    // (PyTorch's SparseAdam does the same). Untouched rows keep their values and moments, and
    // their gradients stay zero, as the step requires.
    void adam(const AdamStep& h) {
        float* values = m_flat.values.data_ptr<float>();
        float* grads = m_flat.grads.data_ptr<float>();
        float* m = m_m.data_ptr<float>();
        float* v = m_v.data_ptr<float>();
        const auto update = [&](std::int64_t from, std::int64_t n) {
            adamUpdate(values + from, grads + from, m + from, v + from, n, h);
        };
        m_team.run(model::CpuNeuMF::kLanes, [&](int lane) {
            for (const Segment& s : m_segments[lane]) {
                if (!m_lazy || !s.table) {
                    update(s.offset, s.length);
                    continue;
                }
                Table& t = *s.table;
                for (const auto id : *t.ids) {
                    auto& at = t.updatedAt[std::size_t(id)];
                    if (at == m_step)
                        continue;
                    at = m_step;
                    update(t.offset + std::int64_t(id) * t.width, t.width);
                }
            }
        });
    }

    // The step's two lanes and Adam's run on `threads` threads (this one and helpers that
    // follow LibTorch's thread count, 1 here, for their own GEMMs); more than 2 gain nothing.
    util::ChunkTeam m_team;
    FlatParameters& m_flat;
    const Part& m_train;
    const Part& m_validation;
    config::TrainingConfig m_config;
    model::CpuNeuMF m_kernels;
    model::CpuNeuMF m_eval;
    model::DropoutRandom m_random;
    std::mt19937_64 m_shuffler;
    torch::Tensor m_m, m_v;
    bool m_lazy;
    std::vector<Table> m_tables;                               // the embedding tables in flat order
    std::vector<Segment> m_segments[model::CpuNeuMF::kLanes];  // Adam's work by lane
    std::int64_t m_step = 0;
    double m_lossSum = 0;
    std::vector<std::int32_t> m_users, m_movies;
    std::vector<float> m_targets;
};

}  // namespace

double meanSquaredError(const std::vector<float>& predictions, const std::vector<float>& targets) {
    double sum = 0;
    for (std::size_t i = 0; i < predictions.size(); ++i) {
        const double e = double(predictions[i]) - double(targets[i]);
        sum += e * e;
    }
    return predictions.empty() ? 0.0 : sum / double(predictions.size());
}

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

std::unique_ptr<StepEngine> makeFusedEngine(model::TrainedModel::Impl& model, FlatParameters& flat,
                                            const Part& train, const Part& validation,
                                            const config::ExperimentConfig& config, int threads) {
    return std::make_unique<FusedEngine>(model, flat, train, validation, config, threads);
}

}  // namespace core::training
