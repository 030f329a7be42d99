#pragma once

#include <ostream>

namespace CLI {
class App;
}

namespace knotwork::cli {

struct CliContext;

// The whole command line on `app` (named "knotwork-cli"): the global options and every
// subcommand, writing what they parse into `context`. runCli and the manual page share it.
void defineCommandLine(CLI::App& app, CliContext& context);

// Parses the command line, runs the subcommand and returns the exit code. Everything a person
// must read goes to `err` as one plain sentence; data goes to `out`.
int runCli(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

} // namespace knotwork::cli
