#pragma once

#include <span>
#include <string_view>

namespace knotwork::db {

// What each role of a practice on a clinic server may do with each table: the one place the
// decision is written down (issue 26). grantPracticeAccess (db/practice_roles.h) grants exactly
// this, and a test checks that every table of the schema is named here, so a new table is never
// silently open to a role, nor out of reach of the app.
//
// Privileges are PostgreSQL's letters as written in a GRANT: "SELECT, INSERT, UPDATE, DELETE".
// An empty text grants nothing. `frontDeskColumns` limits the front desk's SELECT and UPDATE to
// those columns (INSERT stays whole-row: writing reads nothing back; never DELETE with columns);
// empty: the whole row.
struct TableAccess {
    std::string_view table;
    std::string_view therapist;
    std::string_view frontDesk;
    std::string_view frontDeskColumns;
    std::string_view why;  // the reason, for whoever reviews the map
};

std::span<const TableAccess> serverTableAccess();

// The map's entry for `table`; nullptr when it has none.
const TableAccess* accessOf(std::string_view table);

} // namespace knotwork::db
