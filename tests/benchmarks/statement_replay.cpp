#include "statement_replay.h"

#include <benchmark/benchmark.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <stdexcept>
#include <utility>

namespace knotwork::benchmarks {

namespace {

sqlite_api::sqlite3* connectionOf(db::Database& database)
{
    return static_cast<soci::sqlite3_session_backend*>(database.session().get_backend())->conn_;
}

[[noreturn]] void fail(sqlite_api::sqlite3* connection, const std::string& sql)
{
    throw std::runtime_error(std::string(sqlite_api::sqlite3_errmsg(connection)) + " in: " + sql.substr(0, 200));
}

} // namespace

StatementRecorder::StatementRecorder(db::Database& database) : m_database(database)
{
    sqlite_api::sqlite3_trace_v2(connectionOf(database), SQLITE_TRACE_STMT, &StatementRecorder::record, this);
}

StatementRecorder::~StatementRecorder()
{
    sqlite_api::sqlite3_trace_v2(connectionOf(m_database), 0, nullptr, nullptr);
}

Statements StatementRecorder::take()
{
    return std::exchange(m_statements, {});
}

int StatementRecorder::record(unsigned, void* self, void* statement, void* sql)
{
    if (std::string_view(static_cast<const char*>(sql)).starts_with("--"))
        return 0;  // a statement of a trigger
    // Without memory for its values, the statement is kept as written: its run then fails loudly.
    char* expanded = sqlite_api::sqlite3_expanded_sql(static_cast<sqlite_api::sqlite3_stmt*>(statement));
    static_cast<StatementRecorder*>(self)->m_statements.emplace_back(expanded ? expanded : static_cast<const char*>(sql));
    sqlite_api::sqlite3_free(expanded);
    return 0;
}

BareConnection::BareConnection(const std::filesystem::path& file)
{
    if (sqlite_api::sqlite3_open_v2(file.c_str(), &m_connection, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        fail(m_connection, "open " + file.string());
    run({"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"});
}

BareConnection::~BareConnection()
{
    sqlite_api::sqlite3_close(m_connection);
}

long long BareConnection::run(const Statements& statements)
{
    sqlite_api::sqlite3* connection = m_connection;
    long long rows = 0;
    for (const std::string& sql : statements) {
        sqlite_api::sqlite3_stmt* statement = nullptr;
        if (sqlite_api::sqlite3_prepare_v2(connection, sql.c_str(), static_cast<int>(sql.size()), &statement, nullptr)
            != SQLITE_OK)
            fail(connection, sql);
        int result = SQLITE_ROW;
        const int columns = sqlite_api::sqlite3_column_count(statement);
        while ((result = sqlite_api::sqlite3_step(statement)) == SQLITE_ROW) {
            ++rows;
            for (int column = 0; column < columns; ++column)
                benchmark::DoNotOptimize(sqlite_api::sqlite3_column_text(statement, column));
        }
        sqlite_api::sqlite3_finalize(statement);
        if (result != SQLITE_DONE)
            fail(connection, sql);
    }
    return rows;
}

} // namespace knotwork::benchmarks
