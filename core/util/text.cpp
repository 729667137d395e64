#include "util/text.h"

#include "util/number_text.h"

namespace core::util {

Text& Text::arg(std::string value) {
    TextArg a;
    a.plain = std::move(value);
    args.push_back(std::move(a));
    return *this;
}

Text& Text::count(std::int64_t value) {
    TextArg a;
    a.kind = TextArg::Kind::Count;
    a.integer = value;
    args.push_back(std::move(a));
    return *this;
}

Text& Text::id(std::int64_t value) {
    TextArg a;
    a.kind = TextArg::Kind::Id;
    a.integer = value;
    args.push_back(std::move(a));
    return *this;
}

Text& Text::number(double value, int decimals) {
    TextArg a;
    a.kind = TextArg::Kind::Number;
    a.real = value;
    a.decimals = decimals;
    args.push_back(std::move(a));
    return *this;
}

Text& Text::phrase(Text value) {
    TextArg a;
    a.kind = TextArg::Kind::Phrase;
    a.phrase.push_back(std::move(value));
    args.push_back(std::move(a));
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

}  // namespace core::util
