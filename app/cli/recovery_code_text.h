#pragma once

#include <string>

#include "app/cli/cli_context.h"

namespace knotwork::cli {

// Shows a plain practice's record key recovery code (init, key code, key replace) and says why to
// write it down.
void printRecoveryCode(const CliContext& context, const std::string& code);

} // namespace knotwork::cli
