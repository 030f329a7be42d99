#pragma once

#include <filesystem>
#include <string>

#include "db/database.h"

namespace knotwork::db {

// Writes the whole database open in `source` (schema, every row, user_version) into the empty
// file `destination`, encrypted with `passphrase` or plain when it is empty: SQLCipher's
// sqlcipher_export through an attached database, so no page passes through a third file. Checks
// that every schema entry, the user_version and each table's row count arrived. The destination
// is neither synced nor named: the caller finishes it (a replacement practice). StorageError when
// the copy fails or differs; the source is never changed.
void writeRekeyedCopy(Database& source, const std::string& passphrase, const std::filesystem::path& destination);

} // namespace knotwork::db
