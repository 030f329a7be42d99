#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <soci/session.h>

#include "integrity/record_seal.h"

namespace sqlite_api {
struct sqlite3;
}

namespace knotwork::db {

// How long a connection waits for another connection's write to finish before it reports the
// practice busy.
inline constexpr int kBusyTimeoutMilliseconds = 5000;

class SqlDialect;

enum class OpenMode {
    CreateIfMissing,  // a new practice is made (mode 0600) when there is no file, an empty file or an empty database
    ExistingOnly,     // a missing file is NotFoundError
};

// Copies the database open on `source` (keyed with `passphrase`, empty for a plain one) into
// `destination` as Database::backupTo does. For a connection of its own, such as a backup made
// on another thread while the practice stays open.
void copyDatabase(sqlite_api::sqlite3* source, const std::string& passphrase,
                  const std::filesystem::path& destination);

// Runs a script of several statements on a SQLite session (a migration, a schema object).
void executeSqlScript(soci::session& session, const std::string& sql);

// One open practice file: a SOCI session with Knotwork's connection settings in force and the
// file's integrity checked. Opening never migrates; PracticeOpener does that. A practice with a
// passphrase is encrypted by SQLCipher; its backups are encrypted with the same passphrase.
class Database {
public:
    // Throws NotFoundError (no file in ExistingOnly mode), PassphraseError (an encrypted
    // practice and no passphrase, or a wrong one), PracticeFileError (damaged, not a database,
    // another program's database, an empty file or database in ExistingOnly mode, a folder) or
    // StorageError. A file that is not a practice is never changed: no byte, no journal mode, no
    // -wal or -shm left beside it. The passphrase is ignored for a
    // plain practice; a new practice made with one is encrypted.
    static std::unique_ptr<Database> open(const std::filesystem::path& file, OpenMode mode,
                                          const std::string& passphrase = {});

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    const std::filesystem::path& path() const { return m_path; }
    const SqlDialect& dialect() const { return *m_dialect; }
    bool encrypted() const { return !m_passphrase.empty(); }
    // What opens this practice and its backups; empty for a plain practice.
    const std::string& passphrase() const { return m_passphrase; }
    soci::session& session() { return m_session; }

    // The keys of the practice's record chain this computer holds (db/record_keys.h loads them
    // when the practice is opened). Until the chain has started (currentNumber 0) nothing is
    // sealed; once it has, every write seals with the current key (WriteTransaction).
    const integrity::ChainKeyring& chainKeys() const { return m_chainKeys; }
    void setChainKeys(integrity::ChainKeyring keys) { m_chainKeys = std::move(keys); }

    bool hasTable(std::string_view table);
    // The first problem `PRAGMA integrity_check` finds, or "ok". Reads the whole file.
    std::string integrityCheck();
    // Runs a script of several statements (a migration). Call inside a WriteTransaction.
    void executeScript(const std::string& sql);
    // Copies the whole database, consistently (SQLite's online backup API, WAL included), into a
    // new private file encrypted with the same passphrase, checks it with integrity_check and
    // syncs it; only then does it get its name. Throws (PracticeFileError) if it exists.
    void backupTo(const std::filesystem::path& destination);

    // Writes nest: the outermost begins the transaction, taking the write lock at once; one
    // begun inside it is a savepoint, so the writes of one user action commit or roll back as a
    // whole. Each begin is ended by exactly one commit or rollback. Used by WriteTransaction and
    // SqlUnitOfWork; StorageError when the database refuses.
    void beginWrite();
    void commitWrite();
    // Never throws: after a failed statement SQLite may have rolled back already.
    void rollbackWrite() noexcept;
    bool inWrite() const { return m_writeDepth > 0; }

private:
    Database(std::filesystem::path path, std::string passphrase);
    void applyConnectionSettings(OpenMode mode);
    void checkIntegrity();
    // PracticeFileError, before anything is written, for a database that is not a Knotwork
    // practice (tables but no schema_version), and for an empty one unless creating.
    void refuseUnlessPractice(OpenMode mode);

    std::filesystem::path m_path;
    std::string m_passphrase;
    const SqlDialect* m_dialect;
    soci::session m_session;
    int m_writeDepth = 0;
    integrity::ChainKeyring m_chainKeys;
};

} // namespace knotwork::db
