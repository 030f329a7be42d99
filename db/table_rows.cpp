#include "db/table_rows.h"

#include <algorithm>
#include <cctype>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "common/error.h"
#include "common/i18n.h"
#include "db/table_rows_server.h"

namespace knotwork::db {

namespace {

sqlite_api::sqlite3* connectionOf(Database& database)
{
    return static_cast<soci::sqlite3_session_backend*>(database.session().get_backend())->conn_;
}

// A prepared statement finalized on every path out.
class Statement {
public:
    Statement(sqlite_api::sqlite3* connection, const std::string& sql) : m_connection(connection)
    {
        if (sqlite_api::sqlite3_prepare_v2(connection, sql.c_str(), -1, &m_handle, nullptr) != SQLITE_OK)
            fail(sql);
    }
    ~Statement() { sqlite_api::sqlite3_finalize(m_handle); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    sqlite_api::sqlite3_stmt* handle() const { return m_handle; }
    // True while there is a row; StorageError on failure.
    bool step(const std::string& what)
    {
        const int result = sqlite_api::sqlite3_step(m_handle);
        if (result == SQLITE_ROW)
            return true;
        if (result != SQLITE_DONE)
            fail(what);
        return false;
    }
    std::string text(int column) const
    {
        const auto* value = sqlite_api::sqlite3_column_text(m_handle, column);
        return value ? std::string(reinterpret_cast<const char*>(value),
                                   static_cast<std::size_t>(sqlite_api::sqlite3_column_bytes(m_handle, column)))
                     : std::string();
    }
    [[noreturn]] void fail(const std::string& what) const
    {
        throw StorageError(formatMessage(_("Could not read or write {}: {}."), what,
                                         sqlite_api::sqlite3_errmsg(m_connection)));
    }

private:
    sqlite_api::sqlite3* m_connection;
    sqlite_api::sqlite3_stmt* m_handle = nullptr;
};

TableShape shapeOf(sqlite_api::sqlite3* connection, const std::string& table)
{
    TableShape shape{table, {}, {}};
    std::vector<std::pair<int, std::string>> key;
    Statement info(connection, "PRAGMA table_info(" + quotedIdentifier(table) + ")");
    while (info.step(table)) {
        shape.columns.push_back({info.text(1), info.text(2), sqlite_api::sqlite3_column_int(info.handle(), 3) != 0});
        if (const int position = sqlite_api::sqlite3_column_int(info.handle(), 5); position > 0)
            key.emplace_back(position, info.text(1));
    }
    std::sort(key.begin(), key.end());
    for (auto& [position, column] : key)
        shape.primaryKey.push_back(column);
    if (shape.primaryKey.empty())
        shape.primaryKey.push_back("rowid");
    return shape;
}

Cell cellAt(const Statement& statement, int column)
{
    sqlite_api::sqlite3_stmt* handle = statement.handle();
    Cell cell;
    switch (sqlite_api::sqlite3_column_type(handle, column)) {
    case SQLITE_INTEGER:
        cell.kind = Cell::Kind::Integer;
        cell.integer = sqlite_api::sqlite3_column_int64(handle, column);
        break;
    case SQLITE_FLOAT:
        cell.kind = Cell::Kind::Real;
        cell.real = sqlite_api::sqlite3_column_double(handle, column);
        break;
    case SQLITE_TEXT:
        cell.kind = Cell::Kind::Text;
        cell.bytes = statement.text(column);
        break;
    case SQLITE_BLOB: {
        cell.kind = Cell::Kind::Blob;
        const auto* bytes = static_cast<const char*>(sqlite_api::sqlite3_column_blob(handle, column));
        cell.bytes.assign(bytes ? bytes : "", static_cast<std::size_t>(sqlite_api::sqlite3_column_bytes(handle, column)));
        break;
    }
    default:
        break;
    }
    return cell;
}

class SqliteRowWriter final : public RowWriter {
public:
    SqliteRowWriter(sqlite_api::sqlite3* connection, const TableShape& table)
        : m_connection(connection), m_table(table.name)
    {
        const std::string sql = insertRowSql(table, '?');
        if (sqlite_api::sqlite3_prepare_v2(connection, sql.c_str(), -1, &m_statement, nullptr) != SQLITE_OK)
            throw StorageError(formatMessage(_("Could not write {}: {}."), m_table, sqlite_api::sqlite3_errmsg(connection)));
    }
    ~SqliteRowWriter() override { sqlite_api::sqlite3_finalize(m_statement); }
    void finish() override {}

