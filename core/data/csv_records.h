#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace core::data {

/// Reads RFC 4180 comma-separated records from text held in memory (the MovieLens 20M/25M/32M
/// and "latest" releases write ratings.csv, movies.csv, tags.csv and links.csv this way):
/// fields separated by ',', records by "\n" or "\r\n"; a field in double quotes may hold commas,
/// line breaks and doubled quotes ("" stands for one "). A record without quotes is split in
/// place (the fast path: ratings.csv has none); a quoted field is unescaped into storage owned by
/// the reader. A hand-written reader, not a library: Debian packages no C++ CSV reader that
/// reads from memory without copying every field, and the format is small enough to test whole
/// (tests/core/tst_csv_records.cpp).
class CsvRecords {
public:
    /// `text` must outlive the reader. A UTF-8 byte-order mark at its start is skipped.
    explicit CsvRecords(std::string_view text);

    /// The next record's fields, valid until the next call. Returns false at the end of the
    /// text, or on a malformed record (see error()), after which reading stops. A blank line is
    /// a record with one empty field.
    bool next(std::vector<std::string_view>& fields);

    /// 1-based line where the record last returned by next() starts (a quoted field can span
    /// lines).
    std::int64_t line() const { return m_recordLine; }
    /// Why next() stopped early ("a quoted field is not closed"), empty at a normal end.
    const std::string& error() const { return m_error; }
    /// Fraction of the text read, for progress bars.
    double fractionRead() const;

private:
    bool readQuoted(std::vector<std::string_view>& fields);

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::int64_t m_line = 1;
    std::int64_t m_recordLine = 0;
    std::string m_error;
    std::vector<std::string> m_unescaped;  // storage of this record's quoted fields
};

}  // namespace core::data
