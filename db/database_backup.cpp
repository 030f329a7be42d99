// Database::backupTo: SQLite's online backup API copies a consistent snapshot, WAL included,
// even while the practice is open.
#include "db/database.h"

#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "common/error.h"
#include "common/i18n.h"
#include "db/private_file.h"

namespace knotwork::db {

namespace {

// Owns the destination connection so every path out closes it.
struct Connection {
    sqlite_api::sqlite3* handle = nullptr;
    ~Connection() { sqlite_api::sqlite3_close(handle); }
};

} // namespace

void Database::backupTo(const std::filesystem::path& destination)
{
    createPrivateFile(destination);
    auto fail = [&](const std::string& detail) {
        std::error_code ignored;
        std::filesystem::remove(destination, ignored);
        throw StorageError(formatMessage(_("Could not write the backup {}: {}."),
                                         destination.string(), detail));
    };

    Connection target;
    if (sqlite_api::sqlite3_open_v2(destination.c_str(), &target.handle, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK)
        fail(sqlite_api::sqlite3_errmsg(target.handle));

    auto* source = static_cast<soci::sqlite3_session_backend*>(m_session.get_backend())->conn_;
    sqlite_api::sqlite3_backup* backup = sqlite_api::sqlite3_backup_init(target.handle, "main", source, "main");
    if (!backup)
        fail(sqlite_api::sqlite3_errmsg(target.handle));
    const int stepped = sqlite_api::sqlite3_backup_step(backup, -1);
    const int finished = sqlite_api::sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE || finished != SQLITE_OK)
        fail(sqlite_api::sqlite3_errstr(stepped != SQLITE_DONE ? stepped : finished));
}

} // namespace knotwork::db
