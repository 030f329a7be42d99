// The whole-practice export and import (app/practice/practice_export.h, practice_import.h): an
// archive another program can read, export → import → export byte-identical, every table of the
// schema carried, an import that checks every record and is all or nothing.
#include <algorithm>
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

// The tables of a practice file (bookkeeping aside) that an archive does not list with all their
// rows, read from the file's own schema: what an export left out.
std::vector<std::string> tablesLeftOut(const fs::path& practice, const fs::path& archive)
{
    auto entries = readZip(archive, "");
    const auto manifest = exportJson(entries, "knotwork-export.json");
    std::vector<std::string> leftOut;
    std::stringstream tables(sqliteQuery(practice, "SELECT group_concat(name, ' ') FROM sqlite_master WHERE type = 'table'"));
    for (std::string table; tables >> table;) {
        if (table == "sqlite_sequence" || table == "unfinished_files")
            continue;
        const long long rows = std::stoll(sqliteQuery(practice, "SELECT COUNT(*) FROM \"" + table + "\""));
        const auto listed = std::find_if(manifest["tables"].begin(), manifest["tables"].end(),
                                         [&](const auto& t) { return t["name"] == table; });
        // (An import checks that each table's file holds the rows its manifest counts.)
        if (listed == manifest["tables"].end() || (*listed)["rows"] != rows
            || (*listed)["file"] != "tables/" + table + ".json")
            leftOut.push_back(table);
    }
    return leftOut;
}

TEST(PracticeExport, ExportImportExportGivesTheSameBytesOnALargeDemoPractice)
{
    TempDir dir;
    {
        auto practice = openContext(dir / "demo.sqlite");
        fillDemo(*practice, 200);
        exportPractice(*practice, dir / "first.zip", {});
        exportPractice(*practice, dir / "again.zip", {});
    }
    EXPECT_EQ(readBytes(dir / "first.zip"), readBytes(dir / "again.zip")) << "two exports of one practice differ";
    EXPECT_EQ(knotwork::testing::permissionBits(dir / "first.zip"), 0600u);
    EXPECT_TRUE(tablesLeftOut(dir / "demo.sqlite", dir / "first.zip").empty());

    const ImportOutcome outcome = importPractice(dir / "first.zip", "", dir / "imported.sqlite", "");
    EXPECT_FALSE(outcome.replacedKeptAt);
    const auto clients = std::find_if(outcome.counts.begin(), outcome.counts.end(),
                                      [](const db::RecordCount& c) { return c.name == "clients"; });
    ASSERT_NE(clients, outcome.counts.end());
    EXPECT_EQ(clients->count, 200);
    {
        auto imported = openContext(dir / "imported.sqlite");
        exportPractice(*imported, dir / "second.zip", {});
    }
    EXPECT_EQ(readBytes(dir / "first.zip"), readBytes(dir / "second.zip")) << "export → import → export differs";

    // What the law keeps: a signed note's body, the audit trail and the attachments, byte for byte.
    for (const char* sql : {"SELECT hex(body) FROM session_notes WHERE status = 'signed' ORDER BY id LIMIT 1 OFFSET 40",
                            "SELECT group_concat(hex(after_state)) FROM (SELECT after_state FROM audit_log ORDER BY id)",
                            "SELECT group_concat(hex(content)) FROM attachments"}) {
        const std::string original = sqliteQuery(dir / "demo.sqlite", sql);
        EXPECT_FALSE(original.empty()) << sql;
        EXPECT_EQ(sqliteQuery(dir / "imported.sqlite", sql), original) << sql;
    }
    EXPECT_EQ(sqliteQuery(dir / "imported.sqlite", "PRAGMA integrity_check"), "ok");
}

