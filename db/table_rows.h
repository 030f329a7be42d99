#pragma once
// Every table of a practice read and written row by row, whatever its columns: the whole-practice
// export and import (app/practice/practice_export.h) go through here, so a table added to the
// schema is carried along without code naming it.

#include <functional>
#include <memory>
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

// SQLite's type affinity of a declared column type (https://sqlite.org/datatype3.html, 3.1): how
// a column's values are carried whichever database holds them.
enum class Affinity { Integer, Text, Blob, Real, Numeric };
Affinity affinityOf(std::string declaredType);

// A stored value as SQLite holds it.
struct Cell {
    enum class Kind { Null, Integer, Real, Text, Blob };
    Kind kind = Kind::Null;
    long long integer = 0;
    double real = 0;
    std::string bytes;  // Text (UTF-8) or Blob
};

// The practice's tables in the order they were created (so a table comes after those it refers
// to), read from sqlite_master; SQLite's own (sqlite_*) are left out. On a server, the same shapes
// as a practice file of its format has (its columns as the migrations declare them).
std::vector<TableShape> practiceTables(Database& database);

// Calls `row` for each row of `table` matching `condition` (an SQL expression; "" for all, with
// ?1 bound to `parameter`), in primary-key order. A server's rows stream: a table is never held
// whole in memory.
void readRows(Database& database, const TableShape& table, const std::string& condition, long long parameter,
              const std::function<void(const std::vector<Cell>&)>& row);

// An identifier in double quotes, a quote in it doubled.
std::string quotedIdentifier(const std::string& identifier);
// INSERT INTO "table" ("a", "b") VALUES (?1, ?2): every column, `marker` being the dialect's
// sign for a numbered parameter ('?' on SQLite, '$' on PostgreSQL).
std::string insertRowSql(const TableShape& table, char marker);

// What writes rows into one table on one backend.
class RowWriter {
public:
    virtual ~RowWriter() = default;
    virtual void insert(const std::vector<Cell>& values) = 0;
    virtual void finish() = 0;
};

// Inserts rows into one table, values in its column order, then finish(). Call inside a write;
// nothing else may run on the database until finish() (a server streams the rows in one COPY).
class RowInserter {
public:
    RowInserter(Database& database, const TableShape& table);
    RowInserter(const RowInserter&) = delete;
    RowInserter& operator=(const RowInserter&) = delete;
    // Without finish(), the rows sent to a server are abandoned with the write.
    ~RowInserter();
    // StorageError naming the table and the database's reason (a trigger's rule, a constraint):
    // from insert() on a file, from insert() or finish() on a server, which checks the rows it
    // was sent as it takes them.
    void insert(const std::vector<Cell>& values) { m_writer->insert(values); }
    void finish() { m_writer->finish(); }

private:
    std::unique_ptr<RowWriter> m_writer;
};

// After rows were inserted with their own ids: the ids the database gives next come after them
// (a server's identity sequence does not see ids written into it; SQLite's rowid does). Call
// inside the write, once per table.
void continueIdsAfterCopiedRows(Database& database, const TableShape& table);

// Deletes every row of `table` (a write): the rows a new schema wrote before an import.
void clearTable(Database& database, const std::string& table);

// PRAGMA foreign_key_check: each row whose reference points nowhere, as "table #rowid -> parent".
// None on a server, which refuses such a row when it is written.
std::vector<std::string> foreignKeyProblems(Database& database);

} // namespace knotwork::db
