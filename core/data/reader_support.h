#pragma once

// Internal to core::data: what the readers of the MovieLens releases share (reading a file,
// splitting lines, counting malformed ones, and checking and collecting the ratings).

#include <charconv>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "data/movielens_data.h"
#include "data/movielens_reader.h"
#include "data/validation_report.h"
#include "util/mapped_file.h"
#include "util/text.h"

namespace core::data {

/// The start of a field for a message, in quotes, with control bytes escaped: a NUL or a
/// carriage return printed raw would hide or garble the text around it.
std::string quotedField(std::string_view text);

template <typename Int>
bool parseInt(std::string_view text, Int* out) {
    if (text.empty())
        return false;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
    return ec == std::errc() && ptr == text.data() + text.size();
}

/// A user or movie id: a whole number from 1 to kMaxId.
bool parseId(std::string_view text, std::int32_t* out);
util::Text mustBeId(std::string_view field, std::string_view got);

/// A rating in half stars: "4" and "4.0" → 8, "4.5" → 9, "0.5" → 1. False for anything else
/// (other fractions, signs, exponents, spaces).
bool parseHalfStars(std::string_view text, int* halfStars);

/// Splits `line` at `separator` into at most `maxFields` fields (the last holding the rest of
/// the line). Returns the number of fields the whole line has.
int splitFields(std::string_view line, std::string_view separator, std::string_view* fields,
                int maxFields);

/// Calls `onLine(lineNumber, text)` for every non-empty line; blank lines are counted as
/// warnings. Handles "\r\n" and a UTF-8 byte-order mark.
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
                              util::Text(RW_TEXT("blank line skipped")));
        else
            onLine(lineNumber, line);
        start = end + 1;
    }
}

/// Shared bookkeeping of a file's lines: malformed ones are warnings, but a file where most
/// lines are malformed is not a file of the expected layout at all.
struct LineTally {
    std::int64_t lines = 0;
    std::int64_t malformed = 0;
    std::int64_t firstMalformedLine = 0;
    util::Text firstMalformed;

    void fail(ValidationReport& report, std::string_view file, std::int64_t line,
              util::Text message);
    /// Returns false (and records the error) when the file is unusable: empty, mostly
    /// malformed, or without a single usable line. `format` shows a line of the layout.
    bool check(ValidationReport& report, std::string_view file, std::int64_t valid,
               std::string_view format);
};

/// A file's bytes (mapped, not copied, where the system can), or none when it could not be read.
using FileText = std::optional<util::MappedFile>;

/// Ids met so far in one file of users or of movies: a repeated id is a warning and its line
/// is skipped, in every release's layout.
class IdsSeen {
public:
    enum class Kind { User, Movie };
    explicit IdsSeen(Kind kind) : m_kind(kind) {}
    /// True the first time `id` is met; a repeat adds the warning and returns false.
    bool firstTime(std::int32_t id, std::string_view file, std::int64_t line,
                   ValidationReport& report);

private:
    Kind m_kind;
    std::vector<bool> m_seen;
};

/// A users file's gender, "F" (0) or "M" (1). Anything else is a warning that skips the user
/// (false).
bool parseGender(std::string_view text, std::int32_t userId, std::string_view file,
                 std::int64_t line, ValidationReport& report, std::uint8_t* gender);

/// Calls `onName(name)` for each '|'-separated genre name of `names` ("Comedy|Drama").
template <typename OnName>
void forEachGenreName(std::string_view names, OnName&& onName) {
    while (!names.empty()) {
        const auto bar = names.find('|');
        onName(names.substr(0, bar));
        if (bar == std::string_view::npos)
            break;
        names.remove_prefix(bar + 1);
    }
}

/// Opens `folder`/`name` whole. On failure adds an error naming the file (and what the release
/// holds, when it is missing) and returns false.
bool readFile(const std::filesystem::path& folder, std::string_view name,
              const DetectedRelease& release, ValidationReport& report, FileText* contents);

/// "Toy Story (1995)" → 1995 (trailing spaces tolerated); 0 when the title has no year.
std::int32_t yearFromTitle(std::string_view title);

/// When the file was last written, in Unix seconds, plus one day of slack for clocks and time
/// zones.
std::int64_t fileWrittenAt(const std::filesystem::path& path);

/// Whether a file of titles is UTF-8 or Latin-1 (as ml-100k and ml-1m ship), with a note when
/// it is not what the release ships (`shippedAsUtf8`) and has non-ASCII letters.
bool titlesAreUtf8(std::string_view contents, std::string_view file, bool shippedAsUtf8,
                   ValidationReport& report);

/// Genre names met while reading a release whose genre list is not fixed (ml-10m and the CSV
/// releases): each movie's genres are first recorded in order of appearance, then sort()
/// orders the list as Python's sorted() and renumbers the movies' genre bits.
class GenreCollector {
public:
    /// The bit of a genre name, adding it when new; -1 beyond kMaxGenres (with a warning) and
    /// for "(no genres listed)", which means the movie has none.
    int bitOf(std::string_view name, std::string_view file, std::int64_t line,
              ValidationReport& report);
    /// Sorts the names into data.genreNames and renumbers every movie's genreMask.
    void sort(MovieLensData& data) const;

private:
    std::vector<std::string> m_names;  // order of first appearance
};

/// Names of the columns of a ratings file, for messages ("UserID" in .dat files, "userId" in
/// ratings.csv) and the layout of one line.
struct RatingsLayout {
    std::string_view user, movie, rating, timestamp;
    std::string_view format;  ///< a line of the layout, e.g. "UserID::MovieID::Rating::Timestamp"
    std::string_view usersFile;   ///< empty when the release has none
    std::string_view moviesFile;  ///< movies.dat, u.item, movies.csv
};

/// Checks and collects the ratings of one file, line by line, into data.ratings; the same
/// rules for every release. Needs data.movies (and data.users when the release has a users
/// file) indexed first; without a users file, every user id met becomes a user.
class RatingsReader {
public:
    RatingsReader(MovieLensData& data, ValidationReport& report, std::string_view file,
                  RatingsLayout layout, std::int64_t fileWritten, std::size_t bytes,
                  const LoadProgress& progress);

    /// One line's fields.
    void add(std::int64_t line, std::string_view user, std::string_view movie,
             std::string_view rating, std::string_view time);
    /// A line that does not split into the layout's fields.
    void malformed(std::int64_t line, util::Text message);
    /// Reports loading progress (ratings are 20–100 % of a load) at `fraction` of the file.
    void progressAt(double fraction) const;
    /// Checks the file as a whole, indexes the users met (without a users file) and reports a
    /// user's repeated ratings of one movie. False when the file is unusable.
    bool finish();

private:
    MovieLensData& m_data;
    ValidationReport& m_report;
    std::string m_file;
    RatingsLayout m_layout;
    std::int64_t m_fileWritten;
    const LoadProgress& m_progress;
    LineTally m_tally;
    std::vector<std::uint32_t> m_lineOf;      // file line of each kept rating
    std::vector<std::int32_t> m_userRowById;  // users met, without a users file
};

/// The readers of the releases other than ml-1m (release_readers.cpp). Each fills `data` from
/// `data.folder` and returns false when an error made it unusable.
bool readMl100k(MovieLensData& data, ValidationReport& report, const LoadProgress& progress);
bool readCsvRelease(MovieLensData& data, ValidationReport& report, const LoadProgress& progress);

}  // namespace core::data
