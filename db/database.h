#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <soci/session.h>

namespace knotwork::db {

class SqlDialect;

enum class OpenMode {
    CreateIfMissing,  // a new practice file is made (mode 0600) when none is there
    ExistingOnly,     // a missing file is NotFoundError
};

// One open practice file: a SOCI session with Knotwork's connection settings in force and the
// file's integrity checked. Opening never migrates; PracticeOpener does that.
class Database {
public:
    // Throws NotFoundError (no file in ExistingOnly mode), PracticeFileError (damaged, not a
    // database, a folder) or StorageError. A damaged file is never changed.
    static std::unique_ptr<Database> open(const std::filesystem::path& file, OpenMode mode);

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    const std::filesystem::path& path() const { return m_path; }
    const SqlDialect& dialect() const { return *m_dialect; }
    soci::session& session() { return m_session; }

    bool hasTable(std::string_view table);
    // The first problem `PRAGMA integrity_check` finds, or "ok". Reads the whole file.
    std::string integrityCheck();
    // Runs a script of several statements (a migration). Call inside a WriteTransaction.
    void executeScript(const std::string& sql);
    // Copies the whole database, consistently, into a new private file. Throws if it exists.
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
    explicit Database(std::filesystem::path path);
    void applyConnectionSettings();
    void checkIntegrity();

    std::filesystem::path m_path;
    const SqlDialect* m_dialect;
    soci::session m_session;
    int m_writeDepth = 0;
};

} // namespace knotwork::db
