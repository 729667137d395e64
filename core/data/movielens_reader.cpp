#include "data/movielens_reader.h"

#include <algorithm>
#include <charconv>
#include <string_view>

#include "data/text_encoding.h"
#include "util/atomic_file.h"
#include "util/text.h"
#include "util/time_text.h"

namespace core::data {
namespace {

using util::Text;

constexpr std::string_view kRatingsFile = "ratings.dat";
constexpr std::string_view kUsersFile = "users.dat";
constexpr std::string_view kMoviesFile = "movies.dat";

// Splits `line` at "::". Returns the number of fields found (may exceed `maxFields`; only the
// first maxFields are stored, the last of them holding the rest of the line).
int splitFields(std::string_view line, std::string_view* fields, int maxFields) {
    int count = 0;
    std::size_t start = 0;
    while (true) {
        const std::size_t pos = line.find("::", start);
        if (count == maxFields - 1 || pos == std::string_view::npos) {
            fields[count++] = line.substr(start);
            if (pos == std::string_view::npos)
                return count;
            // Count the remaining separators so the caller can report the real field count.
            int extra = 0;
            for (std::size_t p = pos; p != std::string_view::npos; p = line.find("::", p + 2))
                ++extra;
            return count + extra;
        }
        fields[count++] = line.substr(start, pos - start);
        start = pos + 2;
    }
}

template <typename Int>
bool parseInt(std::string_view text, Int* out) {
    if (text.empty())
        return false;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
    return ec == std::errc() && ptr == text.data() + text.size();
}

bool parseId(std::string_view text, std::int32_t* out) {
    return parseInt(text, out) && *out >= 1 && *out <= kMaxId;
}

// The start of a field for a message, with control bytes escaped: a NUL or a carriage return
// printed raw would hide or garble the text around it.
std::string quoted(std::string_view text) {
    constexpr std::size_t kMax = 40;
    std::string s = "\"";
    for (const char c : text.substr(0, kMax)) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u != 0x7F) {
            s += c;
        } else if (c == '\0') {
            s += "\\0";
        } else if (c == '\t') {
            s += "\\t";
        } else if (c == '\r') {
            s += "\\r";
        } else {
            static constexpr char kHex[] = "0123456789abcdef";
            s += "\\x";
            s += kHex[u >> 4];
            s += kHex[u & 0xF];
        }
    }
    if (text.size() > kMax)
        s += "…";
    return s + "\"";
}

Text mustBeId(const char* field, std::string_view got) {
    return Text(RW_TEXT("{1} must be a positive whole number (got {2})"))
        .arg(field)
        .arg(quoted(got));
}

// Calls `onLine(lineNumber, text)` for every non-empty line; blank lines are counted as
// warnings. Handles "\r\n" and a UTF-8 byte-order mark.
template <typename OnLine>
void forEachLine(std::string_view contents, std::string_view file, ValidationReport& report,
                 OnLine&& onLine) {
    if (contents.substr(0, 3) == "\xEF\xBB\xBF")
        contents.remove_prefix(3);
    std::int64_t lineNumber = 0;
    std::size_t start = 0;
    while (start < contents.size()) {
        std::size_t end = contents.find('\n', start);
        if (end == std::string_view::npos)
            end = contents.size();
        std::string_view line = contents.substr(start, end - start);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        ++lineNumber;
        if (line.find_first_not_of(" \t") == std::string_view::npos)
            report.addWarning(RW_TEXT("blank line"), std::string(file), lineNumber,
                              Text(RW_TEXT("blank line skipped")));
        else
            onLine(lineNumber, line);
        start = end + 1;
    }
}

// Shared bookkeeping of a file's lines: malformed ones are warnings, but a file where most
// lines are malformed is not an ml-1m file at all.
struct LineTally {
    std::int64_t lines = 0;
    std::int64_t malformed = 0;
    std::int64_t firstMalformedLine = 0;
    Text firstMalformed;

    void fail(ValidationReport& report, std::string_view file, std::int64_t line, Text message) {
        ++malformed;
        if (firstMalformedLine == 0) {
            firstMalformedLine = line;
            firstMalformed = message;
        }
        report.addWarning(RW_TEXT("malformed line"), std::string(file), line, std::move(message));
    }

