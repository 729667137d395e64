#include <set>
#include "data/movielens_reader.h"
#include "data/prepared_dataset.h"
#include "model/recommendations.h"
#include "model/trained_model.h"

#include "test_support.h"

using namespace core;

class TestTrainedModel : public QObject {
    Q_OBJECT

    std::shared_ptr<const data::MovieLensData> m_data;
    data::PreparedDataset m_prepared;

private slots:
    void initTestCase() {
        auto load = data::loadMovieLens(RW_TEST_SAMPLE_DIR);
        QVERIFY(load.ok());
        m_data = load.data;
        m_prepared = data::prepareDataset(m_data, config::DataConfig{});
    }

    void shapeAndParameterCount() {
        model::ModelShape shape;
        shape.numUsers = 6040;
        shape.numMovies = 3416;
        // The notebook's model: 6040·32 + 3416·32 + (3·32+32) + (18·16+16) + (112·128+128+256)
        // + (128·64+64+128) + (64+1) = 302,592 + 128 + 304 + 14,720 + 8,384 + 65 = 326,193.
        QCOMPARE(shape.parameterCount(), std::int64_t(326193));
        QCOMPARE(shape.fusionInputDim(), 112);
    }

    void checkpointRoundTripGivesIdenticalPredictions() {
        model::ModelShape shape;
        shape.numUsers = m_prepared.numUsers();
        shape.numMovies = m_prepared.numMovies();
        shape.model.mlpLayers = {64, 32, 16};
        shape.model.dropout = 0.2;
        const auto a = model::TrainedModel::create(shape, m_prepared, 5);
        const std::vector<std::int32_t> users{0, 1, 2, 3, 0};
        const std::vector<std::int32_t> movies{0, 5, 9, 2, 7};
        const auto before = a->predict(users, movies);

        QTemporaryDir dir;
        const auto file = test_support::path(dir) / "model.pt";
        QVERIFY(!a->save(file).has_value());
        std::string error;
        const auto b = model::TrainedModel::load(file, &error);
        QVERIFY2(b, error.c_str());
        QCOMPARE(b->shape().model.mlpLayers, shape.model.mlpLayers);
        QCOMPARE(b->shape().model.dropout, 0.2);
        QCOMPARE(b->predict(users, movies), before);
        QVERIFY(b->matches(m_prepared));
        QCOMPARE(b->userIds(), m_prepared.userIds);
    }

    // Every kind saves and loads: the kind, the factor width and the weights come back.
    void baselineCheckpointRoundTrip_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<qint64>("parameters");
        QTest::newRow("biased_mf") << "biased_mf" << qint64(1 + (1000 + 989) * (1 + 8));
        QTest::newRow("biases") << "biases" << qint64(1 + 1000 + 989);
        QTest::newRow("global_mean") << "global_mean" << qint64(1);
        QTest::newRow("autorec") << "autorec" << qint64((2 * 1000 + 1) * 16 + 1000);
    }
    void baselineCheckpointRoundTrip() {
        QFETCH(QString, kind);
        QFETCH(qint64, parameters);
        model::ModelShape shape;
        shape.numUsers = m_prepared.numUsers();
        shape.numMovies = m_prepared.numMovies();
        shape.model.kind = kind.toStdString();
        shape.model.factors = 8;
        shape.model.autorecHidden = 16;
        QCOMPARE(shape.parameterCount(), std::int64_t(parameters));
        QVERIFY(QString::fromStdString(shape.describe())
                    .contains(QString::number(parameters) + " parameters"));
        const auto a = model::TrainedModel::create(shape, m_prepared, 3);
        const std::vector<std::int32_t> users{0, 1, 2, 999};
        const std::vector<std::int32_t> movies{0, 5, 988, 2};
        const auto before = a->predict(users, movies);
        QTemporaryDir dir;
        const auto file = test_support::path(dir) / "model.pt";
        QVERIFY(!a->save(file).has_value());
        std::string error;
        const auto b = model::TrainedModel::load(file, &error);
        QVERIFY2(b, error.c_str());
        QCOMPARE(b->shape().model.kind, shape.model.kind);
        QCOMPARE(b->shape().model.factors, 8);
        QCOMPARE(b->shape().model.autorecHidden, 16);
        QCOMPARE(b->shape().parameterCount(), shape.parameterCount());
        QCOMPARE(b->predict(users, movies), before);
    }

    void seedDecidesInitialisation() {
        model::ModelShape shape;
        shape.numUsers = m_prepared.numUsers();
        shape.numMovies = m_prepared.numMovies();
        const std::vector<std::int32_t> users{0, 1}, movies{0, 1};
        const auto a = model::TrainedModel::create(shape, m_prepared, 1)->predict(users, movies);
        QCOMPARE(model::TrainedModel::create(shape, m_prepared, 1)->predict(users, movies), a);
        QVERIFY(model::TrainedModel::create(shape, m_prepared, 2)->predict(users, movies) != a);
    }

    void predictAllMoviesAgreesWithPredict() {
        model::ModelShape shape;
        shape.numUsers = m_prepared.numUsers();
        shape.numMovies = m_prepared.numMovies();
        const auto m = model::TrainedModel::create(shape, m_prepared, 3);
        const auto all = m->predictAllMovies(4);
        QCOMPARE(all.size(), std::size_t(m_prepared.numMovies()));
        const std::vector<std::int32_t> users{4, 4}, movies{0, std::int32_t(all.size() - 1)};
        const auto two = m->predict(users, movies);
        QCOMPARE(two[0], all[0]);
        QCOMPARE(two[1], all.back());
    }

    void unreadableCheckpoint() {
        QTemporaryDir dir;
        const auto file = test_support::path(dir) / "model.pt";
        test_support::writeFile(file, "not a zip archive");
        std::string error;
        QVERIFY(!model::TrainedModel::load(file, &error));
        QVERIFY2(QString::fromStdString(error).contains("model.pt"), error.c_str());
    }

    void recommendationsExcludeRatedMovies() {
        model::ModelShape shape;
        shape.numUsers = m_prepared.numUsers();
        shape.numMovies = m_prepared.numMovies();
        const auto m = model::TrainedModel::create(shape, m_prepared, 3);
        const int userId = m_prepared.userIds[0];
        const auto recs = model::topUnratedMovies(*m, m_prepared, userId, 10);
        QCOMPARE(recs.size(), std::size_t(10));
        std::set<int> rated;
        for (std::size_t i = 0; i < m_data->ratings.size(); ++i)
            if (m_data->ratings.userId[i] == userId)
                rated.insert(m_data->ratings.movieId[i]);
        for (std::size_t i = 0; i < recs.size(); ++i) {
            QVERIFY(!rated.count(recs[i].movieId));
            QVERIFY(!recs[i].title.empty());
            if (i)
                QVERIFY(recs[i - 1].predictedStars >= recs[i].predictedStars);
        }
        QVERIFY(model::topUnratedMovies(*m, m_prepared, 999999, 10).empty());
    }
};

QTEST_GUILESS_MAIN(TestTrainedModel)
#include "tst_trained_model.moc"
