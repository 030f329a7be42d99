// knotwork-cli on a practice on a clinic server (the test server): --db postgresql://…, init,
// migrate there and back, and the commands that only a practice file has refused by name.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_runner.h"
#include "support/practice_files.h"
#include "support/scratch_server_database.h"
#include "support/temp_dir.h"

namespace knotwork::cli {
namespace {

using knotwork::testing::ProcessResult;
using ::testing::HasSubstr;
using ::testing::Not;

class ServerCommands : public ::testing::Test {
protected:
    ProcessResult cli(std::vector<std::string> arguments)
    {
        return runCli(m_dir / "data", std::move(arguments));
    }
    nlohmann::json cliJson(std::vector<std::string> arguments)
    {
        arguments.push_back("--json");
        const ProcessResult run = cli(arguments);
        EXPECT_EQ(run.exitCode, 0) << run.err;
        return run.exitCode == 0 ? nlohmann::json::parse(run.out) : nlohmann::json();
    }

    knotwork::testing::TempDir m_dir;
    knotwork::testing::ScratchServerDatabase m_server;
    const std::string m_address = m_server.uri();
};

TEST_F(ServerCommands, InitMakesTheEmptyDatabaseAPracticeOnceAndItsRecordsAreWorkedOnThroughDb)
{
    const nlohmann::json created = cliJson({"--db", m_address, "init"});
    EXPECT_EQ(created["action"], "created");
    EXPECT_TRUE(created["recovery_code"].is_string());
    EXPECT_THAT(created["path"].get<std::string>(), Not(HasSubstr(":" + std::string("//knotwork_admin:"))));
    EXPECT_EQ(cliJson({"--db", m_address, "init"})["action"], "unchanged");

    EXPECT_EQ(cli({"--db", m_address, "client", "add", "--family-name", "Quennell", "--given-names", "Zoë"}).exitCode, 0);
    const nlohmann::json clients = cliJson({"--db", m_address, "client", "list"})["clients"];
    ASSERT_EQ(clients.size(), 1u);
    EXPECT_EQ(clients[0]["family_name"], "Quennell");
}

TEST_F(ServerCommands, MigrateMovesAPracticeFileToTheServerAndBackCheckedOnArrival)
{
    const std::filesystem::path file = m_dir / "practice.sqlite";
    ASSERT_EQ(cli({"--db", file.string(), "demo", "--clients", "8", "--as-of", "2026-11-23"}).exitCode, 0);
    const nlohmann::json there = cliJson({"migrate", "--from", file.string(), "--to", m_address});
    EXPECT_EQ(there["tables"]["clients"], 8);
    EXPECT_GT(there["chain_links_checked"].get<long long>(), 0);
    EXPECT_EQ(cliJson({"--db", m_address, "client", "list"}), cliJson({"--db", file.string(), "client", "list"}));

    const std::filesystem::path back = m_dir / "back.sqlite";
    const nlohmann::json returned = cliJson({"migrate", "--from", m_address, "--to", back.string()});
    EXPECT_EQ(returned["tables"]["session_notes"], there["tables"]["session_notes"]);
    EXPECT_EQ(cliJson({"--db", back.string(), "verify"})["intact"], true);
    EXPECT_EQ(knotwork::testing::sqliteQuery(back, "SELECT COUNT(*) FROM clients"), "8");
}

TEST_F(ServerCommands, VerifyChecksThePracticeOnTheServerAndNamesANoteChangedBehindKnotworksBack)
{
    const std::filesystem::path file = m_dir / "practice.sqlite";
    ASSERT_EQ(cli({"--db", file.string(), "demo", "--clients", "4", "--as-of", "2026-11-23"}).exitCode, 0);
    ASSERT_EQ(cli({"migrate", "--from", file.string(), "--to", m_address}).exitCode, 0);
    EXPECT_EQ(cliJson({"--db", m_address, "verify"})["intact"], true);

    knotwork::testing::serverQuery(m_address, "ALTER TABLE session_notes DISABLE TRIGGER session_notes_signed_refuse_update; "
                                              "UPDATE session_notes SET body = body || ' ' WHERE id = "
                                              "(SELECT MIN(id) FROM session_notes WHERE status = 'signed')");
    const ProcessResult run = cli({"--db", m_address, "verify"});
    EXPECT_EQ(run.exitCode, 3) << run.out << run.err;
    EXPECT_THAT(run.out, HasSubstr("session_notes_signed_refuse_update"));
    EXPECT_THAT(run.out, HasSubstr("signed session note"));
}

TEST_F(ServerCommands, WhatOnlyAPracticeFileHasIsRefusedNamingTheServerWithoutItsPassword)
{
    ASSERT_EQ(cli({"--db", m_address, "init"}).exitCode, 0);
    for (const std::vector<std::string>& command :
         std::vector<std::vector<std::string>>{{"backup"}, {"backup", "list"}, {"passphrase", "set"},
                                               {"restore", "--from", "x.sqlite"}}) {
        std::vector<std::string> arguments{"--db", m_address};
        arguments.insert(arguments.end(), command.begin(), command.end());
        const ProcessResult run = cli(arguments);
        EXPECT_EQ(run.exitCode, 1) << command.front();
        EXPECT_THAT(run.err, HasSubstr("postgresql://knotwork_admin@/" + m_server.name() + "?host=")) << command.front();
        EXPECT_THAT(run.err, Not(HasSubstr(m_address))) << command.front();
        EXPECT_THAT(run.err, HasSubstr("clinic server")) << command.front();
    }
}

TEST_F(ServerCommands, InfoNamesTheServerWithoutItsPasswordAndCountsItsRecords)
{
    const std::filesystem::path file = m_dir / "practice.sqlite";
    ASSERT_EQ(cli({"--db", file.string(), "demo", "--clients", "6", "--as-of", "2026-11-23"}).exitCode, 0);
    ASSERT_EQ(cli({"migrate", "--from", file.string(), "--to", m_address}).exitCode, 0);

    const nlohmann::json info = cliJson({"--db", m_address, "info"});
    EXPECT_THAT(info["server"].get<std::string>(), HasSubstr("postgresql://knotwork_admin@/" + m_server.name() + "?host="));
    EXPECT_THAT(info["server"].get<std::string>(), Not(HasSubstr(m_address)));
    EXPECT_GT(info["database_bytes"].get<long long>(), 0);
    EXPECT_EQ(info["format_status"], "up_to_date");
    EXPECT_EQ(info["counts"]["clients"], 6);
    const nlohmann::json fileCounts = cliJson({"--db", file.string(), "info"})["counts"];
    EXPECT_EQ(info["counts"]["session_notes"], fileCounts["session_notes"]);
    EXPECT_EQ(info["counts"]["audit_entries"], fileCounts["audit_entries"].get<long long>() + 1);  // the move's own

    const ProcessResult text = cli({"--db", m_address, "info"});
    EXPECT_EQ(text.exitCode, 0) << text.err;
    EXPECT_THAT(text.out, HasSubstr("Clinic server"));
    EXPECT_THAT(text.out, Not(HasSubstr("Integrity")));
}

// A move killed at any moment leaves the destination without a practice or with all of it, and the
// move run again finishes it.
class KilledMigration : public ServerCommands {
protected:
    void SetUp() override
    {
        ASSERT_EQ(cli({"--db", m_file.string(), "demo", "--clients", "60", "--as-of", "2026-11-23"}).exitCode, 0);
        m_clients = knotwork::testing::sqliteQuery(m_file, "SELECT COUNT(*) FROM clients");
    }
    ProcessResult migrateKilledAfter(const std::string& from, const std::string& to, std::chrono::milliseconds delay)
    {
        return runCliOnKilledAfter(m_dir / "data", m_file, {"migrate", "--from", from, "--to", to}, delay);
    }

