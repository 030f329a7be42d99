#pragma once
// The floor of an operation: the very statements Knotwork ran for it, recorded from its
// connection with their values, run again on the bare sqlite3 API (each prepared, stepped to its
// last row with every column read as text, finalized), on the same practice file.

#include <filesystem>
#include <string>
#include <vector>

#include "db/database.h"

namespace sqlite_api {
struct sqlite3;
}

namespace knotwork::benchmarks {

using Statements = std::vector<std::string>;

// Records every statement `database` runs while it lives (triggers' own statements left out:
// running the statement runs them again), each with its parameters' values written in.
class StatementRecorder {
public:
    explicit StatementRecorder(db::Database& database);
    ~StatementRecorder();
    StatementRecorder(const StatementRecorder&) = delete;
    StatementRecorder& operator=(const StatementRecorder&) = delete;

    // What was recorded since the last take.
    Statements take();

private:
    static int record(unsigned event, void* self, void* statement, void* sql);
    db::Database& m_database;
    Statements m_statements;
};

// Recorded statements of the operation `run` makes: once to warm what it caches, then once recorded.
template <typename Run>
Statements statementsOf(db::Database& database, Run&& run)
{
    run();
    StatementRecorder recorder(database);
    run();
    return recorder.take();
}

// A bare sqlite3 connection set up as Knotwork sets up its own (foreign keys, write-ahead log,
// synchronous=FULL), so a write's floor pays the same syncs.
class BareConnection {
public:
    explicit BareConnection(const std::filesystem::path& file);
    ~BareConnection();
    BareConnection(const BareConnection&) = delete;
    BareConnection& operator=(const BareConnection&) = delete;

    // Runs each statement; returns the rows read. Throws std::runtime_error on failure.
    long long run(const Statements& statements);

private:
    sqlite_api::sqlite3* m_connection = nullptr;
};

} // namespace knotwork::benchmarks
