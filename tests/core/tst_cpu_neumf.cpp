// White-box test of the hand-written CPU step against LibTorch's autograd and optimizer.
// LibTorch's headers must come before Qt's (Qt's `slots` macro breaks them).
#include "model/cpu_neumf.h"
#include "model/neumf_network.h"
#include "model/trained_model_impl.h"
#include "training/adam.h"
#include "training/flat_parameters.h"
#include "training/step_engine.h"
#include "util/chunk_team.h"

#include <QtTest>

#include "data/movielens_reader.h"
#include "data/prepared_dataset.h"

using namespace core;

namespace {

double maxAbsDiff(const torch::Tensor& a, const torch::Tensor& b) {
    return (a - b).abs().max().item<double>();
}

double maxRelDiff(const torch::Tensor& a, const torch::Tensor& b) {
    return ((a - b).abs() / (b.abs() + 1e-3)).max().item<double>();
}

}  // namespace

class TestCpuNeuMF : public QObject {
    Q_OBJECT

    data::PreparedDataset m_data;
    data::PreparedDataset m_noFeatures;  // the same without user features (ml-10m, CSV releases)
    const data::PreparedDataset* m_current = &m_data;
    std::vector<std::int32_t> m_users, m_movies;
    std::vector<float> m_targets;

    std::unique_ptr<model::TrainedModel> makeModel(double dropout,
                                                   std::vector<int> layers = {128, 64}) {
        config::ModelConfig config;
        config.dropout = dropout;
        config.mlpLayers = std::move(layers);
        return model::TrainedModel::create(model::shapeOf(*m_current, config), *m_current, 11);
    }

    // Rows with and without the user-feature branch; the test reads its row's choice.
    static void featureRows() {
        QTest::addColumn<bool>("userFeatures");
        QTest::newRow("user features") << true;
        QTest::newRow("no user features") << false;
    }
    void useRow() {
        QFETCH(bool, userFeatures);
        m_current = userFeatures ? &m_data : &m_noFeatures;
    }

    // Batch i of 64 rows, in data order.
    void batch(int i, torch::Tensor* users, torch::Tensor* movies, torch::Tensor* targets) {
        const auto n = 64;
        *users =
            torch::from_blob(&m_users[std::size_t(i * n)], {n}, torch::kInt32).to(torch::kInt64);
        *movies =
            torch::from_blob(&m_movies[std::size_t(i * n)], {n}, torch::kInt32).to(torch::kInt64);
        *targets = torch::from_blob(&m_targets[std::size_t(i * n)], {n}, torch::kFloat32).clone();
    }

    static torch::Tensor autogradLoss(model::TrainedModel::Impl& m, const torch::Tensor& users,
                                      const torch::Tensor& movies, const torch::Tensor& targets) {
        const auto prediction = m.net->forward(users, movies, m.userFeatures.index_select(0, users),
                                               m.movieGenres.index_select(0, movies));
        return torch::mse_loss(prediction, targets);
    }
    torch::Tensor autogradLoss(model::TrainedModel::Impl& m, int i) {
        torch::Tensor users, movies, targets;
        batch(i, &users, &movies, &targets);
        return autogradLoss(m, users, movies, targets);
    }

private slots:
    void initTestCase() {
        auto load = data::loadMovieLens(RW_TEST_SAMPLE_DIR);
        QVERIFY(load.ok());
        m_data = data::prepareDataset(load.data, config::DataConfig{});
        for (std::size_t r = 0; r < 64 * 8; ++r) {
            m_users.push_back(m_data.userIndex[r * 7]);
            m_movies.push_back(m_data.movieIndex[r * 7]);
            m_targets.push_back(m_data.ratingNorm[r * 7]);
        }
        m_noFeatures = m_data;
        m_noFeatures.userFeatureCount = 0;
        m_noFeatures.userFeatures.clear();
    }

    void parameterCountMatchesModule_data() { featureRows(); }

    void parameterCountMatchesModule() {
        useRow();
        const auto m = makeModel(0.3);
        std::int64_t n = 0;
        for (const auto& p : m->impl().net->parameters())
            n += p.numel();
        QCOMPARE(n, m->shape().parameterCount());
        const auto names = m->impl().net->named_parameters().keys();
        for (const char* expected : {"user_embedding.weight", "fusion_fc1.weight", "bn1.weight",
                                     "fusion_fc2.bias", "bn2.bias", "output.weight"})
            QVERIFY2(std::find(names.begin(), names.end(), expected) != names.end(), expected);
        const bool branch =
            std::find(names.begin(), names.end(), "user_feat_fc.bias") != names.end();
        QCOMPARE(branch, m_current == &m_data);
        QCOMPARE(m->impl().net->named_parameters()["fusion_fc1.weight"].size(1),
                 std::int64_t(m_current == &m_data ? 112 : 80));
    }

