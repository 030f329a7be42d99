#pragma once

#include <filesystem>
#include <string>

namespace sqlite_api {
struct sqlite3;
}

namespace knotwork::db {

// SQLCipher, the SQLite this process holds: a practice with a passphrase is encrypted whole
// (pages, journal, WAL); one without is an ordinary SQLite file.

// Whether `file` is not a plain SQLite database: an encrypted practice (or something that is no
// database at all) has no readable header. A missing or empty file is plain: it becomes a new
// practice.
bool looksEncrypted(const std::filesystem::path& file);

// Keys a freshly opened connection with the passphrase (nothing for an empty one) and keeps
// SQLCipher from writing its own messages to stderr: Knotwork says what went wrong. Must come
// before any other statement on the connection.
void applyPassphrase(sqlite_api::sqlite3* connection, const std::string& passphrase);

} // namespace knotwork::db
