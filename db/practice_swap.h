#pragma once

#include <filesystem>

namespace knotwork::db {

// Replacing a practice file whole (a restore, a new passphrase, an import): the replacement is
// written as partialPathFor(practice) beside it, synced, and renamed over it, so a kill at any
// moment leaves the practice as it was or as intended.

// Puts the closed, synced file `replacement` in place of the practice at `practice`, which no
// connection may hold: its WAL must be gone (SQLite removes it when the last connection closes),
// since an old WAL beside a new file would be applied to it. StorageError naming the reason when
// another program still has the practice open; nothing is changed then.
void swapInPractice(const std::filesystem::path& replacement, const std::filesystem::path& practice);

// Removes a replacement a killed process left half-written beside `practice`. Never throws.
void removeUnfinishedReplacement(const std::filesystem::path& practice) noexcept;

} // namespace knotwork::db
