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
// ") and follows it with the whole statement, which mean nothing to a person.
std::string withoutSociWrapping(const std::string& message)
{
    std::string text = message;
    const std::size_t colon = text.find(": ");
    if (text.starts_with("sqlite3_") && colon != std::string::npos)
        text.erase(0, colon + 2);
    if (const std::size_t statement = text.find(" while preparing \""); statement != std::string::npos)
        text.erase(statement);
    return text;
}

// A table or column of Knotwork's own schema that SQLite does not find: the file's structure was
// changed behind Knotwork's back (the statements are Knotwork's, tested against that schema).
bool schemaDamaged(int result, const std::string& detail)
{
    return result == SQLITE_ERROR && (detail.starts_with("no such table") || detail.starts_with("no such column"));
}

[[noreturn]] void throwForSqlite(int result, std::string_view doing, const std::string& detail)
{
    if (schemaDamaged(result, detail))
        result = SQLITE_CORRUPT;
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
        throwForSqlite(sqliteResult(error), doing, withoutSociWrapping(error.get_error_message()));
    } catch (const std::exception& error) {
        throwForSqlite(0, doing, error.what());
    }
}

} // namespace knotwork::db
