#include "runs/run_directory.h"
#include "util/atomic_file.h"
#include "util/file_lock.h"
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

    // A run in progress is "running" while a holder has the folder's lock, then reads as
    // "interrupted" without it; while held, it cannot be tagged, renamed or deleted. (The kill
    // of a real training process is tests/ui/tst_interrupted_run.)
    void runningThenInterrupted() {
        QTemporaryDir dir;
        const auto path = runs::createRunDirectory(test_support::path(dir), "r", nullptr);
        auto record = sampleRecord(*path);
        record.summary.status = runs::kStatusRunning;
        record.summary.epochs = 3;
        record.summary.processId = 4242;
        record.summary.host = "lab-pc";
        record.metrics.reset();
        record.predictions = {};
        QVERIFY(!runs::writeRun(record, nullptr).has_value());
        {
            std::string error;
            const auto lock = util::FileLock::acquire(*path / runs::kLockFile, &error);
            QVERIFY2(lock, error.c_str());
            QVERIFY(!util::FileLock::acquire(*path / runs::kLockFile, nullptr));  // one holder
            QCOMPARE(runs::readRunSummary(*path, nullptr)->status, std::string(runs::kStatusRunning));
            QVERIFY(runs::setRunTag(*path, "x").has_value());
            QVERIFY(!runs::renameRun(*path, "other", nullptr).has_value());
            QVERIFY(runs::deleteRun(*path).has_value());
        }
        QVERIFY(!std::filesystem::exists(*path / runs::kLockFile));  // released and removed
        const auto s = runs::readRunSummary(*path, nullptr);
        QCOMPARE(s->status, std::string(runs::kStatusInterrupted));
        QVERIFY2(QString::fromStdString(s->message).contains("process 4242 on lab-pc was killed or the machine stopped) "
                                                            "after 3 epochs; best epoch 2 saved"),
                 s->message.c_str());
        // A lock file left by a dead process holds nothing.
        test_support::writeFile(*path / runs::kLockFile, "");
        QCOMPARE(runs::readRunSummary(*path, nullptr)->status, std::string(runs::kStatusInterrupted));
        QCOMPARE(runs::readRun(*path, nullptr)->history.size(), std::size_t(3));
        std::filesystem::remove(*path / runs::kHistoryFile);  // killed before its first epoch
        QVERIFY(runs::readRun(*path, nullptr)->history.empty());
        QVERIFY(!runs::deleteRun(*path).has_value());
    }

    void atomicWriteReplacesWholeFiles() {
        QTemporaryDir dir;
        const auto file = test_support::path(dir) / "a.txt";
        QVERIFY(!util::writeFileAtomically(file, "first").has_value());
        QVERIFY(!util::writeFileAtomically(file, "second").has_value());
        QCOMPARE(*util::readWholeFile(file, nullptr), std::string("second"));
        int entries = 0;
        for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(test_support::path(dir))) ++entries;
        QCOMPARE(entries, 1);  // no temporary left behind
        const auto error = util::writeFileAtomically(test_support::path(dir) / "missing" / "a.txt", "x");
        QVERIFY(error && QString::fromStdString(*error).contains("missing"));
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
