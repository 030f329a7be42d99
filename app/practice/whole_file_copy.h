#pragma once

#include <filesystem>

namespace knotwork::app {

// Copies a file byte for byte into a new private file (0600) that gets its name only once it is
// whole and synced (common/durable_file.h). PracticeFileError when `destination` exists,
// StorageError when it cannot be written; nothing is left then.
void copyFileWhole(const std::filesystem::path& source, const std::filesystem::path& destination);

} // namespace knotwork::app
