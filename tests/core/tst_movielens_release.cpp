#include <QtTest>

#include <fstream>

#include "data/movielens_release.h"

using namespace core::data;

namespace {

void touch(const std::filesystem::path& path) {
    std::ofstream(path) << "\n";
}

}  // namespace

class TestMovieLensRelease : public QObject {
    Q_OBJECT

private slots:
    void releasesAreToldApartByTheirFiles_data() {
        QTest::addColumn<QString>("folderName");
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<int>("release");
        QTest::addColumn<QString>("name");
        QTest::newRow("ml-100k") << "ml-100k" << QStringList{"u.data", "u.user", "u.item"}
                                 << int(Release::Ml100k) << "ml-100k";
        QTest::newRow("ml-1m") << "ml-1m" << QStringList{"ratings.dat", "users.dat", "movies.dat"}
                               << int(Release::Ml1m) << "ml-1m";
        QTest::newRow("ml-10m") << "ml-10M100K"
                                << QStringList{"ratings.dat", "movies.dat", "tags.dat"}
                                << int(Release::Ml10m) << "ml-10m";
        QTest::newRow("ml-25m") << "ml-25m" << QStringList{"ratings.csv", "movies.csv", "tags.csv"}
                                << int(Release::Csv) << "ml-25m";
        QTest::newRow("ml-latest-small")
            << "ml-latest-small" << QStringList{"ratings.csv", "movies.csv"} << int(Release::Csv)
            << "ml-latest-small";
        QTest::newRow("renamed CSV folder") << "my data" << QStringList{"ratings.csv", "movies.csv"}
                                            << int(Release::Csv) << "MovieLens CSV";
        QTest::newRow("nothing known")
            << "empty" << QStringList{"notes.txt"} << int(Release::Unknown) << "";
    }
    void releasesAreToldApartByTheirFiles() {
        QFETCH(QString, folderName);
        QFETCH(QStringList, files);
        QFETCH(int, release);
        QFETCH(QString, name);
        QTemporaryDir dir;
        const std::filesystem::path folder =
            std::filesystem::path(dir.path().toStdString()) / folderName.toStdString();
        std::filesystem::create_directories(folder);
        for (const auto& f : files)
            touch(folder / f.toStdString());
        const auto detected = detectRelease(folder);
        QCOMPARE(int(detected.release), release);
        QCOMPARE(QString::fromStdString(detected.name), name);
        QVERIFY(!detected.files.empty());
    }
};

QTEST_APPLESS_MAIN(TestMovieLensRelease)
#include "tst_movielens_release.moc"