    // Evaluation-mode predictions equal LibTorch's module forward.
    void predictEqualsModuleForward_data() {
        QTest::addColumn<QList<int>>("layers");
        QTest::addColumn<bool>("userFeatures");
        QTest::newRow("notebook") << QList<int>{128, 64} << true;
        QTest::newRow("three layers") << QList<int>{64, 32, 8} << true;
        QTest::newRow("no user features") << QList<int>{128, 64} << false;
    }

    void predictEqualsModuleForward() {
        QFETCH(QList<int>, layers);
        useRow();
        auto m = makeModel(0.3, std::vector<int>(layers.begin(), layers.end()));
        auto& impl = m->impl();
        // Non-trivial running statistics first.
        {
            torch::NoGradGuard noGrad;
            for (auto& bn : impl.neumf()->batchNorms) {
                bn->running_mean.uniform_(-0.5, 0.5);
                bn->running_var.uniform_(0.5, 2.0);
            }
        }
        impl.net->eval();
        torch::Tensor users, movies, targets;
        batch(0, &users, &movies, &targets);
        torch::NoGradGuard noGrad;
        const auto reference =
            impl.net->forward(users, movies, impl.userFeatures.index_select(0, users),
                              impl.movieGenres.index_select(0, movies));
        const auto ours =
            m->predict(std::vector<std::int32_t>(m_users.begin(), m_users.begin() + 64),
                       std::vector<std::int32_t>(m_movies.begin(), m_movies.begin() + 64), 16);
        const auto oursTensor =
            torch::from_blob(const_cast<float*>(ours.data()), {64}, torch::kFloat32);
        QVERIFY2(maxAbsDiff(oursTensor, reference) < 1e-5,
                 qPrintable(QString::number(maxAbsDiff(oursTensor, reference))));
    }

    // One training step: loss, every gradient and the BatchNorm running statistics equal
    // autograd's (dropout off so both see the same network). The step cuts the batch into two
    // lanes of rows (the second from half the batch rounded down to 16 rows): rows where both
    // lanes hold the same users and movies (their gradients must add up), lanes of unequal
    // size, and an empty first lane (batches under 32 rows).
    void gradientsEqualAutograd_data() {
        QTest::addColumn<bool>("userFeatures");
        QTest::addColumn<int>("batchSize");
        QTest::addColumn<bool>("repeatAcrossLanes");
        QTest::newRow("user features") << true << 64 << false;
        QTest::newRow("no user features") << false << 64 << false;
        QTest::newRow("lanes share users and movies") << true << 64 << true;
        QTest::newRow("lanes share, no user features") << false << 64 << true;
        QTest::newRow("unequal lanes") << true << 50 << false;
        QTest::newRow("first lane empty") << true << 20 << false;
    }
    void gradientsEqualAutograd() {
        QFETCH(int, batchSize);
        QFETCH(bool, repeatAcrossLanes);
        useRow();
        std::vector<std::int32_t> users(m_users.begin(), m_users.begin() + batchSize);
        std::vector<std::int32_t> movies(m_movies.begin(), m_movies.begin() + batchSize);
        std::vector<float> targets(m_targets.begin(), m_targets.begin() + batchSize);
        if (repeatAcrossLanes)  // lane 1 (rows 32–63): lane 0's users, and its movies shifted
            for (int b = 32; b < batchSize; ++b) {
                users[std::size_t(b)] = users[std::size_t(b - 32)];
                movies[std::size_t(b)] = movies[std::size_t((b + 5) % 32)];
            }
        auto fused = makeModel(0.0);
        auto reference = makeModel(0.0);
        training::FlatParameters flat(*fused->impl().net);
        fused->impl().net->train();
        reference->impl().net->train();

        const auto loss = autogradLoss(
            reference->impl(),
            torch::from_blob(users.data(), {batchSize}, torch::kInt32).to(torch::kInt64),
            torch::from_blob(movies.data(), {batchSize}, torch::kInt32).to(torch::kInt64),
            torch::from_blob(targets.data(), {batchSize}, torch::kFloat32).clone());
        loss.backward();
        util::ChunkTeam team(2);
        model::CpuNeuMF kernels(*fused->impl().neumf(),
                                fused->impl().userFeatures.data_ptr<float>(),
                                fused->impl().movieGenres.data_ptr<float>(), 64, &team);
        model::DropoutRandom random(1);
        const double ours =
            kernels.trainStep(users.data(), movies.data(), targets.data(), batchSize, random);
        QVERIFY(std::abs(ours - loss.item<double>()) < 1e-6);

        const auto a = fused->impl().net->named_parameters();
        const auto b = reference->impl().net->named_parameters();
        for (const auto& item : a) {
            const auto& mine = item.value().grad();
            const auto& theirs = b[item.key()].grad();
            if (item.key().rfind("fusion_fc", 0) == 0 &&
                item.key().find(".bias") != std::string::npos) {
                // Zero in exact arithmetic (BatchNorm follows): both must be rounding noise.
                QVERIFY(mine.abs().max().item<double>() < 1e-5);
                QVERIFY(theirs.abs().max().item<double>() < 1e-5);
                continue;
            }
            const double diff = maxAbsDiff(mine, theirs);
            const double scale = theirs.abs().max().item<double>();
            QVERIFY2(diff <= 1e-4 * scale + 1e-7,
                     qPrintable(QString::fromStdString(item.key()) + ": " + QString::number(diff) +
                                " of " + QString::number(scale)));
        }
        const auto bufA = fused->impl().net->named_buffers();
        const auto bufB = reference->impl().net->named_buffers();
        for (const auto& item : bufA) {
            if (item.value().scalar_type() != torch::kFloat32) {
                QCOMPARE(item.value().item<std::int64_t>(), bufB[item.key()].item<std::int64_t>());
                continue;
            }
            QVERIFY2(maxAbsDiff(item.value(), bufB[item.key()]) < 1e-6, item.key().c_str());
        }
    }

