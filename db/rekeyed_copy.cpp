#include "db/rekeyed_copy.h"

#include <vector>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "common/error.h"
#include "common/i18n.h"

namespace knotwork::db {

namespace {

constexpr const char* kCopy = "knotwork_rekeyed";

// One prepared statement, finalized on every path out.
class Statement {
public:
    Statement(sqlite_api::sqlite3* connection, const std::string& sql) : m_connection(connection)
    {
        if (sqlite_api::sqlite3_prepare_v2(connection, sql.c_str(), -1, &m_statement, nullptr) != SQLITE_OK)
            fail();
    }
    ~Statement() { sqlite_api::sqlite3_finalize(m_statement); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Binds text by value: neither a path nor a passphrase is ever spliced into SQL.
    void bind(int index, const std::string& text)
    {
        using sqlite_api::sqlite3_destructor_type;  // named, unqualified, by SQLITE_TRANSIENT
        if (sqlite_api::sqlite3_bind_text(m_statement, index, text.data(), static_cast<int>(text.size()),
                                          SQLITE_TRANSIENT) != SQLITE_OK)
            fail();
    }
    bool step()
    {
        const int result = sqlite_api::sqlite3_step(m_statement);
        if (result != SQLITE_ROW && result != SQLITE_DONE)
            fail();
        return result == SQLITE_ROW;
    }
    std::string text(int column) const
    {
        const unsigned char* value = sqlite_api::sqlite3_column_text(m_statement, column);
        return value ? reinterpret_cast<const char*>(value) : "";
    }

private:
    [[noreturn]] void fail() const
    {
        throw StorageError(formatMessage(_("Could not write the practice anew: {}."),
                                         sqlite_api::sqlite3_errmsg(m_connection)));
    }

    sqlite_api::sqlite3* m_connection;
    sqlite_api::sqlite3_stmt* m_statement = nullptr;
};

void execute(sqlite_api::sqlite3* connection, const std::string& sql)
{
    Statement statement(connection, sql);
    while (statement.step()) {
    }
}

// Every row of a query, its columns joined: what must be the same on both sides.
std::vector<std::string> rowsOf(sqlite_api::sqlite3* connection, const std::string& sql, int columns)
{
    Statement statement(connection, sql);
    std::vector<std::string> rows;
    while (statement.step()) {
        std::string row;
        for (int column = 0; column < columns; ++column)
            row += statement.text(column) + '\x1f';
        rows.push_back(row);
    }
    return rows;
}

std::string quotedName(const std::string& name)
{
    std::string quoted = "\"";
    for (const char c : name)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + '"';
}

void requireSame(const std::vector<std::string>& original, const std::vector<std::string>& copy, const char* what)
{
    if (original != copy)
        throw StorageError(formatMessage(_("Could not write the practice anew: its copy differs in {}."), what));
}

void checkCopy(sqlite_api::sqlite3* connection)
{
    auto schemaOf = [&](const std::string& database) {
        return rowsOf(connection,
                      "SELECT type, name, tbl_name, coalesce(sql, '') FROM " + database
                          + ".sqlite_schema ORDER BY type, name",
                      4);
    };
    requireSame(schemaOf("main"), schemaOf(kCopy), _("its schema"));
    requireSame(rowsOf(connection, "PRAGMA main.user_version", 1),
                rowsOf(connection, std::string("PRAGMA ") + kCopy + ".user_version", 1), _("its user_version"));
    for (const std::string& table :
         rowsOf(connection, "SELECT name FROM main.sqlite_schema WHERE type = 'table' ORDER BY name", 1)) {
        const std::string name = quotedName(table.substr(0, table.size() - 1));
        requireSame(rowsOf(connection, "SELECT count(*) FROM main." + name, 1),
                    rowsOf(connection, std::string("SELECT count(*) FROM ") + kCopy + '.' + name, 1),
                    _("the number of rows of a table"));
    }
}

} // namespace

void writeRekeyedCopy(Database& source, const std::string& passphrase, const std::filesystem::path& destination)
{
    auto* connection = static_cast<soci::sqlite3_session_backend*>(source.session().get_backend())->conn_;
    {
        // KEY '' makes the attached database plain; without a KEY it would take the source's key.
        Statement attach(connection, std::string("ATTACH DATABASE ?1 AS ") + kCopy + " KEY ?2");
        attach.bind(1, std::filesystem::absolute(destination).string());
        attach.bind(2, passphrase);
        attach.step();
    }
    try {
        // The copy is thrown away if anything fails, so it needs no journal file beside it.
        execute(connection, std::string("PRAGMA ") + kCopy + ".journal_mode = MEMORY");
        execute(connection, std::string("SELECT sqlcipher_export('") + kCopy + "')");
        checkCopy(connection);
    } catch (...) {
        sqlite_api::sqlite3_exec(connection, (std::string("DETACH DATABASE ") + kCopy).c_str(), nullptr, nullptr,
                                 nullptr);
        throw;
    }
    execute(connection, std::string("DETACH DATABASE ") + kCopy);
}

} // namespace knotwork::db
