#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <soci/session.h>

#include "db/server_address.h"
#include "integrity/record_seal.h"

namespace sqlite_api {
struct sqlite3;
}

namespace knotwork::db {

// How long a connection waits for another connection's write to finish before it reports the
// practice busy.
inline constexpr int kBusyTimeoutMilliseconds = 5000;

class BackgroundFileCheck;
class SqlDialect;
class StatementCache;

enum class OpenMode {
    CreateIfMissing,  // a new practice is made (mode 0600) when there is no file, an empty file or an empty database
    ExistingOnly,     // a missing file is NotFoundError
};

// When an opened practice's whole file is checked (PRAGMA quick_check, which reads every page:
// about 1.7 ms per MB). Whichever is chosen, nothing is written to the practice before its file
// has passed: the first write waits for the verdict, and a damaged file refuses it.
enum class FileCheck {
    AtOpen,            // before open returns, which refuses a damaged file
    InBackground,      // on a thread and connection of its own from the open on: the app, whose window comes up meanwhile
    BeforeFirstWrite,  // when something is first about to be written: the CLI, whose read commands never pay for it
};

// Copies the database open on `source` (keyed with `passphrase`, empty for a plain one) into
// `destination` as Database::backupTo does. For a connection of its own, such as a backup made
// on another thread while the practice stays open.
void copyDatabase(sqlite_api::sqlite3* source, const std::string& passphrase,
                  const std::filesystem::path& destination);

// Runs a script of several statements (a migration, a schema object) on a session of either
// dialect, as it is: no parameters are read in it.
void executeSqlScript(soci::session& session, const std::string& sql);

// One open practice: a SOCI session with Knotwork's connection settings in force. Either a file
// (SQLite), checked as FileCheck says before anything is written to it, or a database on a
// clinic server (PostgreSQL), which the server keeps. Opening never migrates; PracticeOpener does
// that. A practice file with a passphrase is encrypted by SQLCipher; its backups are encrypted
// with the same passphrase.
class Database {
public:
    // Throws NotFoundError (no file in ExistingOnly mode), PassphraseError (an encrypted
    // practice and no passphrase, or a wrong one), PracticeFileError (damaged, not a database,
    // another program's database, an empty file or database in ExistingOnly mode, a folder) or
    // StorageError. A file that is not a practice is never changed: no byte, no journal mode, no
    // -wal or -shm left beside it. The passphrase is ignored for a
    // plain practice; a new practice made with one is encrypted. Only with FileCheck::AtOpen is a
    // file damaged beyond its schema refused here; otherwise its first write is (beginWrite).
    static std::unique_ptr<Database> open(const std::filesystem::path& file, OpenMode mode,
                                          const std::string& passphrase = {}, FileCheck check = FileCheck::AtOpen);

    // The practice in the database `address` names on a clinic server. Throws StorageError when
    // the server cannot be reached or refuses the login, and PracticeFileError for a database
    // that is not a Knotwork practice, or an empty one in ExistingOnly mode: both left unchanged.
    static std::unique_ptr<Database> connect(const ServerAddress& address, OpenMode mode);

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    // The practice file; empty for a practice on a server.
    const std::filesystem::path& path() const { return m_path; }
    bool onServer() const { return m_server.has_value(); }
    // The clinic server's address (with its password, if it was given one); null for a file.
    const ServerAddress* server() const { return m_server ? &*m_server : nullptr; }
    // The practice as messages name it: its file, or its server address without the password.
    std::string where() const { return m_server ? m_server->display() : m_path.string(); }
    const SqlDialect& dialect() const { return *m_dialect; }
    bool encrypted() const { return !m_passphrase.empty(); }
    // What opens this practice and its backups; empty for a plain practice.
    const std::string& passphrase() const { return m_passphrase; }
    soci::session& session() { return m_session; }
    // On a server: the connection is gone (the server restarted, the network dropped), as the
    // last statement found. Always false for a file.
    bool connectionLost();
    // Connects to the server again when the connection is gone and no write is under way (a lost
    // write is rolled back by the server, and its WriteTransaction ends it here); kept statements
    // of the old connection are dropped. Every write and kept read does this first, so the
    // practice reconnects by itself once the server is back. StorageError while it is not.
    void reconnectIfLost();
    // The connection's kept read statements (forEachRow and readAll given the database use them).
    StatementCache& statements();

