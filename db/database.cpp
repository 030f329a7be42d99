#include "db/database.h"

#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "common/error.h"
#include "common/percent_encoding.h"
#include "common/i18n.h"
#include "db/cipher.h"
#include "common/private_file.h"
#include "db/background_file_check.h"
#include "db/server_session.h"
#include "db/sql_dialect.h"
#include "db/statement_cache.h"
#include "db/storage_errors.h"

namespace knotwork::db {

namespace fs = std::filesystem;

namespace {

// SOCI's connect string has no reliable quoting (a quote in a folder name cuts the path short),
// so the file goes to SQLite as a URI in which every byte but the unreserved ones is
// percent-encoded: no space, quote or '?' is left for either parser to misread.
std::string connectString(const fs::path& file)
{
    return "db=file:" + percentEncoded(fs::absolute(file).string(), "/");
}

// The passphrase that opens `file`: none for a plain practice, whatever was given.
std::string passphraseFor(const fs::path& file, const std::string& given)
{
    if (!looksEncrypted(file))
        return {};
    if (given.empty())
        throw PassphraseError(PassphraseError::Reason::Needed,
                              formatMessage(_("The practice {} cannot be read as it is: either it is encrypted "
                                              "and needs its passphrase, or it is damaged or not a database. "
                                              "Knotwork has not changed it; if it has no passphrase, restore "
                                              "your latest backup."), file.string()));
    return given;
}

// Another program's database in WAL mode may have committed pages still in its -wal file.
// Closing the last connection would copy them into the database (a checkpoint), changing a file
// Knotwork may be about to refuse; so until the file is known to be a practice, a log someone
// else left is left as it is. (An empty or missing log is removed on close as SQLite made it.)
void keepPendingLogOfOthers(sqlite_api::sqlite3* connection, const fs::path& file)
{
    std::error_code error;
    fs::path log = file;
    log += "-wal";
    const auto size = fs::file_size(log, error);
    if (!error && size > 0)
        sqlite_api::sqlite3_db_config(connection, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
}

void allowCheckpointOnClose(soci::session& session)
{
    auto* backend = static_cast<soci::sqlite3_session_backend*>(session.get_backend());
    sqlite_api::sqlite3_db_config(backend->conn_, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);
}

} // namespace

std::unique_ptr<Database> Database::open(const fs::path& file, OpenMode mode, const std::string& passphrase,
                                         FileCheck check)
{
    std::error_code error;
    const fs::file_status status = fs::status(file, error);
    if (!fs::exists(status)) {
        if (mode == OpenMode::ExistingOnly)
            throw NotFoundError(formatMessage(_("There is no practice at {}."), file.string()));
        createPrivateFile(file);
    } else if (!fs::is_regular_file(status)) {
        throw PracticeFileError(formatMessage(_("{} is not a practice file."), file.string()));
    } else if (fs::file_size(file, error) == 0) {
        if (mode == OpenMode::ExistingOnly)
            throw PracticeFileError(formatMessage(
                _("{} is an empty file, not a Knotwork practice. Knotwork has not changed it."), file.string()));
        // An empty file someone made becomes the practice when asked to create one (init, New):
        // private like one Knotwork creates.
        fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write, error);
    }

