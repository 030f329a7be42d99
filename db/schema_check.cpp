#include "db/schema_check.h"

#include <map>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "common/i18n.h"
#include "db/migration.h"
#include "db/migrator.h"
#include "db/sql_dialect.h"

namespace knotwork::db {

namespace {

struct SchemaObject {
    std::string type;
    std::string sql;
};

// Keyed by name: a schema's named triggers and indexes (SQLite's own automatic indexes have no
// SQL and are left out: they come with the tables).
using SchemaObjects = std::map<std::string, SchemaObject>;

// Whitespace runs count as one space: a trigger re-created with other line breaks is the same.
std::string normalized(const std::string& sql)
{
    std::string text;
    bool space = false;
    for (const char c : sql) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = !text.empty();
            continue;
        }
        if (space)
            text += ' ';
        space = false;
        text += c;
    }
    return text;
}

SchemaObjects schemaObjects(soci::session& session)
{
    SchemaObjects objects;
    std::string type, name, sql;
    soci::statement statement = (session.prepare << "SELECT type, name, sql FROM sqlite_master "
                                                    "WHERE type IN ('trigger', 'index') AND sql IS NOT NULL",
                                 soci::into(type), soci::into(name), soci::into(sql));
    statement.execute();
    while (statement.fetch())
        objects[name] = {type, sql};
    return objects;
}

SchemaObjects builtInObjects(const SqlDialect& dialect, int version)
{
    soci::session fresh(soci::sqlite3, "db=:memory:");
    for (const Migration& migration : builtInMigrations())
        if (migration.version <= version)
            executeSqlScript(fresh, dialect.migrationScript(migration));
    return schemaObjects(fresh);
}

} // namespace

std::vector<SchemaDifference> compareWithBuiltInSchema(Database& database)
{
    const SchemaObjects builtIn = builtInObjects(database.dialect(), Migrator(database).currentVersion());
    const SchemaObjects present = schemaObjects(database.session());
    std::vector<SchemaDifference> differences;
    for (const auto& [name, object] : builtIn) {
        const auto found = present.find(name);
        if (found == present.end())
            differences.push_back({SchemaDifference::Change::Missing, object.type, name, object.sql});
        else if (found->second.type != object.type || normalized(found->second.sql) != normalized(object.sql))
            differences.push_back({SchemaDifference::Change::Changed, object.type, name, object.sql});
    }
    for (const auto& [name, object] : present)
        if (!builtIn.contains(name))
            differences.push_back({SchemaDifference::Change::Added, object.type, name, {}});
    return differences;
}

std::string schemaObjectName(const SchemaDifference& difference)
{
    return difference.type == "trigger" ? formatMessage(_("trigger {}"), difference.name)
                                        : formatMessage(_("index {}"), difference.name);
}

std::string schemaProblem(const SchemaDifference& difference)
{
    switch (difference.change) {
    case SchemaDifference::Change::Missing:
        return _("It was removed; run knotwork-cli init to put it back.");
    case SchemaDifference::Change::Changed:
        return _("It differs from Knotwork's own; run knotwork-cli init to put Knotwork's back.");
    case SchemaDifference::Change::Added:
        return _("It is not one of Knotwork's: something other than Knotwork added it to the practice.");
    }
    return {};
}

} // namespace knotwork::db
