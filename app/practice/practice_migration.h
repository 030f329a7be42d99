#pragma once
// A practice moved between a file on this computer and a clinic server, either way.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "db/practice_copy.h"

namespace knotwork::app {

struct MigrationOutcome {
    std::vector<db::TableRowCount> tables;  // every table's rows, counted alike on both sides
    long long linksChecked = 0;             // record chain links checked on arrival
    // The record key's recovery code when the new practice keeps its key in a file this computer
    // did not have (an encrypted file moved to the server): to be shown now, as init shows it.
    std::optional<std::string> recoveryCode;
};

// Copies the practice open in `source` (at this Knotwork's format, its record key held here)
// into a new practice: every row with its id, the audit trail and record chain as they are, and
// one audit row naming where it came from and `actor`. Checked on arrival, before it is kept:
// every table has the source's number of rows, and the record chain checks link by link with
// every sealed record beside its seal; otherwise StorageError says what differs and nothing is
// left. The source is read in one snapshot and never changed.

// Into an empty database on a clinic server (one transaction of the server's). ConflictError when
// it holds a practice already.
MigrationOutcome migratePracticeToServer(db::Database& source, const db::ServerAddress& server,
                                         const std::string& actor);

// Into a new practice file (built beside it and moved into place whole), encrypted with
// `passphrase` unless it is empty. ConflictError when the file exists and is not empty.
MigrationOutcome migratePracticeToFile(db::Database& source, const std::filesystem::path& file,
                                       const std::string& passphrase, const std::string& actor);

} // namespace knotwork::app