    // Returns false (and records the error) when the file is unusable.
    bool check(ValidationReport& report, std::string_view file, std::int64_t valid,
               std::string_view format) {
        if (lines == 0) {
            report.addError(RW_TEXT("empty file"), std::string(file), 0,
                            Text(RW_TEXT("the file is empty; expected lines like {1}"))
                                .arg(std::string(format)));
            return false;
        }
        if (malformed * 2 > lines) {
            report.addError(RW_TEXT("not an ml-1m file"), std::string(file), 0,
                            Text(RW_TEXT("{1} of {2} lines are not {3}; first: line {4}: {5}"))
                                .count(malformed)
                                .count(lines)
                                .arg(std::string(format))
                                .id(firstMalformedLine)
                                .phrase(firstMalformed));
            return false;
        }
        if (valid == 0) {
            report.addError(
                RW_TEXT("no usable line"), std::string(file), 0,
                Text(RW_TEXT("none of its {1} lines could be used; see the warnings for why"))
                    .count(lines));
            return false;
        }
        return true;
    }
};

bool readFile(const std::filesystem::path& folder, std::string_view name, ValidationReport& report,
              std::string* contents) {
    const auto path = folder / name;
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (std::filesystem::is_directory(status)) {
        report.addError(RW_TEXT("missing file"), std::string(name), 0,
                        Text(RW_TEXT("is a folder, not a file (in {1})")).arg(folder.string()));
        return false;
    }
    if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
        report.addError(RW_TEXT("missing file"), std::string(name), 0,
                        Text(RW_TEXT("is not a regular file (in {1})")).arg(folder.string()));
        return false;
    }
    if (!std::filesystem::is_regular_file(status)) {
        report.addError(RW_TEXT("missing file"), std::string(name), 0,
                        Text(RW_TEXT("not found in {1} (an ml-1m folder holds ratings.dat, "
                                     "users.dat and movies.dat)"))
                            .arg(folder.string()));
        return false;
    }
    std::string error;
    auto text = util::readWholeFile(path, &error);
    if (!text) {
        report.addError(RW_TEXT("unreadable file"), std::string(name), 0,
                        Text(RW_TEXT("cannot be read: {1}")).arg(error));
        return false;
    }
    *contents = std::move(*text);
    return true;
}

bool parseUsers(std::string_view contents, MovieLensData& data, ValidationReport& report) {
    LineTally tally;
    constexpr std::string_view file = kUsersFile;
    std::vector<bool> seen;
    forEachLine(contents, file, report, [&](std::int64_t n, std::string_view line) {
        ++tally.lines;
        std::string_view f[5];
        const int count = splitFields(line, f, 5);
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
                Text(RW_TEXT("Age must be a whole number (got {1})")).arg(quoted(f[2])));
        if (!parseInt(f[3], &user.occupation))
            return tally.fail(
                report, file, n,
                Text(RW_TEXT("Occupation must be a whole number (got {1})")).arg(quoted(f[3])));
        if (f[1] == "F" || f[1] == "M") {
            user.gender = f[1] == "M" ? 1 : 0;
        } else {
            report.addWarning(RW_TEXT("unknown gender"), std::string(file), n,
                              Text(RW_TEXT("Gender must be F or M (got {1}); user {2} skipped"))
                                  .arg(quoted(f[1]))
                                  .id(user.id));
            return;
        }
        if (std::size_t(user.id) >= seen.size())
            seen.resize(std::size_t(user.id) + 1, false);
        if (seen[std::size_t(user.id)]) {
            report.addWarning(RW_TEXT("duplicate user"), std::string(file), n,
                              Text(RW_TEXT("UserID {1} appears again; line skipped")).id(user.id));
            return;
        }
        seen[std::size_t(user.id)] = true;
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

std::int32_t yearFromTitle(std::string_view title) {
    // "Toy Story (1995)" → 1995; tolerate trailing spaces.
    while (!title.empty() && title.back() == ' ')
        title.remove_suffix(1);
    if (title.size() < 6 || title.back() != ')' || title[title.size() - 6] != '(')
        return 0;
    std::int32_t year = 0;
    return parseInt(title.substr(title.size() - 5, 4), &year) ? year : 0;
}

bool parseMovies(std::string_view contents, MovieLensData& data, ValidationReport& report) {
    LineTally tally;
    constexpr std::string_view file = kMoviesFile;
    const bool utf8 = hasNonAscii(contents) && isValidUtf8(contents);
    if (utf8)
        report.addNote(
            Text(RW_TEXT("movies.dat is valid UTF-8 (ml-1m ships Latin-1); read as UTF-8")));
    std::vector<bool> seen;
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
        std::string_view genres = line.substr(last + 2);
        while (!genres.empty()) {
            const auto bar = genres.find('|');
            const auto name = genres.substr(0, bar);
            const int g = genreIndex(name);
            if (g >= 0)
                movie.genreMask |= 1u << g;
            else
                report.addWarning(
                    RW_TEXT("unknown genre"), std::string(file), n,
                    Text(RW_TEXT("genre {1} of movie {2} is not one of the 18 ml-1m genres; "
                                 "ignored"))
                        .arg(quoted(name))
                        .id(movie.id));
            if (bar == std::string_view::npos)
                break;
            genres.remove_prefix(bar + 1);
        }
        if (std::size_t(movie.id) >= seen.size())
            seen.resize(std::size_t(movie.id) + 1, false);
        if (seen[std::size_t(movie.id)]) {
            report.addWarning(
                RW_TEXT("duplicate movie"), std::string(file), n,
                Text(RW_TEXT("MovieID {1} appears again; line skipped")).id(movie.id));
            return;
        }
        seen[std::size_t(movie.id)] = true;
        data.movies.push_back(std::move(movie));
    });
    return tally.check(report, file, std::int64_t(data.movies.size()), "MovieID::Title::Genres");
}

