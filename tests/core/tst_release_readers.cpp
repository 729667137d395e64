// Every MovieLens release's layout: the generator writes it, the reader reads it back as it
// was, and bad lines are reported with their file and line.
#include <QtTest>

#include "data/movielens_reader.h"
#include "data/prepared_dataset.h"
#include "data/synthetic_movielens.h"
#include "test_support.h"

using namespace core::data;
using test_support::writeFile;

namespace {

MovieLensLoad loadFiles(const QTemporaryDir& dir, const std::string& folderName,
                        const std::vector<std::pair<std::string, std::string>>& files) {
    const auto folder = test_support::path(dir) / folderName;
    std::filesystem::create_directories(folder);
    for (const auto& [name, bytes] : files)
        writeFile(folder / name, bytes);
    return loadMovieLens(folder);
}

// The first issue (error or example warning) that mentions `fragment`, as "file:line: text".
QString issueWith(const ValidationReport& report, const QString& fragment) {
    for (const auto& issue : report.issues()) {
        const auto text = QString::fromStdString(issue.toString());
        if (text.contains(fragment))
            return text;
    }
    return {};
}

const std::string kMovieLines =
    "movieId,title,genres\n"
    "1,Toy Story (1995),Adventure|Animation|Children|Comedy|Fantasy\n"
    "2,\"American President, The (1995)\",Comedy|Drama|Romance\n"
    "3,\"Dark \"\"Angel\"\" (1998)\",IMAX|Action\n"
    "4,\"Two\nLines (2001)\",(no genres listed)\n"
    "5,Misérables (1998),Drama\n";

}  // namespace

class TestReleaseReaders : public QObject {
    Q_OBJECT

private slots:
    // The generator writes a layout; the reader detects the release and reads back the same
    // ratings, titles, genres and (where the layout has them) user features.
    void layoutsReadBack_data() {
        QTest::addColumn<int>("layout");
        QTest::addColumn<QString>("folderName");
        QTest::addColumn<QString>("release");
        QTest::addColumn<bool>("halfStars");
        QTest::addColumn<bool>("userFeatures");
        QTest::newRow("ml-100k") << int(Release::Ml100k) << "ml-100k"
                                 << "ml-100k" << false << true;
        QTest::newRow("ml-1m") << int(Release::Ml1m) << "ml-1m"
                               << "ml-1m" << false << true;
        QTest::newRow("ml-10m") << int(Release::Ml10m) << "ml-10M100K"
                                << "ml-10m" << true << false;
        QTest::newRow("ml-25m") << int(Release::Csv) << "ml-25m"
                                << "ml-25m" << true << false;
        QTest::newRow("ml-latest-small") << int(Release::Csv) << "ml-latest-small"
                                         << "ml-latest-small" << true << false;
    }
    void layoutsReadBack() {
        QFETCH(int, layout);
        QFETCH(QString, folderName);
        QFETCH(QString, release);
        QFETCH(bool, halfStars);
        QFETCH(bool, userFeatures);
        auto spec = *syntheticPreset("tiny");
        spec.halfStars = halfStars;
        const auto generated = generateSyntheticMovieLens(spec);
        QTemporaryDir dir;
        const auto folder = test_support::path(dir) / folderName.toStdString();
        QVERIFY(!writeMovieLensFiles(generated, folder, Release(layout)).has_value());

        const auto load = loadMovieLens(folder);
        QVERIFY2(load.ok(), load.report.summary().c_str());
        QCOMPARE(load.report.warningCount(), 0);
        const auto& d = *load.data;
        QCOMPARE(int(d.release.release), layout);
        QCOMPARE(QString::fromStdString(d.release.name), release);
        QCOMPARE(d.halfStarRatings, halfStars);
        QCOMPARE(d.hasUserFeatures, userFeatures);
        QCOMPARE(d.ratings.userId, generated.ratings.userId);
        QCOMPARE(d.ratings.movieId, generated.ratings.movieId);
        QCOMPARE(d.ratings.halfStars, generated.ratings.halfStars);
        QCOMPARE(d.ratings.timestamp, generated.ratings.timestamp);
        if (halfStars) {  // both halves and wholes occur
            const auto& h = d.ratings.halfStars;
            QVERIFY(std::count(h.begin(), h.end(), 9) > 0);
            QVERIFY(std::count(h.begin(), h.end(), 1) > 0);
            QVERIFY(std::count(h.begin(), h.end(), 10) > 0);
        }
        QCOMPARE(d.movies.size(), generated.movies.size());
        int quotedTitles = 0;
        for (std::size_t m = 0; m < d.movies.size(); ++m) {
            QCOMPARE(d.movies[m].title, generated.movies[m].title);
            quotedTitles += d.movies[m].title.find('"') != std::string::npos;
            // ml-100k marks a movie without genres "unknown".
            const auto expected = generated.genresText(generated.movies[m]);
            const auto got = d.genresText(d.movies[m]);
            QCOMPARE(got,
                     expected.empty() && layout == int(Release::Ml100k) ? "unknown" : expected);
        }
        QVERIFY(quotedTitles > 0);
        if (userFeatures) {
            QCOMPARE(d.users.size(), generated.users.size());
            for (std::size_t u = 0; u < d.users.size(); ++u) {
                QCOMPARE(d.users[u].age, generated.users[u].age);
                QCOMPARE(d.users[u].gender, generated.users[u].gender);
                QCOMPARE(d.users[u].zip, generated.users[u].zip);
            }
        } else {
            QVERIFY(d.occupationNames.empty());
            QVERIFY(!d.users.empty());
        }
        // The prepared dataset follows what the release has.
        const auto p = prepareDataset(load.data, core::config::DataConfig{});
        QCOMPARE(p.userFeatureCount, userFeatures ? 3 : 0);
        QCOMPARE(p.userFeatures.size(),
                 std::size_t(p.numUsers()) * std::size_t(p.userFeatureCount));
        QCOMPARE(p.genreCount, int(d.genreNames.size()));
        for (std::size_t i = 0; i < p.size(); ++i)
            QCOMPARE(p.ratingNorm[i], float(p.halfStars[i]) / 10.0f);
    }

