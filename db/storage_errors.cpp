#include "db/storage_errors.h"

#include <algorithm>
#include <exception>
#include <soci/soci.h>
#include <soci/postgresql/soci-postgresql.h>
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

// The server's own sentence from a SOCI PostgreSQL error: "Cannot execute query. Fatal error.
// ERROR:  a signed session note cannot be changed…\nCONTEXT: …" gives the part after "ERROR:".
std::string serverMessage(const std::string& message)
{
    std::string text = message;
    for (const std::string_view label : {"ERROR:  ", "FATAL:  "})
        if (const std::size_t at = text.find(label); at != std::string::npos) {
            text.erase(0, at + label.size());
            break;
        }
    text.erase(std::min(text.find('\n'), text.size()));
    return text;
}

[[noreturn]] void throwForServer(const std::string& sqlstate, std::string_view doing, const std::string& detail)
{
    // Class 08 but for 08P01, a statement the server could not read (a programming error).
    const bool connectionLost = (sqlstate.starts_with("08") && sqlstate != "08P01") || sqlstate == "57P01"
        || sqlstate == "57P02" || sqlstate == "57P03";
    if (connectionLost)
        throw ConnectionLostError(formatMessage(
            _("Could not finish {}: the connection to the clinic server was lost ({}). Nothing was "
              "saved; try again once the server is back."), doing, detail));
    if (sqlstate == "40001" || sqlstate == "40P01" || sqlstate == "55P03")
        throw StorageError(formatMessage(
            _("Could not finish {}: another desk was saving the same records. Nothing was saved; "
              "try again."), doing));
    if (sqlstate == "53100")
        throw StorageError(formatMessage(
            _("Could not finish {}: the clinic server's disk is full. Nothing was saved; ask whoever "
              "looks after the server to free some space."), doing));
    if (sqlstate == "42501")
        throw StorageError(formatMessage(
            _("Could not finish {}: your account on the clinic server may not do this ({})."), doing, detail));
    if (sqlstate == "42P01" || sqlstate == "42703")
        throw PracticeFileError(formatMessage(
            _("Could not finish {}: the practice's tables on the clinic server were changed outside "
              "Knotwork ({}). Knotwork has not changed them; restore the server's latest backup."),
            doing, detail));
    throw StorageError(formatMessage(_("Could not finish {}: {}. Nothing was saved."), doing, detail));
}

} // namespace

std::string serverConnectionProblem(const std::string& sociMessage)
{
    std::string text = sociMessage;
    if (const std::size_t newline = text.find('\n'); newline != std::string::npos)
        text.erase(0, newline + 1);  // "Cannot establish connection to the database."
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.pop_back();
    for (std::size_t line = text.find('\n'); line != std::string::npos; line = text.find('\n', line))
        text.replace(line, 1, " ");
    return text;
}

void rethrowAsStorageError(std::string_view doing)
{
    try {
        throw;
    } catch (const Error&) {
        throw;
    } catch (const soci::postgresql_soci_error& error) {
        throwForServer(error.sqlstate(), doing, serverMessage(error.get_error_message()));
    } catch (const soci::soci_error& error) {
        throwForSqlite(sqliteResult(error), doing, withoutSociWrapping(error.get_error_message()));
    } catch (const std::exception& error) {
        throwForSqlite(0, doing, error.what());
    }
}

} // namespace knotwork::db
