#include "db/table_rows_server.h"

#include <libpq-fe.h>
#include <memory>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

#include "common/error.h"
#include "common/i18n.h"

namespace knotwork::db::server_rows {

namespace {

// PostgreSQL's type oids (pg_type.dat) of the columns a practice has on a server.
constexpr Oid kBool = 16, kBytea = 17, kInt8 = 20, kInt2 = 21, kInt4 = 23, kFloat4 = 700, kFloat8 = 701,
              kNumeric = 1700;

using Result = std::unique_ptr<PGresult, decltype(&PQclear)>;

// Runs `sql` on the practice's own connection (so inside its transaction), with parameters of
// the types given (0: as the statement's context says).
Result run(Database& database, const std::string& sql, const std::vector<std::string>& parameters,
           const std::string& what, const std::vector<Oid>& types = {})
{
    auto* backend = static_cast<soci::postgresql_session_backend*>(database.session().get_backend());
    std::vector<const char*> values;
    for (const std::string& parameter : parameters)
        values.push_back(parameter.c_str());
    Result result(PQexecParams(backend->conn_, sql.c_str(), static_cast<int>(values.size()),
                               types.empty() ? nullptr : types.data(), values.data(), nullptr, nullptr, 0),
                  &PQclear);
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
        throw StorageError(formatMessage(_("Could not read or write {}: {}."), what,
                                         PQresultErrorMessage(result.get())));
    return result;
}

std::string quoted(const std::string& identifier)
{
    std::string text = "\"";
    for (char c : identifier)
        text += c == '"' ? std::string("\"\"") : std::string(1, c);
    return text + '"';
}

int hexDigit(char c)
{
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

// bytea in PostgreSQL's text output ("\x" and two hex digits a byte).
std::string unhexed(const char* text, int length)
{
    std::string bytes;
    if (length < 2 || text[0] != '\\' || text[1] != 'x')
        throw StorageError(_("The server sent binary data in a form Knotwork does not read."));
    bytes.reserve(static_cast<std::size_t>(length - 2) / 2);
    for (int i = 2; i + 1 < length; i += 2)
        bytes += static_cast<char>(hexDigit(text[i]) * 16 + hexDigit(text[i + 1]));
    return bytes;
}

Cell cellAt(const PGresult* result, int row, int column)
{
    Cell cell;
    if (PQgetisnull(result, row, column))
        return cell;
    const char* value = PQgetvalue(result, row, column);
    switch (PQftype(result, column)) {
    case kInt2:
    case kInt4:
    case kInt8:
        cell.kind = Cell::Kind::Integer;
        cell.integer = std::stoll(value);
        break;
    case kBool:
        cell.kind = Cell::Kind::Integer;
        cell.integer = value[0] == 't' ? 1 : 0;
        break;
    case kFloat4:
    case kFloat8:
    case kNumeric:
        cell.kind = Cell::Kind::Real;
        cell.real = std::stod(value);
        break;
    case kBytea:
        cell.kind = Cell::Kind::Blob;
        cell.bytes = unhexed(value, PQgetlength(result, row, column));
        break;
    default:
        cell.kind = Cell::Kind::Text;
        cell.bytes.assign(value, static_cast<std::size_t>(PQgetlength(result, row, column)));
        break;
    }
    return cell;
}

TableShape shapeOf(Database& database, const std::string& table)
{
    TableShape shape{table, {}, {}};
    const Result columns = run(database,
                               "SELECT column_name, upper(data_type), is_nullable FROM information_schema.columns "
                               "WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
                               {table}, table);
    for (int i = 0; i < PQntuples(columns.get()); ++i) {
        // Named as SQLite would read it for its affinity: BYTEA holds what a BLOB holds.
        const std::string type = PQgetvalue(columns.get(), i, 1);
        shape.columns.push_back({PQgetvalue(columns.get(), i, 0), type == "BYTEA" ? "BLOB" : type,
                                 std::string(PQgetvalue(columns.get(), i, 2)) == "NO"});
    }
    const Result key = run(database,
                           "SELECT a.attname FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY "
                           "AS k(attnum, position) JOIN pg_attribute a ON a.attrelid = i.indrelid "
                           "AND a.attnum = k.attnum WHERE i.indrelid = $1::regclass AND i.indisprimary "
                           "ORDER BY k.position",
                           {quoted(table)}, table);
    for (int i = 0; i < PQntuples(key.get()); ++i)
        shape.primaryKey.push_back(PQgetvalue(key.get(), i, 0));
    // A table without a key is read in the order of all its columns: the same rows, the same order.
    if (shape.primaryKey.empty())
        for (const TableColumn& column : shape.columns)
            shape.primaryKey.push_back(column.name);
    return shape;
}

// The condition's "?1" (SQLite's numbered parameter) as PostgreSQL's "$1".
std::string withServerParameter(std::string condition)
{
    for (std::size_t at = condition.find("?1"); at != std::string::npos; at = condition.find("?1", at))
        condition.replace(at, 2, "$1");
    return condition;
}

} // namespace

std::vector<TableShape> practiceTables(Database& database)
{
    // A table's oid grows with each table made, so this is the order the migrations made them in.
    const Result names = run(database,
                             "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                             "WHERE c.relkind = 'r' AND n.nspname = current_schema() ORDER BY c.oid",
                             {}, "the practice's tables");
    std::vector<TableShape> tables;
    for (int i = 0; i < PQntuples(names.get()); ++i)
        tables.push_back(shapeOf(database, PQgetvalue(names.get(), i, 0)));
    return tables;
}

void readRows(Database& database, const TableShape& table, const std::string& condition, long long parameter,
              const std::function<void(const std::vector<Cell>&)>& row)
{
    std::string columns;
    for (const TableColumn& column : table.columns)
        columns += (columns.empty() ? "" : ", ") + quoted(column.name);
    std::string order;
    for (const std::string& column : table.primaryKey)
        order += (order.empty() ? "" : ", ") + quoted(column);
    const bool bound = condition.find("?1") != std::string::npos;
    const Result result = run(database,
                              "SELECT " + columns + " FROM " + quoted(table.name)
                                  + (condition.empty() ? "" : " WHERE " + withServerParameter(condition))
                                  + " ORDER BY " + order,
                              bound ? std::vector<std::string>{std::to_string(parameter)} : std::vector<std::string>{},
                              table.name, bound ? std::vector<Oid>{kInt8} : std::vector<Oid>{});
    std::vector<Cell> cells(table.columns.size());
    for (int r = 0; r < PQntuples(result.get()); ++r) {
        for (std::size_t i = 0; i < cells.size(); ++i)
            cells[i] = cellAt(result.get(), r, static_cast<int>(i));
        row(cells);
    }
}

} // namespace knotwork::db::server_rows
