// The whole-practice import (app/practice/practice_import.h): every record checked, each problem
// named by record and field, all or nothing, only into an empty practice, older formats upgraded.
#include <algorithm>
#include <map>
#include <gtest/gtest.h>
#include <set>
#include <sstream>

#include "app/practice/practice_context.h"
#include "app/practice/practice_export.h"
#include "app/practice/practice_import.h"
#include "common/error.h"
#include "db/cipher.h"
#include "db/migration.h"
#include "db/migrator.h"
#include "common/sha256.h"
#include "db/practice_opener.h"
#include "demo/demo_practice.h"
#include "support/export_archive.h"
#include "export_test_practice.h"
#include "support/new_client.h"
#include "support/practice_files.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace knotwork::app {
namespace {

namespace fs = std::filesystem;
using namespace knotwork::app::export_tests;

std::set<std::string> filesIn(const fs::path& folder)
{
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder))
        names.insert(entry.path().filename().string());
    return names;
}

std::set<std::string> problemFields(const ValidationError& error)
{
    std::set<std::string> fields;
    for (const FieldProblem& problem : error.problems())
        fields.insert(problem.field);
    return fields;
}

TEST(PracticeImport, NamesTheRecordAndFieldOfEveryProblemAndLeavesNothingBehind)
{
    TempDir dir;
    exportDemo(dir, 4);
    ExportEntries entries = readZip(dir / "export.zip", "");
    auto clients = exportJson(entries, "tables/clients.json");
    clients[1]["intake"]["headache"]["days_per_month"] = "many";
    setExportJson(entries, "tables/clients.json", clients);
    auto notes = exportJson(entries, "tables/session_notes.json");
    notes[0]["body"]["subjective"]["headache_days"] = "three";
    notes[1]["visit_date"] = 20261101;
    notes[2]["colour"] = "blue";
    setExportJson(entries, "tables/session_notes.json", notes);
    exportEntry(entries, "attachments/1") += "tampered";
    auto care = exportJson(entries, "tables/care_team.json");
    care[0]["provider_id"] = 999;
    setExportJson(entries, "tables/care_team.json", care);
    knotwork::testing::writeExport(dir / "bad.zip", entries);

    const std::string clientTwo = "clients[" + clients[1]["id"].dump() + "]";
    const std::string noteOne = "session_notes[" + notes[0]["id"].dump() + "]";
    const auto before = filesIn(dir.path());
    try {
        importPractice(dir / "bad.zip", "", dir / "new.sqlite", "");
        FAIL() << "a damaged archive was imported";
    } catch (const ValidationError& error) {
        const std::set<std::string> fields = problemFields(error);
        EXPECT_TRUE(fields.contains(clientTwo + ".intake.headache.days_per_month")) << ::testing::PrintToString(fields);
        EXPECT_TRUE(fields.contains(noteOne + ".body.subjective.headache_days"));
        EXPECT_TRUE(fields.contains("session_notes[" + notes[1]["id"].dump() + "].visit_date"));
        EXPECT_TRUE(fields.contains("session_notes[" + notes[2]["id"].dump() + "].colour"));
        EXPECT_TRUE(fields.contains("attachments[1].content"));
        const auto clientProblem = std::find_if(error.problems().begin(), error.problems().end(),
                                                [&](const FieldProblem& p) { return p.field.starts_with(clientTwo); });
        ASSERT_NE(clientProblem, error.problems().end());
        EXPECT_TRUE(clientProblem->message.starts_with("clients #" + clients[1]["id"].dump()
                                                       + ", intake.headache.days_per_month: "))
            << clientProblem->message;
    }
    EXPECT_EQ(filesIn(dir.path()), before) << "a refused import left files behind";

    // The one dangling reference alone is found by the foreign key check, once rows are in.
    entries = readZip(dir / "export.zip", "");
    setExportJson(entries, "tables/care_team.json", care);
    knotwork::testing::writeExport(dir / "dangling.zip", entries);
    try {
        importPractice(dir / "dangling.zip", "", dir / "new.sqlite", "");
        FAIL() << "a reference to a missing provider was imported";
    } catch (const ValidationError& error) {
        ASSERT_EQ(error.problems().size(), 1u);
        EXPECT_NE(error.problems()[0].message.find("care_team"), std::string::npos) << error.problems()[0].message;
    }
    EXPECT_FALSE(fs::exists(dir / "new.sqlite"));
    EXPECT_FALSE(fs::exists(dir / "new.sqlite.partial"));
}

