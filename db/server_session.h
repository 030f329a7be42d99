#pragma once

#include <string>
#include <soci/session.h>

namespace knotwork::db {

// Runs a script of several statements on a PostgreSQL session as the server reads it (no SOCI
// parameters, so "$$" bodies and "::" casts are left alone). Throws soci::postgresql_soci_error.
void executeServerScript(soci::session& session, const std::string& sql);

// `password` as the server keeps it for `login`: a SCRAM-SHA-256 verifier libpq makes here, so
// that ALTER ROLE … PASSWORD sends the server (and whatever it logs) no password. Throws
// StorageError when libpq cannot make one.
std::string serverPasswordVerifier(soci::session& session, const std::string& login, const std::string& password);
// The PostgreSQL session's connection is encrypted with TLS (libpq's PQsslInUse).
bool serverConnectionEncrypted(soci::session& session);

} // namespace knotwork::db