    // Several steps with the fused Adam give the parameters LibTorch's torch::optim::Adam gives.
    void stepsMatchLibTorchAdam_data() { featureRows(); }
    void stepsMatchLibTorchAdam() {
        useRow();
        auto fused = makeModel(0.0);
        auto reference = makeModel(0.0);
        training::FlatParameters flat(*fused->impl().net);
        fused->impl().net->train();
        reference->impl().net->train();
        torch::optim::Adam adam(reference->impl().net->parameters(),
                                torch::optim::AdamOptions(1e-3).weight_decay(1e-5));
        auto m = torch::zeros_like(flat.values);
        auto v = torch::zeros_like(flat.values);
        model::CpuNeuMF kernels(*fused->impl().neumf(),
                                fused->impl().userFeatures.data_ptr<float>(),
                                fused->impl().movieGenres.data_ptr<float>(), 64);
        model::DropoutRandom random(1);
        constexpr int kSteps = 6;
        for (int step = 0; step < kSteps; ++step) {
            adam.zero_grad();
            autogradLoss(reference->impl(), step).backward();
            adam.step();
            kernels.trainStep(&m_users[std::size_t(step * 64)], &m_movies[std::size_t(step * 64)],
                              &m_targets[std::size_t(step * 64)], 64, random);
            training::adamUpdate(flat.values.data_ptr<float>(), flat.grads.data_ptr<float>(),
                                 m.data_ptr<float>(), v.data_ptr<float>(), flat.values.numel(),
                                 {1e-3, 0.9, 0.999, 1e-8, 1e-5, step + 1});
        }
        const auto a = fused->impl().net->named_parameters();
        const auto b = reference->impl().net->named_parameters();
        for (const auto& item : a) {
            // A bias right before BatchNorm has a gradient of exactly zero in exact arithmetic
            // (the batch mean removes it); both sides only see rounding noise, which Adam
            // normalises to full-size steps in arbitrary directions. Not comparable.
            if (item.key().rfind("fusion_fc", 0) == 0 &&
                item.key().find(".bias") != std::string::npos)
                continue;
            const double diff = maxAbsDiff(item.value(), b[item.key()]);
            // Adam moves each weight by ≈ lr per step; agreement to a small share of that.
            QVERIFY2(diff < 1e-4 * kSteps,
                     qPrintable(QString::fromStdString(item.key()) + ": " + QString::number(diff)));
        }
        QVERIFY(maxRelDiff(fused->impl().neumf()->batchNorms[0]->running_var,
                           reference->impl().neumf()->batchNorms[0]->running_var) < 1e-4);
    }

