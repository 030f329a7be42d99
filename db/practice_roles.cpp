#include "db/practice_roles.h"

#include <vector>
#include <soci/soci.h>

#include "common/error.h"
#include "common/i18n.h"
#include "db/server_access.h"
#include "db/server_session.h"
#include "db/table_rows.h"

namespace knotwork::db {

namespace {

constexpr std::size_t kLongestRoleName = 63;  // PostgreSQL's NAMEDATALEN - 1, in bytes

std::string textOf(Database& database, const std::string& sql)
{
    std::string value;
    database.session() << sql, soci::into(value);
    return value;
}

bool truthOf(Database& database, const std::string& sql)
{
    int value = 0;
    database.session() << sql, soci::into(value);
    return value != 0;
}

// "SELECT (a, b), INSERT" for privileges limited to `columns`; INSERT always whole-row.
std::string privilegesOn(std::string_view privileges, std::string_view columns)
{
    if (columns.empty())
        return std::string(privileges);
    std::string result;
    for (const std::string_view privilege : {"SELECT", "INSERT", "UPDATE"}) {
        if (privileges.find(privilege) == std::string_view::npos)
            continue;
        result += (result.empty() ? "" : ", ") + std::string(privilege);
        if (privilege != "INSERT")
            result += " (" + std::string(columns) + ")";
    }
    return result;
}

void createGroupRoleIfMissing(Database& database, const std::string& role)
{
    int known = 0;
    database.session() << "SELECT COUNT(*) FROM pg_roles WHERE rolname = :role", soci::use(role), soci::into(known);
    if (known == 0)
        database.session() << "CREATE ROLE " + quotedIdentifier(role) + " NOLOGIN";
}

std::string databaseName(Database& database)
{
    return textOf(database, "SELECT CAST(current_database() AS TEXT)");
}

std::vector<std::string> schemaTables(Database& database)
{
    std::vector<std::string> tables;
    std::string table;
    soci::statement select = (database.session().prepare
                                  << "SELECT CAST(tablename AS TEXT) FROM pg_tables WHERE schemaname = current_schema() "
                                     "ORDER BY tablename",
                              soci::into(table));
    select.execute();
    while (select.fetch())
        tables.push_back(table);
    return tables;
}

} // namespace

std::string groupRoleName(Database& database, PracticeUser::Role role)
{
    const std::string suffix = role == PracticeUser::Role::Therapist ? "_therapist" : "_front_desk";
    std::string name = databaseName(database);
    // PostgreSQL would cut a longer name itself, and two long names could then meet.
    if (name.size() + suffix.size() > kLongestRoleName)
        name.resize(kLongestRoleName - suffix.size());
    return name + suffix;
}

bool sessionOwnsPractice(Database& database)
{
    return truthOf(database, "SELECT CASE WHEN pg_has_role(session_user, relowner, 'MEMBER') THEN 1 ELSE 0 END "
                             "FROM pg_class WHERE oid = CAST('schema_version' AS regclass)");
}

std::string practiceOwner(Database& database)
{
    return textOf(database, "SELECT CAST(pg_get_userbyid(relowner) AS TEXT) FROM pg_class "
                            "WHERE oid = CAST('schema_version' AS regclass)");
}

bool sessionMayCreateRoles(Database& database)
{
    return truthOf(database, "SELECT CASE WHEN rolcreaterole OR rolsuper THEN 1 ELSE 0 END FROM pg_roles "
                             "WHERE rolname = session_user");
}

std::string sessionLogin(Database& database)
{
    return textOf(database, "SELECT CAST(session_user AS TEXT)");
}

std::string auditActor(Database& database, const std::string& given)
{
    return database.onServer() ? sessionLogin(database) : given;
}

void grantPracticeAccess(Database& database)
{
    if (!sessionMayCreateRoles(database)) {
        const std::string login = sessionLogin(database);
        throw StorageError(formatMessage(
            _("The login {} may not create roles, which the practice's accounts are. On the server, run once as "
              "PostgreSQL's administrator: ALTER ROLE {} CREATEROLE;"),
            login, quotedIdentifier(login)));
    }
    const std::string therapist = groupRoleName(database, PracticeUser::Role::Therapist);
    const std::string frontDesk = groupRoleName(database, PracticeUser::Role::FrontDesk);
    createGroupRoleIfMissing(database, therapist);
    createGroupRoleIfMissing(database, frontDesk);
    const std::string groups = quotedIdentifier(therapist) + ", " + quotedIdentifier(frontDesk);

    std::string script = "GRANT CONNECT ON DATABASE " + quotedIdentifier(databaseName(database)) + " TO " + groups + ";\n";
    const std::string schema = quotedIdentifier(textOf(database, "SELECT CAST(current_schema() AS TEXT)"));
    script += "GRANT USAGE ON SCHEMA " + schema + " TO " + groups + ";\n";
    script += "GRANT USAGE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + groups + ";\n";
    for (const std::string& table : schemaTables(database)) {
        const std::string quoted = quotedIdentifier(table);
        script += "REVOKE ALL ON TABLE " + quoted + " FROM " + groups + ";\n";
        const TableAccess* access = accessOf(table);
        if (!access)
            continue;  // out of every role's reach until the map names it (a test insists it does)
        if (!access->therapist.empty())
            script += "GRANT " + std::string(access->therapist) + " ON TABLE " + quoted + " TO "
                      + quotedIdentifier(therapist) + ";\n";
        if (!access->frontDesk.empty())
            script += "GRANT " + privilegesOn(access->frontDesk, access->frontDeskColumns) + " ON TABLE " + quoted
                      + " TO " + quotedIdentifier(frontDesk) + ";\n";
    }
    // A therapist reads and files every client's letters; the front desk, by 0014's rule, only the
    // practice's own files. (A practice upgraded only part of the way, in tests, may have no table yet.)
    if (database.hasTable("attachments"))
        script += "DROP POLICY IF EXISTS attachments_of_therapists ON attachments;\n"
              "CREATE POLICY attachments_of_therapists ON attachments TO "
              + quotedIdentifier(therapist) + " USING (true) WITH CHECK (true);\n";
    executeServerScript(database.session(), script);
}

void grantPracticeAccessAfterMigrations(Database& database)
{
    if (database.onServer() && sessionMayCreateRoles(database))
        grantPracticeAccess(database);
}

} // namespace knotwork::db
