#pragma once
// table_rows.h on a clinic server (PostgreSQL through libpq, on the practice's own connection):
// table_rows.cpp hands a server's practice here.

#include "db/table_rows.h"

namespace soci {
class session;
}

namespace knotwork::db {
// The tables of a SQLite session in the order they were created (table_rows.cpp).
std::vector<TableShape> tablesOfSqlite(soci::session& session);
} // namespace knotwork::db

namespace knotwork::db::server_rows {

std::vector<TableShape> practiceTables(Database& database);
void readRows(Database& database, const TableShape& table, const std::string& condition, long long parameter,
              const std::function<void(const std::vector<Cell>&)>& row);
std::unique_ptr<RowWriter> rowWriter(Database& database, const TableShape& table);
void continueIdsAfterCopiedRows(Database& database, const TableShape& table);

} // namespace knotwork::db::server_rows
