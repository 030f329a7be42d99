// A practice moved between a file and the test server and back: every row arrives as it was.
#include <gtest/gtest.h>

#include "app/practice/practice_migration.h"
#include "app/practice/zip_archive.h"
#include "common/error.h"
#include "db/chain_verifier.h"
#include "db/practice_opener.h"
#include "export_test_practice.h"
#include "support/new_client.h"
#include "support/scratch_server_database.h"

namespace knotwork::app::export_tests {
namespace {

using knotwork::testing::ScratchServerDatabase;
using knotwork::testing::serverQuery;

constexpr const char* kMover = "Maya Lindqvist";

// Every table of an export, as its JSON rows (one per line).
std::map<std::string, nlohmann::ordered_json> tablesOf(const fs::path& archive)
{
    std::map<std::string, nlohmann::ordered_json> tables;
    for (const ZipEntry& entry : readZip(archive, ""))
        if (entry.name.starts_with("tables/"))
            tables[entry.name] = nlohmann::ordered_json::parse(entry.bytes);
    return tables;
}

// The rows the moves added: one audit row each, and its seal.
void expectSameButTheMoves(const std::map<std::string, nlohmann::ordered_json>& before,
                           const std::map<std::string, nlohmann::ordered_json>& after, std::size_t moves)
{
    ASSERT_EQ(before.size(), after.size());
    for (const auto& [name, rows] : before) {
        const nlohmann::ordered_json& arrived = after.at(name);
        if (name == "tables/audit_log.json" || name == "tables/record_seals.json") {
            ASSERT_EQ(arrived.size(), rows.size() + moves) << name;
            for (std::size_t i = 0; i < rows.size(); ++i)
                EXPECT_EQ(arrived[i], rows[i]) << name << " row " << i;
        } else {
            EXPECT_EQ(arrived, rows) << name;
        }
    }
}

class PracticeMigration : public ::testing::Test {
protected:
    PracticeMigration()
    {
        auto practice = openContext(m_dir / "p.sqlite");
        fillDemo(*practice, 6);
        exportPractice(*practice, m_dir / "before.zip", {});
    }

    db::ServerAddress server() const { return db::ServerAddress::parse(m_server.uri()); }

