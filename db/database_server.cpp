// A practice on a clinic server: Database over SOCI's PostgreSQL backend.
#include <libpq-fe.h>
#include <memory>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

#include "common/error.h"
#include "common/i18n.h"
#include "db/background_file_check.h"
#include "db/database.h"
#include "db/server_session.h"
#include "db/sql_dialect.h"
#include "db/statement_cache.h"
#include "db/storage_errors.h"

namespace knotwork::db {

Database::Database(ServerAddress server)
    : m_server(std::move(server)), m_dialect(&SqlDialect::postgresql())
{
    m_fileVerdict = "ok";  // the server keeps its own pages: there is no file here to check
}

std::unique_ptr<Database> Database::connect(const ServerAddress& address, OpenMode mode)
{
    std::unique_ptr<Database> database(new Database(address));
    try {
        database->m_session.open(soci::postgresql, address.uri());
    } catch (const soci::soci_error& failure) {
        throw StorageError(formatMessage(_("Could not connect to the clinic server {}: {}"), address.display(),
                                         serverConnectionProblem(failure.get_error_message())));
    }
    try {
        database->applyServerSettings();
        database->refuseUnlessPractice(mode);
        database->m_isPractice = true;
    } catch (...) {
        rethrowAsStorageError(formatMessage(_("opening {}"), address.display()));
    }
    return database;
}

void Database::applyServerSettings()
{
    // Knotwork's own messages say what went wrong; the server's notices would only repeat them.
    m_session << "SET client_min_messages = warning";
}

bool Database::connectionLost()
{
    if (!onServer())
        return false;
    auto* backend = static_cast<soci::postgresql_session_backend*>(m_session.get_backend());
    return backend == nullptr || backend->conn_ == nullptr || PQstatus(backend->conn_) == CONNECTION_BAD;
}

void Database::reconnectIfLost()
{
    if (m_writeDepth > 0 || !connectionLost() || (m_statements && m_statements->reading()))
        return;
    m_statements.reset();  // prepared on the old connection
    try {
        m_session.reconnect();
        applyServerSettings();
    } catch (const soci::soci_error& failure) {
        throw ConnectionLostError(formatMessage(_("The connection to the clinic server {} was lost and cannot be made again "
                                           "yet ({}). Nothing was saved; Knotwork tries again with your next action."),
                                         m_server->display(), serverConnectionProblem(failure.get_error_message())));
    }
}

void executeServerScript(soci::session& session, const std::string& sql)
{
    auto* backend = static_cast<soci::postgresql_session_backend*>(session.get_backend());
    const std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(backend->conn_, sql.c_str()), &PQclear);
    const ExecStatusType status = PQresultStatus(result.get());
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY)
        return;
    const char* sqlstate = PQresultErrorField(result.get(), PG_DIAG_SQLSTATE);
    throw soci::postgresql_soci_error(PQresultErrorMessage(result.get()),
                                      sqlstate ? sqlstate : "08000");  // no state: the connection failed
}

std::string serverPasswordVerifier(soci::session& session, const std::string& login, const std::string& password)
{
    auto* backend = static_cast<soci::postgresql_session_backend*>(session.get_backend());
    const std::unique_ptr<char, decltype(&PQfreemem)> verifier(
        PQencryptPasswordConn(backend->conn_, password.c_str(), login.c_str(), "scram-sha-256"), &PQfreemem);
    if (!verifier)
        throw StorageError(formatMessage(_("Could not prepare the password of {}: {}"), login,
                                         PQerrorMessage(backend->conn_)));
    return verifier.get();
}

bool serverConnectionEncrypted(soci::session& session)
{
    auto* backend = static_cast<soci::postgresql_session_backend*>(session.get_backend());
    return backend != nullptr && backend->conn_ != nullptr && PQsslInUse(backend->conn_) == 1;
}

} // namespace knotwork::db
