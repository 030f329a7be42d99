// knotwork-cli demo: the same seed and day give the same practice, a practice in use is left
// alone, and the synthetic records tell a story a therapist would believe.
#include <sstream>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_runner.h"
#include "support/practice_files.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace knotwork::cli {
namespace {

using ::testing::HasSubstr;
using knotwork::testing::ProcessResult;
using knotwork::testing::sqliteQuery;
using nlohmann::json;

class DemoCommand : public ::testing::Test {
protected:
    ProcessResult cli(const std::filesystem::path& practice, std::vector<std::string> arguments)
    {
        return runCliOn(m_dir / "data", practice, std::move(arguments));
    }

    std::filesystem::path demo(const std::string& name, const std::string& clients, const std::string& seed)
    {
        const auto file = m_dir / name;
        const ProcessResult run = cli(file, {"demo", "--clients", clients, "--seed", seed, "--as-of", "2026-11-23"});
        EXPECT_EQ(run.exitCode, 0) << run.err;
        EXPECT_THAT(run.out, HasSubstr(clients + " synthetic clients"));
        EXPECT_EQ(run.err, "");  // progress goes to a terminal only
        return file;
    }

    std::string listAll(const std::filesystem::path& practice)
    {
        const ProcessResult run = cli(practice, {"client", "list", "--json", "--filter", "all", "--limit", "100000"});
        EXPECT_EQ(run.exitCode, 0) << run.err;
        return run.out;
    }

    static long long count(const std::filesystem::path& practice, const std::string& sql)
    {
        return std::stoll(sqliteQuery(practice, sql));
    }

