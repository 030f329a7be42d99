#pragma once

#include <map>
#include <string>
#include <string_view>

namespace knotwork::db {

// Where a practice on a clinic server is: a PostgreSQL connection URI,
// postgresql://user@host[:port]/database[?option=value…], as libpq reads it (host may be a
// socket folder: postgresql://user@/knotwork?host=/run/postgresql). A password may be part of it
// but is never shown.
class ServerAddress {
public:
    // ValidationError (field "server", rule "not-a-server-address") for text libpq does not read
    // as a connection URI, or one without a database name.
    static ServerAddress parse(std::string_view uri);
    // A practice given as postgresql://… or postgres://… is on a server; anything else is a file.
    static bool looksLikeServer(std::string_view text);

    // What libpq connects with.
    const std::string& uri() const { return m_uri; }
    // The address as people read it: postgresql://user@host:port/database, no password.
    const std::string& display() const { return m_display; }
    const std::string& user() const { return m_user; }
    const std::string& database() const { return m_database; }
    // Every option the address gives, as libpq reads them ("host", "port", "dbname", "user",
    // "password", "sslmode", …).
    const std::map<std::string, std::string>& options() const { return m_options; }

private:
    std::string m_uri;
    std::string m_display;
    std::string m_user;
    std::string m_database;
    std::map<std::string, std::string> m_options;
};

} // namespace knotwork::db
