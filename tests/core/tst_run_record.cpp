#include "run_fixtures.h"
#include "runs/run_record.h"
#include "runs/workspace.h"
#include "test_support.h"
#include "util/file_lock.h"

using namespace core;
using run_fixtures::sampleRecord;

class TestRunRecord : public QObject {
    Q_OBJECT

private slots:
private slots:
    void writeThenReadBack() {
        QTemporaryDir dir;
        std::string error;
        const auto path = runs::createRunDirectory(test_support::path(dir), "my run", &error);
        QVERIFY2(path.has_value(), error.c_str());
        QCOMPARE(path->filename().string(), std::string("my-run"));
        auto record = sampleRecord(*path);
        record.summary.tag =
            "baseline \xF0\x9F\x98\x80 \"quoted\"\n";  // U+1F600: a UTF-16 surrogate pair in JSON
        record.summary.processId = (std::int64_t(1) << 53) + 1;  // not representable as a double
        QVERIFY(!runs::writeRun(record, nullptr).has_value());

        const auto back = runs::readRun(*path, &error);
        QVERIFY2(back.has_value(), error.c_str());
        QCOMPARE(back->config, record.config);
        QCOMPARE(back->summary.status, record.summary.status);
        QCOMPARE(back->summary.tag, record.summary.tag);
        QCOMPARE(back->summary.processId, record.summary.processId);
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

    void reportsDamagedFiles() {
        QTemporaryDir dir;
        const auto path = runs::createRunDirectory(test_support::path(dir), "r", nullptr);
        QVERIFY(!runs::writeRun(sampleRecord(*path), nullptr).has_value());
        test_support::writeFile(
            *path / runs::kPredictionsFile,
            "user_id,movie_id,user_index,true_stars,predicted_norm\n1,10,0,9,0.5\n");
        std::string error;
        QVERIFY(!runs::readRun(*path, &error).has_value());
        QVERIFY2(QString::fromStdString(error).endsWith("predictions.csv:2: malformed row"),
                 error.c_str());
        test_support::writeFile(*path / runs::kRunFile, "{\"format\": 1,");
        QVERIFY(!runs::readRun(*path, &error).has_value());
        QVERIFY2(QString::fromStdString(error).contains("run.json: line 1"), error.c_str());
    }

    // A run in progress is "running" while a holder has the folder's lock, then reads as
    // "interrupted" without it; while held, it cannot be tagged, renamed or deleted. (The kill
    // of a real training process is tests/ui/tst_interrupted_run.)
    void runningThenInterrupted() {
        QTemporaryDir dir;
        const auto path = runs::createRunDirectory(test_support::path(dir), "r", nullptr);
        auto record = sampleRecord(*path);
        record.summary.status = runs::RunStatus::Running;
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
            QCOMPARE(runs::readRunSummary(*path, nullptr)->status, runs::RunStatus::Running);
            QVERIFY(runs::setRunTag(*path, "x").has_value());
            QVERIFY(!runs::renameRun(*path, "other", nullptr).has_value());
            QVERIFY(runs::deleteRun(*path).has_value());
        }
        QVERIFY(!std::filesystem::exists(*path / runs::kLockFile));  // released and removed
        const auto s = runs::readRunSummary(*path, nullptr);
        QCOMPARE(s->status, runs::RunStatus::Interrupted);
        QVERIFY2(QString::fromStdString(s->message)
                     .contains("process 4242 on lab-pc was killed or the machine stopped) "
                               "after 3 epochs; best epoch 2 saved"),
                 s->message.c_str());
        // A lock file left by a dead process holds nothing.
        test_support::writeFile(*path / runs::kLockFile, "");
        QCOMPARE(runs::readRunSummary(*path, nullptr)->status, runs::RunStatus::Interrupted);
        QCOMPARE(runs::readRun(*path, nullptr)->history.size(), std::size_t(3));
        std::filesystem::remove(*path / runs::kHistoryFile);  // killed before its first epoch
        QVERIFY(runs::readRun(*path, nullptr)->history.empty());
        QVERIFY(!runs::deleteRun(*path).has_value());
    }
};

QTEST_GUILESS_MAIN(TestRunRecord)
#include "tst_run_record.moc"