    // ml-100k's users: ages in years, occupations as words coded in sorted order.
    void ml100kUsers() {
        QTemporaryDir dir;
        const auto load = loadFiles(
            dir, "ml-100k",
            {{"u.user", "1|24|M|technician|85711\n2|53|F|other|94043\n3|23|M|writer|32067\n"},
             {"u.item",
              "1|Toy Story (1995)|01-Jan-1995||http://x|0|0|0|1|1|1|0|0|0|0|0|0|0|0|0|0|0|0|0\n"
              "2|Caf\xe9 (1994)|01-Jan-1994||http://x|1|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0\n"
              "3|unknown||||0|0|0|0|0|0|0|0|1|0|0|0|0|0|0|0|0|0|0\n"},
             {"u.data", "1\t1\t5\t874965758\n2\t2\t3\t876893171\n3\t3\t4\t878542960\n"}});
        QVERIFY2(load.ok(), load.report.summary().c_str());
        const auto& d = *load.data;
        QCOMPARE(d.users[0].age, 24);
        QCOMPARE(d.occupationNames, (std::vector<std::string>{"other", "technician", "writer"}));
        QCOMPARE(d.users[0].occupation, 1);
        QCOMPARE(d.movies[1].title, std::string("Café (1994)"));  // Latin-1
        QCOMPARE(d.genresText(d.movies[0]), std::string("Animation|Children's|Comedy"));
        QCOMPARE(d.genresText(d.movies[1]), std::string("unknown"));
        QCOMPARE(d.genresText(d.movies[2]), std::string("Drama"));
        QCOMPARE(d.genreNames.size(), std::size_t(19));
        QCOMPARE(d.genreNames.back(), std::string("unknown"));  // sorted: lowercase last
    }

