#include "db/practice_copy.h"

#include <soci/soci.h>
#include <stdexcept>

#include "common/error.h"
#include "common/i18n.h"
#include "db/migration.h"
#include "db/migrator.h"
#include "db/practice_roles.h"
#include "db/read_snapshot.h"
#include "db/sql_dialect.h"
#include "db/table_rows.h"

namespace knotwork::db {

namespace {

long long countRows(Database& database, const std::string& table)
{
    long long rows = 0;
    database.session() << "SELECT COUNT(*) FROM " + quotedIdentifier(table), soci::into(rows);
    return rows;
}

} // namespace

std::vector<TableRowCount> rowCounts(Database& database, const std::vector<TableRowCount>& expected)
{
    std::vector<TableRowCount> counts;
    for (const TableRowCount& table : expected)
        counts.push_back({table.table, countRows(database, table.table)});
    return counts;
}

std::vector<TableRowCount> copyPracticeInto(Database& source, Database& target)
{
    if (!target.inWrite())
        throw std::logic_error("copyPracticeInto writes: call it inside the target's write");
    Migrator sourceFormat(source);
    if (sourceFormat.currentVersion() != sourceFormat.latestVersion())
        throw std::logic_error("copyPracticeInto copies a practice at this Knotwork's format: open it first");

    ReadSnapshot snapshot(source);
    if (!target.onServer())
        target.executeScript("PRAGMA defer_foreign_keys = ON");  // a server checks each row, in table order
    for (const Migration& migration : builtInMigrations())
        target.executeScript(target.dialect().migrationScript(migration));
    grantPracticeAccessAfterMigrations(target);
    std::vector<TableRowCount> counts;
    for (const TableShape& table : practiceTables(target)) {
        counts.push_back({table.name, countRows(source, table.name)});
        clearTable(target, table.name);  // what the migrations wrote (the default settings)
        RowInserter inserter(target, table);
        readRows(source, table, "", 0, [&](const std::vector<Cell>& row) { inserter.insert(row); });
        inserter.finish();
        continueIdsAfterCopiedRows(target, table);
    }
    const std::vector<std::string> orphans = foreignKeyProblems(target);
    if (!orphans.empty())
        throw StorageError(formatMessage(_("The copy of {} refers to records it does not hold ({}, and {} more)."),
                                         source.where(), orphans.front(), orphans.size() - 1));
    return counts;
}

} // namespace knotwork::db
