#include "db/practice_verifier.h"

#include <array>
#include <nlohmann/json.hpp>
#include <soci/soci.h>

#include "common/i18n.h"
#include "db/audit_entry.h"
#include "db/chain_verifier.h"
#include "db/read_snapshot.h"
#include "db/schema_check.h"
#include "db/sql_dialect.h"
#include "db/write_transaction.h"

namespace knotwork::db {

using integrity::IntegrityFinding;
using integrity::IntegrityReport;

namespace {

// The findings integrity_check lists, at most this many: past a few, the file is simply damaged.
constexpr int kMostFileProblems = 20;

void checkFile(Database& database, IntegrityReport& report)
{
    std::string problem;
    soci::statement statement = (database.session().prepare << "PRAGMA integrity_check("
                                         + std::to_string(kMostFileProblems) + ")",
                                 soci::into(problem));
    statement.execute();
    while (statement.fetch())
        if (problem != "ok")
            report.findings.push_back({IntegrityFinding::Area::File, database.path().filename().string(),
                                       formatMessage(_("The database file is damaged: {}."), problem)});
}

void checkForeignKeys(Database& database, IntegrityReport& report)
{
    std::string table, parent;
    long long rowId = 0;
    soci::indicator rowIdSet = soci::i_ok;
    soci::statement statement = (database.session().prepare << "PRAGMA foreign_key_check", soci::into(table),
                                 soci::into(rowId, rowIdSet), soci::into(parent));
    statement.execute();
    while (statement.fetch())
        report.findings.push_back(
            {IntegrityFinding::Area::ForeignKey,
             rowIdSet == soci::i_ok ? formatMessage(_("{} row {}"), table, rowId) : table,
             formatMessage(_("It refers to a row of {} that is not there."), parent)});
}

// On a clinic server, which enforces foreign keys on each write unless its triggers were switched
// off behind Knotwork's back (session_replication_role): each row whose reference points nowhere,
// found through every foreign key of the practice's schema.
void checkServerForeignKeys(Database& database, IntegrityReport& report)
{
    std::string child, parent, present, matches;
    soci::statement keys =
        (database.session().prepare
             << "SELECT k.conrelid::regclass::text, k.confrelid::regclass::text, "
                "(SELECT string_agg(format('child.%I IS NOT NULL', a.attname), ' AND ') FROM unnest(k.conkey) "
                "AS c(n) JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = c.n), "
                "(SELECT string_agg(format('parent.%I = child.%I', pa.attname, ca.attname), ' AND ') "
                "FROM unnest(k.conkey, k.confkey) AS c(n, m) "
                "JOIN pg_attribute ca ON ca.attrelid = k.conrelid AND ca.attnum = c.n "
                "JOIN pg_attribute pa ON pa.attrelid = k.confrelid AND pa.attnum = c.m) "
                "FROM pg_constraint k WHERE k.contype = 'f' AND k.connamespace = current_schema()::regnamespace "
                "ORDER BY k.conrelid::regclass::text, k.conname",
         soci::into(child), soci::into(parent), soci::into(present), soci::into(matches));
    std::vector<std::array<std::string, 4>> foreignKeys;
    keys.execute();
    while (keys.fetch())
        foreignKeys.push_back({child, parent, present, matches});
    for (const auto& [table, parentTable, notNull, join] : foreignKeys) {
        std::string id;
        soci::indicator idSet = soci::i_ok;
        soci::statement dangling =
            (database.session().prepare << "SELECT to_jsonb(child) ->> 'id' FROM " + table + " AS child WHERE "
                                               + notNull + " AND NOT EXISTS (SELECT 1 FROM " + parentTable
                                               + " AS parent WHERE " + join + ")",
             soci::into(id, idSet));
        dangling.execute();
        while (dangling.fetch())
            report.findings.push_back(
                {IntegrityFinding::Area::ForeignKey,
                 idSet == soci::i_ok ? formatMessage(_("{} row {}"), table, id) : table,
                 formatMessage(_("It refers to a row of {} that is not there."), parentTable)});
    }
}

void checkSchema(Database& database, IntegrityReport& report)
{
    for (const SchemaDifference& difference : compareWithBuiltInSchema(database))
        report.findings.push_back(
            {IntegrityFinding::Area::Schema, schemaObjectName(difference), schemaProblem(difference)});
}

} // namespace

IntegrityReport verifyPractice(Database& database, const std::function<void(int)>& progress)
{
    const auto reportProgress = [&progress](int percent) {
        if (progress)
            progress(percent);
    };
    IntegrityReport report;
    // All of one check reads one snapshot, so a write on another connection meanwhile (the app's
    // while its background check runs) cannot look like tampering.
    ReadSnapshot snapshot(database);
    reportProgress(0);
    if (database.onServer()) {
        // The server checks its own pages; its storage is its administrator's to look after.
        reportProgress(20);
        checkServerForeignKeys(database, report);
    } else {
        checkFile(database, report);
        reportProgress(20);
        checkForeignKeys(database, report);
    }
    checkSchema(database, report);
    reportProgress(30);
    verifyRecordChain(database, report, [&](int percent) { reportProgress(30 + percent * 70 / 100); });
    integrity::orderRecordsFirst(report.findings);
    reportProgress(100);
    return report;
}

void checkWitness(Database& database, const integrity::ChainHead& witness, IntegrityReport& report)
{
    std::string mac;
    database.session() << "SELECT mac FROM record_seals WHERE position = :position", soci::use(witness.position),
        soci::into(mac);
    const std::string subject = formatMessage(_("witness {}"), witness.witness());
    if (!database.session().got_data())
        report.findings.push_back(
            {IntegrityFinding::Area::Chain, subject,
             formatMessage(_("The chain has no link {} any more: links were removed since it was printed."),
                           witness.position)});
    else if (mac.compare(0, witness.mac.size(), witness.mac) != 0)
        report.findings.push_back(
            {IntegrityFinding::Area::Chain, subject,
             formatMessage(_("The chain's link {} is not the one printed: the chain was rewritten since."),
                           witness.position)});
}

std::vector<std::string> restoreBuiltInSchemaObjects(Database& database, const std::string& actor)
{
    std::vector<SchemaDifference> toRestore;
    for (SchemaDifference& difference : compareWithBuiltInSchema(database))
        if (difference.change != SchemaDifference::Change::Added)
            toRestore.push_back(std::move(difference));
    if (toRestore.empty())
        return {};

    std::vector<std::string> restored;
    WriteTransaction transaction(database, actor);
    for (const SchemaDifference& difference : toRestore) {
        // Each in a savepoint of its own: one that cannot be put back leaves the others standing.
        database.beginWrite();
        try {
            if (difference.change == SchemaDifference::Change::Changed)
                database.executeScript("DROP " + std::string(difference.type == "trigger" ? "TRIGGER" : "INDEX")
                                       + " \"" + difference.name + "\"");
            database.executeScript(difference.builtInSql);
            database.commitWrite();
            restored.push_back(difference.name);
        } catch (const soci::soci_error&) {
            database.rollbackWrite();
        }
    }
    if (restored.empty())
        return {};
    transaction.audit({"schema", "", "restore", std::nullopt, nlohmann::json{{"restored", restored}}.dump()});
    transaction.commit();
    return restored;
}

} // namespace knotwork::db
