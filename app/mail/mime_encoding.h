#pragma once

#include <string>
#include <string_view>

namespace knotwork::mail {

// The encodings that carry UTF-8 text through mail, which is 7-bit ASCII in lines of at most 998
// octets (RFC 5322, MIME RFC 2045–2047).

// A header's text: as it is when it is printable ASCII, else RFC 2047 encoded-words
// ("=?UTF-8?B?...?="), each at most 75 characters and never splitting a character, joined by a
// folded line break (CRLF and a space). `used` is how many characters the line already holds
// before the text ("Subject: "), so the first word fits the line too.
std::string headerText(std::string_view utf8, std::size_t used);

// "Name <address>", the name quoted or encoded as a header needs; the bare address without a name.
std::string mailbox(std::string_view name, std::string_view address, std::size_t used);

// Quoted-printable (RFC 2045 §6.7) of UTF-8 text: its line breaks (LF or CRLF) become CRLF, lines
// are broken softly ("=" CRLF) before 76 characters, and every byte that is not printable ASCII,
// "=" itself, and a space or tab before a line break are written as "=XX".
std::string quotedPrintable(std::string_view utf8);

// Base64 (RFC 2045 §6.8) of any bytes in lines of 76 characters, each ending in CRLF: the body of
// an attached file.
std::string base64Lines(std::string_view bytes);

} // namespace knotwork::mail
