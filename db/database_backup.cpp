// Backups: SQLite's online backup API copies a consistent snapshot, WAL included, even while the
// practice is open and being written. The copy is keyed with the source's passphrase before a
// page is written (SQLCipher refuses a copy between an encrypted and a plain database, so an
// encrypted practice never leaves a plaintext copy), checked, synced and then named.
#include "db/database.h"

#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "common/error.h"
#include "common/i18n.h"
#include "db/cipher.h"
#include "common/durable_file.h"
#include "common/private_file.h"

namespace knotwork::db {

namespace {

// Owns the destination connection so every path out closes it.
struct Connection {
    sqlite_api::sqlite3* handle = nullptr;
    ~Connection() { sqlite_api::sqlite3_close(handle); }
};

// The single-row answer of a PRAGMA, or the error message.
std::string pragmaText(sqlite_api::sqlite3* connection, const char* sql)
{
    sqlite_api::sqlite3_stmt* statement = nullptr;
    std::string text;
    if (sqlite_api::sqlite3_prepare_v2(connection, sql, -1, &statement, nullptr) == SQLITE_OK
        && sqlite_api::sqlite3_step(statement) == SQLITE_ROW) {
        const unsigned char* value = sqlite_api::sqlite3_column_text(statement, 0);
        text = value ? reinterpret_cast<const char*>(value) : "";
    } else {
        text = sqlite_api::sqlite3_errmsg(connection);
    }
    sqlite_api::sqlite3_finalize(statement);
    return text;
}

} // namespace

void copyDatabase(sqlite_api::sqlite3* source, const std::string& passphrase, const std::filesystem::path& destination)
{
    std::error_code ignored;
    if (std::filesystem::exists(destination, ignored))
        throw PracticeFileError(formatMessage(_("{} already exists; Knotwork will not overwrite it."),
                                              destination.string()));
    const std::filesystem::path partial = partialPathFor(destination);
    std::filesystem::remove(partial, ignored);  // what a killed copy to this name left
    createPrivateFile(partial);
    auto fail = [&](const std::string& detail) {
        std::filesystem::remove(partial, ignored);
        throw StorageError(formatMessage(_("Could not write the backup {}: {}."), destination.string(), detail));
    };

    {
        Connection target;
        if (sqlite_api::sqlite3_open_v2(partial.c_str(), &target.handle, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            fail(sqlite_api::sqlite3_errmsg(target.handle));
        try {
            applyPassphrase(target.handle, passphrase);
        } catch (const Error& error) {
            fail(error.what());
        }
        sqlite_api::sqlite3_backup* backup = sqlite_api::sqlite3_backup_init(target.handle, "main", source, "main");
        if (!backup)
            fail(sqlite_api::sqlite3_errmsg(target.handle));
        const int stepped = sqlite_api::sqlite3_backup_step(backup, -1);
        const int finished = sqlite_api::sqlite3_backup_finish(backup);
        if (stepped != SQLITE_DONE || finished != SQLITE_OK)
            fail(sqlite_api::sqlite3_errstr(stepped != SQLITE_DONE ? stepped : finished));
        // A copy stands alone: no WAL beside it, so it can be opened read-only or copied as one file.
        const std::string journal = pragmaText(target.handle, "PRAGMA journal_mode = DELETE");
        if (journal != "delete")
            fail(journal);
        const std::string verdict = pragmaText(target.handle, "PRAGMA integrity_check(1)");
        if (verdict != "ok")
            fail(verdict);
    }
    try {
        syncFile(partial);
        moveIntoPlace(partial, destination);
    } catch (const Error& error) {
        fail(error.what());
    }
}

void Database::requireBackupsHere() const
{
    if (onServer())
        throw StorageError(formatMessage(_("{} is on a clinic server, which keeps its own backups: see "
                                           "\"Backups\" in docs/CLINIC-SERVER.md."),
                                         where()));
}

void Database::backupTo(const std::filesystem::path& destination)
{
    requireBackupsHere();
    copyDatabase(static_cast<soci::sqlite3_session_backend*>(m_session.get_backend())->conn_, m_passphrase,
                 destination);
}

} // namespace knotwork::db
