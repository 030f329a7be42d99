#include "db/table_rows_server.h"

#include <charconv>
#include <map>
#include <libpq-fe.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "common/error.h"
#include "common/i18n.h"
#include "db/migration.h"
#include "db/sql_dialect.h"

namespace knotwork::db::server_rows {

namespace {

PGconn* connectionOf(Database& database)
{
    return static_cast<soci::postgresql_session_backend*>(database.session().get_backend())->conn_;
}

using Result = std::unique_ptr<PGresult, decltype(&PQclear)>;

constexpr Oid kBigint = 20;  // PostgreSQL's int8

// StorageError: `sentence` (translated, {} for the table and {} for the server's reason).
[[noreturn]] void fail(PGconn* connection, const char* sentence, const std::string& table)
{
    std::string reason = PQerrorMessage(connection);
    while (!reason.empty() && reason.back() == '\n')
        reason.pop_back();
    throw StorageError(formatMessage(sentence, table, reason));
}

// How a column's values are carried: by the type the migrations declare, as SQLite's affinity
// rules read it, so a row read here is the row a practice file holds.
Cell::Kind kindOf(const TableColumn& column)
{
    switch (affinityOf(column.declaredType)) {
    case Affinity::Integer: return Cell::Kind::Integer;
    case Affinity::Text: return Cell::Kind::Text;
    case Affinity::Blob: return Cell::Kind::Blob;
    default: return Cell::Kind::Real;
    }
}

// A value as PostgreSQL's text format gives it.
Cell cellOf(const PGresult* result, int column, Cell::Kind kind)
{
    Cell cell;
    if (PQgetisnull(result, 0, column))
        return cell;
    const char* text = PQgetvalue(result, 0, column);
    const auto length = static_cast<std::size_t>(PQgetlength(result, 0, column));
    cell.kind = kind;
    switch (kind) {
    case Cell::Kind::Integer: std::from_chars(text, text + length, cell.integer); break;
    case Cell::Kind::Real: std::from_chars(text, text + length, cell.real); break;
    case Cell::Kind::Blob: cell.bytes = bytesOfByteaText(text); break;
    default: cell.bytes.assign(text, length); break;
    }
    return cell;
}

// A value as COPY's text format takes it: \N for none, and a backslash, tab, newline or carriage
// return escaped (a blob in BYTEA's hex form, "\x0a1b…", whose backslash is then escaped too).
void appendCopyValue(std::string& line, const Cell& cell)
{
    std::string text;
    switch (cell.kind) {
    case Cell::Kind::Null: line += "\\N"; return;
    case Cell::Kind::Integer: line += std::to_string(cell.integer); return;
    case Cell::Kind::Real: {
        char digits[32];
        const auto [end, error] = std::to_chars(digits, digits + sizeof digits, cell.real);
        line.append(digits, end);
        return;
    }
    case Cell::Kind::Blob: text = byteaText(cell.bytes); break;
    default: break;
    }
    for (const char c : cell.kind == Cell::Kind::Blob ? text : cell.bytes) {
        switch (c) {
        case '\\': line += "\\\\"; break;
        case '\t': line += "\\t"; break;
        case '\n': line += "\\n"; break;
        case '\r': line += "\\r"; break;
        default: line += c;
        }
    }
}

// Streams a table's rows to the server in one COPY … FROM STDIN: one round trip for the whole
// table instead of one per row (a practice of 200,000 notes moves in seconds, not minutes). The
// server checks each row as it takes it and says which line it refused when the COPY ends.
class ServerRowWriter final : public RowWriter {
public:
    ServerRowWriter(PGconn* connection, const TableShape& table) : m_connection(connection), m_table(table.name)
    {
        std::string columns;
        for (const TableColumn& column : table.columns)
            columns += (columns.empty() ? "" : ", ") + quotedIdentifier(column.name);
        const std::string sql = "COPY " + quotedIdentifier(table.name) + " (" + columns + ") FROM STDIN";
        const Result started(PQexec(connection, sql.c_str()), &PQclear);
        if (PQresultStatus(started.get()) != PGRES_COPY_IN)
            fail(connection, _("Could not write {}: {}."), m_table);
        m_copying = true;
    }
    ~ServerRowWriter() override
    {
        if (m_copying)
            end("abandoned");  // the write this belongs to is failing: the server drops the rows
    }

    void insert(const std::vector<Cell>& values) override
    {
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (i)
                m_pending += '\t';
            appendCopyValue(m_pending, values[i]);
        }
        m_pending += '\n';
        if (m_pending.size() >= kBatchBytes)
            send();
    }

    void finish() override
    {
        send();
        if (const std::string failure = end(nullptr); !failure.empty())
            throw StorageError(formatMessage(_("Could not write a row of {}: {}."), m_table, failure));
    }

private:
    static constexpr std::size_t kBatchBytes = 256 * 1024;

    void send()
    {
        if (!m_pending.empty()
            && PQputCopyData(m_connection, m_pending.data(), static_cast<int>(m_pending.size())) != 1)
            fail(m_connection, _("Could not write {}: {}."), m_table);
        m_pending.clear();
    }

    // Ends the COPY (abandoning it with `abandonReason`) and takes every result, so the connection
    // is ready for the next statement; the server's reason when it refused a row.
    std::string end(const char* abandonReason)
    {
        m_copying = false;
        std::string failure;
        if (PQputCopyEnd(m_connection, abandonReason) != 1)
            failure = PQerrorMessage(m_connection);
        for (Result result(PQgetResult(m_connection), &PQclear); result; result.reset(PQgetResult(m_connection)))
            if (PQresultStatus(result.get()) != PGRES_COMMAND_OK && failure.empty())
                failure = PQresultErrorMessage(result.get());
        while (!failure.empty() && failure.back() == '\n')
            failure.pop_back();
        return failure;
    }

