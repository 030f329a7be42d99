#include "db/change_listener.h"

#include <chrono>
#include <libpq-fe.h>
#include <soci/postgresql/soci-postgresql.h>

#include "common/error.h"
#include "common/i18n.h"
#include "db/database.h"
#include "db/storage_errors.h"

namespace knotwork::db {

namespace {

// How long making the connection again may hold up a poll when the server does not answer.
constexpr const char* kConnectTimeoutSeconds = "3";

// How often a lost connection is made again while the server does not answer.
constexpr std::chrono::seconds kRetryInterval(5);

// The server's process id of the practice's own connection; 0 while it is lost.
int ownBackendPid(Database& practice)
{
    auto* backend = static_cast<soci::postgresql_session_backend*>(practice.session().get_backend());
    if (backend == nullptr || backend->conn_ == nullptr || PQstatus(backend->conn_) != CONNECTION_OK)
        return 0;
    return PQbackendPID(backend->conn_);
}

} // namespace

ChangeNotice parseChangePayload(const std::string& payload)
{
    const std::size_t colon = payload.rfind(':');
    if (colon == std::string::npos)
        return {payload, 0, false};
    try {
        return {payload.substr(0, colon), std::stoll(payload.substr(colon + 1)), false};
    } catch (const std::exception&) {
        return {payload, 0, false};  // not one of Knotwork's: the table alone
    }
}

ChangeListener::ChangeListener(Database& practice)
    : m_practice(practice),
      m_address(practice.server() ? *practice.server() : throw std::logic_error("a practice file has no change notices")),
      m_connection(nullptr, &PQfinish)
{
    if (!connect())
        throw StorageError(formatMessage(_("Could not listen for the changes other desks make on {}: {}"),
                                         m_address.display(),
                                         serverConnectionProblem(m_connection ? PQerrorMessage(m_connection.get())
                                                                              : "out of memory")));
}

ChangeListener::~ChangeListener() = default;

bool ChangeListener::connect()
{
    const char* keywords[] = {"dbname", "connect_timeout", "application_name", nullptr};
    const char* values[] = {m_address.uri().c_str(), kConnectTimeoutSeconds, "knotwork changes", nullptr};
    m_connection.reset(PQconnectdbParams(keywords, values, /*expand_dbname=*/1));
    if (!m_connection || PQstatus(m_connection.get()) != CONNECTION_OK)
        return false;
    const std::string listen = std::string("LISTEN ") + kChannel;
    const std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(m_connection.get(), listen.c_str()), &PQclear);
    return PQresultStatus(result.get()) == PGRES_COMMAND_OK;
}

ChangePoll ChangeListener::poll()
{
    ChangePoll found;
    if (PQstatus(m_connection.get()) != CONNECTION_OK || !PQconsumeInput(m_connection.get())
        || PQstatus(m_connection.get()) != CONNECTION_OK) {
        // Lost: what was committed meanwhile was told to nobody here. A server that does not
        // answer may hold each attempt for the connect timeout: not tried at every poll.
        const auto now = std::chrono::steady_clock::now();
        if (now < m_nextAttempt || !connect()) {
            if (now >= m_nextAttempt)
                m_nextAttempt = now + kRetryInterval;
            found.disconnected = true;
            return found;
        }
        found.refreshEverything = true;
        PQconsumeInput(m_connection.get());
    }
    const int own = ownBackendPid(m_practice);
    while (PGnotify* notify = PQnotifies(m_connection.get())) {
        ChangeNotice notice = parseChangePayload(notify->extra);
        notice.own = own != 0 && notify->be_pid == own;
        found.notices.push_back(std::move(notice));
        PQfreemem(notify);
    }
    return found;
}

int ChangeListener::backendPid() const
{
    return m_connection ? PQbackendPID(m_connection.get()) : 0;
}

} // namespace knotwork::db
