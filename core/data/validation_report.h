#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "util/text.h"

namespace core::data {

/// One problem found in a data file. `line` is 1-based; 0 when it concerns the whole file.
struct DataIssue {
    enum class Severity { Warning, Error };
    Severity severity = Severity::Warning;
    std::string kind;  ///< short category, e.g. "rating out of range" (marked RW_TEXT)
    std::string file;  ///< file name, e.g. "ratings.dat"
    std::int64_t line = 0;
    util::Text message;  ///< plain-language description, naming the offending value

    /// "ratings.dat:12: rating must be 1–5 stars (got 7)", in English
    std::string toString() const;
    /// "ratings.dat:12", "ratings.dat" or "" (no file)
    std::string where() const;
};

/// What loading a folder found. Errors are fatal (nothing usable was loaded); warnings are
/// lines that were skipped or fixed, counted by kind, with the first few kept as examples.
class ValidationReport {
public:
    static constexpr int kExamplesPerKind = 10;

    void addError(std::string kind, std::string file, std::int64_t line, util::Text message);
    void addWarning(std::string kind, std::string file, std::int64_t line, util::Text message);
    void addNote(util::Text note) { m_notes.push_back(std::move(note)); }

    bool hasErrors() const { return m_errorCount > 0; }
    std::int64_t warningCount() const;
    /// Errors and example warnings, in the order they were found.
    const std::vector<DataIssue>& issues() const { return m_issues; }
    /// Number of warnings of each kind (all of them, not just the examples).
    const std::map<std::string, std::int64_t>& warningCounts() const { return m_warningCounts; }
    /// Facts worth telling that are not problems ("movies.dat is UTF-8, read as such").
    const std::vector<util::Text>& notes() const { return m_notes; }
    /// The first error, or nullptr.
    const DataIssue* firstErrorIssue() const;
    /// The first error in English, or an empty string.
    std::string firstError() const;
    /// Multi-line summary: errors, then "N × kind" lines, then notes.
    std::string summary() const;

private:
    std::vector<DataIssue> m_issues;
    std::map<std::string, std::int64_t> m_warningCounts;
    std::vector<util::Text> m_notes;
    std::int64_t m_errorCount = 0;
};

}  // namespace core::data
