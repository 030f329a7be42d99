// knotwork-cli user add|list|remove: each person's own login to a practice on a clinic server
// (issue 26), run by the practice's owner; refused on a practice file.
#include <fstream>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_runner.h"
#include "support/scratch_server_database.h"
#include "support/temp_dir.h"

namespace knotwork::cli {
namespace {

using knotwork::testing::ProcessResult;
using ::testing::HasSubstr;

constexpr const char* kPassword = "staple-battery-horse";

class UserCommands : public ::testing::Test {
protected:
    UserCommands()
    {
        std::ofstream(m_passwordFile) << kPassword << '\n';
        std::filesystem::permissions(m_passwordFile, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    }

    ProcessResult cli(std::vector<std::string> arguments) { return runCli(m_dir / "data", std::move(arguments)); }
    nlohmann::json cliJson(std::vector<std::string> arguments)
    {
        arguments.push_back("--json");
        const ProcessResult run = cli(arguments);
        EXPECT_EQ(run.exitCode, 0) << run.err;
        return run.exitCode == 0 ? nlohmann::json::parse(run.out) : nlohmann::json();
    }
    // A login of this test's own: logins are the whole cluster's.
    std::string login(const std::string& who) const { return m_server.name() + "_" + who; }
    std::string addressOf(const std::string& who) const { return knotwork::testing::uriAs(m_admin, login(who), kPassword); }

    ProcessResult addUser(const std::string& who, const std::string& name, const std::string& role)
    {
        return cli({"--db", m_admin, "user", "add", "--login", login(who), "--name", name, "--role", role,
                    "--credentials", "RMT", "--licence", "12345", "--password-file", m_passwordFile.string()});
    }

    knotwork::testing::TempDir m_dir;
    knotwork::testing::ScratchServerDatabase m_server;
    const std::string m_admin = m_server.uri();
    const std::filesystem::path m_passwordFile = m_dir / "password";
};

TEST_F(UserCommands, TheOwnerAddsListsAndRemovesAccountsAndEachLogsInAsThemselves)
{
    ASSERT_EQ(cli({"--db", m_admin, "init"}).exitCode, 0);
    const ProcessResult added = addUser("maya", "Maya Lindqvist", "therapist");
    ASSERT_EQ(added.exitCode, 0) << added.err;
    EXPECT_THAT(added.out, HasSubstr("Maya Lindqvist"));
    ASSERT_EQ(addUser("desk", "Sam Rivera", "front_desk").exitCode, 0);

    const nlohmann::json users = cliJson({"--db", m_admin, "user", "list"})["users"];
    ASSERT_EQ(users.size(), 2U);
    EXPECT_EQ(users[1]["login"], login("maya"));
    EXPECT_EQ(users[1]["role"], "therapist");
    EXPECT_EQ(users[1]["credentials"], "RMT");
    EXPECT_EQ(users[1]["licence_number"], "12345");
    EXPECT_EQ(users[0]["role"], "front_desk");
    EXPECT_THAT(cli({"--db", m_admin, "user", "list"}).out, HasSubstr("Front desk"));

    const ProcessResult asMaya = cli({"--db", addressOf("maya"), "client", "add", "--family-name", "Quennell",
                                      "--given-names", "Zoë"});
    EXPECT_EQ(asMaya.exitCode, 0) << asMaya.err;
    EXPECT_EQ(knotwork::testing::serverQuery(m_admin, "SELECT actor FROM audit_log WHERE entity = 'client'"),
              login("maya"));
    EXPECT_EQ(knotwork::testing::serverQuery(m_admin, "SELECT COUNT(*) FROM audit_log WHERE entity = 'user'"), "2");

    // verify builds Knotwork's schema beside the practice's, which only the owner's login may.
    const ProcessResult verified = cli({"--db", addressOf("maya"), "verify"});
    EXPECT_EQ(verified.exitCode, 1);
    EXPECT_THAT(verified.err, HasSubstr("needs the login that owns the practice"));
    EXPECT_EQ(cliJson({"--db", m_admin, "verify"})["intact"], true);

    ASSERT_EQ(cli({"--db", m_admin, "user", "remove", login("maya")}).exitCode, 0);
    EXPECT_EQ(cliJson({"--db", m_admin, "user", "list"})["users"][1]["active"], false);
    const ProcessResult refused = cli({"--db", addressOf("maya"), "client", "list"});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_THAT(refused.err, HasSubstr("not permitted to log in"));
    EXPECT_THAT(refused.err, ::testing::Not(HasSubstr(kPassword)));
}

TEST_F(UserCommands, TheFrontDeskRegistersAndListsClientsButCannotReadASessionNote)
{
    ASSERT_EQ(cli({"--db", m_admin, "init"}).exitCode, 0);
    ASSERT_EQ(cli({"--db", m_admin, "client", "add", "--family-name", "Quennell", "--given-names", "Zoë"}).exitCode, 0);
    ASSERT_EQ(addUser("desk", "Sam Rivera", "front_desk").exitCode, 0);
    const ProcessResult registered = cli({"--db", addressOf("desk"), "client", "add", "--family-name", "Martin",
                                          "--given-names", "Zoë", "--phone", "416-555-0199"});
    EXPECT_EQ(registered.exitCode, 0) << registered.err;
    EXPECT_THAT(registered.out, HasSubstr("Their therapist takes the intake"));
    const ProcessResult listed = cli({"--db", addressOf("desk"), "client", "list"});
    EXPECT_EQ(listed.exitCode, 0) << listed.err;
    EXPECT_THAT(listed.out, HasSubstr("Quennell"));
    EXPECT_THAT(listed.out, HasSubstr("Martin"));
    // The book, as the front desk keeps it: a visit booked, listed with the client's name, moved.
    const ProcessResult booked = cli({"--db", addressOf("desk"), "appointment", "add", "--client", "2", "--start",
                                      "2026-11-26 10:00", "--json"});
    ASSERT_EQ(booked.exitCode, 0) << booked.err;
    const std::string visit = std::to_string(nlohmann::json::parse(booked.out)["id"].get<long long>());
    const ProcessResult day = cli({"--db", addressOf("desk"), "appointment", "list", "--from", "2026-11-26"});
    EXPECT_EQ(day.exitCode, 0) << day.err;
    EXPECT_THAT(day.out, HasSubstr("Zoë Martin"));
    const ProcessResult moved = cli({"--db", addressOf("desk"), "appointment", "move", visit, "--start", "2026-11-26 11:00"});
    EXPECT_EQ(moved.exitCode, 0) << moved.err;
    const ProcessResult shown = cli({"--db", addressOf("desk"), "appointment", "show", visit});
    EXPECT_EQ(shown.exitCode, 0) << shown.err;

    const ProcessResult notes = cli({"--db", addressOf("desk"), "session", "list", "--client", "1"});
    EXPECT_EQ(notes.exitCode, 1);
    EXPECT_THAT(notes.err, HasSubstr("may not do this"));

    // info counts what the front desk may read, and no clinical record.
    const nlohmann::json info = cliJson({"--db", addressOf("desk"), "info"});
    EXPECT_EQ(info["counts"].value("clients", -1), 2) << info.dump();
    EXPECT_EQ(info["counts"].value("appointments", -1), 1);
    EXPECT_FALSE(info["counts"].contains("session_notes"));
    EXPECT_FALSE(info["counts"].contains("audit_entries"));
}

TEST_F(UserCommands, AreRefusedOnAPracticeFileNamingWhy)
{
    const std::filesystem::path file = m_dir / "practice.sqlite";
    ASSERT_EQ(cli({"--db", file.string(), "init"}).exitCode, 0);
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"user", "list"}, std::vector<std::string>{"user", "remove", "maya"},
          std::vector<std::string>{"user", "add", "--login", "maya", "--name", "Maya", "--role", "therapist",
                                   "--password-file", m_passwordFile.string()}}) {
        std::vector<std::string> arguments{"--db", file.string()};
        arguments.insert(arguments.end(), command.begin(), command.end());
        const ProcessResult run = cli(arguments);
        EXPECT_EQ(run.exitCode, 1) << command[1];
        EXPECT_THAT(run.err, HasSubstr("is a practice file")) << command[1];
    }
}

TEST_F(UserCommands, AMalformedLoginOrRoleIsRefusedNamingTheRule)
{
    ASSERT_EQ(cli({"--db", m_admin, "init"}).exitCode, 0);
    const ProcessResult login = cli({"--db", m_admin, "user", "add", "--login", "Maya; DROP", "--name", "Maya",
                                     "--role", "therapist", "--password-file", m_passwordFile.string()});
    EXPECT_EQ(login.exitCode, 1);
    EXPECT_THAT(login.err, HasSubstr("lower-case letters"));
    const ProcessResult role = cli({"--db", m_admin, "user", "add", "--login", "maya", "--name", "Maya", "--role",
                                    "owner", "--password-file", m_passwordFile.string()});
    EXPECT_EQ(role.exitCode, 1);
    EXPECT_THAT(role.err, HasSubstr("front_desk"));
}

} // namespace
} // namespace knotwork::cli
