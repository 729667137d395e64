#pragma once

// Helpers shared by the core tests: writing small ml-1m folders into temporary directories.

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <string>

namespace test_support {

inline std::filesystem::path path(const QTemporaryDir& dir) {
    return std::filesystem::path(dir.path().toStdU16String());  // not toStdString: Windows
}

inline void writeFile(const std::filesystem::path& file, const std::string& bytes) {
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out << bytes;
}

/// A valid three-user, four-movie folder (Latin-1 title included).
inline void writeSmallFolder(const std::filesystem::path& folder) {
    writeFile(folder / "users.dat",
              "1::F::1::10::48067\n"
              "2::M::56::16::70072\n"
              "3::M::25::15::55117\n");
    writeFile(folder / "movies.dat",
              "1::Toy Story (1995)::Animation|Children's|Comedy\n"
              "2::Jumanji (1995)::Adventure|Children's|Fantasy\n"
              "73::Mis\xE9rables, Les (1995)::Drama|Musical\n"
              "4::Waiting to Exhale (1995)::Comedy|Drama\n");
    writeFile(folder / "ratings.dat",
              "1::1::5::978300760\n"
              "1::2::3::978302109\n"
              "2::73::4::978301968\n"
              "3::4::1::978300275\n"
              "3::1::2::978824291\n");
}

}  // namespace test_support
