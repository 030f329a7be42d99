#pragma once
// The appointment book's settings from the command line, through BookSettingsService:
// `schedule services add|edit|retire` (schedule_services_command.cpp) and `schedule hours`,
// `schedule cap`, `schedule time-off` and `schedule policy` (schedule_settings_command.cpp).

#include "app/cli/cli_context.h"

namespace CLI {
class App;
}

namespace knotwork::cli {

// add|edit|retire under `schedule services`, which lists the services when given none of them.
void addServiceCommands(CLI::App& services, CliContext& context);
// hours, cap, time-off and policy under `schedule`.
void addBookSettingsCommands(CLI::App& schedule, CliContext& context);

} // namespace knotwork::cli
