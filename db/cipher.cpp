// sqlite3_key_v2 is declared only with SQLITE_HAS_CODEC, before sqlite3.h is first included.
#define SQLITE_HAS_CODEC 1

#include "db/cipher.h"

#include <array>
#include <cstring>
#include <fstream>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "common/error.h"
#include "common/i18n.h"

namespace knotwork::db {

bool looksEncrypted(const std::filesystem::path& file)
{
    static constexpr char kPlainHeader[] = "SQLite format 3";  // 16 bytes with its terminating NUL
    std::ifstream in(file, std::ios::binary);
    std::array<char, sizeof kPlainHeader> header{};
    if (!in.read(header.data(), header.size()))
        return in.gcount() > 0;  // shorter than a header: not a plain database, unless empty
    return std::memcmp(header.data(), kPlainHeader, sizeof kPlainHeader) != 0;
}

void applyPassphrase(sqlite_api::sqlite3* connection, const std::string& passphrase)
{
    // SQLCipher 4.6 logs a wrong key's failed page checks to stderr even at cipher_log_level NONE
    // (the level it reports by default); only cipher_log_source NONE keeps it quiet.
    sqlite_api::sqlite3_exec(connection, "PRAGMA cipher_log_level = NONE", nullptr, nullptr, nullptr);
    sqlite_api::sqlite3_exec(connection, "PRAGMA cipher_log_source = NONE", nullptr, nullptr, nullptr);
    if (passphrase.empty())
        return;
    if (sqlite_api::sqlite3_key_v2(connection, "main", passphrase.data(), static_cast<int>(passphrase.size()))
        != SQLITE_OK)
        throw StorageError(formatMessage(_("Could not use the passphrase: {}."),
                                         sqlite_api::sqlite3_errmsg(connection)));
}

} // namespace knotwork::db
