#include "test_support.h"
#include "util/atomic_file.h"
#include "util/large_buffer.h"
#include "util/mapped_file.h"

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

    // A mapped file reads what is there, empty files included, survives a move and names the
    // path when it cannot be opened.
    void mappedFileReadsTheBytes() {
        QTemporaryDir dir;
        const auto file = test_support::path(dir) / "ratings.csv";
        std::string bytes(3 << 20, 'x');
        bytes[0] = 'a';
        bytes.back() = 'z';
        QVERIFY(!util::writeFileAtomically(file, bytes).has_value());
        auto mapped = util::MappedFile::open(file, nullptr);
        QVERIFY(mapped.has_value());
        auto moved = std::move(*mapped);
        QCOMPARE(moved.text().size(), bytes.size());
        QVERIFY(moved.text() == bytes);

        const auto empty = test_support::path(dir) / "empty.csv";
        QVERIFY(!util::writeFileAtomically(empty, "").has_value());
        QVERIFY(util::MappedFile::open(empty, nullptr)->text().empty());

        std::string error;
        QVERIFY(!util::MappedFile::open(test_support::path(dir) / "nope.csv", &error));
        QVERIFY(QString::fromStdString(error).contains("nope.csv"));
    }

    // Reserving a large column keeps the vector's contract (the page hint is only a hint).
    void largeBuffersBehaveAsVectors() {
        std::vector<std::int32_t> v;
        util::resizeLarge(v, std::size_t(5) << 20);
        QCOMPARE(v.size(), std::size_t(5) << 20);
        QCOMPARE(v.front(), 0);
        QCOMPARE(v.back(), 0);
        util::reserveLarge(v, std::size_t(6) << 20);
        QVERIFY(v.capacity() >= std::size_t(6) << 20);
        QCOMPARE(v.size(), std::size_t(5) << 20);
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomic_file.moc"
