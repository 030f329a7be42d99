#include "support/scratch_server_database.h"

#include <atomic>
#include <fstream>
#include <libpq-fe.h>
#include <memory>
#include <stdexcept>
#include <unistd.h>

namespace knotwork::testing {

namespace {

constexpr std::string_view kMaintenanceDatabase = "/postgres?";

} // namespace

std::string testServerAdminUri()
{
    std::ifstream in(KNOTWORK_TEST_SERVER_FILE);
    std::string uri;
    if (!std::getline(in, uri) || uri.find(kMaintenanceDatabase) == std::string::npos)
        throw std::runtime_error("no test server is running: run this test through ctest, whose fixture test_server "
                                 "starts one (scripts/test-server)");
    return uri;
}

std::string serverQuery(const std::string& uri, const std::string& sql)
{
    const std::unique_ptr<PGconn, decltype(&PQfinish)> connection(PQconnectdb(uri.c_str()), &PQfinish);
    if (PQstatus(connection.get()) != CONNECTION_OK)
        throw std::runtime_error("cannot reach the test server: " + std::string(PQerrorMessage(connection.get())));
    const std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(connection.get(), sql.c_str()), &PQclear);
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        throw std::runtime_error(sql + ": " + PQresultErrorMessage(result.get()));
    if (status != PGRES_TUPLES_OK || PQntuples(result.get()) == 0 || PQnfields(result.get()) == 0)
        return {};
    return PQgetvalue(result.get(), 0, 0);
}

std::string uriAs(const std::string& uri, const std::string& login, const std::string& password)
{
    const std::size_t from = uri.find("://") + 3;
    return uri.substr(0, from) + login + ":" + password + uri.substr(uri.find('@', from));
}

ScratchServerDatabase::ScratchServerDatabase()
{
    static std::atomic<int> made = 0;
    const std::string admin = testServerAdminUri();
    m_name = "knotwork_test_" + std::to_string(getpid()) + "_" + std::to_string(++made);
    serverQuery(admin, "CREATE DATABASE " + m_name);
    m_uri = admin;
    m_uri.replace(m_uri.find(kMaintenanceDatabase), kMaintenanceDatabase.size(), "/" + m_name + "?");
}

ScratchServerDatabase::~ScratchServerDatabase()
{
    try {
        serverQuery(testServerAdminUri(), "DROP DATABASE " + m_name + " WITH (FORCE)");
    } catch (const std::exception&) {
        // The cluster goes with the run; a database left on it is gone then too.
    }
}

} // namespace knotwork::testing
