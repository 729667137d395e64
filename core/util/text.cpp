#include "util/text.h"

#include "util/number_text.h"

#include <charconv>
#include <optional>

namespace core::util {

Text& Text::arg(std::string value) {
    args.push_back({.plain = std::move(value)});
    return *this;
}

Text& Text::count(std::int64_t value) {
    args.push_back({.kind = TextArg::Kind::Count, .integer = value});
    return *this;
}

Text& Text::id(std::int64_t value) {
    args.push_back({.kind = TextArg::Kind::Id, .integer = value});
    return *this;
}

Text& Text::number(double value, int decimals) {
    args.push_back({.kind = TextArg::Kind::Number, .real = value, .decimals = decimals});
    return *this;
}

Text& Text::phrase(Text value) {
    args.push_back({.kind = TextArg::Kind::Phrase, .phrase = {std::move(value)}});
    return *this;
}

std::string Text::english() const {
    std::vector<std::string> filled;
    filled.reserve(args.size());
    for (const auto& a : args) {
        switch (a.kind) {
            case TextArg::Kind::Plain:
                filled.push_back(a.plain);
                break;
            case TextArg::Kind::Count:
            case TextArg::Kind::Id:
                filled.push_back(std::to_string(a.integer));
                break;
            case TextArg::Kind::Number:
                filled.push_back(a.decimals < 0 ? formatNumber(a.real)
                                                : formatFixed(a.real, a.decimals));
                break;
            case TextArg::Kind::Phrase:
                filled.push_back(a.phrase.empty() ? std::string() : a.phrase.front().english());
                break;
        }
    }
    return fillPattern(pattern, filled);
}

std::string fillPattern(const std::string& pattern, const std::vector<std::string>& filled) {
    std::string out;
    out.reserve(pattern.size() + 16);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' && pattern[i + 1] >= '1' &&
            pattern[i + 1] <= '9') {
            const auto index = std::size_t(pattern[i + 1] - '1');
            if (index < filled.size()) {
                out += filled[index];
                i += 2;
                continue;
            }
        }
        out += c;
    }
    return out;
}

namespace {

using Kind = TextArg::Kind;

bool readInteger(std::string_view text, std::int64_t* out) {
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
    return ec == std::errc() && end == text.data() + text.size();
}

// `text` read as `pattern`: the text of each placeholder in the order they appear, or nullopt.
// A placeholder takes everything up to the first occurrence of the literal text after it (the
// last one, everything up to the pattern's end).
std::optional<std::vector<std::string>> matchPattern(std::string_view pattern,
                                                     std::string_view text) {
    std::vector<std::string_view> literals;
    std::size_t start = 0;
    for (std::size_t i = 0; i + 2 < pattern.size(); ++i)
        if (pattern[i] == '{' && pattern[i + 1] >= '1' && pattern[i + 1] <= '9' &&
            pattern[i + 2] == '}') {
            literals.push_back(pattern.substr(start, i - start));
            start = i + 3;
            i += 2;
        }
    literals.push_back(pattern.substr(start));
    if (!text.starts_with(literals.front()))
        return std::nullopt;
    std::vector<std::string> captured;
    std::size_t at = literals.front().size();
    for (std::size_t k = 1; k < literals.size(); ++k) {
        const std::string_view next = literals[k];
        std::size_t end;
        if (k + 1 == literals.size()) {
            if (!text.ends_with(next) || text.size() < at + next.size())
                return std::nullopt;
            end = text.size() - next.size();
        } else {
            end = text.find(next, at);
            if (end == std::string_view::npos)
                return std::nullopt;
        }
        if (end <= at)
            return std::nullopt;  // every placeholder stands for something
        captured.emplace_back(text.substr(at, end - at));
        at = end + next.size();
    }
    if (literals.size() == 1 && text.size() != literals.front().size())
        return std::nullopt;
    return captured;
}

std::optional<Text> readAs(const MessageForm& f, std::string_view english,
                           const std::function<Text(std::string_view)>& readPhrase) {
    const auto parts = matchPattern(f.pattern, english);
    if (!parts || parts->size() > f.kinds.size())
        return std::nullopt;
    Text message(f.pattern);
    for (std::size_t i = 0; i < parts->size(); ++i) {
        const std::string& part = (*parts)[i];
        std::int64_t integer = 0;
        double real = 0;
        switch (f.kinds[i]) {
            case Kind::Plain:
                message.arg(part);
                break;
            case Kind::Count:
                if (!readInteger(part, &integer))
                    return std::nullopt;
                message.count(integer);
                break;
            case Kind::Id:
                if (!readInteger(part, &integer))
                    return std::nullopt;
                message.id(integer);
                break;
            case Kind::Number:
                if (!parseDouble(part, &real))
                    return std::nullopt;
                message.number(real, f.decimals);
                break;
            case Kind::Phrase:
                message.phrase(readPhrase(part));
                break;
        }
    }
    // Only a faithful reading: the message must give back the stored text.
    if (message.english() != english)
        return std::nullopt;
    return message;
}

}  // namespace

Text readMessage(std::string_view english, std::span<const MessageForm> forms,
                 const std::function<Text(std::string_view)>& readPhrase) {
    for (const auto& f : forms)
        if (auto message = readAs(f, english, readPhrase))
            return std::move(*message);
    // Shown as it is: "{1}" with the text as its argument (a template of its own would be
    // looked up for a translation, and could hold braces).
    return Text("{1}").arg(std::string(english));
}

}  // namespace core::util
