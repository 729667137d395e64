#include "data/validation_report.h"

namespace core::data {

std::string DataIssue::where() const {
    return line > 0 ? file + ":" + std::to_string(line) : file;
}

std::string DataIssue::toString() const {
    const std::string at = where();
    return at.empty() ? message.english() : at + ": " + message.english();
}

void ValidationReport::addError(std::string kind, std::string file, std::int64_t line,
                                util::Text message) {
    ++m_errorCount;
    m_issues.push_back(
        {DataIssue::Severity::Error, std::move(kind), std::move(file), line, std::move(message)});
}

void ValidationReport::addWarning(std::string kind, std::string file, std::int64_t line,
                                  util::Text message) {
    auto& count = m_warningCounts[kind];
    if (++count <= kExamplesPerKind)
        m_issues.push_back({DataIssue::Severity::Warning, std::move(kind), std::move(file), line,
                            std::move(message)});
}

std::int64_t ValidationReport::warningCount() const {
    std::int64_t total = 0;
    for (const auto& [kind, count] : m_warningCounts)
        total += count;
    return total;
}

const DataIssue* ValidationReport::firstErrorIssue() const {
    for (const auto& issue : m_issues)
        if (issue.severity == DataIssue::Severity::Error)
            return &issue;
    return nullptr;
}

std::string ValidationReport::firstError() const {
    const DataIssue* issue = firstErrorIssue();
    return issue ? issue->toString() : std::string();
}

std::string ValidationReport::summary() const {
    std::string text;
    for (const auto& issue : m_issues)
        if (issue.severity == DataIssue::Severity::Error)
            text += "error: " + issue.toString() + "\n";
    for (const auto& [kind, count] : m_warningCounts) {
        text += "warning: " + std::to_string(count) + " × " + kind;
        for (const auto& issue : m_issues)
            if (issue.kind == kind && issue.severity == DataIssue::Severity::Warning) {
                text += " (first: " + issue.toString() + ")";
                break;
            }
        text += "\n";
    }
    for (const auto& note : m_notes)
        text += "note: " + note.english() + "\n";
    return text;
}

}  // namespace core::data
