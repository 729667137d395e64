#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

/// Marks an English message template for translation: lupdate collects the text (the UI's
/// translation file has it in the context of the enclosing namespace), the program gets the
/// text unchanged. Placeholders are {1} … {9}.
#define RW_TEXT(text) text

namespace core::util {

struct Text;

/// One argument of a Text, kept with its kind so that a UI can format it for its locale.
struct TextArg {
    enum class Kind {
        Plain,   ///< shown as is (a file name, a key, a value read from a file)
        Count,   ///< an integer quantity: group separators in a UI ("1,000,209")
        Id,      ///< an integer identifier: never grouped ("user 6040")
        Number,  ///< a real number with `decimals` digits after the point
        Phrase,  ///< another Text: translated and filled in its turn
    };
    Kind kind = Kind::Plain;
    std::string plain;         ///< Plain
    std::int64_t integer = 0;  ///< Count, Id
    double real = 0;           ///< Number
    int decimals = 0;          ///< Number
    std::vector<Text> phrase;  ///< Phrase: exactly one element
};

/// A message for people kept as an English template and its arguments, so that the CLI and
/// logs print `english()` while a UI translates the template and formats the arguments for its
/// locale. The template is the message's code: it is the key of its translations.
struct Text {
    std::string pattern;  ///< marked with RW_TEXT where it is written
    std::vector<TextArg> args;

    Text() = default;
    explicit Text(std::string pattern) : pattern(std::move(pattern)) {}

    Text& arg(std::string value);
    Text& arg(const char* value) { return arg(std::string(value)); }
    Text& count(std::int64_t value);
    Text& id(std::int64_t value);
    Text& number(double value, int decimals);
    Text& phrase(Text value);

    bool empty() const { return pattern.empty(); }
    /// The template with its arguments in English and the C locale's numbers.
    std::string english() const;
};

/// Replaces {1} … {9} in `pattern` by `filled[0]` …: the one substitution rule, shared by
/// english() and the UI's translation (so that both read a template the same way).
std::string fillPattern(const std::string& pattern, const std::vector<std::string>& filled);

/// One form of a message that is stored as English text (sweep reasons, run messages): its
/// template, the kind of each placeholder {1} … in the order they appear (as many as the
/// template has), and for numbers their digits after the point (−1: the shortest text). A
/// Phrase placeholder holds a stored text of its own.
struct MessageForm {
    const char* pattern;
    std::array<TextArg::Kind, 6> kinds;
    int decimals;
};

/// Reads a stored English message back into the Text it was written from, so that a UI can
/// translate it: the first of `forms` that reads it faithfully (english() gives the same text
/// back), Phrase parts read with `readPhrase`; "{1}" with the text as it is when none does.
Text readMessage(std::string_view english, std::span<const MessageForm> forms,
                 const std::function<Text(std::string_view)>& readPhrase);

}  // namespace core::util