    // training.adam: lazy updates the rows of the batch's users and movies as the dense update
    // does, and leaves every other embedding row alone (dense Adam moves them all: weight
    // decay gives every row a gradient).
    void lazyAdamTouchesOnlyTheBatchRows() {
        m_current = &m_data;
        config::ExperimentConfig c;
        c.training.batchSize = 64;
        training::Part train;
        train.users.assign(m_users.begin(), m_users.begin() + 64);
        train.movies.assign(m_movies.begin(), m_movies.begin() + 64);
        train.targets.assign(m_targets.begin(), m_targets.begin() + 64);
        struct Trained {
            std::unique_ptr<model::TrainedModel> model;
            std::unique_ptr<training::FlatParameters> flat;
        };
        const auto stepWith = [&](const char* adam) {
            c.training.adam = adam;
            Trained t{makeModel(c.model.dropout), nullptr};
            t.flat = std::make_unique<training::FlatParameters>(*t.model->impl().net);
            t.model->impl().net->train();
            auto engine = training::makeFusedEngine(t.model->impl(), *t.flat, train, train, c, 1);
            std::vector<std::int32_t> order(64);
            std::iota(order.begin(), order.end(), 0);
            engine->startEpoch(order);
            engine->step(order, 0, 64, 1e-3);
            return t;
        };
        const auto initial = makeModel(c.model.dropout);
        const auto dense = stepWith("dense");
        const auto lazy = stepWith("lazy");
        const auto rows = [](const model::TrainedModel& m, bool users) {
            return (users ? m.impl().neumf()->userEmbedding : m.impl().neumf()->movieEmbedding)
                ->weight;
        };
        int touchedRows = 0, untouchedRows = 0;
        for (const bool users : {true, false}) {
            const auto& ids = users ? train.users : train.movies;
            const auto before = rows(*initial, users), d = rows(*dense.model, users),
                       l = rows(*lazy.model, users);
            for (std::int64_t r = 0; r < before.size(0); ++r) {
                const bool touched = std::find(ids.begin(), ids.end(), r) != ids.end();
                if (touched) {
                    ++touchedRows;
                    QVERIFY(maxAbsDiff(l[r], d[r]) < 1e-6);
                    QVERIFY(maxAbsDiff(l[r], before[r]) > 1e-5);
                } else {
                    ++untouchedRows;
                    QCOMPARE(maxAbsDiff(l[r], before[r]), 0.0);
                    QVERIFY(maxAbsDiff(d[r], before[r]) > 1e-5);
                }
            }
        }
        QVERIFY(touchedRows > 0 && untouchedRows > 0);
        const auto a = lazy.model->impl().net->named_parameters();
        const auto b = dense.model->impl().net->named_parameters();
        for (const auto& item : a)
            if (item.key().find("embedding") == std::string::npos &&
                !(item.key().rfind("fusion_fc", 0) == 0 &&
                  item.key().find(".bias") != std::string::npos))  // rounding noise, see above
                QVERIFY2(maxAbsDiff(item.value(), b[item.key()]) < 1e-6, item.key().c_str());
    }

    void dropoutKeepsTheRightShare() {
        model::DropoutRandom random(123);
        const auto below = std::uint32_t(0.3 * 4294967296.0);
        int dropped = 0;
        constexpr int kDraws = 200003;  // not a multiple of the 8 lanes
        std::vector<std::uint32_t> bits(kDraws);
        random.fill(bits.data(), kDraws);
        for (const auto b : bits)
            dropped += b < below;
        QVERIFY(std::abs(double(dropped) / kDraws - 0.3) < 0.005);
    }

