#pragma once

#include <filesystem>

#include "clients/client.h"

namespace knotwork::cli {

// Where `client export` writes a client's record: "<family>-<given>-record.pdf" and
// "<family>-<given>-record.zip" in `folder`, the names kept to one file name (no folder
// separators, no leading dot) whatever the client is called.
struct ClientExportFiles {
    std::filesystem::path pdf;
    std::filesystem::path archive;
};
ClientExportFiles clientExportFiles(const std::filesystem::path& folder, const clients::Client& client);

} // namespace knotwork::cli