    TempDir m_dir;
    ScratchServerDatabase m_server;
};

TEST_F(PracticeMigration, APracticeMovedToTheServerAndBackArrivesRowForRowWithItsChainChecked)
{
    {
        auto file = openContext(m_dir / "p.sqlite");
        const MigrationOutcome outcome = migratePracticeToServer(file->database(), server(), kMover);
        EXPECT_GT(outcome.linksChecked, 100);
        EXPECT_EQ(outcome.tables.size(), tablesOf(m_dir / "before.zip").size() + 1);  // unfinished_files too
    }
    {
        PracticeContext onServer(server(), db::OpenMode::ExistingOnly, kMover, Clock::stoppedOn(kDay));
        exportPractice(onServer, m_dir / "on-server.zip", {});
        migratePracticeToFile(onServer.database(), m_dir / "back.sqlite", "", kMover);
    }
    expectSameButTheMoves(tablesOf(m_dir / "before.zip"), tablesOf(m_dir / "on-server.zip"), 1);

    auto back = openContext(m_dir / "back.sqlite");
    exportPractice(*back, m_dir / "back.zip", {});
    expectSameButTheMoves(tablesOf(m_dir / "before.zip"), tablesOf(m_dir / "back.zip"), 2);
    integrity::IntegrityReport report;
    db::verifyRecordChain(back->database(), report, [](int) {});
    EXPECT_TRUE(report.intact()) << report.summary();
    EXPECT_EQ(sqliteQuery(m_dir / "back.sqlite", "SELECT actor || ' ' || action FROM audit_log ORDER BY id DESC LIMIT 1"),
              "Maya Lindqvist migrate");
}

TEST_F(PracticeMigration, TextAndFilesWithWhatACopyStreamEscapesArriveByteForByte)
{
    // The rows go to the server as COPY text, where a backslash, tab, newline and carriage return
    // are escaped and \N means "no value".
    const std::string awkward = "C:\\notes\\N\tindented\nline two \\. \\\\ end";
    std::string everyByte = "%PDF-1.4";
    for (int value = 0; value < 256; ++value)
        everyByte += static_cast<char>(value);
    {
        auto file = openContext(m_dir / "p.sqlite");
        clients::IntakeRecord record = knotwork::testing::newClient("Tab\tand", "Back\\slash", {clients::SafetyIssue::RecentHeadOrNeckTrauma});
        record.client.notes = awkward;
        record.client.screenHoursPerDay = 0.1 + 0.2;  // a double with every digit
        const clients::ClientId id = file->clientService().saveIntake(record);
        clients::Attachment letter;
        letter.fileName = "every byte.pdf";
        letter.mediaType = "application/pdf";
        letter.content = everyByte;
        clients::Clearance clearance;
        clearance.providerName = "Dr Amara Okafor";
        clearance.clearedOn = Date(2026, 11, 22);
        clearance.expiresOn = Date(2027, 2, 22);
        file->clientService().recordClearance(id, clearance, letter);
        migratePracticeToServer(file->database(), server(), kMover);
    }
    PracticeContext onServer(server(), db::OpenMode::ExistingOnly, kMover, Clock::stoppedOn(kDay));
    const clients::ClientId id = std::stoll(serverQuery(m_server.uri(), "SELECT id FROM clients WHERE family_name = 'Tab\tand'"));
    const clients::ClientChart chart = onServer.clientService().clients().chart(id);
    EXPECT_EQ(chart.client.givenNames, "Back\\slash");
    EXPECT_EQ(chart.client.notes, awkward);
    EXPECT_EQ(chart.client.screenHoursPerDay, 0.1 + 0.2);
    EXPECT_EQ(serverQuery(m_server.uri(), "SELECT encode(content, 'hex') FROM attachments WHERE file_name = 'every byte.pdf'"),
              serverQuery(m_server.uri(), "SELECT encode(convert_to('%PDF-1.4', 'UTF8') || decode(string_agg(lpad(to_hex(b), 2, "
                                          "'0'), '' ORDER BY b), 'hex'), 'hex') FROM generate_series(0, 255) b"));
}

TEST_F(PracticeMigration, OnTheServerNewRecordsTakeTheIdsAfterTheMovedOnes)
{
    {
        auto file = openContext(m_dir / "p.sqlite");
        migratePracticeToServer(file->database(), server(), kMover);
    }
    PracticeContext onServer(server(), db::OpenMode::ExistingOnly, kMover, Clock::stoppedOn(kDay));
    const long long before = std::stoll(serverQuery(m_server.uri(), "SELECT MAX(id) FROM clients"));
    EXPECT_EQ(onServer.clientService().saveIntake(knotwork::testing::newClient("Okafor", "Chidi")), before + 1);
}

TEST_F(PracticeMigration, AnEncryptedPracticeMovedToTheServerShowsTheCodeOfTheKeyNowKeptInAFile)
{
    // A plain file's key is already a file here, its code shown when it was made: nothing new to
    // write down.
    {
        auto plain = openContext(m_dir / "p.sqlite");
        plain->markRecoveryCodeShown();
        EXPECT_FALSE(migratePracticeToFile(plain->database(), m_dir / "copy.sqlite", "", kMover).recoveryCode);
    }
    auto encrypted = std::make_unique<PracticeContext>(m_dir / "secret.sqlite", db::OpenMode::CreateIfMissing, kMover,
                                                       Clock::stoppedOn(kDay), "correct horse battery");
    fillDemo(*encrypted, 2);
    const MigrationOutcome outcome = migratePracticeToServer(encrypted->database(), server(), kMover);
    ASSERT_TRUE(outcome.recoveryCode);
    PracticeContext onServer(server(), db::OpenMode::ExistingOnly, kMover, Clock::stoppedOn(kDay));
    EXPECT_FALSE(onServer.recordKeyMissing());
    EXPECT_FALSE(onServer.pendingRecoveryCode()) << "shown once, by the move";
    EXPECT_FALSE(onServer.database().encrypted());
}

TEST_F(PracticeMigration, AServerDatabaseHoldingAPracticeOrAFileThatExistsIsRefusedAndLeftAsItWas)
{
    auto file = openContext(m_dir / "p.sqlite");
    migratePracticeToServer(file->database(), server(), kMover);
    const std::string auditRows = serverQuery(m_server.uri(), "SELECT COUNT(*) FROM audit_log");
    EXPECT_THROW(migratePracticeToServer(file->database(), server(), kMover), ConflictError);
    EXPECT_EQ(serverQuery(m_server.uri(), "SELECT COUNT(*) FROM audit_log"), auditRows);

    const std::string bytes = readBytes(m_dir / "p.sqlite");
    EXPECT_THROW(migratePracticeToFile(file->database(), m_dir / "p.sqlite", "", kMover), ConflictError);
    EXPECT_EQ(readBytes(m_dir / "p.sqlite"), bytes);
}

TEST_F(PracticeMigration, ARowTheServerCannotHoldStopsTheCopyAndLeavesTheDatabaseEmpty)
{
    // Bytes that are not UTF-8, written behind Knotwork's back: SQLite keeps them, PostgreSQL
    // refuses them. The services are copied after the clients and notes, which go with them.
    sqliteQuery(m_dir / "p.sqlite", "UPDATE services SET name = CAST(X'C328FF' AS TEXT) WHERE id = (SELECT MIN(id) FROM services)");
    auto file = openContext(m_dir / "p.sqlite");
    try {
        migratePracticeToServer(file->database(), server(), kMover);
        FAIL() << "the server took bytes that are not UTF-8";
    } catch (const StorageError& error) {
        EXPECT_NE(std::string(error.what()).find("services"), std::string::npos) << error.what();
    }
    EXPECT_EQ(serverQuery(m_server.uri(), "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'"),
              "0");
}

} // namespace
} // namespace knotwork::app::export_tests
