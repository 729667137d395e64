#include "data/movielens_reader.h"

#include <string_view>

#include "data/reader_support.h"
#include "data/text_encoding.h"
#include "util/path_text.h"
#include "util/text.h"

namespace core::data {
namespace {

using util::Text;

constexpr std::string_view kRatingsFile = "ratings.dat";
constexpr std::string_view kUsersFile = "users.dat";
constexpr std::string_view kMoviesFile = "movies.dat";

bool parseUsers(std::string_view contents, MovieLensData& data, ValidationReport& report) {
    LineTally tally;
    constexpr std::string_view file = kUsersFile;
    IdsSeen seen(IdsSeen::Kind::User);
    forEachLine(contents, file, report, [&](std::int64_t n, std::string_view line) {
        ++tally.lines;
        std::string_view f[5];
        const int count = splitFields(line, "::", f, 5);
        if (count != 5)
            return tally.fail(
                report, file, n,
                Text(RW_TEXT("expected 5 fields UserID::Gender::Age::Occupation::Zip-code, "
                             "found {1}"))
                    .count(count));
        UserRecord user;
        if (!parseId(f[0], &user.id))
            return tally.fail(report, file, n, mustBeId("UserID", f[0]));
        if (!parseInt(f[2], &user.age) || user.age < 0 || user.age > 200)
            return tally.fail(
                report, file, n,
                Text(RW_TEXT("Age must be a whole number (got {1})")).arg(quotedField(f[2])));
        if (!parseInt(f[3], &user.occupation))
            return tally.fail(report, file, n,
                              Text(RW_TEXT("Occupation must be a whole number (got {1})"))
                                  .arg(quotedField(f[3])));
        if (!parseGender(f[1], user.id, file, n, report, &user.gender) ||
            !seen.firstTime(user.id, file, n, report))
            return;
        bool bucket = false;
        for (int a : kAgeBuckets)
            bucket = bucket || a == user.age;
        if (!bucket)
            report.addWarning(
                RW_TEXT("age not an ml-1m bucket"), std::string(file), n,
                Text(RW_TEXT("Age {1} is not one of 1, 18, 25, 35, 45, 50, 56; kept as is"))
                    .id(user.age));
        if (user.occupation < 0 || user.occupation >= kOccupationCount)
            report.addWarning(
                RW_TEXT("occupation outside 0–20"), std::string(file), n,
                Text(RW_TEXT("Occupation {1} is outside 0–20; kept as is")).id(user.occupation));
        user.zip = std::string(f[4]);
        data.users.push_back(std::move(user));
    });
    return tally.check(report, file, std::int64_t(data.users.size()),
                       "UserID::Gender::Age::Occupation::Zip-code");
}

// movies.dat of ml-1m (whose 18 genres are fixed) and of ml-10m (whose genres are collected
// from the file: `genres` non-null).
bool parseMovies(std::string_view contents, MovieLensData& data, ValidationReport& report,
                 GenreCollector* genres) {
    LineTally tally;
    constexpr std::string_view file = kMoviesFile;
    const bool utf8 = titlesAreUtf8(contents, file, genres != nullptr, report);
    IdsSeen seen(IdsSeen::Kind::Movie);
    forEachLine(contents, file, report, [&](std::int64_t n, std::string_view line) {
        ++tally.lines;
        const auto first = line.find("::");
        const auto last = line.rfind("::");
        if (first == std::string_view::npos || first == last)
            return tally.fail(report, file, n,
                              Text(RW_TEXT("expected 3 fields MovieID::Title::Genres")));
        MovieRecord movie;
        const auto idText = line.substr(0, first);
        if (!parseId(idText, &movie.id))
            return tally.fail(report, file, n, mustBeId("MovieID", idText));
        const auto rawTitle = line.substr(first + 2, last - first - 2);
        movie.title = utf8 ? std::string(rawTitle) : latin1ToUtf8(rawTitle);
        movie.year = yearFromTitle(movie.title);
        forEachGenreName(line.substr(last + 2), [&](std::string_view name) {
            const int g = genres ? genres->bitOf(name, file, n, report) : data.genreIndex(name);
            if (g >= 0)
                movie.genreMask |= 1u << g;
            else if (!genres)
                report.addWarning(
                    RW_TEXT("unknown genre"), std::string(file), n,
                    Text(RW_TEXT("genre {1} of movie {2} is not one of the 18 ml-1m genres; "
                                 "ignored"))
                        .arg(quotedField(name))
                        .id(movie.id));
        });
        if (seen.firstTime(movie.id, file, n, report))
            data.movies.push_back(std::move(movie));
    });
    if (genres)
        genres->sort(data);
    return tally.check(report, file, std::int64_t(data.movies.size()), "MovieID::Title::Genres");
}

// ratings.dat of ml-1m (whole stars) and ml-10m (half stars).
bool parseRatings(std::string_view contents, MovieLensData& data, ValidationReport& report,
                  const LoadProgress& progress) {
    RatingsReader reader(
        data, report, kRatingsFile,
        {"UserID", "MovieID", "Rating", "Timestamp", "UserID::MovieID::Rating::Timestamp",
         data.hasUserFeatures ? kUsersFile : std::string_view(), kMoviesFile},
        fileWrittenAt(data.folder / kRatingsFile), contents.size(), progress);
    const char* base = contents.data();
    std::size_t nextReport = contents.size() / 10;
    forEachLine(contents, kRatingsFile, report, [&](std::int64_t n, std::string_view line) {
        std::string_view f[4];
        const int count = splitFields(line, "::", f, 4);
        if (count != 4)
            return reader.malformed(
                n, Text(RW_TEXT("expected 4 fields UserID::MovieID::Rating::Timestamp, found {1}"))
                       .count(count));
        reader.add(n, f[0], f[1], f[2], f[3]);
        if (std::size_t(line.data() - base) > nextReport) {
            reader.progressAt(double(line.data() - base) / double(contents.size()));
            nextReport += contents.size() / 10;
        }
    });
    return reader.finish();
}

// ml-1m: users.dat, movies.dat, ratings.dat. ml-10m: movies.dat, ratings.dat in half stars.
bool readDoubleColonRelease(MovieLensData& data, ValidationReport& report,
                            const LoadProgress& progress) {
    const bool ml1m = data.release.release == Release::Ml1m;
    FileText users, movies, ratings;
    const bool present =
        (!ml1m || readFile(data.folder, kUsersFile, data.release, report, &users)) &
        readFile(data.folder, kMoviesFile, data.release, report, &movies) &
        readFile(data.folder, kRatingsFile, data.release, report, &ratings);
    if (!present)
        return false;
    if (progress)
        progress(0.1);
    data.hasUserFeatures = ml1m;
    data.halfStarRatings = !ml1m;
    GenreCollector genres;
    const bool usersOk = !ml1m || parseUsers(users->text(), data, report);
    const bool moviesOk = parseMovies(movies->text(), data, report, ml1m ? nullptr : &genres);
    if (!usersOk || !moviesOk)
        return false;
    data.indexIds();
    if (progress)
        progress(0.2);
    return parseRatings(ratings->text(), data, report, progress);
}

}  // namespace

MovieLensLoad loadMovieLens(const std::filesystem::path& folder, const LoadProgress& progress) {
    MovieLensLoad result;
    auto& report = result.report;
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) {
        report.addError(
            RW_TEXT("missing folder"), util::utf8Of(folder), 0,
            Text(std::filesystem::exists(folder, ec)
                     ? RW_TEXT("is not a folder; choose a MovieLens folder such as ml-1m")
                     : RW_TEXT("folder not found")));
        return result;
    }
    auto data = std::make_shared<MovieLensData>();
    data->folder = folder;
    data->release = detectRelease(folder);
    if (data->release.release == Release::Unknown) {
        const bool partOfMl1m = std::filesystem::exists(folder / kUsersFile, ec) ||
                                std::filesystem::exists(folder / kMoviesFile, ec) ||
                                std::filesystem::exists(folder / kRatingsFile, ec);
        if (!partOfMl1m) {
            report.addError(RW_TEXT("missing file"), util::utf8Of(folder), 0,
                            Text(RW_TEXT("holds no MovieLens ratings; looked for {1}"))
                                .arg(data->release.files));
            return result;
        }
        // users.dat or movies.dat without ratings.dat: report the missing file as ml-1m's.
        data->release = {Release::Ml1m, "ml-1m", "ratings.dat, users.dat, movies.dat"};
    }
    bool ok = false;
    switch (data->release.release) {
        case Release::Ml100k:
            ok = readMl100k(*data, report, progress);
            break;
        case Release::Csv:
            ok = readCsvRelease(*data, report, progress);
            break;
        default:
            ok = readDoubleColonRelease(*data, report, progress);
            break;
    }
    if (!ok)
        return result;
    if (progress)
        progress(1.0);
    result.data = std::move(data);
    return result;
}

}  // namespace core::data
