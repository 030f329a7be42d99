#include "app/cli/terminal_text.h"

#include <fmt/format.h>

#include "common/utf8_text.h"

namespace knotwork::cli {

namespace {

std::string escaped(char32_t code)
{
    switch (code) {
    case 0x1B: return "\\e";
    case '\t': return "\\t";
    case '\r': return "\\r";
    default: return fmt::format("\\x{:02x}", static_cast<unsigned>(code));
    }
}

} // namespace

std::string terminalText(std::string_view text)
{
    std::string shown;
    shown.reserve(text.size());
    std::size_t at = 0;
    while (at < text.size()) {
        const Utf8Sequence sequence = utf8SequenceAt(text, at);
        if (sequence.length == 0) {
            shown += escaped(static_cast<unsigned char>(text[at]));  // a byte that is not UTF-8
            ++at;
        } else if (isControlCharacter(sequence.code) && sequence.code != '\n') {
            shown += escaped(sequence.code);  // a C1 control shows as its code point, "\x9b"
            at += sequence.length;
        } else {
            shown.append(text.substr(at, sequence.length));
            at += sequence.length;
        }
    }
    return shown;
}

} // namespace knotwork::cli
