#pragma once

#include <string>
#include <vector>

#include "db/database.h"

namespace knotwork::db {

// A trigger or index of the practice's schema measured against the one the built-in migrations
// make.
struct SchemaDifference {
    enum class Change {
        Missing,  // built in, but not in the practice (dropped)
        Changed,  // in both, with different SQL
        Added,    // in the practice, but not built in
    };
    Change change = Change::Missing;
    std::string type;  // "trigger" or "index" (or "function", on a server)
    std::string name;
    std::string builtInSql;  // empty when Added
};

// The practice's triggers and indexes against those of a fresh in-memory practice migrated to
// the same format version with the built-in migrations. Reads only. On a clinic server the
// functions its triggers call are compared too, and the built-in ones are made in a schema of
// their own inside a savepoint rolled back at once (so the practice's user may create a schema).
std::vector<SchemaDifference> compareWithBuiltInSchema(Database& database);

// "trigger session_notes_signed_refuse_update", translated.
std::string schemaObjectName(const SchemaDifference& difference);
// "was removed", "differs from the built-in one", "is not one of Knotwork's": a whole sentence.
std::string schemaProblem(const SchemaDifference& difference);

} // namespace knotwork::db
