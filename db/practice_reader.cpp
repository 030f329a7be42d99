#include "db/practice_reader.h"

#include <optional>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "common/error.h"
#include "common/i18n.h"
#include "db/cipher.h"
#include "db/database.h"

namespace knotwork::db {

namespace fs = std::filesystem;

namespace {

// The single-row text answer of a statement, or nothing with SQLite's result code in `code`.
std::optional<std::string> firstText(sqlite_api::sqlite3* connection, const char* sql, int& code)
{
    sqlite_api::sqlite3_stmt* statement = nullptr;
    std::optional<std::string> text;
    code = sqlite_api::sqlite3_prepare_v2(connection, sql, -1, &statement, nullptr);
    if (code == SQLITE_OK) {
        code = sqlite_api::sqlite3_step(statement);
        if (code == SQLITE_ROW) {
            const unsigned char* value = sqlite_api::sqlite3_column_text(statement, 0);
            text = value ? reinterpret_cast<const char*>(value) : "";
            code = SQLITE_OK;
        }
    }
    sqlite_api::sqlite3_finalize(statement);
    return text;
}

// The file as an SQLite URI (only '%', '?' and '#' need escaping in its path). A file with no WAL
// beside it is held by no connection in WAL mode and has nothing outside it to read: it is opened
// immutable, so not even an empty -wal or -shm is made beside it (a backup on a USB drive).
std::string readOnlyUri(const fs::path& file)
{
    std::string uri = "file:";
    for (const char c : fs::absolute(file).string()) {
        if (c == '%')
            uri += "%25";
        else if (c == '?')
            uri += "%3F";
        else if (c == '#')
            uri += "%23";
        else
            uri += c;
    }
    std::error_code error;
    const bool walBeside = fs::exists(fs::path(file) += "-wal", error);
    return uri + (walBeside ? "?mode=ro" : "?mode=ro&immutable=1");
}

} // namespace

PracticeReader::PracticeReader(const fs::path& file, const std::string& passphrase) : m_file(file)
{
    std::error_code error;
    if (!fs::exists(file, error))
        throw NotFoundError(formatMessage(_("There is no file {}."), file.string()));
    if (!fs::is_regular_file(file, error))
        throw PracticeFileError(formatMessage(_("{} is not a practice file."), file.string()));
    const bool encrypted = looksEncrypted(file);
    if (encrypted && passphrase.empty())
        throw PassphraseError(PassphraseError::Reason::Needed,
                              formatMessage(_("{} cannot be read as it is: either it is encrypted and needs its "
                                              "passphrase, or it is damaged or not a database."), file.string()));
    m_passphrase = encrypted ? passphrase : std::string();

    const int opened = sqlite_api::sqlite3_open_v2(readOnlyUri(file).c_str(), &m_connection,
                                                   SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    if (opened != SQLITE_OK) {
        const std::string reason = sqlite_api::sqlite3_errmsg(m_connection);
        sqlite_api::sqlite3_close(m_connection);
        throw StorageError(formatMessage(_("Could not open {}: {}."), file.string(), reason));
    }
    try {
        applyPassphrase(m_connection, m_passphrase);
    } catch (...) {
        sqlite_api::sqlite3_close(m_connection);
        throw;
    }
    sqlite_api::sqlite3_busy_timeout(m_connection, kBusyTimeoutMilliseconds);

    int code = SQLITE_OK;
    firstText(m_connection, "SELECT COUNT(*) FROM sqlite_master", code);
    if (code == SQLITE_OK)
        return;
    const std::string reason = sqlite_api::sqlite3_errstr(code);
    sqlite_api::sqlite3_close(m_connection);
    if ((code & 0xff) == SQLITE_NOTADB && encrypted)
        throw PassphraseError(PassphraseError::Reason::Wrong,
                              formatMessage(_("The passphrase does not open {}. Check it and try again "
                                              "(letters must match in case)."), file.string()));
    if ((code & 0xff) == SQLITE_NOTADB || (code & 0xff) == SQLITE_CORRUPT)
        throw PracticeFileError(formatMessage(_("{} is damaged or not a Knotwork practice ({})."), file.string(),
                                              reason));
    throw StorageError(formatMessage(_("Could not read {}: {}."), file.string(), reason));
}

PracticeReader::~PracticeReader()
{
    sqlite_api::sqlite3_close(m_connection);
}

std::string PracticeReader::integrityCheck()
{
    int code = SQLITE_OK;
    const std::optional<std::string> verdict = firstText(m_connection, "PRAGMA integrity_check(1)", code);
    if (verdict)
        return *verdict;
    return sqlite_api::sqlite3_errstr(code);
}

std::optional<std::string> PracticeReader::quickCheck(const std::atomic<bool>& stop)
{
    // Asked every few thousand steps of the check whether to give up (SQLITE_INTERRUPT).
    constexpr int kStepsBetweenAsking = 10000;
    sqlite_api::sqlite3_progress_handler(
        m_connection, kStepsBetweenAsking,
        [](void* flag) { return static_cast<const std::atomic<bool>*>(flag)->load() ? 1 : 0; },
        const_cast<std::atomic<bool>*>(&stop));
    int code = SQLITE_OK;
    const std::optional<std::string> verdict = firstText(m_connection, "PRAGMA quick_check(1)", code);
    sqlite_api::sqlite3_progress_handler(m_connection, 0, nullptr, nullptr);
    if (verdict)
        return verdict;
    if ((code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB)
        return sqlite_api::sqlite3_errstr(code);
    return std::nullopt;
}

void PracticeReader::copyTo(const fs::path& destination)
{
    copyDatabase(m_connection, m_passphrase, destination);
}

} // namespace knotwork::db
