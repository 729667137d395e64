#include "data/reader_support.h"

#include <algorithm>
#include <chrono>

#include "data/text_encoding.h"
#include "util/atomic_file.h"
#include "util/large_buffer.h"
#include "util/path_text.h"
#include "util/time_text.h"

namespace core::data {

using util::Text;

std::string quotedField(std::string_view text) {
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

bool parseId(std::string_view text, std::int32_t* out) {
    return parseInt(text, out) && *out >= 1 && *out <= kMaxId;
}

Text mustBeId(std::string_view field, std::string_view got) {
    return Text(RW_TEXT("{1} must be a positive whole number (got {2})"))
        .arg(std::string(field))
        .arg(quotedField(got));
}

bool parseHalfStars(std::string_view text, int* halfStars) {
    const auto dot = text.find('.');
    int whole = 0;
    if (text.empty() || text[0] < '0' || text[0] > '9' || !parseInt(text.substr(0, dot), &whole) ||
        whole > 1000)
        return false;
    int half = 0;
    if (dot != std::string_view::npos) {
        const auto fraction = text.substr(dot + 1);
        if (fraction.empty() || (fraction[0] != '0' && fraction[0] != '5') ||
            fraction.find_first_not_of('0', 1) != std::string_view::npos)
            return false;
        half = fraction[0] == '5' ? 1 : 0;
    }
    *halfStars = 2 * whole + half;
    return true;
}

int splitFields(std::string_view line, std::string_view separator, std::string_view* fields,
                int maxFields) {
    int count = 0;
    std::size_t start = 0;
    while (true) {
        const std::size_t pos = line.find(separator, start);
        if (count == maxFields - 1 || pos == std::string_view::npos) {
            fields[count++] = line.substr(start);
            if (pos == std::string_view::npos)
                return count;
            // Count the remaining separators so the caller can report the real field count.
            int extra = 0;
            for (std::size_t p = pos; p != std::string_view::npos;
                 p = line.find(separator, p + separator.size()))
                ++extra;
            return count + extra;
        }
        fields[count++] = line.substr(start, pos - start);
        start = pos + separator.size();
    }
}

void LineTally::fail(ValidationReport& report, std::string_view file, std::int64_t line,
                     Text message) {
    ++malformed;
    if (firstMalformedLine == 0) {
        firstMalformedLine = line;
        firstMalformed = message;
    }
    report.addWarning(RW_TEXT("malformed line"), std::string(file), line, std::move(message));
}

bool LineTally::check(ValidationReport& report, std::string_view file, std::int64_t valid,
                      std::string_view format) {
    if (lines == 0) {
        report.addError(
            RW_TEXT("empty file"), std::string(file), 0,
            Text(RW_TEXT("the file is empty; expected lines like {1}")).arg(std::string(format)));
        return false;
    }
    if (malformed * 2 > lines) {
        report.addError(RW_TEXT("not a MovieLens file"), std::string(file), 0,
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

bool IdsSeen::firstTime(std::int32_t id, std::string_view file, std::int64_t line,
                        ValidationReport& report) {
    if (std::size_t(id) >= m_seen.size())
        m_seen.resize(std::size_t(id) + 1, false);
    if (!m_seen[std::size_t(id)]) {
        m_seen[std::size_t(id)] = true;
        return true;
    }
    if (m_kind == Kind::User)
        report.addWarning(RW_TEXT("duplicate user"), std::string(file), line,
                          Text(RW_TEXT("UserID {1} appears again; line skipped")).id(id));
    else
        report.addWarning(RW_TEXT("duplicate movie"), std::string(file), line,
                          Text(RW_TEXT("MovieID {1} appears again; line skipped")).id(id));
    return false;
}

bool parseGender(std::string_view text, std::int32_t userId, std::string_view file,
                 std::int64_t line, ValidationReport& report, std::uint8_t* gender) {
    if (text == "F" || text == "M") {
        *gender = text == "M" ? 1 : 0;
        return true;
    }
    report.addWarning(RW_TEXT("unknown gender"), std::string(file), line,
                      Text(RW_TEXT("Gender must be F or M (got {1}); user {2} skipped"))
                          .arg(quotedField(text))
                          .id(userId));
    return false;
}

bool readFile(const std::filesystem::path& folder, std::string_view name,
              const DetectedRelease& release, ValidationReport& report, FileText* contents) {
    const auto path = folder / name;
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (std::filesystem::is_directory(status)) {
        report.addError(
            RW_TEXT("missing file"), std::string(name), 0,
            Text(RW_TEXT("is a folder, not a file (in {1})")).arg(util::utf8Of(folder)));
        return false;
    }
    if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
        report.addError(RW_TEXT("missing file"), std::string(name), 0,
                        Text(RW_TEXT("is not a regular file (in {1})")).arg(util::utf8Of(folder)));
        return false;
    }
    if (!std::filesystem::is_regular_file(status)) {
        report.addError(RW_TEXT("missing file"), std::string(name), 0,
                        Text(RW_TEXT("not found in {1} (an {2} folder holds {3})"))
                            .arg(util::utf8Of(folder))
                            .arg(release.name)
                            .arg(release.files));
        return false;
    }
    std::string error;
    *contents = util::MappedFile::open(path, &error);
    if (!*contents) {
        report.addError(RW_TEXT("unreadable file"), std::string(name), 0,
                        Text(RW_TEXT("cannot be read: {1}")).arg(error));
        return false;
    }
    return true;
}

std::int32_t yearFromTitle(std::string_view title) {
    while (!title.empty() && title.back() == ' ')
        title.remove_suffix(1);
    if (title.size() < 6 || title.back() != ')' || title[title.size() - 6] != '(')
        return 0;
    std::int32_t year = 0;
    return parseInt(title.substr(title.size() - 5, 4), &year) ? year : 0;
}

std::int64_t fileWrittenAt(const std::filesystem::path& path) {
    using namespace std::chrono;
    std::error_code ec;
    const auto written = std::filesystem::last_write_time(path, ec);
    const auto at = ec ? system_clock::now() : file_clock::to_sys(written);
    return duration_cast<seconds>(at.time_since_epoch()).count() + 86400;
}

bool titlesAreUtf8(std::string_view contents, std::string_view file, bool shippedAsUtf8,
                   ValidationReport& report) {
    if (!hasNonAscii(contents))
        return false;
    const bool utf8 = isValidUtf8(contents);
    if (utf8 && !shippedAsUtf8)
        report.addNote(
            Text(RW_TEXT("{1} is valid UTF-8; titles read as UTF-8")).arg(std::string(file)));
    if (!utf8 && shippedAsUtf8)
        report.addNote(
            Text(RW_TEXT("{1} is not valid UTF-8; titles read as Latin-1")).arg(std::string(file)));
    return utf8;
}

int GenreCollector::bitOf(std::string_view name, std::string_view file, std::int64_t line,
                          ValidationReport& report) {
    if (name == "(no genres listed)")
        return -1;
    const auto it = std::find(m_names.begin(), m_names.end(), name);
    if (it != m_names.end())
        return int(it - m_names.begin());
    if (int(m_names.size()) == kMaxGenres) {
        report.addWarning(RW_TEXT("too many genres"), std::string(file), line,
                          Text(RW_TEXT("genre {1} is beyond the {2} genres the workbench keeps; "
                                       "ignored"))
                              .arg(quotedField(name))
                              .count(kMaxGenres));
        return -1;
    }
    m_names.emplace_back(name);
    return int(m_names.size()) - 1;
}

void GenreCollector::sort(MovieLensData& data) const {
    std::vector<std::string> sorted = m_names;
    std::sort(sorted.begin(), sorted.end());
    std::vector<int> bitAfter(m_names.size());
    for (std::size_t g = 0; g < m_names.size(); ++g)
        bitAfter[g] = int(std::find(sorted.begin(), sorted.end(), m_names[g]) - sorted.begin());
    for (auto& movie : data.movies) {
        std::uint32_t mask = 0;
        for (std::size_t g = 0; g < m_names.size(); ++g)
            if (movie.genreMask & (1u << g))
                mask |= 1u << bitAfter[g];
        movie.genreMask = mask;
    }
    data.genreNames = std::move(sorted);
}

namespace {

// Ratings dated before MovieLens began, or after the file was written, carry a broken
// timestamp (often 0, 1970-01-01). Training ignores timestamps, so they are kept and counted.
constexpr std::int64_t kMovieLensBegan = 852076800;  // 1997-01-01 UTC

// A user who rated the same movie twice: the real ml-1m has none. Both rows are kept, as the
// notebook keeps them (dropping one would change its split), and each repeat is counted.
// Groups the ratings by user (counting sort, file order kept), then marks each user's movies
// in a table stamped with the user: linear, about 15 ms for the million ratings of ml-1m.
void reportRepeatedPairs(const MovieLensData& data, const std::vector<std::uint32_t>& lineOf,
                         std::string_view file, ValidationReport& report) {
    const auto& r = data.ratings;
    const std::size_t users = data.users.size();
    std::vector<std::uint32_t> userRow, byUser;
    util::resizeLarge(userRow, r.size());
    util::resizeLarge(byUser, r.size());
    std::vector<std::size_t> start(users + 1, 0);
    for (std::size_t i = 0; i < r.size(); ++i) {
        userRow[i] = std::uint32_t(data.userRow(r.userId[i]));
        ++start[userRow[i] + 1];
    }
    for (std::size_t u = 0; u < users; ++u)
        start[u + 1] += start[u];
    {
        auto next = start;
        for (std::size_t i = 0; i < r.size(); ++i)
            byUser[next[userRow[i]]++] = std::uint32_t(i);
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
        report.addWarning(RW_TEXT("repeated rating"), std::string(file), x.line,
                          Text(RW_TEXT("user {1} rated movie {2} again (first at line {3}); both "
                                       "kept, as the notebook keeps them"))
                              .id(x.user)
                              .id(x.movie)
                              .id(x.firstLine));
}

}  // namespace

RatingsReader::RatingsReader(MovieLensData& data, ValidationReport& report, std::string_view file,
                             RatingsLayout layout, std::int64_t fileWritten, std::size_t bytes,
                             const LoadProgress& progress)
    : m_data(data),
      m_report(report),
      m_file(file),
      m_layout(layout),
      m_fileWritten(fileWritten),
      m_progress(progress) {
    // ratings.dat lines are about 24 bytes, ratings.csv lines 26, u.data lines 21.
    m_data.ratings.reserve(bytes / 20);
    util::reserveLarge(m_lineOf, bytes / 20);
}

void RatingsReader::malformed(std::int64_t line, Text message) {
    ++m_tally.lines;
    m_tally.fail(m_report, m_file, line, std::move(message));
}

void RatingsReader::add(std::int64_t line, std::string_view userText, std::string_view movieText,
                        std::string_view ratingText, std::string_view timeText) {
    ++m_tally.lines;
    std::int32_t user = 0, movie = 0;
    std::int64_t time = 0;
    int half = 0;
    if (!parseId(userText, &user))
        return m_tally.fail(m_report, m_file, line, mustBeId(m_layout.user, userText));
    if (!parseId(movieText, &movie))
        return m_tally.fail(m_report, m_file, line, mustBeId(m_layout.movie, movieText));
    if (!parseInt(timeText, &time) || time < 0)
        return m_tally.fail(m_report, m_file, line,
                            Text(RW_TEXT("{1} must be whole seconds since 1970 (got {2})"))
                                .arg(std::string(m_layout.timestamp))
                                .arg(quotedField(timeText)));
    const bool halves = m_data.halfStarRatings;
    if (!parseHalfStars(ratingText, &half) || half < (halves ? 1 : 2) || half > 10 ||
        (!halves && half % 2 != 0)) {
        m_report.addWarning(
            RW_TEXT("rating out of range"), m_file, line,
            Text(halves ? RW_TEXT("{1} must be from 0.5 to 5 stars in half stars (got {2}); "
                                  "line skipped")
                        : RW_TEXT("{1} must be a whole number of stars from 1 to 5 (got {2}); "
                                  "line skipped"))
                .arg(std::string(m_layout.rating))
                .arg(quotedField(ratingText)));
        return;
    }
    if (m_layout.usersFile.empty()) {
        if (std::size_t(user) >= m_userRowById.size())
            m_userRowById.resize(std::max(std::size_t(user) + 1, m_userRowById.size() * 2), -1);
        auto& row = m_userRowById[std::size_t(user)];
        if (row < 0) {
            row = std::int32_t(m_data.users.size());
            m_data.users.push_back(UserRecord{user, 0, 0, 0, {}});
        }
    } else if (m_data.userRow(user) < 0) {
        m_report.addWarning(RW_TEXT("rating of unknown user"), m_file, line,
                            Text(RW_TEXT("user {1} is not in {2} (or its line was skipped); "
                                         "rating skipped"))
                                .id(user)
                                .arg(std::string(m_layout.usersFile)));
        return;
    }
    if (m_data.movieRow(movie) < 0) {
        m_report.addWarning(RW_TEXT("rating of unknown movie"), m_file, line,
                            Text(RW_TEXT("movie {1} is not in {2} (or its line was skipped); "
                                         "rating skipped"))
                                .id(movie)
                                .arg(std::string(m_layout.moviesFile)));
        return;
    }
    if (time < kMovieLensBegan || time > m_fileWritten)
        m_report.addWarning(
            RW_TEXT("timestamp outside MovieLens's years"), m_file, line,
            Text(RW_TEXT("Timestamp {1} ({2}) is before MovieLens began (1997) or after the "
                         "file was written ({3}); kept: training and the per-user split do "
                         "not use timestamps, a split by time would misplace this rating"))
                .id(time)
                .arg(util::formatDate(time))
                .arg(util::formatDate(m_fileWritten)));
    m_data.ratings.push(user, movie, std::uint8_t(half), time);
    m_lineOf.push_back(std::uint32_t(line));
}

void RatingsReader::progressAt(double fraction) const {
    if (m_progress)
        m_progress(0.2 + 0.8 * fraction);
}

bool RatingsReader::finish() {
    if (!m_tally.check(m_report, m_file, std::int64_t(m_data.ratings.size()), m_layout.format))
        return false;
    if (m_layout.usersFile.empty())
        m_data.indexIds();
    reportRepeatedPairs(m_data, m_lineOf, m_file, m_report);
    return true;
}

}  // namespace core::data