TEST(PracticeExport, ArchiveHoldsJsonRecordsAndAttachmentFilesAnotherProgramCanRead)
{
    TempDir dir;
    exportDemo(dir, 3);
    auto entries = readZip(dir / "export.zip", "");
    ASSERT_EQ(entries.front().name, "knotwork-export.json");
    const auto manifest = exportJson(entries, "knotwork-export.json");
    EXPECT_EQ(manifest["format"], "knotwork-practice-export");
    EXPECT_EQ(manifest["format_version"], 1);
    EXPECT_EQ(manifest["scope"], "practice");
    EXPECT_EQ(manifest["schema_version"], db::builtInMigrations().size()) << "the latest format";

    const auto notes = exportJson(entries, "tables/session_notes.json");
    ASSERT_FALSE(notes.empty());
    EXPECT_TRUE(notes[0]["body"].is_object()) << "a note's body is embedded as JSON, not as a string";
    EXPECT_EQ(notes[0].begin().key(), "id") << "keys in column order";
    const auto clients = exportJson(entries, "tables/clients.json");
    EXPECT_TRUE(clients[0]["intake"].is_object());
    EXPECT_EQ(clients[0]["id"], 1);

    const auto attachments = exportJson(entries, "tables/attachments.json");
    ASSERT_EQ(attachments.size(), 1u);
    EXPECT_EQ(attachments[0]["file_name"], "logo.png");
    EXPECT_EQ(attachments[0]["content"]["entry"], "attachments/1");
    EXPECT_EQ(exportEntry(entries, "attachments/1"), std::string("\x89PNG\r\n\x1a\n\0\1\2", 11));
    EXPECT_EQ(attachments[0]["content"]["sha256"], sha256Hex(std::string("\x89PNG\r\n\x1a\n\0\1\2", 11)));

    EXPECT_THROW(exportPractice(*openContext(dir / "p.sqlite"), dir / "export.zip", {}), PracticeFileError)
        << "never overwritten";
}

TEST(PracticeExport, TheCompletenessCheckNamesATableAddedToTheSchemaButNotExported)
{
    TempDir dir;
    {
        auto practice = openContext(dir / "p.sqlite");
        practice->clientService().saveIntake(knotwork::testing::newClient("Okafor", "Adaeze"));
        exportPractice(*practice, dir / "before.zip", {});
    }
    EXPECT_TRUE(tablesLeftOut(dir / "p.sqlite", dir / "before.zip").empty());

    // A later version adds a table: an archive without it is caught, naming it.
    sqliteQuery(dir / "p.sqlite", "CREATE TABLE home_exercises (id INTEGER PRIMARY KEY, client_id BIGINT, name TEXT)");
    sqliteQuery(dir / "p.sqlite", "INSERT INTO home_exercises VALUES (1, 1, 'chin tucks')");
    EXPECT_EQ(tablesLeftOut(dir / "p.sqlite", dir / "before.zip"), std::vector<std::string>{"home_exercises"});

    // The export reads the tables from the schema: the new one is carried with its rows...
    auto practice = openContext(dir / "p.sqlite");
    exportPractice(*practice, dir / "after.zip", {});
    EXPECT_TRUE(tablesLeftOut(dir / "p.sqlite", dir / "after.zip").empty());
    // ...and a client's export refuses to guess which of its rows are the client's.
    try {
        exportClientRecord(*practice, 1, dir / "client.zip", {});
        ADD_FAILURE() << "a table without a client rule was exported";
    } catch (const std::logic_error& error) {
        EXPECT_NE(std::string(error.what()).find("home_exercises"), std::string::npos) << error.what();
    }
    EXPECT_FALSE(fs::exists(dir / "client.zip"));
}

// docs/EXPORT-FORMAT.md is what another program reads the archive by: every table of the schema
// has its section there, naming every one of its columns.
TEST(PracticeExport, TheFormatDocumentDescribesEveryTableAndColumnOfTheSchema)
{
    TempDir dir;
    openContext(dir / "p.sqlite").reset();
    const std::string document = readBytes(KNOTWORK_EXPORT_FORMAT_DOC);
    std::stringstream tables(
        sqliteQuery(dir / "p.sqlite", "SELECT group_concat(name, ' ') FROM sqlite_master WHERE type = 'table'"));
    for (std::string table; tables >> table;) {
        if (table == "sqlite_sequence" || table == "unfinished_files")
            continue;
        const std::string heading = "### `tables/" + table + ".json`";
        const std::size_t start = document.find(heading);
        if (start == std::string::npos) {
            ADD_FAILURE() << "docs/EXPORT-FORMAT.md has no section " << heading;
            continue;
        }
        const std::string section = document.substr(start, document.find("\n#", start + 1) - start);
        std::stringstream columns(sqliteQuery(
            dir / "p.sqlite", "SELECT group_concat(name, ' ') FROM pragma_table_info('" + table + "')"));
        for (std::string column; columns >> column;)
            EXPECT_NE(section.find("`" + column + "`"), std::string::npos)
                << "docs/EXPORT-FORMAT.md does not describe " << table << "." << column;
    }
}