    const bool isNew = fs::file_size(file, error) == 0;
    std::unique_ptr<Database> database(new Database(file, isNew ? passphrase : passphraseFor(file, passphrase)));
    try {
        database->m_session.open(soci::sqlite3, connectString(file));
        auto* backend = static_cast<soci::sqlite3_session_backend*>(database->m_session.get_backend());
        keepPendingLogOfOthers(backend->conn_, file);
        applyPassphrase(backend->conn_, database->m_passphrase);
        database->applyConnectionSettings(mode, check, isNew);
    } catch (const soci::sqlite3_soci_error& failure) {
        if (database->encrypted() && (failure.result() & 0xff) == SQLITE_NOTADB)
            throw PassphraseError(PassphraseError::Reason::Wrong,
                                  formatMessage(_("The passphrase does not open {}. Check it and try again "
                                                  "(letters must match in case)."), file.string()));
        rethrowAsStorageError(formatMessage(_("opening {}"), file.string()));
    } catch (...) {
        rethrowAsStorageError(formatMessage(_("opening {}"), file.string()));
    }
    return database;
}

Database::Database(fs::path path, std::string passphrase)
    : m_path(std::move(path)), m_passphrase(std::move(passphrase)), m_dialect(&SqlDialect::sqlite())
{
}

StatementCache& Database::statements()
{
    reconnectIfLost();
    if (!m_statements)
        m_statements = std::make_unique<StatementCache>(m_session);
    return *m_statements;
}

Database::~Database()
{
    // A log a process that did not finish left is written into the file on close only once the
    // file is known to be an intact practice.
    if (!onServer() && m_isPractice && fileVerdict() == "ok")
        allowCheckpointOnClose(m_session);
}

namespace {

std::string savepointName(int depth)
{
    return "knotwork_action_" + std::to_string(depth);
}

} // namespace

void Database::beginWrite()
{
    try {
        if (m_writeDepth == 0) {
            reconnectIfLost();
            requireIntactFile();
            m_session << dialect().beginWriteSql();
            takeWriteLock();
        } else {
            m_session << "SAVEPOINT " + savepointName(m_writeDepth);
        }
    } catch (...) {
        rethrowAsStorageError(_("starting to save"));
    }
    ++m_writeDepth;
}

void Database::takeWriteLock()
{
    if (dialect().takeWriteLockSql().empty())
        return;
    try {
        m_session << dialect().takeWriteLockSql();
    } catch (...) {
        try {
            m_session << "ROLLBACK";
        } catch (...) {
            // The connection is gone, and the transaction with it.
        }
        throw;
    }
}

void Database::commitWrite()
{
    try {
        if (m_writeDepth == 1)
            m_session << "COMMIT";
        else
            m_session << "RELEASE SAVEPOINT " + savepointName(m_writeDepth - 1);
    } catch (...) {
        rethrowAsStorageError(_("saving"));
    }
    --m_writeDepth;
    if (m_writeDepth == 0)
        m_chainHead.reset();
}

void Database::rollbackWrite() noexcept
{
    try {
        if (m_writeDepth == 1) {
            m_session << "ROLLBACK";
        } else {
            m_session << "ROLLBACK TO SAVEPOINT " + savepointName(m_writeDepth - 1);
            m_session << "RELEASE SAVEPOINT " + savepointName(m_writeDepth - 1);
        }
    } catch (...) {
        // SQLite has already rolled back when the error was a failed statement; nothing to undo.
    }
    --m_writeDepth;
    m_chainHead.reset();
}

void Database::applyConnectionSettings(OpenMode mode, FileCheck check, bool isNew)
{
    // Connection-only settings first; nothing below writes to the file until it has passed the
    // file check and is known to be a practice (or to become one), so a damaged file or another
    // program's database is left exactly as it was found.
    m_session << "PRAGMA busy_timeout = " << kBusyTimeoutMilliseconds;
    m_session << "PRAGMA foreign_keys = ON";
    if (isNew)
        m_fileVerdict = "ok";  // an empty file: nothing to check
    if (check == FileCheck::AtOpen)
        requireIntactFile();
    refuseUnlessPractice(mode);
    m_isPractice = true;
    std::string journalMode;
    m_session << "PRAGMA journal_mode", soci::into(journalMode);
    if (journalMode != "wal") {
        requireIntactFile();  // turning WAL on writes to the file's header
        m_session << "PRAGMA journal_mode = WAL", soci::into(journalMode);
    }
    m_session << "PRAGMA synchronous = FULL";
    if (check == FileCheck::InBackground && !m_fileVerdict)
        m_backgroundCheck = std::make_unique<BackgroundFileCheck>(m_path, m_passphrase);
}

std::optional<std::string> Database::fileVerdict()
{
    if (!m_fileVerdict && m_backgroundCheck && m_backgroundCheck->finished()) {
        m_fileVerdict = m_backgroundCheck->verdict();
        m_backgroundCheck.reset();
    }
    return m_fileVerdict;
}

bool Database::checkingFile() const
{
    return m_backgroundCheck && !m_backgroundCheck->finished();
}

void Database::requireIntactFile()
{
    if (!m_fileVerdict && m_backgroundCheck) {
        m_fileVerdict = m_backgroundCheck->verdict();  // waits for it
        m_backgroundCheck.reset();
    }
    if (!m_fileVerdict) {
        std::string verdict;
        m_session << "PRAGMA quick_check(1)", soci::into(verdict);
        m_fileVerdict = verdict;
    }
    if (*m_fileVerdict != "ok")
        throw PracticeFileError(formatMessage(
            _("The practice file {} is damaged ({}). Knotwork has not changed it; restore your "
              "latest backup."), m_path.string(), *m_fileVerdict));
}

void Database::refuseUnlessPractice(OpenMode mode)
{
    if (hasTable("schema_version"))
        return;
    int tables = 0;
    m_session << m_dialect->countTablesSql(), soci::into(tables);
    if (tables > 0)
        throw PracticeFileError(formatMessage(
            _("{} is a database, but not a Knotwork practice. Knotwork has not changed it."), where()));
    // An empty database becomes a practice only when one is being created (init, New).
    if (mode == OpenMode::ExistingOnly)
        throw PracticeFileError(formatMessage(
            _("{} is an empty database, not a Knotwork practice. Knotwork has not changed it."), where()));
}

bool Database::hasTable(std::string_view table)
{
    int count = 0;
    const std::string name(table);
    m_session << m_dialect->tableExistsSql(), soci::use(name, "name"), soci::into(count);
    return count > 0;
}

std::string Database::integrityCheck()
{
    if (onServer())
        return "ok";
    std::string verdict;
    m_session << "PRAGMA integrity_check(1)", soci::into(verdict);
    return verdict;
}

void Database::executeScript(const std::string& sql)
{
    executeSqlScript(m_session, sql);
}

void executeSqlScript(soci::session& session, const std::string& sql)
{
    if (SqlDialect::of(session).isServer()) {
        executeServerScript(session, sql);
        return;
    }
    auto* backend = static_cast<soci::sqlite3_session_backend*>(session.get_backend());
    char* message = nullptr;
    const int result = sqlite_api::sqlite3_exec(backend->conn_, sql.c_str(), nullptr, nullptr, &message);
    if (result != SQLITE_OK) {
        const std::string detail = message ? message : sqlite_api::sqlite3_errstr(result);
        sqlite_api::sqlite3_free(message);
        throw soci::sqlite3_soci_error(detail, result);
    }
}

} // namespace knotwork::db
