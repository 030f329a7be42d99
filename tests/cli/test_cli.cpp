#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "cli_runner.h"
#include "common/build_info.h"
#include "db/migration.h"
#include "support/practice_files.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace knotwork::cli {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using knotwork::testing::ProcessResult;
using knotwork::testing::sqliteQuery;

const int kLatest = static_cast<int>(db::builtInMigrations().size());

class Cli : public ::testing::Test {
protected:
    // Runs knotwork-cli with its default practice inside this test's folder.
    ProcessResult cli(std::vector<std::string> arguments) { return runCli(m_dir / "data", std::move(arguments)); }

    std::string practice(const std::string& name = "practice.sqlite") { return (m_dir / name).string(); }

    knotwork::testing::TempDir m_dir;
};

TEST_F(Cli, AClockSettingThatIsNeitherAMomentNorADayIsRefusedByName)
{
    const ProcessResult run = runCli(m_dir / "data", {"--db", practice(), "info"}, "next tuesday");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_THAT(run.err, HasSubstr("KNOTWORK_CLOCK must be a UTC moment like 2026-11-23T15:00:00Z or a day"));
    EXPECT_THAT(run.err, HasSubstr("\"next tuesday\""));
}

TEST_F(Cli, VersionPrintsTheVersion)
{
    const ProcessResult run = cli({"--version"});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_THAT(run.out, HasSubstr(std::string(kVersion)));
}

TEST_F(Cli, HelpListsTheCommandsAndTheExitCodes)
{
    const ProcessResult run = cli({"--help"});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_THAT(run.out, HasSubstr("init"));
    EXPECT_THAT(run.out, HasSubstr("info"));
    EXPECT_THAT(run.out, HasSubstr("--db"));
    EXPECT_THAT(run.out, HasSubstr("Exit codes"));
}

TEST_F(Cli, AWrongCommandLineIsExitCodeTwoWithAHint)
{
    for (const auto& arguments : std::vector<std::vector<std::string>>{{}, {"frobnicate"}, {"info", "--colour"}}) {
        const ProcessResult run = cli(arguments);
        EXPECT_EQ(run.exitCode, 2) << run.err;
        EXPECT_THAT(run.err, HasSubstr("--help"));
        EXPECT_THAT(run.out, IsEmpty());
    }
}

TEST_F(Cli, InitCreatesAPrivatePracticeThenFindsNothingToDo)
{
    const ProcessResult created = cli({"--db", practice(), "init"});
    EXPECT_EQ(created.exitCode, 0) << created.err;
    EXPECT_THAT(created.out, HasSubstr("Created a new practice"));
    EXPECT_EQ(knotwork::testing::permissionBits(practice()), 0600u);

    const ProcessResult again = cli({"--db", practice(), "init"});
    EXPECT_EQ(again.exitCode, 0) << again.err;
    EXPECT_THAT(again.out, HasSubstr("nothing to do"));
}

TEST_F(Cli, InitAndInfoReportAsJson)
{
    const ProcessResult init = cli({"--db", practice(), "init", "--json"});
    ASSERT_EQ(init.exitCode, 0) << init.err;
    const auto created = nlohmann::json::parse(init.out);
    EXPECT_EQ(created["action"], "created");
    EXPECT_EQ(created["schema_version"], kLatest);
    EXPECT_TRUE(created["backup"].is_null());

    const ProcessResult info = cli({"--db", practice(), "info", "--json"});
    ASSERT_EQ(info.exitCode, 0) << info.err;
    const auto summary = nlohmann::json::parse(info.out);
    EXPECT_EQ(summary["schema_version"], kLatest);
    EXPECT_EQ(summary["supported_schema_version"], kLatest);
    EXPECT_EQ(summary["format_status"], "up_to_date");
    EXPECT_EQ(summary["integrity"], "ok");
    EXPECT_EQ(summary["counts"]["audit_entries"], kLatest + 1) << "one row per migration, and the record chain's start";
    EXPECT_EQ(summary["path"], practice());
}

TEST_F(Cli, InfoInTextLinesUpLabelsAndValues)
{
    ASSERT_EQ(cli({"--db", practice(), "init"}).exitCode, 0);
    const ProcessResult info = cli({"--db", practice(), "info"});
    EXPECT_EQ(info.exitCode, 0) << info.err;
    EXPECT_THAT(info.out, ::testing::ContainsRegex("Integrity +ok\n"));
    EXPECT_THAT(info.out, HasSubstr("(up to date)"));
    // Every value starts in the same column, after the longest label and two spaces.
    std::istringstream lines(info.out);
    std::set<std::size_t> valueColumns;
    for (std::string line; std::getline(lines, line);)
        valueColumns.insert(line.find_first_not_of(' ', line.find("  ")));
    EXPECT_EQ(valueColumns.size(), 1u) << info.out;
}

TEST_F(Cli, WithoutDbBothCommandsUseTheDefaultPractice)
{
    ASSERT_EQ(cli({"init"}).exitCode, 0);
    const auto expected = m_dir / "data" / "knotwork" / "practice.sqlite";
    EXPECT_TRUE(std::filesystem::exists(expected));
    const auto summary = nlohmann::json::parse(cli({"info", "--json"}).out);
    EXPECT_EQ(summary["path"], expected.string());
}

TEST_F(Cli, InfoOnAMissingPracticeSaysHowToCreateOne)
{
    const ProcessResult run = cli({"--db", practice("nowhere.sqlite"), "info"});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_THAT(run.err, HasSubstr(practice("nowhere.sqlite")));
    EXPECT_THAT(run.err, HasSubstr("init"));
    EXPECT_FALSE(std::filesystem::exists(practice("nowhere.sqlite")));
}

TEST_F(Cli, ADamagedPracticeIsExitCodeThree)
{
    knotwork::testing::writeBytes(practice("letter.sqlite"), std::string(4096, 'x'));
    for (const char* command : {"info", "init"}) {
        const ProcessResult run = cli({"--db", practice("letter.sqlite"), command});
        EXPECT_EQ(run.exitCode, 3) << command;
        EXPECT_THAT(run.err, HasSubstr("damaged"));
        EXPECT_THAT(run.out, IsEmpty());
    }
}

TEST_F(Cli, APracticeFromANewerKnotworkIsDescribedButNotUpgraded)
{
    ASSERT_EQ(cli({"--db", practice(), "init"}).exitCode, 0);
    sqliteQuery(practice(), "INSERT INTO schema_version VALUES (" + std::to_string(kLatest + 1) +
                                ", 'future', '2030-01-01T00:00:00Z', '9.0.0')");

    const auto summary = nlohmann::json::parse(cli({"--db", practice(), "info", "--json"}).out);
    EXPECT_EQ(summary["format_status"], "newer");

    const ProcessResult init = cli({"--db", practice(), "init"});
    EXPECT_EQ(init.exitCode, 3);
    EXPECT_THAT(init.err, HasSubstr("newer Knotwork"));
}

} // namespace
} // namespace knotwork::cli
