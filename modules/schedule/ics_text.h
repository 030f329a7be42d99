#pragma once

#include <string>
#include <string_view>

namespace knotwork::schedule {

// The text rules of an iCalendar file (RFC 5545, 3.1 and 3.3.11), for ics_calendar.cpp.

// A TEXT value: backslash, semicolon and comma escaped with a backslash, each line end (CRLF, LF
// or CR) written as "\n"; other control characters but tab dropped and bytes that are not UTF-8
// replaced by U+FFFD, so a stray character in a record cannot break the file.
std::string icsText(std::string_view value);

// One content line ("SUMMARY:Z. M. – Treatment") folded so no line is longer than 75 octets:
// each continuation starts with one space, and a UTF-8 sequence is never split. The result has
// no line end after its last line; the caller adds the CRLF.
std::string foldedIcsLine(std::string_view line);

} // namespace knotwork::schedule
