#pragma once

#include <filesystem>

namespace knotwork {

// Files that are either whole or absent after a kill at any moment: written under a temporary
// name beside their final one, synced, then renamed into place with the folder synced too.

// "<file>.partial": where a file is written before it gets its name.
std::filesystem::path partialPathFor(const std::filesystem::path& file);
// Flushes a file's bytes to the disk. Throws StorageError.
void syncFile(const std::filesystem::path& file);
// Gives a synced partial file its final name (replacing none: PracticeFileError when `file`
// exists, unless `replace`) and syncs the folder, so the name survives a power cut.
void moveIntoPlace(const std::filesystem::path& partial, const std::filesystem::path& file, bool replace = false);

} // namespace knotwork