// A user who rated the same movie twice: the real ml-1m has none. Both rows are kept, as the
// notebook keeps them (dropping one would change its split), and each repeat is counted.
// Groups the ratings by user (counting sort, file order kept), then marks each user's movies
// in a table stamped with the user: linear, about 15 ms for the million ratings of ml-1m.
void reportRepeatedPairs(const MovieLensData& data, const std::vector<std::int64_t>& lineOf,
                         ValidationReport& report) {
    const auto& r = data.ratings;
    const std::size_t users = data.users.size();
    std::vector<std::size_t> start(users + 1, 0);
    for (std::size_t i = 0; i < r.size(); ++i)
        ++start[std::size_t(data.userRow(r.userId[i])) + 1];
    for (std::size_t u = 0; u < users; ++u)
        start[u + 1] += start[u];
    std::vector<std::uint32_t> byUser(r.size());
    {
        auto next = start;
        for (std::size_t i = 0; i < r.size(); ++i)
            byUser[next[std::size_t(data.userRow(r.userId[i]))]++] = std::uint32_t(i);
    }
    struct Repeat {
        std::int64_t line, firstLine;
        std::int32_t user, movie;
    };
    std::vector<Repeat> repeats;
    std::vector<std::uint32_t> stamp(data.movies.size(), 0);  // user row + 1 that rated it
    std::vector<std::uint32_t> firstRating(data.movies.size(), 0);
    for (std::size_t u = 0; u < users; ++u) {
        for (std::size_t k = start[u]; k < start[u + 1]; ++k) {
            const std::uint32_t i = byUser[k];
            const auto m = std::size_t(data.movieRow(r.movieId[i]));
            if (stamp[m] != u + 1) {
                stamp[m] = std::uint32_t(u + 1);
                firstRating[m] = i;
            } else {
                repeats.push_back({lineOf[i], lineOf[firstRating[m]], r.userId[i], r.movieId[i]});
            }
        }
    }
    std::sort(repeats.begin(), repeats.end(),
              [](const Repeat& a, const Repeat& b) { return a.line < b.line; });
    for (const auto& x : repeats)
        report.addWarning(RW_TEXT("repeated rating"), std::string(kRatingsFile), x.line,
                          Text(RW_TEXT("user {1} rated movie {2} again (first at line {3}); both "
                                       "kept, as the notebook keeps them"))
                              .id(x.user)
                              .id(x.movie)
                              .id(x.firstLine));
}

// Ratings dated before MovieLens began, or after the file was written, carry a broken
// timestamp (often 0, 1970-01-01). Training ignores timestamps, so they are kept and counted.
constexpr std::int64_t kMovieLensBegan = 852076800;  // 1997-01-01 UTC

