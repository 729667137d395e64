#include "data/csv_records.h"

namespace core::data {

CsvRecords::CsvRecords(std::string_view text) : m_text(text) {
    if (m_text.substr(0, 3) == "\xEF\xBB\xBF")
        m_pos = 3;
}

double CsvRecords::fractionRead() const {
    return m_text.empty() ? 1.0 : double(m_pos) / double(m_text.size());
}

bool CsvRecords::next(std::vector<std::string_view>& fields) {
    fields.clear();
    m_unescaped.clear();
    if (!m_error.empty() || m_pos >= m_text.size())
        return false;
    m_recordLine = m_line;
    std::size_t end = m_text.find('\n', m_pos);
    if (end == std::string_view::npos)
        end = m_text.size();
    std::string_view record = m_text.substr(m_pos, end - m_pos);
    if (record.find('"') != std::string_view::npos)
        return readQuoted(fields);
    // Fast path: no quotes, so every comma separates fields.
    if (!record.empty() && record.back() == '\r')
        record.remove_suffix(1);
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = record.find(',', start);
        if (comma == std::string_view::npos) {
            fields.push_back(record.substr(start));
            break;
        }
        fields.push_back(record.substr(start, comma - start));
        start = comma + 1;
    }
    m_pos = end + 1;
    ++m_line;
    return true;
}

bool CsvRecords::readQuoted(std::vector<std::string_view>& fields) {
    // Field by field, character by character: quotes may hide commas and line breaks. Quoted
    // fields' texts go to m_unescaped; their views are taken once the record is complete (a
    // growing vector moves short strings, whose characters live inside them).
    std::vector<std::size_t> quotedIndex;
    std::size_t pos = m_pos;
    while (true) {
        if (pos < m_text.size() && m_text[pos] == '"') {
            std::string value;
            ++pos;
            while (true) {
                if (pos >= m_text.size()) {
                    m_error = "a quoted field is not closed";
                    return false;
                }
                const char c = m_text[pos];
                if (c == '"') {
                    if (pos + 1 < m_text.size() && m_text[pos + 1] == '"') {
                        value += '"';
                        pos += 2;
                        continue;
                    }
                    ++pos;
                    break;
                }
                if (c == '\n')
                    ++m_line;
                value += c;
                ++pos;
            }
            m_unescaped.push_back(std::move(value));
            quotedIndex.push_back(fields.size());
            fields.emplace_back();
            // After the closing quote: a separator, the end of the record, or an error.
            if (pos < m_text.size() && m_text[pos] == '\r' && pos + 1 < m_text.size() &&
                m_text[pos + 1] == '\n')
                ++pos;
            if (pos >= m_text.size() || m_text[pos] == '\n') {
                ++pos;
                break;
            }
            if (m_text[pos] != ',') {
                m_error = "text after a closing quote (a quote inside a field must be doubled)";
                return false;
            }
            ++pos;
            continue;
        }
        // An unquoted field: up to the next comma or line break; a quote inside it is an error.
        std::size_t end = pos;
        while (end < m_text.size() && m_text[end] != ',' && m_text[end] != '\n') {
            if (m_text[end] == '"') {
                m_error = "a quote inside an unquoted field (quote the whole field)";
                return false;
            }
            ++end;
        }
        std::string_view field = m_text.substr(pos, end - pos);
        if (end < m_text.size() && m_text[end] == '\n' && !field.empty() && field.back() == '\r')
            field.remove_suffix(1);
        fields.push_back(field);
        if (end >= m_text.size() || m_text[end] == '\n') {
            pos = end + 1;
            break;
        }
        pos = end + 1;
    }
    for (std::size_t k = 0; k < quotedIndex.size(); ++k)
        fields[quotedIndex[k]] = m_unescaped[k];
    m_pos = pos;
    ++m_line;
    return true;
}

}  // namespace core::data
