#pragma once

#include <string>
#include <soci/session.h>

namespace knotwork::db {

// Runs a script of several statements on a PostgreSQL session as the server reads it (no SOCI
// parameters, so "$$" bodies and "::" casts are left alone). Throws soci::postgresql_soci_error.
void executeServerScript(soci::session& session, const std::string& sql);

} // namespace knotwork::db
