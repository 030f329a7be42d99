#include "db/schema_check.h"

#include <map>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "common/i18n.h"
#include "db/migration.h"
#include "db/migrator.h"
#include "db/sql_dialect.h"
#include "db/storage_errors.h"

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

// On a clinic server: the triggers (disabled ones marked so), the indexes that no constraint
// makes, and the functions the triggers call, of the schema first in the search path, as
// PostgreSQL writes them back.
SchemaObjects serverSchemaObjects(soci::session& session)
{
    SchemaObjects objects;
    std::string type, name, sql;
    soci::statement statement =
        (session.prepare << "SELECT 'trigger', t.tgname, pg_get_triggerdef(t.oid) "
                            "|| CASE WHEN t.tgenabled = 'D' THEN ' (disabled)' ELSE '' END "
                            "FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                            "WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal "
                            "UNION ALL SELECT 'index', c.relname, pg_get_indexdef(i.indexrelid) "
                            "FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                            "WHERE c.relnamespace = current_schema()::regnamespace "
                            "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid) "
                            "UNION ALL SELECT 'function', p.proname, pg_get_functiondef(p.oid) FROM pg_proc p "
                            "WHERE p.pronamespace = current_schema()::regnamespace",
         soci::into(type), soci::into(name), soci::into(sql));
    std::string schema;
    session << "SELECT quote_ident(current_schema())", soci::into(schema);
    // PostgreSQL names a table or function with its schema in these: taken out, so that the
    // practice's and the built-in ones, made in a schema of their own, compare.
    const auto unqualified = [&schema](std::string sql) {
        for (const std::string before : {" ON ", "FUNCTION "}) {
            const std::string qualified = before + schema + ".";
            for (std::size_t at = sql.find(qualified); at != std::string::npos; at = sql.find(qualified, at))
                sql.replace(at, qualified.size(), before);
        }
        return sql;
    };
    statement.execute();
    while (statement.fetch())
        objects[name] = {type, unqualified(sql)};
    return objects;
}

// What the built-in migrations make on the server, built in a schema of their own inside a
// savepoint that is then rolled back: the practice is left as it was.
SchemaObjects serverBuiltInObjects(Database& database, int version)
{
    soci::session& session = database.session();
    session << "SAVEPOINT knotwork_built_in_schema";
    try {
        session << "CREATE SCHEMA knotwork_built_in";
        session << "SET LOCAL search_path TO knotwork_built_in";
        for (const Migration& migration : builtInMigrations())
            if (migration.version <= version)
                database.executeScript(database.dialect().migrationScript(migration));
        SchemaObjects objects = serverSchemaObjects(session);
        session << "ROLLBACK TO SAVEPOINT knotwork_built_in_schema";
        session << "RELEASE SAVEPOINT knotwork_built_in_schema";
        return objects;
    } catch (...) {
        session << "ROLLBACK TO SAVEPOINT knotwork_built_in_schema";
        session << "RELEASE SAVEPOINT knotwork_built_in_schema";
        // A person's own login may not create a schema: the owner's may (docs/CLINIC-SERVER.md).
        rethrowAsStorageError(_("building Knotwork's own schema beside the practice's to compare them, which "
                                "needs the login that owns the practice"));
    }
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
    const int version = Migrator(database).currentVersion();
    const SchemaObjects builtIn = database.onServer() ? serverBuiltInObjects(database, version)
                                                      : builtInObjects(database.dialect(), version);
    const SchemaObjects present =
        database.onServer() ? serverSchemaObjects(database.session()) : schemaObjects(database.session());
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
    if (difference.type == "function")
        return formatMessage(_("function {}"), difference.name);
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
