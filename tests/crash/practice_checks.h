#pragma once
// Checks of a practice file and the folders around it after a kill, read behind Knotwork's back.

#include <filesystem>

#include "findings.h"

namespace knotwork::crash {

// PRAGMA integrity_check and foreign_key_check.
Findings damage(const std::filesystem::path& practice);

// Records only half there: once the record chain has started, an audit row, signed note, addendum
// or disclosure without its seal; a signed note without the audit row of its signing, an addendum
// or disclosure without the audit row of its creation.
Findings halfWrittenRecords(const std::filesystem::path& practice);

// Files in `folder` (not below it) that a finished write never leaves: *.partial, SQLite's
// -journal, -wal and -shm once no one has the practice open, temporary files.
Findings strayFiles(const std::filesystem::path& folder);

// Whether `file` is a zip archive written to its end (its end-of-central-directory record last).
bool isWholeZip(const std::filesystem::path& file);

} // namespace knotwork::crash
