// The readers of ml-100k (u.data, u.user, u.item) and of the CSV releases (ratings.csv,
// movies.csv: ml-20m, ml-25m, ml-32m, ml-latest, ml-latest-small). ml-1m and ml-10m are read in
// movielens_reader.cpp.

#include <algorithm>
#include <array>

#include "data/csv_records.h"
#include "data/reader_support.h"
#include "data/text_encoding.h"

namespace core::data {
namespace {

using util::Text;

constexpr std::string_view kMl100kRatings = "u.data";
constexpr std::string_view kMl100kUsers = "u.user";
constexpr std::string_view kMl100kMovies = "u.item";

/// u.item's 19 genre flags, in the file's column order (as u.genre lists them).
constexpr std::array<std::string_view, 19> kMl100kGenres = {
    "unknown",     "Action", "Adventure", "Animation", "Children's", "Comedy",  "Crime",
    "Documentary", "Drama",  "Fantasy",   "Film-Noir", "Horror",     "Musical", "Mystery",
    "Romance",     "Sci-Fi", "Thriller",  "War",       "Western"};

bool parseMl100kUsers(std::string_view contents, MovieLensData& data, ValidationReport& report) {
    LineTally tally;
    constexpr std::string_view file = kMl100kUsers;
    IdsSeen seen(IdsSeen::Kind::User);
    std::vector<std::string> occupations;  // order of first appearance, sorted at the end
    forEachLine(contents, file, report, [&](std::int64_t n, std::string_view line) {
        ++tally.lines;
        std::string_view f[5];
        const int count = splitFields(line, "|", f, 5);
        if (count != 5)
            return tally.fail(
                report, file, n,
                Text(RW_TEXT("expected 5 fields user id|age|gender|occupation|zip code, found {1}"))
                    .count(count));
        UserRecord user;
        if (!parseId(f[0], &user.id))
            return tally.fail(report, file, n, mustBeId("user id", f[0]));
        if (!parseInt(f[1], &user.age) || user.age < 0 || user.age > 200)
            return tally.fail(report, file, n,
                              Text(RW_TEXT("age must be a whole number of years (got {1})"))
                                  .arg(quotedField(f[1])));
        if (f[3].empty())
            return tally.fail(report, file, n, Text(RW_TEXT("occupation is empty")));
        if (!parseGender(f[2], user.id, file, n, report, &user.gender) ||
            !seen.firstTime(user.id, file, n, report))
            return;
        const auto it = std::find(occupations.begin(), occupations.end(), f[3]);
        user.occupation = std::int32_t(it - occupations.begin());
        if (it == occupations.end())
            occupations.emplace_back(f[3]);
        user.zip = std::string(f[4]);
        data.users.push_back(std::move(user));
    });
    // Occupations as codes in sorted order (ml-100k's u.occupation lists them sorted).
    std::vector<std::string> sorted = occupations;
    std::sort(sorted.begin(), sorted.end());
    for (auto& user : data.users)
        user.occupation = std::int32_t(
            std::find(sorted.begin(), sorted.end(), occupations[std::size_t(user.occupation)]) -
            sorted.begin());
    data.occupationNames = std::move(sorted);
    return tally.check(report, file, std::int64_t(data.users.size()),
                       "user id|age|gender|occupation|zip code");
}

bool parseMl100kMovies(std::string_view contents, MovieLensData& data, ValidationReport& report) {
    LineTally tally;
    constexpr std::string_view file = kMl100kMovies;
    constexpr int kFields = 5 + int(kMl100kGenres.size());
    data.genreNames.assign(kMl100kGenres.begin(), kMl100kGenres.end());
    std::sort(data.genreNames.begin(), data.genreNames.end());
    std::array<int, kMl100kGenres.size()> bitOfFlag{};
    for (std::size_t k = 0; k < kMl100kGenres.size(); ++k)
        bitOfFlag[k] = data.genreIndex(kMl100kGenres[k]);
    const bool utf8 = titlesAreUtf8(contents, file, false, report);
    IdsSeen seen(IdsSeen::Kind::Movie);
    forEachLine(contents, file, report, [&](std::int64_t n, std::string_view line) {
        ++tally.lines;
        std::string_view f[kFields];
        const int count = splitFields(line, "|", f, kFields);
        if (count != kFields)
            return tally.fail(report, file, n,
                              Text(RW_TEXT("expected {1} fields movie id|title|release date|video "
                                           "release date|IMDb URL|19 genre flags, found {2}"))
                                  .count(kFields)
                                  .count(count));
        MovieRecord movie;
        if (!parseId(f[0], &movie.id))
            return tally.fail(report, file, n, mustBeId("movie id", f[0]));
        for (std::size_t k = 0; k < kMl100kGenres.size(); ++k) {
            const auto flag = f[5 + k];
            if (flag != "0" && flag != "1")
                return tally.fail(report, file, n,
                                  Text(RW_TEXT("genre flag {1} must be 0 or 1 (got {2})"))
                                      .arg(std::string(kMl100kGenres[k]))
                                      .arg(quotedField(flag)));
            if (flag == "1")
                movie.genreMask |= 1u << bitOfFlag[k];
        }
        movie.title = utf8 ? std::string(f[1]) : latin1ToUtf8(f[1]);
        movie.year = yearFromTitle(movie.title);
        std::int32_t year = 0;
        // The release date ("01-Jan-1995") when the title has no year.
        if (movie.year == 0 && f[2].size() >= 4 && parseInt(f[2].substr(f[2].size() - 4), &year))
            movie.year = year;
        if (seen.firstTime(movie.id, file, n, report))
            data.movies.push_back(std::move(movie));
    });
    return tally.check(report, file, std::int64_t(data.movies.size()),
                       "movie id|title|release date|video release date|IMDb URL|19 genre flags");
}

// A CSV file's header: its first record must name the expected columns.
bool checkHeader(CsvRecords& records, std::string_view file,
                 std::initializer_list<std::string_view> columns, ValidationReport& report) {
    std::vector<std::string_view> fields;
    std::string expected;
    for (const auto c : columns)
        expected += (expected.empty() ? "" : ",") + std::string(c);
    if (!records.next(fields)) {
        report.addError(RW_TEXT("empty file"), std::string(file), 0,
                        Text(RW_TEXT("the file is empty; expected the header {1}")).arg(expected));
        return false;
    }
    if (!std::equal(fields.begin(), fields.end(), columns.begin(), columns.end())) {
        std::string got;
        for (const auto f : fields)
            got += (got.empty() ? "" : ",") + std::string(f);
        report.addError(
            RW_TEXT("not a MovieLens file"), std::string(file), records.line(),
            Text(RW_TEXT("expected the header {1} (got {2})")).arg(expected).arg(quotedField(got)));
        return false;
    }
    return true;
}

// A record of one empty field is a blank line; true when it was one (and was reported).
bool blankRecord(const std::vector<std::string_view>& fields, std::string_view file,
                 std::int64_t line, ValidationReport& report) {
    if (fields.size() != 1 || fields[0].find_first_not_of(" \t") != std::string_view::npos)
        return false;
    report.addWarning(RW_TEXT("blank line"), std::string(file), line,
                      Text(RW_TEXT("blank line skipped")));
    return true;
}

// The reader stopped on a malformed record (an unclosed quote): the rest of the file cannot be
// split into records, so the file is unusable.
bool csvStoppedEarly(const CsvRecords& records, std::string_view file, ValidationReport& report) {
    if (records.error().empty())
        return false;
    report.addError(
        RW_TEXT("malformed line"), std::string(file), records.line(),
        Text(RW_TEXT("the file cannot be read past this line: {1}")).arg(records.error()));
    return true;
}

bool parseCsvMovies(std::string_view contents, MovieLensData& data, ValidationReport& report) {
    constexpr std::string_view file = "movies.csv";
    CsvRecords records(contents);
    if (!checkHeader(records, file, {"movieId", "title", "genres"}, report))
        return false;
    const bool utf8 = titlesAreUtf8(contents, file, true, report);
    LineTally tally;
    GenreCollector genres;
    IdsSeen seen(IdsSeen::Kind::Movie);
    std::vector<std::string_view> f;
    while (records.next(f)) {
        const std::int64_t n = records.line();
        if (blankRecord(f, file, n, report))
            continue;
        ++tally.lines;
        if (f.size() != 3) {
            tally.fail(report, file, n,
                       Text(RW_TEXT("expected 3 fields movieId,title,genres, found {1}"))
                           .count(std::int64_t(f.size())));
            continue;
        }
        MovieRecord movie;
        if (!parseId(f[0], &movie.id)) {
            tally.fail(report, file, n, mustBeId("movieId", f[0]));
            continue;
        }
        movie.title = utf8 ? std::string(f[1]) : latin1ToUtf8(f[1]);
        movie.year = yearFromTitle(movie.title);
        forEachGenreName(f[2], [&](std::string_view name) {
            const int g = genres.bitOf(name, file, n, report);
            if (g >= 0)
                movie.genreMask |= 1u << g;
        });
        if (seen.firstTime(movie.id, file, n, report))
            data.movies.push_back(std::move(movie));
    }
    if (csvStoppedEarly(records, file, report))
        return false;
    genres.sort(data);
    return tally.check(report, file, std::int64_t(data.movies.size()), "movieId,title,genres");
}

bool parseCsvRatings(std::string_view contents, MovieLensData& data, ValidationReport& report,
                     const LoadProgress& progress) {
    constexpr std::string_view file = "ratings.csv";
    CsvRecords records(contents);
    if (!checkHeader(records, file, {"userId", "movieId", "rating", "timestamp"}, report))
        return false;
    RatingsReader reader(data, report, file,
                         {"userId",
                          "movieId",
                          "rating",
                          "timestamp",
                          "userId,movieId,rating,timestamp",
                          {},
                          "movies.csv"},
                         fileWrittenAt(data.folder / file), contents.size(), progress);
    std::vector<std::string_view> f;
    std::int64_t count = 0;
    while (records.next(f)) {
        const std::int64_t n = records.line();
        if (f.size() == 4) {
            reader.add(n, f[0], f[1], f[2], f[3]);
        } else if (!blankRecord(f, file, n, report)) {
            reader.malformed(
                n, Text(RW_TEXT("expected 4 fields userId,movieId,rating,timestamp, found {1}"))
                       .count(std::int64_t(f.size())));
        }
        if (++count % 1'000'000 == 0)
            reader.progressAt(records.fractionRead());
    }
    if (csvStoppedEarly(records, file, report))
        return false;
    return reader.finish();
}

}  // namespace

bool readMl100k(MovieLensData& data, ValidationReport& report, const LoadProgress& progress) {
    FileText users, movies, ratings;
    const bool present = readFile(data.folder, kMl100kUsers, data.release, report, &users) &
                         readFile(data.folder, kMl100kMovies, data.release, report, &movies) &
                         readFile(data.folder, kMl100kRatings, data.release, report, &ratings);
    if (!present)
        return false;
    if (progress)
        progress(0.1);
    data.hasUserFeatures = true;
    data.halfStarRatings = false;
    const bool usersOk = parseMl100kUsers(users->text(), data, report);
    const bool moviesOk = parseMl100kMovies(movies->text(), data, report);
    if (!usersOk || !moviesOk)
        return false;
    data.indexIds();
    if (progress)
        progress(0.2);
    RatingsReader reader(
        data, report, kMl100kRatings,
        {"user id", "item id", "rating", "timestamp",
         "user id<TAB>item id<TAB>rating<TAB>timestamp", kMl100kUsers, kMl100kMovies},
        fileWrittenAt(data.folder / kMl100kRatings), ratings->text().size(), progress);
    forEachLine(
        ratings->text(), kMl100kRatings, report, [&](std::int64_t n, std::string_view line) {
            std::string_view f[4];
            const int count = splitFields(line, "\t", f, 4);
            if (count != 4)
                return reader.malformed(
                    n, Text(RW_TEXT("expected 4 tab-separated fields user id, item id, rating, "
                                    "timestamp, found {1}"))
                           .count(count));
            reader.add(n, f[0], f[1], f[2], f[3]);
        });
    return reader.finish();
}

bool readCsvRelease(MovieLensData& data, ValidationReport& report, const LoadProgress& progress) {
    FileText movies, ratings;
    const bool present = readFile(data.folder, "movies.csv", data.release, report, &movies) &
                         readFile(data.folder, "ratings.csv", data.release, report, &ratings);
    if (!present)
        return false;
    if (progress)
        progress(0.1);
    data.hasUserFeatures = false;
    data.halfStarRatings = true;
    if (!parseCsvMovies(movies->text(), data, report))
        return false;
    data.indexIds();
    movies.reset();
    if (progress)
        progress(0.2);
    return parseCsvRatings(ratings->text(), data, report, progress);
}

}  // namespace core::data