    knotwork::testing::TempDir m_dir;
};

TEST_F(DemoCommand, TheSameSeedAndDayGiveTheSameList)
{
    const auto first = demo("first.sqlite", "120", "5");
    const auto second = demo("second.sqlite", "120", "5");
    EXPECT_EQ(listAll(first), listAll(second));
    EXPECT_EQ(json::parse(listAll(first))["total"], 120);
    EXPECT_NE(listAll(first), listAll(demo("other.sqlite", "120", "6")));

    // Their notes too, to the byte, whole notes included.
    const std::string clients = sqliteQuery(first, "SELECT group_concat(client_id) FROM (SELECT DISTINCT client_id "
                                                   "FROM session_notes ORDER BY client_id LIMIT 4)");
    std::stringstream ids(clients);
    int compared = 0;
    for (std::string client; std::getline(ids, client, ',');) {
        const std::vector<std::string> list{"session", "list", "--client", client, "--json"};
        const ProcessResult notes = cli(first, list);
        ASSERT_EQ(notes.exitCode, 0) << notes.err;
        EXPECT_EQ(notes.out, cli(second, list).out) << "client " << client;
        const std::vector<std::string> show{"session", "show", std::to_string(json::parse(notes.out)[0]["id"].get<long long>()), "--json"};
        EXPECT_EQ(cli(first, show).out, cli(second, show).out) << "client " << client;
        ++compared;
    }
    EXPECT_EQ(compared, 4);

    // And their appointment book: the visits of the notes, the missed ones and the weeks ahead.
    const std::string book = "SELECT group_concat(client_id || ' ' || starts_at || ' ' || status || ' ' || "
                             "COALESCE(note_id, '-'), '; ') FROM (SELECT * FROM appointments ORDER BY id)";
    EXPECT_EQ(sqliteQuery(first, book), sqliteQuery(second, book));
    EXPECT_GT(count(first, "SELECT COUNT(*) FROM appointments WHERE status = 'booked' AND starts_at > '2026-11-24'"), 10);
}

TEST_F(DemoCommand, WithoutAsOfItIsLaidOutAsOfTheClocksDay)
{
    const ProcessResult run = cli(m_dir / "today.sqlite", {"demo", "--clients", "5", "--json"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(json::parse(run.out)["as_of"], kCliTestDay);
}

// --years lays the first visits out over that many years, with 500 clients a year unless --clients
// says how many.
TEST_F(DemoCommand, YearsSpreadTheFirstVisitsOverThePracticesYears)
{
    const auto file = m_dir / "years.sqlite";
    const ProcessResult run = cli(file, {"demo", "--years", "3", "--clients", "40", "--as-of", kCliTestDay, "--json"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(json::parse(run.out)["years"], 3);
    EXPECT_EQ(json::parse(run.out)["clients"], 40);
    EXPECT_EQ(count(file, "SELECT COUNT(*) FROM clients"), 40);
    EXPECT_GT(count(file, "SELECT COUNT(*) FROM session_notes WHERE visit_date < date('" + std::string(kCliTestDay)
                              + "', '-900 days')"),
              0)
        << "first visits before the compact demo's two and a half years";
    EXPECT_NE(cli(m_dir / "long.sqlite", {"demo", "--years", "41"}).exitCode, 0) << "1 to 40 years";
}

TEST_F(DemoCommand, RefusesAPracticeThatAlreadyHasClients)
{
    const auto file = demo("used.sqlite", "20", "1");
    const std::string before = listAll(file);
    const ProcessResult again = cli(file, {"demo", "--clients", "5"});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_THAT(again.err, HasSubstr("already has clients or providers"));
    EXPECT_EQ(listAll(file), before);
}

TEST_F(DemoCommand, RefusesAPracticeWithProvidersAndKeepsItsLetterhead)
{
    const auto file = m_dir / "providers.sqlite";
    ASSERT_EQ(cli(file, {"init"}).exitCode, 0);
    ASSERT_EQ(cli(file, {"provider", "add", "--name", "Dr Amara Okafor"}).exitCode, 0);
    const ProcessResult run = cli(file, {"demo", "--clients", "5"});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_THAT(run.err, HasSubstr("already has clients or providers"));
    EXPECT_EQ(sqliteQuery(file, "SELECT practice_name FROM practice_settings"), "");
    EXPECT_EQ(count(file, "SELECT COUNT(*) FROM providers"), 1);
}

TEST_F(DemoCommand, SaysItIsADemoAndShowsTheNamesWeTestWith)
{
    const auto file = demo("names.sqlite", "400", "3");
    EXPECT_THAT(sqliteQuery(file, "SELECT practice_name FROM practice_settings"), HasSubstr("demo"));
    for (const char* search : {"zoe", "lukasz", "nguyen"}) {
        const ProcessResult run = cli(file, {"client", "list", "--json", "--filter", "all", "--search", search});
        EXPECT_GT(json::parse(run.out)["total"].get<long long>(), 0) << search;
    }
}

TEST_F(DemoCommand, DatesAndFindingsTellAConsistentStory)
{
    const auto file = demo("story.sqlite", "1500", "9");
    // A clearance never lapses before the day it was given, and some have lapsed.
    EXPECT_EQ(count(file, "SELECT COUNT(*) FROM clearances WHERE expires_on < cleared_on"), 0);
    EXPECT_GT(count(file, "SELECT COUNT(*) FROM clearances WHERE expires_on < '2026-11-23'"), 0);
    // A headache after a car accident is diagnosed after the accident.
    EXPECT_GT(count(file, "SELECT COUNT(*) FROM clients WHERE json_extract(intake, '$.headache.mechanism_date') IS NOT NULL"), 0);
    EXPECT_EQ(count(file, "SELECT COUNT(*) FROM diagnoses d JOIN clients c ON c.id = d.client_id "
                          "WHERE d.diagnosed_on < json_extract(c.intake, '$.headache.mechanism_date')"), 0);
    // Clients are archived after they first came, never before.
    EXPECT_GT(count(file, "SELECT COUNT(*) FROM clients WHERE archived = 1"), 0);
    EXPECT_EQ(count(file, "SELECT COUNT(*) FROM clients c JOIN care_team t ON t.client_id = c.id "
                          "WHERE c.archived_on < t.since"), 0);
    // Findings fit the person: no pregnancy for him, no "new headache after 50" at thirty.
    EXPECT_EQ(count(file, "SELECT COUNT(*) FROM clients WHERE pronouns = 'he/him' AND intake LIKE '%\"pregnancy\"%'"), 0);
    EXPECT_EQ(count(file, "SELECT COUNT(*) FROM screenings s JOIN clients c ON c.id = s.client_id "
                          "WHERE s.issues LIKE '%pregnancy_or_postpartum%' AND c.pronouns = 'he/him'"), 0);
    EXPECT_EQ(count(file, "SELECT COUNT(*) FROM screenings s JOIN clients c ON c.id = s.client_id "
                          "WHERE s.issues LIKE '%new_after_fifty%' AND c.date_of_birth > '1976-11-23'"), 0);
    // About one client in twenty has a red flag at intake; cluster headache and recent trauma
    // need a clearance.
    const long long flagged = count(file, "SELECT COUNT(*) FROM screenings WHERE issues <> '' AND issues <> 'painkiller_overuse'");
    EXPECT_GT(flagged, 1500 * 5 / 100);
    EXPECT_LT(flagged, 1500 * 15 / 100);
    EXPECT_GT(count(file, "SELECT COUNT(*) FROM screenings WHERE issues LIKE '%cluster_headache%'"), 0);
}

TEST_F(DemoCommand, AProcessKilledHalfWayLeavesNoHalfPractice)
{
    // The file size limit kills the process (SIGXFSZ) a few megabytes into writing the demo.
    const auto file = m_dir / "killed.sqlite";
    const ProcessResult killed = runCliOnUntilFileSize(m_dir / "data", file, 3'000'000,
                                                       {"demo", "--clients", "300", "--as-of", "2026-11-23"});
    ASSERT_NE(killed.exitCode, 0) << "the limit must stop the demo half-way: " << killed.out;

    EXPECT_EQ(json::parse(listAll(file))["total"], 0) << "the demo is one action: all of it or none";
    EXPECT_EQ(count(file, "SELECT COUNT(*) FROM providers"), 0);
    EXPECT_EQ(count(file, "SELECT COUNT(*) FROM session_notes"), 0);
    // The practice is usable, and the demo can be written into it again.
    demo("killed.sqlite", "20", "3");
}

} // namespace
} // namespace knotwork::cli
