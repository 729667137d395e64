#include "run_fixtures.h"
#include "runs/run_record.h"
#include "runs/workspace.h"
#include "test_support.h"

using namespace core;
using run_fixtures::sampleRecord;

class TestWorkspace : public QObject {
    Q_OBJECT

private slots:
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
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