TEST(PracticeExport, AnEncryptedPracticeExportsAnAes256ZipOtherProgramsOpenWithThePassphrase)
{
    const std::string passphrase = "correct horse battery";
    TempDir dir;
    {
        auto practice = openContext(dir / "secret.sqlite", passphrase);
        practice->clientService().saveIntake(knotwork::testing::newClient("Quennell-Wiśniewska", "Zofia"));
        exportPractice(*practice, dir / "export.zip", {passphrase});
    }
    const std::string bytes = readBytes(dir / "export.zip");
    EXPECT_EQ(bytes.find("Quennell"), std::string::npos) << "a client's name is readable in the archive";
    EXPECT_EQ(bytes.find("family_name"), std::string::npos);

    fs::create_directory(dir / "opened");
    const auto opened = knotwork::testing::runProcess(
        {"/usr/bin/bsdtar", "-xf", (dir / "export.zip").string(), "--passphrase", passphrase, "-C", (dir / "opened").string()});
    ASSERT_EQ(opened.exitCode, 0) << opened.err;
    EXPECT_NE(readBytes(dir / "opened" / "tables" / "clients.json").find("Quennell-Wiśniewska"), std::string::npos);

    try {
        importPractice(dir / "export.zip", "", dir / "imported.sqlite", passphrase);
        FAIL() << "an encrypted archive opened without its passphrase";
    } catch (const PassphraseError& error) {
        EXPECT_EQ(error.reason(), PassphraseError::Reason::Needed);
    }
    try {
        importPractice(dir / "export.zip", "wrong horse", dir / "imported.sqlite", passphrase);
        FAIL() << "an encrypted archive opened with a wrong passphrase";
    } catch (const PassphraseError& error) {
        EXPECT_EQ(error.reason(), PassphraseError::Reason::Wrong);
    }
    EXPECT_FALSE(fs::exists(dir / "imported.sqlite"));
    importPractice(dir / "export.zip", passphrase, dir / "imported.sqlite", passphrase);
    EXPECT_TRUE(db::looksEncrypted(dir / "imported.sqlite"));
    EXPECT_EQ(readBytes(dir / "imported.sqlite").find("Quennell"), std::string::npos);
}

TEST(PracticeExport, AClientsRecordHoldsTheirRowsOnlyInTheSameFormat)
{
    TempDir dir;
    auto practice = openContext(dir / "p.sqlite");
    fillDemo(*practice, 12);
    const clients::ClientId client = practice->clientService().saveIntake(knotwork::testing::newClient("Adeyemi", "Tolu"));
    exportClientRecord(*practice, client, dir / "client.zip", {});
    EXPECT_EQ(knotwork::testing::permissionBits(dir / "client.zip"), 0600u);
    auto entries = readZip(dir / "client.zip", "");
    const auto manifest = exportJson(entries, "knotwork-export.json");
    EXPECT_EQ(manifest["scope"], "client");
    EXPECT_EQ(manifest["client_id"], client);

    const auto clients = exportJson(entries, "tables/clients.json");
    ASSERT_EQ(clients.size(), 1u);
    EXPECT_EQ(clients[0]["id"], client);
    for (const char* table : {"session_notes", "treatment_plans", "outcome_measures", "consents", "screenings"}) {
        const auto rows = exportJson(entries, std::string("tables/") + table + ".json");
        const std::string stored = sqliteQuery(dir / "p.sqlite", std::string("SELECT COUNT(*) FROM ") + table
                                                                     + " WHERE client_id = " + std::to_string(client));
        EXPECT_EQ(std::to_string(rows.size()), stored) << table;
        for (const auto& row : rows)
            EXPECT_EQ(row["client_id"], client) << table;
    }
    EXPECT_EQ(exportJson(entries, "tables/practice_settings.json").size(), 1u) << "the letterhead";
    EXPECT_EQ(exportJson(entries, "tables/attachments.json").size(), 1u) << "the letterhead's logo";
    const auto audit = exportJson(entries, "tables/audit_log.json");
    EXPECT_FALSE(audit.empty()) << "the client's creation is on record";
    for (const auto& row : audit) {
        if (row["entity"] == "client") {
            EXPECT_EQ(row["entity_id"], std::to_string(client)) << row.dump();
        }
        EXPECT_NE(row["entity"], "schema") << row.dump();
    }

    // No other client's name anywhere in it.
    const std::string otherName = sqliteQuery(dir / "p.sqlite", "SELECT family_name FROM clients WHERE id = 6");
    ASSERT_FALSE(otherName.empty());
    for (const app::ZipEntry& entry : entries)
        EXPECT_EQ(entry.bytes.find("\"" + otherName + "\""), std::string::npos) << entry.name;

    EXPECT_THROW(exportClientRecord(*practice, 999, dir / "nobody.zip", {}), NotFoundError);
    EXPECT_FALSE(fs::exists(dir / "nobody.zip"));
    EXPECT_THROW(importPractice(dir / "client.zip", "", dir / "imported.sqlite", ""), PracticeFileError)
        << "one client's record is not a practice";
}

} // namespace
} // namespace knotwork::app