    const std::filesystem::path m_file = m_dir / "practice.sqlite";
    std::string m_clients;
};

TEST_F(KilledMigration, ToTheServerLeavesAnEmptyDatabaseOrTheWholePractice)
{
    using std::chrono::milliseconds;
    int killed = 0;
    for (const milliseconds delay : {milliseconds(40), milliseconds(150), milliseconds(300), milliseconds(600),
                                     milliseconds(1000)}) {
        knotwork::testing::ScratchServerDatabase server;
        killed += migrateKilledAfter(m_file.string(), server.uri(), delay).exitCode == 137;
        const std::string tables = knotwork::testing::serverQuery(
            server.uri(), "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()");
        if (tables != "0") {
            EXPECT_EQ(knotwork::testing::serverQuery(server.uri(), "SELECT COUNT(*) FROM clients"), m_clients)
                << "after a kill at " << delay.count() << " ms";
            EXPECT_EQ(cliJson({"--db", server.uri(), "verify"})["intact"], true) << "after a kill at " << delay.count() << " ms";
            continue;
        }
        const ProcessResult again = cli({"migrate", "--from", m_file.string(), "--to", server.uri()});
        ASSERT_EQ(again.exitCode, 0) << again.err << " after a kill at " << delay.count() << " ms";
        EXPECT_EQ(knotwork::testing::serverQuery(server.uri(), "SELECT COUNT(*) FROM clients"), m_clients);
    }
    EXPECT_GT(killed, 0) << "every move finished before its kill";
}

TEST_F(KilledMigration, BackToAFileLeavesNoFileOrTheWholePracticeAndNothingHalfWritten)
{
    using std::chrono::milliseconds;
    ASSERT_EQ(cli({"migrate", "--from", m_file.string(), "--to", m_address}).exitCode, 0);
    int killed = 0;
    int delayIndex = 0;
    for (const milliseconds delay : {milliseconds(40), milliseconds(150), milliseconds(300), milliseconds(600),
                                     milliseconds(1000)}) {
        const std::filesystem::path back = m_dir / ("back-" + std::to_string(++delayIndex)) / "practice.sqlite";
        std::filesystem::create_directories(back.parent_path());
        killed += migrateKilledAfter(m_address, back.string(), delay).exitCode == 137;
        if (!std::filesystem::exists(back)) {
            const ProcessResult again = cli({"migrate", "--from", m_address, "--to", back.string()});
            ASSERT_EQ(again.exitCode, 0) << again.err << " after a kill at " << delay.count() << " ms";
        }
        EXPECT_EQ(knotwork::testing::sqliteQuery(back, "SELECT COUNT(*) FROM clients"), m_clients);
        EXPECT_EQ(cliJson({"--db", back.string(), "verify"})["intact"], true) << "after a kill at " << delay.count() << " ms";
        EXPECT_EQ(knotwork::testing::partialFiles(back.parent_path()), std::vector<std::filesystem::path>{})
            << "after a kill at " << delay.count() << " ms";
    }
    EXPECT_GT(killed, 0) << "every move finished before its kill";
}

TEST_F(ServerCommands, AWrongPasswordOrAnAddressWithoutADatabaseIsSaidAndNotEchoed)
{
    std::string wrong = m_address;
    wrong.replace(wrong.find(':', wrong.find("://") + 3) + 1, wrong.find('@') - wrong.find(':', wrong.find("://") + 3) - 1,
                  "not-the-password");
    const ProcessResult refused = cli({"--db", wrong, "client", "list"});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_THAT(refused.err, HasSubstr("password authentication failed"));
    EXPECT_THAT(refused.err, Not(HasSubstr("not-the-password")));

    const ProcessResult noDatabase = cli({"--db", "postgresql://maya:secret@clinic-server", "client", "list"});
    EXPECT_EQ(noDatabase.exitCode, 1);
    EXPECT_THAT(noDatabase.err, HasSubstr("names no database"));
    EXPECT_THAT(noDatabase.err, Not(HasSubstr("secret")));
}

} // namespace
} // namespace knotwork::cli