    // The keys of the practice's record chain this computer holds (db/record_keys.h loads them
    // when the practice is opened). Until the chain has started (currentNumber 0) nothing is
    // sealed; once it has, every write seals with the current key (WriteTransaction).
    const integrity::ChainKeyring& chainKeys() const { return m_chainKeys; }
    void setChainKeys(integrity::ChainKeyring keys) { m_chainKeys = std::move(keys); }
    // The chain's newest link as this connection's write left it, once WriteTransaction has read
    // it: while the write lock is held only its seals append links, so a bulk import reads the
    // head once, not once a record. Forgotten when a write rolls back or the transaction ends.
    std::optional<integrity::ChainHead>& knownChainHead() { return m_chainHead; }

    // The whole-file check's verdict: "ok", or the first problem PRAGMA quick_check found; nullopt
    // while it runs in the background, before it has run, or when it could not tell. Always "ok"
    // on a server, which checks its own pages.
    std::optional<std::string> fileVerdict();
    bool checkingFile() const;
    // Waits for the check (or runs it now) and throws PracticeFileError unless the file passed.
    // Every write begins with it.
    void requireIntactFile();

    bool hasTable(std::string_view table);
    // The first problem `PRAGMA integrity_check` finds, or "ok". Reads the whole file. "ok" on a
    // server.
    std::string integrityCheck();
    // Runs a script of several statements (a migration). Call inside a WriteTransaction.
    void executeScript(const std::string& sql);
    // Copies the whole database, consistently (SQLite's online backup API, WAL included), into a
    // new private file encrypted with the same passphrase, checks it with integrity_check and
    // syncs it; only then does it get its name. Throws (PracticeFileError) if it exists, and
    // StorageError for a practice on a server, which is backed up there (docs/CLINIC-SERVER.md).
    void backupTo(const std::filesystem::path& destination);
    // StorageError for a practice on a server, whose backups are the server's: said before a
    // backup of it is begun.
    void requireBackupsHere() const;

    // Writes nest: the outermost begins the transaction, taking the write lock at once; one
    // begun inside it is a savepoint, so the writes of one user action commit or roll back as a
    // whole. Each begin is ended by exactly one commit or rollback. Used by WriteTransaction and
    // SqlUnitOfWork; PracticeFileError when the file is damaged (requireIntactFile), StorageError
    // when the database refuses.
    void beginWrite();
    void commitWrite();
    // Never throws: after a failed statement SQLite may have rolled back already.
    void rollbackWrite() noexcept;
    bool inWrite() const { return m_writeDepth > 0; }

private:
    Database(std::filesystem::path path, std::string passphrase);
    explicit Database(ServerAddress server);
    void applyConnectionSettings(OpenMode mode, FileCheck check, bool isNew);
    // What every connection to a server is given when it is made.
    void applyServerSettings();
    // On a server, the practice's write lock, taken right after BEGIN; a failure ends the
    // transaction it began.
    void takeWriteLock();
    // PracticeFileError, before anything is written, for a database that is not a Knotwork
    // practice (tables but no schema_version), and for an empty one unless creating.
    void refuseUnlessPractice(OpenMode mode);

    std::filesystem::path m_path;
    std::optional<ServerAddress> m_server;
    std::string m_passphrase;
    const SqlDialect* m_dialect;
    soci::session m_session;
    std::unique_ptr<StatementCache> m_statements;  // finalized before the session closes
    int m_writeDepth = 0;
    integrity::ChainKeyring m_chainKeys;
    std::optional<integrity::ChainHead> m_chainHead;
    bool m_isPractice = false;  // not another program's database: a log left beside it may be checkpointed
    std::optional<std::string> m_fileVerdict;
    std::unique_ptr<BackgroundFileCheck> m_backgroundCheck;  // stopped before the session closes
};

} // namespace knotwork::db
