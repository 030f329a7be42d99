#pragma once

#include <filesystem>
#include <vector>

#include "clients/client_chart.h"

namespace knotwork::gui {

class MainFrame;

// Writes the clients' progress reports for `provider` into `folder` (a ReportBatch, on a thread of
// its own with its own connection to the frame's practice) behind a progress dialog that can
// cancel, then says how many were written and why any were not.
void writeReportBatchShowingProgress(MainFrame& frame, const clients::Provider& provider,
                                     const std::vector<clients::CareTeamClient>& clients,
                                     const std::filesystem::path& folder);

} // namespace knotwork::gui
