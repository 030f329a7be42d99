// Database tests that run on both backends: a practice file (SQLite) and a practice on the test
// server (PostgreSQL). A suite derives its fixture from OnBothBackends, writes TEST_P, and ends
// with KNOTWORK_ON_BOTH_BACKENDS(Suite).
#pragma once

#include <gtest/gtest.h>
#include <memory>
#include <ostream>
#include <optional>
#include <string>

#include "db/practice_opener.h"
#include "support/practice_files.h"
#include "support/scratch_server_database.h"
#include "support/temp_dir.h"

namespace knotwork::db::backends {

enum class Backend { File, Server };

inline std::string backendName(const ::testing::TestParamInfo<Backend>& info)
{
    return info.param == Backend::File ? "File" : "Server";
}

// How GoogleTest prints the parameter in a test's name.
inline void PrintTo(Backend backend, std::ostream* out)
{
    *out << (backend == Backend::File ? "a practice file" : "a practice on the test server");
}

// A new, empty place for a practice on one backend.
class PracticeOn {
public:
    explicit PracticeOn(Backend backend)
    {
        if (backend == Backend::File)
            m_dir.emplace();
        else
            m_server.emplace();
    }

    bool onServer() const { return m_server.has_value(); }

    // Opens the practice as the front ends do, creating it the first time: each call is a
    // connection of its own, as another window or another desk opens it.
    OpenedPractice open(const std::string& actor = "setup", OpenMode mode = OpenMode::CreateIfMissing) const
    {
        if (m_server)
            return openPractice(ServerAddress::parse(m_server->uri()), mode, actor);
        return openPractice(file(), mode, actor);
    }

    // Whom the audit rows name when the practice is opened as `given`: on the server, the login
    // (the test server's superuser), whatever the program says (db::auditActor).
    std::string actorFor(const std::string& given) const { return m_server ? query("SELECT session_user") : given; }

    // The database alone, as Database::open or Database::connect opens it: no schema made or
    // upgraded, no record chain loaded (a test then migrates it as far as it wants).
    std::unique_ptr<Database> database(OpenMode mode = OpenMode::CreateIfMissing) const
    {
        if (m_server)
            return Database::connect(ServerAddress::parse(m_server->uri()), mode);
        return Database::open(file(), mode);
    }

    // Runs SQL behind Knotwork's back, as another program would: the plain sqlite3 API on the
    // file, the server's superuser on the server. The first column of the first row ("" if none);
    // std::runtime_error with the database's message when it refuses.
    std::string query(const std::string& sql) const
    {
        return m_server ? knotwork::testing::serverQuery(m_server->uri(), sql)
                        : knotwork::testing::sqliteQuery(file(), sql);
    }

    // Everything the practice holds, to compare before and after: the file's bytes (its log
    // checkpointed into it first), or on the server a digest of every table's columns and rows.
    std::string contents() const
    {
        if (!m_server) {
            query("PRAGMA wal_checkpoint(TRUNCATE)");
            return knotwork::testing::readBytes(file());
        }
        return query("SELECT string_agg(table_name || ':' || md5((SELECT string_agg(column_name || ' ' || data_type, "
                     "',' ORDER BY ordinal_position) FROM information_schema.columns c WHERE c.table_schema = "
                     "t.table_schema AND c.table_name = t.table_name)) || ':' || md5(query_to_xml('SELECT * FROM ' "
                     "|| quote_ident(table_name) || ' ORDER BY 1', true, false, '')::text), ',' ORDER BY table_name) "
                     "FROM information_schema.tables t WHERE table_schema = current_schema()");
    }

    // The practice file (File only).
    std::filesystem::path file() const { return m_dir->path() / "practice.sqlite"; }

private:
    std::optional<knotwork::testing::TempDir> m_dir;
    std::optional<knotwork::testing::ScratchServerDatabase> m_server;
};

// A fixture with a new practice on the test's backend, opened.
class OnBothBackends : public ::testing::TestWithParam<Backend> {
protected:
    PracticeOn m_practice{GetParam()};
    std::unique_ptr<Database> m_database = m_practice.open().database;
};

} // namespace knotwork::db::backends

#define KNOTWORK_ON_BOTH_BACKENDS(Suite)                                                                           \
    INSTANTIATE_TEST_SUITE_P(Backends, Suite,                                                                      \
                             ::testing::Values(::knotwork::db::backends::Backend::File,                           \
                                               ::knotwork::db::backends::Backend::Server),                        \
                             ::knotwork::db::backends::backendName)
