#pragma once

#include <ostream>

namespace knotwork::cli {

// Parses the command line, runs the subcommand and returns the exit code. Everything a person
// must read goes to `err` as one plain sentence; data goes to `out`.
int runCli(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

} // namespace knotwork::cli
