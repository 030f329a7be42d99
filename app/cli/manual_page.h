#pragma once

#include <iosfwd>
#include <string>
#include <string_view>

namespace CLI {
class App;
}

namespace knotwork::cli {

// Text as man(7) roff shows it literally: backslashes escaped, hyphens as minus signs when
// `literalHyphens` (command and option names), characters beyond ASCII as \[uXXXX] glyphs, and a
// leading dot or quote kept from being read as a request.
std::string roffText(std::string_view text, bool literalHyphens = false);

// The app's own options (help left out), one .TP entry each, as in OPTIONS.
void writeOptionReference(const CLI::App& app, std::ostream& out);

// Every subcommand, depth first: a .SS heading per top-level command, then for each command that
// runs something its synopsis, description and options, as `--help` describes them.
void writeCommandReference(const CLI::App& app, std::ostream& out);

// Copies `page` to `out`, replacing the marker lines `.\" {{options}}` and `.\" {{commands}}` with the
// two references above.
void fillManualPage(std::istream& page, const CLI::App& app, std::ostream& out);

} // namespace knotwork::cli