TEST(PracticeImport, RefusesADuplicateKeyAnUnknownKeyAndInvalidUtf8NamingWhereEachIs)
{
    TempDir dir;
    exportDemo(dir, 4);
    ExportEntries entries = readZip(dir / "export.zip", "");
    auto notes = exportJson(entries, "tables/session_notes.json");
    notes[0]["body"]["subjective"]["headach_days"] = 3;
    setExportJson(entries, "tables/session_notes.json", notes);
    std::string& clients = exportEntry(entries, "tables/clients.json");
    clients.insert(clients.find("\"family_name\":"), "\"family_name\":\"Twice\",");
    std::string& providers = exportEntry(entries, "tables/providers.json");
    providers.insert(providers.find("\"name\":\"") + 8, "\xC0\xAF");
    knotwork::testing::writeExport(dir / "bad.zip", entries);

    const auto before = filesIn(dir.path());
    try {
        importPractice(dir / "bad.zip", "", dir / "new.sqlite", "");
        FAIL() << "a document with a duplicate key, an unknown key and invalid UTF-8 was imported";
    } catch (const ValidationError& error) {
        std::map<std::string, std::string> rules;
        for (const FieldProblem& problem : error.problems())
            rules[problem.field] = problem.rule;
        const std::string noteBody = "session_notes[" + notes[0]["id"].dump() + "].body";
        EXPECT_EQ(rules["tables.clients[0].family_name"], "duplicate") << ::testing::PrintToString(rules);
        EXPECT_EQ(rules["tables.providers[0].name"], "utf-8") << ::testing::PrintToString(rules);
        EXPECT_EQ(rules[noteBody + ".subjective.headach_days"], "unknown") << ::testing::PrintToString(rules);
    }
    EXPECT_EQ(filesIn(dir.path()), before) << "a refused import left files behind";
}

TEST(PracticeImport, RefusesAPracticeThatHoldsRecordsAndKeepsAnEmptyOneItReplaces)
{
    TempDir dir;
    exportDemo(dir, 2);
    const std::string held = readBytes(dir / "p.sqlite");
    EXPECT_THROW(importPractice(dir / "export.zip", "", dir / "p.sqlite", ""), ConflictError);
    EXPECT_EQ(readBytes(dir / "p.sqlite"), held);
    EXPECT_FALSE(fs::exists(dir / "p.sqlite.partial"));

    openContext(dir / "empty.sqlite").reset();
    const ImportOutcome outcome = importPractice(dir / "export.zip", "", dir / "empty.sqlite", "");
    ASSERT_TRUE(outcome.replacedKeptAt);
    EXPECT_TRUE(outcome.replacedKeptAt->filename().string().starts_with("empty.sqlite.before-import-"));
    EXPECT_EQ(sqliteQuery(*outcome.replacedKeptAt, "SELECT COUNT(*) FROM clients"), "0");
    EXPECT_EQ(sqliteQuery(dir / "empty.sqlite", "SELECT COUNT(*) FROM clients"), "2");
}

