#pragma once

#include <string>
#include <string_view>

namespace knotwork::db {

// Call from inside a catch block: rethrows the exception being handled as a knotwork::Error a
// person can read. SOCI and SQLite errors become StorageError (PracticeFileError for a damaged
// file), naming what was being done; knotwork errors pass through unchanged.
[[noreturn]] void rethrowAsStorageError(std::string_view doing);

// What libpq said when a connection to the clinic server failed, without SOCI's wrapping: "could
// not connect to server: Connection refused …", "password authentication failed for user …".
std::string serverConnectionProblem(const std::string& sociMessage);

} // namespace knotwork::db
