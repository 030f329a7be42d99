#pragma once
// The server's half of db/table_rows.h: the same tables, shapes and rows read from a practice on
// a clinic server through libpq, so a practice there exports as a practice file does.

#include <functional>
#include <string>
#include <vector>

#include "db/table_rows.h"

namespace knotwork::db::server_rows {

std::vector<TableShape> practiceTables(Database& database);
void readRows(Database& database, const TableShape& table, const std::string& condition, long long parameter,
              const std::function<void(const std::vector<Cell>&)>& row);

} // namespace knotwork::db::server_rows
