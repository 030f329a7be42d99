#include "db/sql_dialect.h"

#include <stdexcept>

#include "db/migration.h"

namespace knotwork::db {

const SqlDialect& SqlDialect::sqlite()
{
    static const SqlDialect dialect = [] {
        SqlDialect d;
        d.m_name = "sqlite";
        d.m_beginWrite = "BEGIN IMMEDIATE";
        d.m_tableExists = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = :name";
        d.m_countTables = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'";
        // A rowid alias: the id is assigned by SQLite and never reused while the row exists.
        d.m_idPrimaryKey = "INTEGER PRIMARY KEY";
        d.m_blob = "BLOB";  // PostgreSQL: BYTEA
        return d;
    }();
    return dialect;
}

std::string SqlDialect::migrationScript(const Migration& migration) const
{
    const std::string_view sql = migration.portableSql;
    std::string script;
    script.reserve(sql.size() + migration.sqliteSql.size() + 1);
    std::size_t done = 0;
    for (std::size_t open = sql.find("{{"); open != std::string_view::npos; open = sql.find("{{", done)) {
        const std::size_t close = sql.find("}}", open);
        if (close == std::string_view::npos)
            throw std::logic_error("migration " + migration.name + ": unclosed {{");
        const std::string_view placeholder = sql.substr(open + 2, close - open - 2);
        script.append(sql.substr(done, open - done));
        if (placeholder == "id_primary_key")
            script.append(m_idPrimaryKey);
        else if (placeholder == "blob")
            script.append(m_blob);
        else
            throw std::logic_error("migration " + migration.name + ": unknown placeholder {{"
                                   + std::string(placeholder) + "}}");
        done = close + 2;
    }
    script.append(sql.substr(done));
    if (m_name == "sqlite")
        script.append("\n").append(migration.sqliteSql);
    return script;
}

} // namespace knotwork::db
