#pragma once

#include <functional>
#include <string>
#include <vector>

#include "db/database.h"
#include "integrity/integrity_report.h"

namespace knotwork::db {

// The whole check: PRAGMA integrity_check, foreign_key_check, the schema's triggers and indexes
// against a fresh in-memory practice of the built-in migrations (missing, changed, added), and
// the chain walked link by link with database.chainKeys() (changed/removed/inserted/moved records
// and links each named with recordName, e.g. "signed session note 42: its content was changed").
// Reads only, in one read transaction (a consistent snapshot while others write); streams (never
// loads a whole table). progress(0..100) optional. On a clinic server the server looks after its
// own pages (no integrity_check), foreign keys are checked through the schema's constraints, and
// the built-in schema is made in a savepoint rolled back at once (db/schema_check.h).
integrity::IntegrityReport verifyPractice(Database& database, const std::function<void(int)>& progress = {});

// A witness (the chain head a PDF printed) must still be a link of the chain: a chain rewritten
// or cut short since is added to `report` as a finding.
void checkWitness(Database& database, const integrity::ChainHead& witness, integrity::IntegrityReport& report);

// Puts back missing or changed built-in triggers and indexes (init does it); returns their names.
// One that cannot be put back (a unique index over rows that now repeat) is left out and stays a
// finding of verifyPractice.
std::vector<std::string> restoreBuiltInSchemaObjects(Database& database, const std::string& actor);

} // namespace knotwork::db
