#include "runs/run_directory.h"
#include "test_support.h"

using namespace core;

namespace {
runs::RunRecord sampleRecord(const std::filesystem::path& path) {
    runs::RunRecord r;
    r.path = path;
    r.config.training.maxEpochs = 7;
    r.summary.status = "early_stopped";
    r.summary.message = "early stopping: no better validation loss for 5 epochs";
    r.summary.created = "2026-11-28T04:43:00Z";
    r.summary.dataFolder = "/data/ml-1m";
    r.summary.device = "cpu";
    r.summary.bestEpoch = 2;
    r.summary.after = {6040, 3416, 999611};
    r.summary.trainSize = 697017;
    r.summary.validationSize = 149779;
    r.summary.testSize = 152815;
    for (int e = 1; e <= 3; ++e) {
        training::EpochResult h;
        h.epoch = e;
        h.trainLoss = 0.07 / e;
        h.validationLoss = 0.05 / e + 0.001 * e;
        h.learningRate = 1e-3;
        h.trainSeconds = 1.5;
        h.improved = e < 3;
        h.bestEpoch = e < 3 ? e : 2;
        r.history.push_back(h);
    }
    auto& p = r.predictions;
    p.userIds = {1, 1, 2};
    p.movieIds = {10, 20, 10};
    p.userIndex = {0, 0, 1};
    p.truth = {1.0f, 0.4f, 0.8f};
    p.predicted = {0.87654321f, 0.5f, 0.6f};
    r.metrics = metrics::computeTestMetrics(p, r.config.evaluation);
    r.environment = {{"libtorch", "1.13"}, {"blas", "openblas"}};
    return r;
}
}  // namespace

class TestRunDirectory : public QObject {
    Q_OBJECT

private slots:
    void writeThenReadBack() {
        QTemporaryDir dir;
        std::string error;
        const auto path = runs::createRunDirectory(test_support::path(dir), "my run", &error);
        QVERIFY2(path.has_value(), error.c_str());
        QCOMPARE(path->filename().string(), std::string("my-run"));
        const auto record = sampleRecord(*path);
        QVERIFY(!runs::writeRun(record, nullptr).has_value());

        const auto back = runs::readRun(*path, &error);
        QVERIFY2(back.has_value(), error.c_str());
        QCOMPARE(back->config, record.config);
        QCOMPARE(back->summary.status, record.summary.status);
        QCOMPARE(back->summary.message, record.summary.message);
        QCOMPARE(back->summary.after.ratings, std::int64_t(999611));
        QCOMPARE(back->summary.testSize, std::int64_t(152815));
        QVERIFY(back->summary.hasMetrics);
        QVERIFY(!back->summary.hasModel);
        QCOMPARE(back->history.size(), std::size_t(3));
        for (std::size_t i = 0; i < 3; ++i) {
            QCOMPARE(back->history[i].validationLoss, record.history[i].validationLoss);
            QCOMPARE(back->history[i].improved, record.history[i].improved);
        }
        QCOMPARE(back->predictions.predicted, record.predictions.predicted);  // exact floats
        QCOMPARE(back->predictions.truth, record.predictions.truth);
        QCOMPARE(back->metrics->regression.rmse, record.metrics->regression.rmse);
        QCOMPARE(back->metrics->ranking.ndcg, record.metrics->ranking.ndcg);
        QCOMPARE(back->environment.size(), std::size_t(2));
    }

    void neverReusesAName() {
        QTemporaryDir dir;
        const auto a = runs::createRunDirectory(test_support::path(dir), "same", nullptr);
        const auto b = runs::createRunDirectory(test_support::path(dir), "same", nullptr);
        QVERIFY(a && b);
        QVERIFY(*a != *b);
        QCOMPARE(b->filename().string(), std::string("same-2"));
        QVERIFY(!runs::writeRun(sampleRecord(*a), nullptr).has_value());
        QVERIFY(!runs::writeRun(sampleRecord(*b), nullptr).has_value());
        QCOMPARE(runs::listRuns(test_support::path(dir)).size(), std::size_t(2));
    }

    void tagRenameDelete() {
        QTemporaryDir dir;
        const auto path = runs::createRunDirectory(test_support::path(dir), "r", nullptr);
        QVERIFY(!runs::writeRun(sampleRecord(*path), nullptr).has_value());
        QVERIFY(!runs::setRunTag(*path, "baseline").has_value());
        QCOMPARE(runs::readRunSummary(*path, nullptr)->tag, std::string("baseline"));
        const auto other = runs::createRunDirectory(test_support::path(dir), "taken", nullptr);
        std::string error;
        QVERIFY(!runs::renameRun(*path, "taken", &error).has_value());
        QVERIFY(QString::fromStdString(error).contains("already exists"));
        const auto renamed = runs::renameRun(*path, "notebook baseline", &error);
        QVERIFY(renamed.has_value());
        QCOMPARE(runs::readRunSummary(*renamed, nullptr)->name, std::string("notebook-baseline"));
        QVERIFY(runs::deleteRun(*other).has_value());  // no run.json: refused
        QVERIFY(std::filesystem::exists(*other));
        QVERIFY(!runs::deleteRun(*renamed).has_value());
        QVERIFY(!std::filesystem::exists(*renamed));
    }

    void reportsDamagedFiles() {
        QTemporaryDir dir;
        const auto path = runs::createRunDirectory(test_support::path(dir), "r", nullptr);
        QVERIFY(!runs::writeRun(sampleRecord(*path), nullptr).has_value());
        test_support::writeFile(*path / runs::kPredictionsFile, "user_id,movie_id,user_index,true_stars,predicted_norm\n1,10,0,9,0.5\n");
        std::string error;
        QVERIFY(!runs::readRun(*path, &error).has_value());
        QVERIFY2(QString::fromStdString(error).endsWith("predictions.csv:2: malformed row"), error.c_str());
        test_support::writeFile(*path / runs::kRunFile, "{\"format\": 1,");
        QVERIFY(!runs::readRun(*path, &error).has_value());
        QVERIFY2(QString::fromStdString(error).contains("run.json: line 1"), error.c_str());
    }
};

QTEST_GUILESS_MAIN(TestRunDirectory)
#include "tst_run_directory.moc"
