#include "data/movielens_reader.h"
#include "data/text_encoding.h"
#include "test_support.h"

using namespace core::data;
using test_support::writeFile;

namespace {

// The small folder with one file's contents replaced, loaded.
MovieLensLoad loadSmallFolderWith(const std::string& file, const std::string& contents) {
    QTemporaryDir dir;
    const auto folder = test_support::path(dir);
    test_support::writeSmallFolder(folder);
    writeFile(folder / file, contents);
    return loadMovieLens(folder);
}

}  // namespace

class TestMovieLensReader : public QObject {
    Q_OBJECT

private slots:
    void readsAValidFolder() {
        QTemporaryDir dir;
        const auto folder = test_support::path(dir);
        test_support::writeSmallFolder(folder);
        const auto load = loadMovieLens(folder);
        QVERIFY2(load.ok(), load.report.summary().c_str());
        QCOMPARE(load.report.warningCount(), 0);
        QCOMPARE(load.data->users.size(), std::size_t(3));
        QCOMPARE(load.data->movies.size(), std::size_t(4));
        QCOMPARE(load.data->ratings.size(), std::size_t(5));
        QCOMPARE(load.data->ratings.userId[2], 2);
        QCOMPARE(load.data->ratings.movieId[2], 73);
        QCOMPARE(int(load.data->ratings.halfStars[2]), 8);
        QCOMPARE(load.data->ratings.timestamp[4], std::int64_t(978824291));
        const auto& user = load.data->users[1];
        QCOMPARE(int(user.gender), 1);
        QCOMPARE(user.age, 56);
        QCOMPARE(user.occupation, 16);
        QCOMPARE(user.zip, std::string("70072"));
        const auto& toy = load.data->movies[0];
        QCOMPARE(toy.year, 1995);
        QCOMPARE(load.data->genresText(toy), std::string("Animation|Children's|Comedy"));
    }

    void decodesLatin1Titles() {
        QTemporaryDir dir;
        const auto folder = test_support::path(dir);
        test_support::writeSmallFolder(folder);
        const auto load = loadMovieLens(folder);
        QVERIFY(load.ok());
        const auto& movie = load.data->movies[std::size_t(load.data->movieRow(73))];
        QCOMPARE(movie.title, std::string("Mis\xC3\xA9rables, Les (1995)"));  // UTF-8 é
        QCOMPARE(QString::fromStdString(movie.title), QStringLiteral("Misérables, Les (1995)"));
    }

    void readsUtf8MoviesAsUtf8() {
        const auto load =
            loadSmallFolderWith("movies.dat",
                                "1::Toy Story (1995)::Comedy\n2::Jumanji (1995)::Fantasy\n"
                                "73::Mis\xC3\xA9rables, Les (1995)::Drama\n4::W (1995)::Drama\n");
        QVERIFY(load.ok());
        QCOMPARE(load.data->movies[2].title, std::string("Mis\xC3\xA9rables, Les (1995)"));
        QCOMPARE(load.report.notes().size(), std::size_t(1));
    }

    void handlesWindowsLineEndingsAndBom() {
        const auto load = loadSmallFolderWith("ratings.dat",
                                              "\xEF\xBB\xBF"
                                              "1::1::5::978300760\r\n2::73::4::978301968\r\n");
        QVERIFY2(load.ok(), load.report.summary().c_str());
        QCOMPARE(load.data->ratings.size(), std::size_t(2));
        QCOMPARE(load.report.warningCount(), 0);
    }

