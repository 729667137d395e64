#pragma once

#include <string>
#include <string_view>

namespace core::data {

/// ISO-8859-1 (Latin-1) bytes to UTF-8: every byte is one code point U+0000 … U+00FF.
std::string latin1ToUtf8(std::string_view latin1);

/// UTF-8 text to Latin-1; code points above U+00FF become '?'. Used to write ml-1m files.
std::string utf8ToLatin1(std::string_view utf8);

/// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates, ≤ U+10FFFF).
bool isValidUtf8(std::string_view bytes);

/// True when any byte is ≥ 0x80.
bool hasNonAscii(std::string_view bytes);

}  // namespace core::data
