#pragma once

#include <filesystem>

#include "clients/client.h"

namespace knotwork::app {

// Where a client's record is exported for them (`knotwork-cli client export`, Client › Export
// record…): "<family>-<given>-record.pdf" and
// "<family>-<given>-record.zip" in `folder`, the names kept to one file name (no folder
// separators, no leading dot) whatever the client is called.
struct ClientExportFiles {
    std::filesystem::path pdf;
    std::filesystem::path archive;
};
ClientExportFiles clientExportFiles(const std::filesystem::path& folder, const clients::Client& client);

} // namespace knotwork::app