    // With dropout on, training still lowers the loss on a repeated batch.
    void dropoutStepLearns() {
        auto m = makeModel(0.3);
        training::FlatParameters flat(*m->impl().net);
        m->impl().net->train();
        auto mo = torch::zeros_like(flat.values), ve = torch::zeros_like(flat.values);
        model::CpuNeuMF kernels(*m->impl().neumf(), m->impl().userFeatures.data_ptr<float>(),
                                m->impl().movieGenres.data_ptr<float>(), 64);
        model::DropoutRandom random(5);
        double first = 0, last = 0;
        for (int step = 0; step < 60; ++step) {
            const double loss =
                kernels.trainStep(m_users.data(), m_movies.data(), m_targets.data(), 64, random);
            if (step == 0)
                first = loss;
            last = loss;
            training::adamUpdate(flat.values.data_ptr<float>(), flat.grads.data_ptr<float>(),
                                 mo.data_ptr<float>(), ve.data_ptr<float>(), flat.values.numel(),
                                 {1e-2, 0.9, 0.999, 1e-8, 0, step + 1});
        }
        QVERIFY2(last < 0.5 * first, qPrintable(QString("%1 → %2").arg(first).arg(last)));
    }

    // The fused engine (the step's lanes and Adam's, dense and lazy) gives bit for bit the same
    // parameters and validation predictions on one thread and two (dropout on, several epochs,
    // a last batch of unequal lanes).
    void engineThreadCountDoesNotChangeResults_data() {
        QTest::addColumn<QString>("adam");
        QTest::newRow("dense") << "dense";
        QTest::newRow("lazy") << "lazy";
    }
    void engineThreadCountDoesNotChangeResults() {
        QFETCH(QString, adam);
        m_current = &m_data;
        config::ExperimentConfig c;
        c.training.batchSize = 64;
        c.training.adam = adam.toStdString();
        c.evaluation.batchSize = 48;
        training::Part train, validation;
        train.users.assign(m_users.begin(), m_users.begin() + 300);
        train.movies.assign(m_movies.begin(), m_movies.begin() + 300);
        train.targets.assign(m_targets.begin(), m_targets.begin() + 300);
        validation.users.assign(m_users.begin() + 300, m_users.end());
        validation.movies.assign(m_movies.begin() + 300, m_movies.end());
        validation.targets.assign(m_targets.begin() + 300, m_targets.end());
        std::vector<torch::Tensor> finals;
        std::vector<std::vector<float>> predictions;
        for (const int threads : {1, 2}) {
            auto m = makeModel(c.model.dropout);
            training::FlatParameters flat(*m->impl().net);
            m->impl().net->train();
            auto engine = training::makeFusedEngine(m->impl(), flat, train, validation, c, threads);
            std::vector<std::int32_t> order(train.size());
            std::iota(order.begin(), order.end(), 0);
            for (int epoch = 0; epoch < 2; ++epoch) {
                engine->startEpoch(order);
                for (std::int64_t b = 0; b < train.size(); b += 64)
                    engine->step(order, b, std::min<std::int64_t>(b + 64, train.size()), 1e-3);
            }
            finals.push_back(flat.values.clone());
            m->impl().net->eval();
            predictions.push_back(*engine->validationPredictions(std::stop_token{}));
        }
        QVERIFY(torch::equal(finals[0], finals[1]));
        QVERIFY(predictions[0] == predictions[1]);
    }

    // The fused step's thread team runs fixed lanes: two threads give bit for bit the
    // parameters one thread gives (dropout on, several steps of Adam).
    void teamSizeDoesNotChangeResults() {
        std::vector<torch::Tensor> finals;
        for (const int threads : {1, 2}) {
            auto m = makeModel(0.3);
            training::FlatParameters flat(*m->impl().net);
            m->impl().net->train();
            auto mo = torch::zeros_like(flat.values), ve = torch::zeros_like(flat.values);
            util::ChunkTeam team(threads);
            model::CpuNeuMF kernels(*m->impl().neumf(), m->impl().userFeatures.data_ptr<float>(),
                                    m->impl().movieGenres.data_ptr<float>(), 64, &team);
            model::DropoutRandom random(7);
            for (int step = 0; step < 5; ++step) {
                kernels.trainStep(&m_users[std::size_t(step * 64)],
                                  &m_movies[std::size_t(step * 64)],
                                  &m_targets[std::size_t(step * 64)], 64, random);
                training::adamUpdate(flat.values.data_ptr<float>(), flat.grads.data_ptr<float>(),
                                     mo.data_ptr<float>(), ve.data_ptr<float>(),
                                     flat.values.numel(), {1e-3, 0.9, 0.999, 1e-8, 1e-5, step + 1},
                                     &team);
            }
            finals.push_back(flat.values.clone());
        }
        QVERIFY(torch::equal(finals[0], finals[1]));
    }
};

QTEST_GUILESS_MAIN(TestCpuNeuMF)
#include "tst_cpu_neumf.moc"
