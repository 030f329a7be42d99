#include "db/storage_errors.h"

#include <exception>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "common/error.h"
#include "common/i18n.h"

namespace knotwork::db {

namespace {

// The SQLite primary result code carried by a SOCI error, or 0.
int sqliteResult(const soci::soci_error& error)
{
    if (const auto* sqliteError = dynamic_cast<const soci::sqlite3_soci_error*>(&error))
        return sqliteError->result() & 0xff;
    return 0;
}

// SOCI prefixes SQLite's message with its own function name ("sqlite3_statement_backend::prepare:
// "), which means nothing to a person.
std::string withoutSociPrefix(const std::string& message)
{
    const std::size_t colon = message.find(": ");
    if (message.starts_with("sqlite3_") && colon != std::string::npos)
        return message.substr(colon + 2);
    return message;
}

[[noreturn]] void throwForSqlite(int result, std::string_view doing, const std::string& detail)
{
    switch (result) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw StorageError(formatMessage(
            _("Could not finish {}: another program is writing to this practice. Nothing was "
              "saved; try again in a moment."), doing));
    case SQLITE_FULL:
        throw StorageError(formatMessage(
            _("Could not finish {}: the disk is full. Nothing was saved; free some space and try "
              "again."), doing));
    case SQLITE_CANTOPEN:
        throw StorageError(formatMessage(
            _("Could not finish {}: the practice file could not be opened (check that its folder "
              "exists and that you may read and write it)."), doing));
    case SQLITE_READONLY:
    case SQLITE_PERM:
        throw StorageError(formatMessage(
            _("Could not finish {}: the practice file cannot be written (check its permissions). "
              "Nothing was saved."), doing));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        throw PracticeFileError(formatMessage(
            _("Could not finish {}: the practice file is damaged or is not a Knotwork practice "
              "({}). Knotwork has not changed it; restore your latest backup."), doing, detail));
    default:
        throw StorageError(formatMessage(_("Could not finish {}: {}. Nothing was saved."), doing,
                                         detail));
    }
}

} // namespace

void rethrowAsStorageError(std::string_view doing)
{
    try {
        throw;
    } catch (const Error&) {
        throw;
    } catch (const soci::soci_error& error) {
        throwForSqlite(sqliteResult(error), doing, withoutSociPrefix(error.get_error_message()));
    } catch (const std::exception& error) {
        throwForSqlite(0, doing, error.what());
    }
}

} // namespace knotwork::db
