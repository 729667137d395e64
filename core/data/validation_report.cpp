#include "data/validation_report.h"

namespace core::data {

std::string DataIssue::toString() const {
    std::string where = file;
    if (line > 0)
        where += ":" + std::to_string(line);
    return where.empty() ? message : where + ": " + message;
}

void ValidationReport::addError(std::string kind, std::string file, std::int64_t line,
                                std::string message) {
    ++m_errorCount;
    m_issues.push_back(
        {DataIssue::Severity::Error, std::move(kind), std::move(file), line, std::move(message)});
}

void ValidationReport::addWarning(std::string kind, std::string file, std::int64_t line,
                                  std::string message) {
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

std::string ValidationReport::firstError() const {
    for (const auto& issue : m_issues)
        if (issue.severity == DataIssue::Severity::Error)
            return issue.toString();
    return {};
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
        text += "note: " + note + "\n";
    return text;
}

}  // namespace core::data
