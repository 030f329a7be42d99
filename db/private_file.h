#pragma once

#include <filesystem>

namespace knotwork::db {

// Creates an empty file only its owner can read or write (mode 0600), and its folder (0700) when
// missing. Clinical records never sit world-readable, whatever the umask. Throws StorageError,
// and PracticeFileError when the file already exists.
void createPrivateFile(const std::filesystem::path& file);

} // namespace knotwork::db