bool parseRatings(std::string_view contents, std::int64_t fileWritten, MovieLensData& data,
                  ValidationReport& report, const LoadProgress& progress) {
    LineTally tally;
    std::vector<std::int64_t> lineOf;  // file line of each kept rating
    lineOf.reserve(contents.size() / 20);
    constexpr std::string_view file = kRatingsFile;
    data.ratings.reserve(contents.size() / 20);
    std::size_t nextReport = contents.size() / 10;
    const char* base = contents.data();
    forEachLine(contents, file, report, [&](std::int64_t n, std::string_view line) {
        ++tally.lines;
        std::string_view f[4];
        const int count = splitFields(line, f, 4);
        if (count != 4)
            return tally.fail(
                report, file, n,
                Text(RW_TEXT("expected 4 fields UserID::MovieID::Rating::Timestamp, found {1}"))
                    .count(count));
        std::int32_t user = 0, movie = 0, stars = 0;
        std::int64_t time = 0;
        if (!parseId(f[0], &user))
            return tally.fail(report, file, n, mustBeId("UserID", f[0]));
        if (!parseId(f[1], &movie))
            return tally.fail(report, file, n, mustBeId("MovieID", f[1]));
        if (!parseInt(f[3], &time) || time < 0)
            return tally.fail(report, file, n,
                              Text(RW_TEXT("Timestamp must be whole seconds since 1970 (got {1})"))
                                  .arg(quoted(f[3])));
        if (!parseInt(f[2], &stars) || stars < 1 || stars > 5) {
            report.addWarning(
                RW_TEXT("rating out of range"), std::string(file), n,
                Text(RW_TEXT("Rating must be a whole number of stars from 1 to 5 (got {1}); line "
                             "skipped"))
                    .arg(quoted(f[2])));
            return;
        }
        if (data.userRow(user) < 0) {
            report.addWarning(RW_TEXT("rating of unknown user"), std::string(file), n,
                              Text(RW_TEXT("user {1} is not in users.dat (or its line was "
                                           "skipped); rating skipped"))
                                  .id(user));
            return;
        }
        if (data.movieRow(movie) < 0) {
            report.addWarning(RW_TEXT("rating of unknown movie"), std::string(file), n,
                              Text(RW_TEXT("movie {1} is not in movies.dat (or its line was "
                                           "skipped); rating skipped"))
                                  .id(movie));
            return;
        }
        if (time < kMovieLensBegan || time > fileWritten)
            report.addWarning(
                RW_TEXT("timestamp outside MovieLens's years"), std::string(file), n,
                Text(RW_TEXT("Timestamp {1} ({2}) is before MovieLens began (1997) or after the "
                             "file was written ({3}); kept: training and the per-user split do "
                             "not use timestamps, a split by time would misplace this rating"))
                    .id(time)
                    .arg(util::formatDate(time))
                    .arg(util::formatDate(fileWritten)));
        data.ratings.push(user, movie, std::uint8_t(stars), time);
        lineOf.push_back(n);
        if (progress && std::size_t(line.data() - base) > nextReport) {
            progress(0.2 + 0.8 * double(line.data() - base) / double(contents.size()));
            nextReport += contents.size() / 10;
        }
    });
    if (!tally.check(report, file, std::int64_t(data.ratings.size()),
                     "UserID::MovieID::Rating::Timestamp"))
        return false;
    reportRepeatedPairs(data, lineOf, report);
    return true;
}

// When the file was last written, in Unix seconds; one day of slack for clocks and time zones.
std::int64_t fileWrittenAt(const std::filesystem::path& path) {
    using namespace std::chrono;
    std::error_code ec;
    const auto written = std::filesystem::last_write_time(path, ec);
    const auto at = ec ? system_clock::now() : file_clock::to_sys(written);
    return duration_cast<seconds>(at.time_since_epoch()).count() + 86400;
}

}  // namespace

MovieLensLoad loadMovieLens(const std::filesystem::path& folder, const LoadProgress& progress) {
    MovieLensLoad result;
    auto& report = result.report;
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) {
        report.addError(
            RW_TEXT("missing folder"), folder.string(), 0,
            Text(std::filesystem::exists(folder, ec)
                     ? RW_TEXT("is not a folder; choose the ml-1m folder that holds ratings.dat")
                     : RW_TEXT("folder not found")));
        return result;
    }
    std::string users, movies, ratings;
    const bool present = readFile(folder, kUsersFile, report, &users) &
                         readFile(folder, kMoviesFile, report, &movies) &
                         readFile(folder, kRatingsFile, report, &ratings);
    if (!present)
        return result;
    if (progress)
        progress(0.1);

    auto data = std::make_shared<MovieLensData>();
    data->folder = folder;
    const bool usersOk = parseUsers(users, *data, report);
    const bool moviesOk = parseMovies(movies, *data, report);
    if (!usersOk || !moviesOk)
        return result;
    data->indexIds();
    if (progress)
        progress(0.2);
    if (!parseRatings(ratings, fileWrittenAt(folder / kRatingsFile), *data, report, progress))
        return result;
    if (progress)
        progress(1.0);
    result.data = std::move(data);
    return result;
}

}  // namespace core::data