TEST(PracticeImport, AnOlderPracticeFormatIsImportedAsItWasThenUpgraded)
{
    TempDir dir;
    {
        auto practice = openContext(dir / "p.sqlite");
        practice->clientService().saveIntake(knotwork::testing::newClient("Okafor", "Adaeze"));
        exportPractice(*practice, dir / "now.zip", {});
    }
    // The same practice as Knotwork wrote it at format 9: no row of migrations 10 on, no
    // columns or tables of them.
    const int latest = static_cast<int>(db::builtInMigrations().size());
    ExportEntries entries = readZip(dir / "now.zip", "");
    auto versions = exportJson(entries, "tables/schema_version.json");
    versions.erase(versions.end() - (latest - 9), versions.end());
    setExportJson(entries, "tables/schema_version.json", versions);
    auto audit = exportJson(entries, "tables/audit_log.json");
    for (int number = 10; number <= latest; ++number) {
        const std::string version = std::to_string(number);
        auto upgradeRow = std::find_if(audit.begin(), audit.end(), [&](const auto& row) {
            return row["entity"] == "schema" && row["entity_id"] == version;
        });
        ASSERT_NE(upgradeRow, audit.end());
        audit.erase(upgradeRow);
    }
    // Nor had its record chain started (format 11 starts it).
    audit.erase(std::remove_if(audit.begin(), audit.end(),
                               [](const auto& row) { return row["entity"] == "record_chain"; }),
                audit.end());
    setExportJson(entries, "tables/audit_log.json", audit);
    auto manifest = exportJson(entries, "knotwork-export.json");
    manifest["schema_version"] = 9;
    auto& tables = manifest["tables"];
    for (auto table = tables.begin(); table != tables.end();) {
        static const std::set<std::string> newer{
            "record_seals",  "record_keys",  "services", "appointments",  "time_off",          "waitlist",
            "opening_hours", "reminder_log", "invoices", "invoice_lines", "gift_certificates", "packages",
            "payments",      "practice_users"};
        if (newer.contains((*table)["name"].get<std::string>())) {
            const std::string file = (*table)["file"];
            std::erase_if(entries, [&](const ZipEntry& entry) { return entry.name == file; });
            table = tables.erase(table);
            continue;
        }
        if ((*table)["name"] == "schema_version")
            (*table)["rows"] = versions.size();
        if ((*table)["name"] == "audit_log")
            (*table)["rows"] = audit.size();
        ++table;
    }
    setExportJson(entries, "knotwork-export.json", manifest);
    auto settings = exportJson(entries, "tables/practice_settings.json");
    for (const char* column : {"backup_folder", "offsite_backup_folder", "keep_daily_backups", "keep_weekly_backups",
                               "keep_monthly_backups", "backup_warning_days", "retention_rule", "retention_years", "daily_cap",
                               "cancellation_policy", "cancellation_policy_version", "late_cancel_window_hours",
                               "late_cancel_fee_cents", "no_show_fee_cents", "reminders_enabled", "smtp_host", "smtp_port",
                               "smtp_security", "smtp_username", "smtp_from_address", "smtp_from_name", "reminder_subject",
                               "reminder_body", "calendar_identifier", "billing_currency", "tax_name", "tax_basis_points",
                               "tax_number", "receipt_rules", "service_wording", "npi", "billing_row_version"})
        settings[0].erase(column);
    setExportJson(entries, "tables/practice_settings.json", settings);
    knotwork::testing::writeExport(dir / "format9.zip", entries);

    importPractice(dir / "format9.zip", "", dir / "imported.sqlite", "");
    EXPECT_EQ(sqliteQuery(dir / "imported.sqlite", "SELECT MAX(version) FROM schema_version"), std::to_string(latest));
    EXPECT_EQ(sqliteQuery(dir / "imported.sqlite", "SELECT COUNT(*) FROM services"), "6") << "the upgrade adds the book";
    EXPECT_EQ(sqliteQuery(dir / "imported.sqlite", "SELECT family_name FROM clients"), "Okafor");
    EXPECT_EQ(sqliteQuery(dir / "imported.sqlite", "SELECT keep_daily_backups FROM practice_settings"), "7");
    EXPECT_EQ(sqliteQuery(dir / "imported.sqlite",
                          "SELECT COUNT(*) FROM audit_log WHERE entity = 'schema' AND entity_id = '10'"), "1")
        << "the upgrade is on record";
    EXPECT_EQ(filesIn(dir.path()), (std::set<std::string>{"format9.zip", "imported.sqlite", "now.zip", "p.sqlite"}));

    // One from a newer Knotwork is refused, naming the reason.
    manifest["schema_version"] = 99;
    setExportJson(entries, "knotwork-export.json", manifest);
    knotwork::testing::writeExport(dir / "newer.zip", entries);
    EXPECT_THROW(importPractice(dir / "newer.zip", "", dir / "other.sqlite", ""), PracticeFileError);
    EXPECT_FALSE(fs::exists(dir / "other.sqlite"));
}

} // namespace
} // namespace knotwork::app
