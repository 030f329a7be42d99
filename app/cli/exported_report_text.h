#pragma once

#include "app/cli/cli_context.h"
#include "reports/report_exporter.h"

namespace knotwork::cli {

// A document written with its disclosure-log entry: the file, its pages, size and SHA-256, and
// the log entry's number (with --json the same as an object).
void printExported(const CliContext& context, const reports::ExportedReport& exported);

} // namespace knotwork::cli
