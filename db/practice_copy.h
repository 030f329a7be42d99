#pragma once

#include <string>
#include <vector>

#include "db/database.h"

namespace knotwork::db {

struct TableRowCount {
    std::string table;
    long long rows = 0;
};

// Builds in `target`, an empty database inside its write, this Knotwork's schema and every row
// of `source`, ids and all: a practice moved between a file and a clinic server. The schema is
// the built-in migrations' own scripts, run without their bookkeeping rows, since the source's
// schema_version and audit rows are the practice's history; the append-only triggers stand
// throughout. `source` must be at this Knotwork's format (openPractice brings it there) and is
// read in one snapshot. Returns each table's row count in the source, counted in that snapshot.
// Throws StorageError naming the table the target refused a row of.
std::vector<TableRowCount> copyPracticeInto(Database& source, Database& target);

// Each table's row count in `database`, for the tables `expected` names.
std::vector<TableRowCount> rowCounts(Database& database, const std::vector<TableRowCount>& expected);

} // namespace knotwork::db
