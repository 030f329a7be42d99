#pragma once

#include <cstddef>
#include <string_view>

namespace knotwork {

// One UTF-8 sequence read from text: its length in bytes (0 when the bytes at that place are not
// well-formed UTF-8: a stray continuation byte, a cut sequence, an overlong form, a surrogate or a
// code point past U+10FFFF) and the code point it encodes.
struct Utf8Sequence {
    std::size_t length = 0;
    char32_t code = 0;
};

Utf8Sequence utf8SequenceAt(std::string_view text, std::size_t at);

// C0 controls (tab and newline included), DEL and the C1 controls: the characters that can drive
// a terminal or hide in a record.
constexpr bool isControlCharacter(char32_t code)
{
    return code < 0x20 || (code >= 0x7F && code <= 0x9F);
}

} // namespace knotwork
