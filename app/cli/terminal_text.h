#pragma once

#include <string>
#include <string_view>

namespace knotwork::cli {

// Text as the CLI may show it on a terminal: control characters (C0 but newline and, where kept,
// tab; DEL; the C1 controls) and bytes that are not UTF-8 are written as escapes — ESC as "\e",
// others as "\t", "\r", "\xHH" — so a name typed with an escape sequence cannot move the cursor,
// change colours or set the window title. Everything printed to the terminal goes through it.
std::string terminalText(std::string_view text);

} // namespace knotwork::cli
