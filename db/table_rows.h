#pragma once
// Every table of a practice read and written row by row, whatever its columns: the whole-practice
// export and import (app/practice/practice_export.h) go through here, so a table added to the
// schema is carried along without code naming it.

#include <functional>
#include <string>
#include <vector>

#include "db/database.h"

namespace knotwork::db {

struct TableColumn {
    std::string name;
    std::string declaredType;  // as written in the migration, e.g. "VARCHAR(200)", "BIGINT"
    bool notNull = false;
};

struct TableShape {
    std::string name;
    std::vector<TableColumn> columns;       // in the table's column order
    std::vector<std::string> primaryKey;    // its columns in key order (rowid when it declares none)
};

// A stored value as SQLite holds it.
struct Cell {
    enum class Kind { Null, Integer, Real, Text, Blob };
    Kind kind = Kind::Null;
    long long integer = 0;
    double real = 0;
    std::string bytes;  // Text (UTF-8) or Blob
};

// The practice's tables in the order they were created (so a table comes after those it refers
// to), read from sqlite_master (SQLite's own, sqlite_*, left out) or, on a clinic server, from
// PostgreSQL's catalog (db/table_rows_server.h), which reads the rows too. Writing rows, clearing
// a table and checking foreign keys are for a practice file only (StorageError on a server).
std::vector<TableShape> practiceTables(Database& database);

// Calls `row` for each row of `table` matching `condition` (an SQL expression; "" for all, with
// ?1 bound to `parameter`), in primary-key order.
void readRows(Database& database, const TableShape& table, const std::string& condition, long long parameter,
              const std::function<void(const std::vector<Cell>&)>& row);

// Inserts rows into one table, values in its column order. Call inside a write.
class RowInserter {
public:
    RowInserter(Database& database, const TableShape& table);
    RowInserter(const RowInserter&) = delete;
    RowInserter& operator=(const RowInserter&) = delete;
    ~RowInserter();
    // StorageError naming the table and SQLite's reason (a trigger's rule, a constraint).
    void insert(const std::vector<Cell>& values);

private:
    Database& m_database;
    std::string m_table;
    void* m_statement = nullptr;
};

// Deletes every row of `table` (a write): the rows a new schema wrote before an import.
void clearTable(Database& database, const std::string& table);

// PRAGMA foreign_key_check: each row whose reference points nowhere, as "table #rowid -> parent".
std::vector<std::string> foreignKeyProblems(Database& database);

} // namespace knotwork::db
