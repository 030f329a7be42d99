#pragma once

#include <string>

namespace knotwork::testing {

// The superuser's address (a postgresql:// URI, on the maintenance database "postgres") of the
// throwaway PostgreSQL cluster ctest starts for the tests that need one (scripts/test-server,
// fixture test_server). Throws std::runtime_error, saying how to get one, when there is none.
std::string testServerAdminUri();

// A new, empty database on the test server for one test, dropped with everything in it when the
// test ends.
class ScratchServerDatabase {
public:
    ScratchServerDatabase();
    ScratchServerDatabase(const ScratchServerDatabase&) = delete;
    ScratchServerDatabase& operator=(const ScratchServerDatabase&) = delete;
    ~ScratchServerDatabase();

    const std::string& name() const { return m_name; }
    // The superuser's address on this database.
    const std::string& uri() const { return m_uri; }

private:
    std::string m_name;
    std::string m_uri;
};

// `uri` (an address of the test server's) as `login` with `password` instead of the superuser.
std::string uriAs(const std::string& uri, const std::string& login, const std::string& password);

// Runs SQL as the test server's superuser on `uri`'s database, behind Knotwork's back, and returns
// the first column of the first row ("" if none). Throws std::runtime_error with the server's
// message if it fails.
std::string serverQuery(const std::string& uri, const std::string& sql);

} // namespace knotwork::testing
