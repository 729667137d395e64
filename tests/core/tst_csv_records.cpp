#include <QtTest>

#include <string>
#include <vector>

#include "data/csv_records.h"

using core::data::CsvRecords;

namespace {

using Records = std::vector<std::vector<std::string>>;

// Every record of `text` as strings, and the reader's line and error at the end.
Records readAll(std::string_view text, std::vector<std::int64_t>* lines = nullptr,
                std::string* error = nullptr) {
    CsvRecords reader(text);
    std::vector<std::string_view> fields;
    Records records;
    while (reader.next(fields)) {
        records.emplace_back(fields.begin(), fields.end());
        if (lines)
            lines->push_back(reader.line());
    }
    if (error)
        *error = reader.error();
    return records;
}

}  // namespace

class TestCsvRecords : public QObject {
    Q_OBJECT

private slots:
    void plainRecords() {
        const auto r = readAll(
            "userId,movieId,rating,timestamp\n1,296,5.0,1147880044\n"
            "1,306,3.5,1147868817");
        QCOMPARE(r.size(), std::size_t(3));
        QCOMPARE(r[0], (std::vector<std::string>{"userId", "movieId", "rating", "timestamp"}));
        QCOMPARE(r[2], (std::vector<std::string>{"1", "306", "3.5", "1147868817"}));
    }

    void windowsLineEndsAndByteOrderMark() {
        const auto r = readAll(
            "\xEF\xBB\xBF"
            "a,b\r\n1,2\r\n");
        QCOMPARE(r.size(), std::size_t(2));
        QCOMPARE(r[0], (std::vector<std::string>{"a", "b"}));
        QCOMPARE(r[1], (std::vector<std::string>{"1", "2"}));
    }

    void emptyFieldsAndBlankLines() {
        const auto r = readAll("a,,c\n\n,\n");
        QCOMPARE(r.size(), std::size_t(3));
        QCOMPARE(r[0], (std::vector<std::string>{"a", "", "c"}));
        QCOMPARE(r[1], (std::vector<std::string>{""}));
        QCOMPARE(r[2], (std::vector<std::string>{"", ""}));
    }

    // movies.csv quotes titles with commas or quotes in them.
    void quotedFields() {
        const auto r = readAll(
            "movieId,title,genres\n"
            "11,\"American President, The (1995)\",Comedy|Drama|Romance\r\n"
            "1230,\"\"\"Great Performances\"\" Cats (1998)\",Musical\n"
            "182727,\"\",(no genres listed)\n"
            "5,\"a, short one\",\"x\"\n");
        QCOMPARE(r.size(), std::size_t(5));
        QCOMPARE(r[1], (std::vector<std::string>{"11", "American President, The (1995)",
                                                 "Comedy|Drama|Romance"}));
        QCOMPARE(r[2], (std::vector<std::string>{"1230", "\"Great Performances\" Cats (1998)",
                                                 "Musical"}));
        QCOMPARE(r[3], (std::vector<std::string>{"182727", "", "(no genres listed)"}));
        QCOMPARE(r[4], (std::vector<std::string>{"5", "a, short one", "x"}));
    }

    // Many quoted short fields in one record: their views stay valid (short strings move when
    // the storage grows).
    void manyShortQuotedFields() {
        std::string line;
        std::vector<std::string> expected;
        for (int i = 0; i < 40; ++i) {
            line += (i ? ",\"" : "\"") + std::to_string(i) + "\"";
            expected.push_back(std::to_string(i));
        }
        const auto r = readAll(line + "\n");
        QCOMPARE(r.size(), std::size_t(1));
        QCOMPARE(r[0], expected);
    }

    // A quoted field may span lines; line() is where its record starts.
    void lineBreakInsideQuotes() {
        std::vector<std::int64_t> lines;
        const auto r = readAll("a,\"two\nlines\"\nb,c\n", &lines);
        QCOMPARE(r.size(), std::size_t(2));
        QCOMPARE(r[0], (std::vector<std::string>{"a", "two\nlines"}));
        QCOMPARE(r[1], (std::vector<std::string>{"b", "c"}));
        QCOMPARE(lines, (std::vector<std::int64_t>{1, 3}));
    }

    void malformedRecordsStopWithAReason_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("recordsBefore");
        QTest::newRow("unclosed quote") << QByteArray("a,b\n1,\"open\n2,3\n") << "not closed" << 1;
        QTest::newRow("text after a closing quote")
            << QByteArray("1,\"x\"y,2\n") << "after a closing quote" << 0;
        QTest::newRow("quote inside an unquoted field")
            << QByteArray("ok\n1,ab\"c,2\n") << "inside an unquoted field" << 1;
    }
    void malformedRecordsStopWithAReason() {
        QFETCH(QByteArray, text);
        QFETCH(QString, reason);
        QFETCH(int, recordsBefore);
        std::vector<std::int64_t> lines;
        std::string error;
        const auto r =
            readAll(std::string_view(text.constData(), std::size_t(text.size())), &lines, &error);
        QCOMPARE(int(r.size()), recordsBefore);
        QVERIFY2(QString::fromStdString(error).contains(reason), error.c_str());
    }
};

QTEST_APPLESS_MAIN(TestCsvRecords)
#include "tst_csv_records.moc"