    // Each kind of bad line: skipped with a counted warning that names file and line.
    void badLineIsReported_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("ratings: three fields")
            << "ratings.dat" << QByteArray("1::2::5") << "malformed line"
            << "expected 4 fields";
        QTest::newRow("ratings: timestamp 0 (1970)")
            << "ratings.dat" << QByteArray("2::4::4::0") << "timestamp outside MovieLens's years"
            << "Timestamp 0 (1970-01-01) is before MovieLens began";
        QTest::newRow("ratings: timestamp after the file was written")
            << "ratings.dat" << QByteArray("2::4::4::99999999999")
            << "timestamp outside MovieLens's years"
            << "after the file was written";
        QTest::newRow("ratings: five fields")
            << "ratings.dat" << QByteArray("1::2::5::9::9") << "malformed line"
            << "found 5";
        QTest::newRow("ratings: non-numeric user")
            << "ratings.dat" << QByteArray("abc::1::5::978300760") << "malformed line"
            << "UserID must be a positive whole number (got \"abc\")";
        QTest::newRow("ratings: non-numeric movie")
            << "ratings.dat" << QByteArray("1::x1::5::978300760") << "malformed line"
            << "MovieID";
        QTest::newRow("ratings: rating 7")
            << "ratings.dat" << QByteArray("1::1::7::978300760") << "rating out of range"
            << "from 1 to 5 (got \"7\")";
        QTest::newRow("ratings: rating 0")
            << "ratings.dat" << QByteArray("1::1::0::978300760") << "rating out of range"
            << "got \"0\"";
        QTest::newRow("ratings: half star")
            << "ratings.dat" << QByteArray("1::1::4.5::978300760") << "rating out of range"
            << "4.5";
        QTest::newRow("ratings: bad timestamp")
            << "ratings.dat" << QByteArray("1::1::4::yesterday") << "malformed line"
            << "Timestamp";
        QTest::newRow("ratings: unknown user")
            << "ratings.dat" << QByteArray("99::1::4::978300760") << "rating of unknown user"
            << "user 99 is not in users.dat";
        QTest::newRow("ratings: repeated pair")
            << "ratings.dat" << QByteArray("2::73::5::978400000") << "repeated rating"
            << "user 2 rated movie 73 again (first at line 3); both kept";
        QTest::newRow("ratings: NUL byte") << "ratings.dat"
                                           << QByteArray(
                                                  "1::1::\0\x01"
                                                  "3::978300760",
                                                  20)
                                           << "rating out of range"
                                           << "(got \"\\0\\x013\")";
        QTest::newRow("ratings: unknown movie")
            << "ratings.dat" << QByteArray("1::999::4::978300760") << "rating of unknown movie"
            << "movie 999 is not in movies.dat";
        QTest::newRow("users: unknown gender")
            << "users.dat" << QByteArray("9::X::25::3::12345") << "unknown gender"
            << "Gender must be F or M (got \"X\")";
        QTest::newRow("users: four fields")
            << "users.dat" << QByteArray("9::M::25::3") << "malformed line"
            << "expected 5 fields";
        QTest::newRow("users: non-numeric age")
            << "users.dat" << QByteArray("9::M::old::3::12345") << "malformed line"
            << "Age";
        QTest::newRow("users: age not a bucket")
            << "users.dat" << QByteArray("9::M::30::3::12345") << "age not an ml-1m bucket"
            << "Age 30";
        QTest::newRow("users: occupation 25")
            << "users.dat" << QByteArray("9::M::25::25::12345") << "occupation outside 0–20"
            << "Occupation 25";
        QTest::newRow("users: duplicate id")
            << "users.dat" << QByteArray("1::M::25::3::12345") << "duplicate user"
            << "UserID 1 appears again";
        QTest::newRow("movies: unknown genre")
            << "movies.dat" << QByteArray("9::Up (2009)::Adventure|Animated") << "unknown genre"
            << "genre \"Animated\"";
        QTest::newRow("movies: one field")
            << "movies.dat" << QByteArray("9 Up (2009) Adventure") << "malformed line"
            << "expected 3 fields";
        QTest::newRow("movies: bad id")
            << "movies.dat" << QByteArray("-3::Up (2009)::Adventure") << "malformed line"
            << "MovieID";
        QTest::newRow("movies: duplicate id")
            << "movies.dat" << QByteArray("2::Again (1995)::Drama") << "duplicate movie"
            << "MovieID 2 appears again";
    }

    void badLineIsReported() {
        QFETCH(QString, file);
        QFETCH(QByteArray, line);
        QFETCH(QString, kind);
        QFETCH(QString, fragment);
        QTemporaryDir dir;
        const auto folder = test_support::path(dir);
        test_support::writeSmallFolder(folder);
        // Append the bad line as line 4 of users/movies... (after the valid ones).
        std::ifstream in(folder / file.toStdString(), std::ios::binary);
        std::string contents((std::istreambuf_iterator<char>(in)), {});
        const auto expectedLine = std::count(contents.begin(), contents.end(), '\n') + 1;
        writeFile(folder / file.toStdString(), contents + line.toStdString() + "\n");

        const auto load = loadMovieLens(folder);
        QVERIFY2(load.ok(), load.report.summary().c_str());
        QCOMPARE(load.report.warningCounts().at(kind.toStdString()), std::int64_t(1));
        QCOMPARE(load.report.warningCount(), std::int64_t(1));
        const auto& issue = load.report.issues().front();
        QCOMPARE(issue.severity, DataIssue::Severity::Warning);
        QCOMPARE(QString::fromStdString(issue.file), file);
        QCOMPARE(issue.line, std::int64_t(expectedLine));
        QVERIFY2(QString::fromStdString(issue.message.english()).contains(fragment),
                 issue.message.english().c_str());
        QVERIFY(QString::fromStdString(issue.toString())
                    .startsWith(file + ":" + QString::number(expectedLine) + ": "));
    }

    // A repeated (user, movie) pair keeps both rows, so the split stays the notebook's.
    void repeatedPairsAreKept() {
        const auto load = loadSmallFolderWith(
            "ratings.dat",
            "1::1::5::978300760\n3::4::1::978300275\n1::1::2::978300761\n1::2::3::978302109\n"
            "1::1::4::978300762\n");
        QVERIFY(load.ok());
        QCOMPARE(load.data->ratings.size(), std::size_t(5));
        QCOMPARE(load.report.warningCounts().at("repeated rating"), std::int64_t(2));
        QCOMPARE(load.report.issues()[0].line, std::int64_t(3));
        QCOMPARE(load.report.issues()[1].line, std::int64_t(5));
        QVERIFY(QString::fromStdString(load.report.issues()[1].message.english())
                    .contains("(first at line 1)"));
    }

    void unknownGenreIsDroppedButMovieKept() {
        const auto load = loadSmallFolderWith(
            "movies.dat",
            "1::A (1995)::Comedy|Nonsense\n2::B (1995)::Drama\n73::C (1995)::War\n4::D "
            "(1995)::Drama\n");
        QVERIFY(load.ok());
        QCOMPARE(load.data->genresText(load.data->movies[0]), std::string("Comedy"));
    }

    void fatalProblems_data() {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("missing folder") << "missing folder"
                                        << "folder not found";
        QTest::newRow("a file, not a folder") << "file"
                                              << "is not a folder";
        QTest::newRow("missing ratings.dat") << "no ratings"
                                             << "ratings.dat: not found in";
        QTest::newRow("ratings.dat is a folder") << "ratings is a folder"
                                                 << "ratings.dat: is a folder, not a file";
        QTest::newRow("empty users.dat") << "empty users"
                                         << "users.dat: the file is empty";
        QTest::newRow("garbage ratings.dat")
            << "garbage ratings"
            << "ratings.dat: 3 of 3 lines are not UserID::MovieID::Rating::Timestamp";
        QTest::newRow("no usable rating") << "unusable ratings"
                                          << "ratings.dat: none of its 2 lines could be used";
    }

    void fatalProblems() {
        QFETCH(QString, problem);
        QFETCH(QString, fragment);
        QTemporaryDir dir;
        auto folder = test_support::path(dir) / "ml-1m";
        test_support::writeSmallFolder(folder);
        if (problem == "missing folder")
            folder = folder / "nope";
        if (problem == "file")
            folder = folder / "users.dat";
        if (problem == "no ratings")
            std::filesystem::remove(folder / "ratings.dat");
        if (problem == "ratings is a folder") {
            std::filesystem::remove(folder / "ratings.dat");
            std::filesystem::create_directory(folder / "ratings.dat");
        }
        if (problem == "empty users")
            writeFile(folder / "users.dat", "");
        if (problem == "garbage ratings")
            writeFile(folder / "ratings.dat", "<html>\n<body>\n</html>\n");
        if (problem == "unusable ratings")
            writeFile(folder / "ratings.dat", "50::1::5::1\n51::1::5::1\n");
        const auto load = loadMovieLens(folder);
        QVERIFY(!load.ok());
        QVERIFY(load.report.hasErrors());
        QVERIFY2(QString::fromStdString(load.report.firstError()).contains(fragment),
                 load.report.firstError().c_str());
    }

    void readsTheBundledSample() {
        const auto load = loadMovieLens(RW_TEST_SAMPLE_DIR);
        QVERIFY2(load.ok(), load.report.summary().c_str());
        QCOMPARE(load.report.warningCount(), 0);
        QCOMPARE(load.data->ratings.size(), std::size_t(60000));
    }

    void textEncoding() {
        QCOMPARE(latin1ToUtf8("Caf\xE9"), std::string("Caf\xC3\xA9"));
        QCOMPARE(utf8ToLatin1("Caf\xC3\xA9"), std::string("Caf\xE9"));
        QVERIFY(isValidUtf8("Caf\xC3\xA9"));
        QVERIFY(!isValidUtf8("Caf\xE9"));
        QVERIFY(!isValidUtf8("\xC0\xAF"));  // overlong
        QVERIFY(!isValidUtf8("\xC3"));      // truncated
    }
};

QTEST_GUILESS_MAIN(TestMovieLensReader)
#include "tst_movielens_reader.moc"
