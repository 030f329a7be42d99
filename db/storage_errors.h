#pragma once

#include <string_view>

namespace knotwork::db {

// Call from inside a catch block: rethrows the exception being handled as a knotwork::Error a
// person can read. SOCI and SQLite errors become StorageError (PracticeFileError for a damaged
// file), naming what was being done; knotwork errors pass through unchanged.
[[noreturn]] void rethrowAsStorageError(std::string_view doing);

} // namespace knotwork::db
