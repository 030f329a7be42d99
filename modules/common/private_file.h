#pragma once

#include <filesystem>
#include <string>

namespace knotwork {

// Files only their owner may read: clinical records, and the secrets kept beside them, never sit
// world-readable, whatever the umask.

// Creates an empty file only its owner can read or write (mode 0600), and its folder (0700) when
// missing. Throws StorageError, and PracticeFileError when the file already exists.
void createPrivateFile(const std::filesystem::path& file);

// Writes `bytes` to `file` for its owner alone (0600, whatever the umask), whole: under
// "<file>.partial", synced, then renamed over `file` with its folder synced, so a kill leaves the
// old file or the new one, never half of one. Throws StorageError.
void writePrivateFile(const std::filesystem::path& file, const std::string& bytes);

// Makes `folder` (and its parents) when missing; a folder it makes is its owner's alone (0700).
void makePrivateFolder(const std::filesystem::path& folder);

} // namespace knotwork