    // movies.csv as GroupLens writes it: quoted commas and quotes, a line break inside quotes,
    // IMAX, "(no genres listed)"; and line numbers that count the physical lines.
    void csvQuotingAndGenres() {
        QTemporaryDir dir;
        const auto load = loadFiles(dir, "ml-latest-small",
                                    {{"movies.csv", kMovieLines},
                                     {"ratings.csv",
                                      "userId,movieId,rating,timestamp\r\n"
                                      "1,1,4.0,964982703\r\n"
                                      "1,3,4.5,964981247\r\n"
                                      "2,4,0.5,964982224\r\n"
                                      "2,5,5.0,964983815\r\n"}});
        QVERIFY2(load.ok(), load.report.summary().c_str());
        const auto& d = *load.data;
        QCOMPARE(load.report.warningCount(), 0);
        QVERIFY(load.report.notes().empty());  // UTF-8, as the CSV releases ship
        QCOMPARE(d.movies.size(), std::size_t(5));
        QCOMPARE(d.movies[1].title, std::string("American President, The (1995)"));
        QCOMPARE(d.movies[2].title, std::string("Dark \"Angel\" (1998)"));
        QCOMPARE(d.movies[3].title, std::string("Two\nLines (2001)"));
        QCOMPARE(d.movies[3].year, 2001);
        QCOMPARE(d.movies[4].title, std::string("Misérables (1998)"));
        QCOMPARE(d.genreNames,
                 (std::vector<std::string>{"Action", "Adventure", "Animation", "Children", "Comedy",
                                           "Drama", "Fantasy", "IMAX", "Romance"}));
        QCOMPARE(d.genresText(d.movies[2]), std::string("Action|IMAX"));
        QCOMPARE(d.movies[3].genreMask, 0u);
        QCOMPARE(d.ratings.halfStars, (std::vector<std::uint8_t>{8, 9, 1, 10}));
        QCOMPARE(d.users.size(), std::size_t(2));
        QVERIFY(!d.hasUserFeatures);

        // A bad line after the two-line record is reported at its physical line (7).
        QTemporaryDir dir2;
        const auto bad = loadFiles(dir2, "ml-25m",
                                   {{"movies.csv", kMovieLines + "6,Six,Drama,extra\n"},
                                    {"ratings.csv",
                                     "userId,movieId,rating,timestamp\n"
                                     "1,1,4.0,964982703\n"}});
        QVERIFY(bad.ok());
        QCOMPARE(issueWith(bad.report, "expected 3 fields"),
                 QString("movies.csv:8: expected 3 fields movieId,title,genres, found 4"));
    }

