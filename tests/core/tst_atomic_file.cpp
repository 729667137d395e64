#include "test_support.h"
#include "util/atomic_file.h"

using namespace core;

class TestAtomicFile : public QObject {
    Q_OBJECT

private slots:
    void atomicWriteReplacesWholeFiles() {
        QTemporaryDir dir;
        const auto file = test_support::path(dir) / "a.txt";
        QVERIFY(!util::writeFileAtomically(file, "first").has_value());
        QVERIFY(!util::writeFileAtomically(file, "second").has_value());
        QCOMPARE(*util::readWholeFile(file, nullptr), std::string("second"));
        int entries = 0;
        for ([[maybe_unused]] const auto& e :
             std::filesystem::directory_iterator(test_support::path(dir)))
            ++entries;
        QCOMPARE(entries, 1);  // no temporary left behind
        const auto error =
            util::writeFileAtomically(test_support::path(dir) / "missing" / "a.txt", "x");
        QVERIFY(error && QString::fromStdString(*error).contains("missing"));
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomic_file.moc"