    PGconn* m_connection;
    std::string m_table;
    std::string m_pending;
    bool m_copying = false;
};

} // namespace

std::vector<TableShape> practiceTables(Database& database)
{
    // The server's columns are wider than declared (sql_dialect.cpp): each column keeps the type
    // the migrations declare, read from the built-in schema built into a scratch SQLite, and the
    // server says which tables and columns this practice has (an import builds an older format).
    soci::session scratch(soci::sqlite3, "db=:memory:");
    for (const Migration& migration : builtInMigrations())
        executeSqlScript(scratch, SqlDialect::sqlite().migrationScript(migration));
    std::map<std::string, TableShape> declared;
    for (TableShape& shape : tablesOfSqlite(scratch))
        declared.emplace(shape.name, std::move(shape));

    std::vector<TableShape> tables;
    soci::row row;
    // Tables in the order they were made (their catalogue ids grow), columns in table order.
    soci::statement columns = (database.session().prepare
                                   << "SELECT CAST(c.relname AS TEXT) AS table_name, CAST(a.attname AS TEXT) AS column_name, "
                                      "CASE WHEN a.attnotnull THEN 1 ELSE 0 END AS not_null "
                                      "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                      "JOIN pg_attribute a ON a.attrelid = c.oid "
                                      "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0 "
                                      "AND NOT a.attisdropped ORDER BY c.oid, a.attnum",
                               soci::into(row));
    columns.execute();
    while (columns.fetch()) {
        const std::string table = row.get<std::string>(0);
        const std::string column = row.get<std::string>(1);
        const auto known = declared.find(table);
        if (tables.empty() || tables.back().name != table) {
            tables.push_back({table, {}, {}});
            tables.back().primaryKey = known != declared.end() ? known->second.primaryKey
                                                               : std::vector<std::string>{"rowid"};
        }
        std::string type = "TEXT";
        if (known != declared.end())
            for (const TableColumn& builtIn : known->second.columns)
                if (builtIn.name == column)
                    type = builtIn.declaredType;
        tables.back().columns.push_back({column, type, row.get<int>(2) != 0});
    }
    return tables;
}

void readRows(Database& database, const TableShape& table, const std::string& condition, long long parameter,
              const std::function<void(const std::vector<Cell>&)>& row)
{
    PGconn* connection = connectionOf(database);
    std::string columns;
    for (const TableColumn& column : table.columns)
        columns += (columns.empty() ? "" : ", ") + quotedIdentifier(column.name);
    std::string order;
    for (const std::string& column : table.primaryKey)
        order += (order.empty() ? "" : ", ") + (column == "rowid" ? std::string("ctid") : quotedIdentifier(column));
    std::string where = condition;
    for (std::size_t at = where.find("?1"); at != std::string::npos; at = where.find("?1", at))
        where.replace(at, 2, "$1");
    const std::string sql = "SELECT " + columns + " FROM " + quotedIdentifier(table.name)
        + (where.empty() ? "" : " WHERE " + where) + " ORDER BY " + order;
    const std::string bound = std::to_string(parameter);
    const char* parameters[] = {bound.c_str()};
    // A whole number, said so: a condition may read it both as an id and as text (CAST(?1 AS TEXT)).
    const Oid types[] = {kBigint};
    const bool binds = where.find("$1") != std::string::npos;
    if (!PQsendQueryParams(connection, sql.c_str(), binds ? 1 : 0, binds ? types : nullptr,
                           binds ? parameters : nullptr, nullptr, nullptr, 0)
        || !PQsetSingleRowMode(connection))
        fail(connection, _("Could not read or write {}: {}."), table.name);

    std::vector<Cell::Kind> kinds;
    for (const TableColumn& column : table.columns)
        kinds.push_back(kindOf(column));
    std::vector<Cell> cells(table.columns.size());
    std::string failure;
    std::exception_ptr stopped;
    // Every result is taken, also after a failure, so the connection is ready for the next statement.
    for (Result result(PQgetResult(connection), &PQclear); result; result.reset(PQgetResult(connection))) {
        const ExecStatusType status = PQresultStatus(result.get());
        if (status == PGRES_SINGLE_TUPLE && !stopped) {
            for (std::size_t i = 0; i < cells.size(); ++i)
                cells[i] = cellOf(result.get(), static_cast<int>(i), kinds[i]);
            try {
                row(cells);
            } catch (...) {
                stopped = std::current_exception();
                PQrequestCancel(connection);
            }
        } else if (status != PGRES_SINGLE_TUPLE && status != PGRES_TUPLES_OK && failure.empty() && !stopped) {
            failure = PQresultErrorMessage(result.get());
        }
    }
    if (stopped)
        std::rethrow_exception(stopped);
    if (!failure.empty())
        throw StorageError(formatMessage(_("Could not read or write {}: {}."), table.name, failure));
}

std::unique_ptr<RowWriter> rowWriter(Database& database, const TableShape& table)
{
    return std::make_unique<ServerRowWriter>(connectionOf(database), table);
}

void continueIdsAfterCopiedRows(Database& database, const TableShape& table)
{
    if (table.primaryKey != std::vector<std::string>{"id"})
        return;
    const std::string name = quotedIdentifier(table.name);
    // Only an identity column has a sequence; a table keyed by a number it is given has none.
    std::string sequence;
    soci::indicator none = soci::i_null;
    database.session() << "SELECT pg_get_serial_sequence(:name, 'id')", soci::use(table.name), soci::into(sequence, none);
    if (none != soci::i_ok)
        return;
    database.session() << "SELECT setval(:sequence, COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM " + name,
        soci::use(sequence);
}

} // namespace knotwork::db::server_rows
