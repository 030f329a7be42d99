#pragma once

#include <CLI/App.hpp>

#include "app/cli/cli_context.h"

namespace knotwork::cli {

// `restore --from FILE`, added beside `backup` by addBackupCommands.
void addRestoreCommand(CLI::App& app, CliContext& context);

} // namespace knotwork::cli
