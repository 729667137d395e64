#include "util/json.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

#include "util/number_text.h"

namespace core::util {

double JsonValue::number(double fallback) const {
    if (const auto* d = std::get_if<double>(&m_value)) return *d;
    return fallback;
}

std::string JsonValue::string(const std::string& fallback) const {
    if (const auto* s = std::get_if<std::string>(&m_value)) return *s;
    return fallback;
}

bool JsonValue::boolean(bool fallback) const {
    if (const auto* b = std::get_if<bool>(&m_value)) return *b;
    return fallback;
}

const JsonValue::Array& JsonValue::array() const {
    static const Array empty;
    if (const auto* a = std::get_if<std::shared_ptr<Array>>(&m_value)) return **a;
    return empty;
}

const JsonValue::Object& JsonValue::object() const {
    static const Object empty;
    if (const auto* o = std::get_if<std::shared_ptr<Object>>(&m_value)) return **o;
    return empty;
}

const JsonValue& JsonValue::operator[](const std::string& key) const {
    static const JsonValue null;
    const auto& o = object();
    const auto it = o.find(key);
    return it == o.end() ? null : it->second;
}

std::string jsonQuote(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", unsigned(c));
                out += buffer;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

void JsonValue::dumpTo(std::string& out, int indent, int depth) const {
    const auto newline = [&](int d) {
        if (indent < 0) return;
        out += '\n';
        out.append(std::size_t(indent * d), ' ');
    };
    if (isNull()) {
        out += "null";
    } else if (const auto* b = std::get_if<bool>(&m_value)) {
        out += *b ? "true" : "false";
    } else if (const auto* d = std::get_if<double>(&m_value)) {
        if (!std::isfinite(*d)) {
            out += "null";  // JSON has no NaN or infinity
        } else {
            char buffer[32];
            const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, *d);
            out.append(buffer, ec == std::errc() ? end : buffer);
        }
    } else if (const auto* s = std::get_if<std::string>(&m_value)) {
        out += jsonQuote(*s);
    } else if (isArray()) {
        const auto& a = array();
        out += '[';
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (i) out += ',';
            newline(depth + 1);
            a[i].dumpTo(out, indent, depth + 1);
        }
        if (!a.empty()) newline(depth);
        out += ']';
    } else {
        const auto& o = object();
        out += '{';
        bool first = true;
        for (const auto& [k, v] : o) {
            if (!first) out += ',';
            first = false;
            newline(depth + 1);
            out += jsonQuote(k);
            out += indent < 0 ? ":" : ": ";
            v.dumpTo(out, indent, depth + 1);
        }
        if (!o.empty()) newline(depth);
        out += '}';
    }
}

std::string JsonValue::dump(int indent) const {
    std::string out;
    dumpTo(out, indent, 0);
    return out;
}

namespace {

class Parser {
public:
    explicit Parser(std::string_view text) : m_text(text) {}

    std::optional<JsonValue> parseDocument(std::string* error) {
        auto value = parseValue();
        skipSpace();
        if (value && m_pos != m_text.size()) fail("unexpected text after the value");
        if (!m_error.empty()) {
            if (error) *error = "line " + std::to_string(line()) + ": " + m_error;
            return std::nullopt;
        }
        return value;
    }

private:
    int line() const {
        int n = 1;
        for (std::size_t i = 0; i < m_pos && i < m_text.size(); ++i) n += m_text[i] == '\n';
        return n;
    }
    std::nullopt_t fail(const std::string& message) {
        if (m_error.empty()) m_error = message;
        return std::nullopt;
    }
    void skipSpace() {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' ||
                                         m_text[m_pos] == '\r' || m_text[m_pos] == '\t'))
            ++m_pos;
    }
    bool consume(std::string_view word) {
        if (m_text.substr(m_pos, word.size()) != word) return false;
        m_pos += word.size();
        return true;
    }

    std::optional<JsonValue> parseValue() {
        if (++m_depth > 200) return fail("nested too deeply");
        skipSpace();
        if (m_pos >= m_text.size()) return fail("unexpected end of text");
        std::optional<JsonValue> result;
        const char c = m_text[m_pos];
        if (c == '{') {
            result = parseObject();
        } else if (c == '[') {
            result = parseArray();
        } else if (c == '"') {
            auto s = parseString();
            if (s) result = JsonValue(std::move(*s));
        } else if (consume("true")) {
            result = JsonValue(true);
        } else if (consume("false")) {
            result = JsonValue(false);
        } else if (consume("null")) {
            result = JsonValue(nullptr);
        } else {
            result = parseNumber();
        }
        --m_depth;
        return result;
    }

    std::optional<JsonValue> parseNumber() {
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() && std::string_view("+-0123456789.eE").find(m_text[m_pos]) != std::string_view::npos)
            ++m_pos;
        const std::string token(m_text.substr(start, m_pos - start));
        if (token.empty()) return fail("expected a value");
        double v = 0;
        if (!util::parseDouble(token, &v)) return fail("bad number \"" + token + "\"");
        return JsonValue(v);
    }

    std::optional<std::string> parseString() {
        ++m_pos;  // opening quote
        std::string out;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == '"') return out;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size()) break;
            const char e = m_text[m_pos++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                if (m_pos + 4 > m_text.size()) return fail("bad \\u escape");
                unsigned cp = 0;
                const auto hex = m_text.substr(m_pos, 4);
                if (std::from_chars(hex.data(), hex.data() + 4, cp, 16).ptr != hex.data() + 4)
                    return fail("bad \\u escape");
                m_pos += 4;
                if (cp < 0x80) {
                    out += char(cp);
                } else if (cp < 0x800) {
                    out += char(0xC0 | (cp >> 6));
                    out += char(0x80 | (cp & 0x3F));
                } else {
                    out += char(0xE0 | (cp >> 12));
                    out += char(0x80 | ((cp >> 6) & 0x3F));
                    out += char(0x80 | (cp & 0x3F));
                }
                break;
            }
            default: return fail(std::string("bad escape \\") + e);
            }
        }
        return fail("unterminated string");
    }

    std::optional<JsonValue> parseArray() {
        ++m_pos;
        JsonValue::Array items;
        skipSpace();
        if (consume("]")) return JsonValue(std::move(items));
        while (true) {
            auto v = parseValue();
            if (!v) return std::nullopt;
            items.push_back(std::move(*v));
            skipSpace();
            if (consume("]")) return JsonValue(std::move(items));
            if (!consume(",")) return fail("expected ',' or ']'");
        }
    }

    std::optional<JsonValue> parseObject() {
        ++m_pos;
        JsonValue::Object members;
        skipSpace();
        if (consume("}")) return JsonValue(std::move(members));
        while (true) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != '"') return fail("expected a \"key\"");
            auto key = parseString();
            if (!key) return std::nullopt;
            skipSpace();
            if (!consume(":")) return fail("expected ':'");
            auto v = parseValue();
            if (!v) return std::nullopt;
            members[*key] = std::move(*v);
            skipSpace();
            if (consume("}")) return JsonValue(std::move(members));
            if (!consume(",")) return fail("expected ',' or '}'");
        }
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    int m_depth = 0;
    std::string m_error;
};

}  // namespace

std::optional<JsonValue> parseJson(std::string_view text, std::string* error) {
    return Parser(text).parseDocument(error);
}

}  // namespace core::util