    // Each layout's problems name the file and line.
    void problemsNameFileAndLine_data() {
        QTest::addColumn<QString>("folderName");
        QTest::addColumn<QStringList>("files");  // name, contents, name, contents, …
        QTest::addColumn<QString>("expected");
        const QString movies = QString::fromStdString(kMovieLines);
        const QString header = "userId,movieId,rating,timestamp\n";
        // A CSV folder with the movies above and these ratings lines after the header.
        const auto csv = [&](const QString& ratings) {
            return QStringList{"movies.csv", movies, "ratings.csv", header + ratings};
        };
        // An ml-100k folder with one user, these u.item lines and these u.data lines.
        const QString toyStory =
            "1|Toy Story (1995)|01-Jan-1995||http://x|0|0|0|1|1|1|0|0|0|0|"
            "0|0|0|0|0|0|0|0|0\n";
        const auto ml100k = [](const QString& items, const QString& ratings) {
            return QStringList{"u.user", "1|24|M|technician|85711\n", "u.item", items, "u.data",
                               ratings};
        };
        QTest::newRow("csv: rating 6.0")
            << "ml-25m" << csv("1,1,4.0,964982703\n1,2,6.0,964982703\n")
            << "ratings.csv:3: rating must be from 0.5 to 5 stars in half stars (got \"6.0\")";
        QTest::newRow("csv: rating 4.25")
            << "ml-25m" << csv("1,1,4.0,964982703\n1,2,4.25,964982703\n")
            << "ratings.csv:3: rating must be from 0.5 to 5";
        QTest::newRow("csv: unknown movie")
            << "ml-25m" << csv("1,1,4.0,964982703\n1,99,3.0,964982703\n")
            << "ratings.csv:3: movie 99 is not in movies.csv";
        QTest::newRow("csv: bad user id")
            << "ml-25m" << csv("1,1,4.0,964982703\nx,1,3.0,964982703\n1,2,3.0,964982703\n")
            << "ratings.csv:3: userId must be a positive whole number (got \"x\")";
        QTest::newRow("csv: wrong header")
            << "ml-25m"
            << QStringList{"movies.csv", movies, "ratings.csv",
                           "user,movie,rating,time\n1,1,4.0,964982703\n"}
            << "ratings.csv:1: expected the header userId,movieId,rating,timestamp";
        QTest::newRow("csv: unclosed quote")
            << "ml-25m"
            << QStringList{"movies.csv", "movieId,title,genres\n1,\"Open (1995),Drama\n",
                           "ratings.csv", header + "1,1,4.0,964982703\n"}
            << "movies.csv:2: the file cannot be read past this line";
        QTest::newRow("ml-10m: quarter star")
            << "ml-10m"
            << QStringList{"movies.dat", "1::Toy Story (1995)::Comedy\n", "ratings.dat",
                           "1::1::4.5::838985046\n1::1::3.25::838985046\n"}
            << "ratings.dat:2: Rating must be from 0.5 to 5 stars in half stars (got \"3.25\")";
        QTest::newRow("ml-100k: bad rating line")
            << "ml-100k"
            << ml100k(toyStory, "1\t1\t5\t874965758\n1 1 4 874965758\n1\t1\t4\t874965758\n")
            << "u.data:2: expected 4 tab-separated fields";
        QTest::newRow("ml-100k: half star")
            << "ml-100k" << ml100k(toyStory, "1\t1\t5\t874965758\n1\t1\t3.5\t874965758\n")
            << "u.data:2: rating must be a whole number of stars from 1 to 5 (got \"3.5\")";
        QTest::newRow("ml-100k: bad genre flag")
            << "ml-100k"
            << ml100k(toyStory +
                          "2|Two (1995)|01-Jan-1995||http://x|0|0|0|1|1|1|0|0|0|0|0|0|0|0|0|0|"
                          "0|0|yes\n",
                      "1\t1\t5\t874965758\n")
            << "u.item:2: genre flag Western must be 0 or 1 (got \"yes\")";
        QTest::newRow("nothing known")
            << "notes" << QStringList{"readme.txt", "hello\n"}
            << "holds no MovieLens ratings; looked for ratings.dat (ml-1m, ml-10m), ratings.csv";
    }
    void problemsNameFileAndLine() {
        QFETCH(QString, folderName);
        QFETCH(QStringList, files);
        QFETCH(QString, expected);
        std::vector<std::pair<std::string, std::string>> pairs;
        for (int i = 0; i + 1 < files.size(); i += 2)
            pairs.emplace_back(files[i].toStdString(), files[i + 1].toStdString());
        QTemporaryDir dir;
        const auto load = loadFiles(dir, folderName.toStdString(), pairs);
        QVERIFY2(!issueWith(load.report, expected).isEmpty(), load.report.summary().c_str());
    }

    // A layout that holds whole stars refuses half-star data instead of rounding it.
    void wholeStarLayoutsRefuseHalfStars() {
        auto spec = *syntheticPreset("tiny");
        spec.halfStars = true;
        const auto generated = generateSyntheticMovieLens(spec);
        QTemporaryDir dir;
        for (const auto layout : {Release::Ml1m, Release::Ml100k}) {
            const auto error = writeMovieLensFiles(generated, test_support::path(dir), layout);
            QVERIFY(error.has_value());
            QVERIFY(QString::fromStdString(*error).contains("whole stars only"));
        }
    }
};

QTEST_GUILESS_MAIN(TestReleaseReaders)
#include "tst_release_readers.moc"
