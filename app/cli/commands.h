#pragma once

#include <CLI/App.hpp>

#include "cli/cli_context.h"

namespace knotwork::cli {

// Each subcommand adds itself to the app; its callback runs once the whole line is parsed and
// throws knotwork::Error for anything a person must be told.
void addInitCommand(CLI::App& app, CliContext& context);
void addInfoCommand(CLI::App& app, CliContext& context);

} // namespace knotwork::cli