    void insert(const std::vector<Cell>& values) override
    {
        sqlite_api::sqlite3_reset(m_statement);
        sqlite_api::sqlite3_clear_bindings(m_statement);
        for (std::size_t i = 0; i < values.size(); ++i) {
            const int at = static_cast<int>(i) + 1;
            const Cell& cell = values[i];
            switch (cell.kind) {
            case Cell::Kind::Null: sqlite_api::sqlite3_bind_null(m_statement, at); break;
            case Cell::Kind::Integer: sqlite_api::sqlite3_bind_int64(m_statement, at, cell.integer); break;
            case Cell::Kind::Real: sqlite_api::sqlite3_bind_double(m_statement, at, cell.real); break;
            case Cell::Kind::Text:
                sqlite_api::sqlite3_bind_text64(m_statement, at, cell.bytes.data(), cell.bytes.size(), SQLITE_STATIC,
                                                SQLITE_UTF8);
                break;
            case Cell::Kind::Blob:
                sqlite_api::sqlite3_bind_blob64(m_statement, at, cell.bytes.data(), cell.bytes.size(), SQLITE_STATIC);
                break;
            }
        }
        if (sqlite_api::sqlite3_step(m_statement) != SQLITE_DONE)
            throw StorageError(formatMessage(_("Could not write a row of {}: {}."), m_table,
                                             sqlite_api::sqlite3_errmsg(m_connection)));
    }

private:
    sqlite_api::sqlite3* m_connection;
    std::string m_table;
    sqlite_api::sqlite3_stmt* m_statement = nullptr;
};

} // namespace

Affinity affinityOf(std::string declared)
{
    std::transform(declared.begin(), declared.end(), declared.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    const auto has = [&](const char* part) { return declared.find(part) != std::string::npos; };
    if (has("INT"))
        return Affinity::Integer;
    if (has("CHAR") || has("CLOB") || has("TEXT"))
        return Affinity::Text;
    if (has("BLOB") || declared.empty())
        return Affinity::Blob;
    if (has("REAL") || has("FLOA") || has("DOUB"))
        return Affinity::Real;
    return Affinity::Numeric;
}

std::string quotedIdentifier(const std::string& identifier)
{
    std::string text = "\"";
    for (const char c : identifier)
        text += c == '"' ? std::string("\"\"") : std::string(1, c);
    return text + '"';
}

std::string insertRowSql(const TableShape& table, char marker)
{
    std::string columns;
    std::string values;
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        columns += (i ? ", " : "") + quotedIdentifier(table.columns[i].name);
        values += (i ? ", " : "") + std::string(1, marker) + std::to_string(i + 1);
    }
    return "INSERT INTO " + quotedIdentifier(table.name) + " (" + columns + ") VALUES (" + values + ")";
}

std::vector<TableShape> tablesOfSqlite(soci::session& session)
{
    sqlite_api::sqlite3* connection = static_cast<soci::sqlite3_session_backend*>(session.get_backend())->conn_;
    std::vector<std::string> names;
    {
        Statement list(connection, "SELECT name FROM sqlite_master WHERE type = 'table' "
                                   "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid");
        while (list.step("sqlite_master"))
            names.push_back(list.text(0));
    }
    std::vector<TableShape> tables;
    for (const std::string& name : names)
        tables.push_back(shapeOf(connection, name));
    return tables;
}

std::vector<TableShape> practiceTables(Database& database)
{
    if (database.onServer())
        return server_rows::practiceTables(database);
    return tablesOfSqlite(database.session());
}

void readRows(Database& database, const TableShape& table, const std::string& condition, long long parameter,
              const std::function<void(const std::vector<Cell>&)>& row)
{
    if (database.onServer()) {
        server_rows::readRows(database, table, condition, parameter, row);
        return;
    }
    std::string columns;
    for (const TableColumn& column : table.columns)
        columns += (columns.empty() ? "" : ", ") + quotedIdentifier(column.name);
    std::string order;
    for (const std::string& column : table.primaryKey)
        order += (order.empty() ? "" : ", ") + quotedIdentifier(column);
    Statement select(connectionOf(database), "SELECT " + columns + " FROM " + quotedIdentifier(table.name)
                                                  + (condition.empty() ? "" : " WHERE " + condition)
                                                  + " ORDER BY " + order);
    if (condition.find("?1") != std::string::npos)
        sqlite_api::sqlite3_bind_int64(select.handle(), 1, parameter);
    std::vector<Cell> cells(table.columns.size());
    while (select.step(table.name)) {
        for (std::size_t i = 0; i < cells.size(); ++i)
            cells[i] = cellAt(select, static_cast<int>(i));
        row(cells);
    }
}

RowInserter::RowInserter(Database& database, const TableShape& table)
    : m_writer(database.onServer() ? server_rows::rowWriter(database, table)
                                   : std::make_unique<SqliteRowWriter>(connectionOf(database), table))
{
}

RowInserter::~RowInserter() = default;

void continueIdsAfterCopiedRows(Database& database, const TableShape& table)
{
    if (database.onServer())
        server_rows::continueIdsAfterCopiedRows(database, table);
}

void clearTable(Database& database, const std::string& table)
{
    database.executeScript("DELETE FROM " + quotedIdentifier(table));
}

std::vector<std::string> foreignKeyProblems(Database& database)
{
    std::vector<std::string> problems;
    if (database.onServer())
        return problems;
    Statement check(connectionOf(database), "PRAGMA foreign_key_check");
    while (check.step("foreign keys"))
        problems.push_back(check.text(0) + " #" + check.text(1) + " -> " + check.text(2));
    return problems;
}

} // namespace knotwork::db
