// knotwork-cli schedule as a script uses it: a treatment plan's whole series previewed (nothing
// saved without --yes) and booked in one action, then moved and cancelled from one visit on; the
// services; and the calendar file, read back by python3-icalendar, whose UIDs stay the same from
// one export to the next and through an export and import of the practice.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <regex>
#include <set>

#include "cli_schedule_test.h"
#include "support/practice_files.h"

namespace knotwork::cli {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using knotwork::testing::ProcessResult;
using knotwork::testing::readBytes;
using nlohmann::json;

class ScheduleCommands : public CliScheduleTest {
protected:
    void SetUp() override
    {
        CliScheduleTest::SetUp();
        const long long physician = cliJson({"provider", "add", "--name", "Dr. Okafor", "--role", "physician"})["id"];
        m_planned = addTreatedClient({"--family-name", "Okafor", "--given-names", "Ada", "--diagnosis",
                                      "tension_type:" + std::to_string(physician)});
        m_plan = cliJson({"plan", "add", "--client", std::to_string(m_planned), "--start", "2026-11-23"})["id"];
    }

    std::vector<std::string> bookPlan(std::vector<std::string> extra = {})
    {
        std::vector<std::string> arguments{"schedule", "book-plan", "--client", std::to_string(m_planned), "--plan",
                                           std::to_string(m_plan), "--weekday", "tue", "--time", "10:00"};
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        return arguments;
    }

    json bookedOf(long long clientId) { return cliJson({"appointment", "list", "--client", std::to_string(clientId)}); }

    // The calendar file written by `schedule ics --out FILE OPTIONS…` as python3-icalendar reads it.
    json exportedCalendar(const std::filesystem::path& practice, const std::filesystem::path& file,
                          std::vector<std::string> options = {})
    {
        options.insert(options.begin(), {"schedule", "ics", "--out", file.string()});
        const ProcessResult written = runCliOn(m_dir / "data", practice, options);
        EXPECT_EQ(written.exitCode, 0) << written.err;
        const ProcessResult read = knotwork::testing::runProcess({"/usr/bin/python3", KNOTWORK_READ_ICS, file.string()});
        EXPECT_EQ(read.exitCode, 0) << read.err;
        return read.exitCode == 0 ? json::parse(read.out) : json();
    }

    static std::set<std::string> uidsOf(const json& calendar)
    {
        std::set<std::string> uids;
        for (const json& event : calendar["events"])
            uids.insert(event["uid"].get<std::string>());
        return uids;
    }

    long long m_planned = 0;
    long long m_plan = 0;
};

TEST_F(ScheduleCommands, BookPlanPreviewsTheWholeSeriesAtThePlansRhythmAndSavesNothingWithoutYes)
{
    const json preview = cliJson(bookPlan());
    EXPECT_EQ(preview["saved"], false);
    EXPECT_EQ(preview["series_id"], nullptr);
    const json& proposals = preview["proposals"];
    ASSERT_GE(proposals.size(), 12u) << "six weekly visits, then six every two weeks";
    EXPECT_EQ(proposals[0]["asked"], "2026-12-01T10:00") << "the first Tuesday to come";
    EXPECT_EQ(proposals[5]["asked"], "2027-01-05T10:00");
    EXPECT_EQ(proposals[6]["asked"], "2027-01-19T10:00") << "the second phase, every two weeks";
    EXPECT_EQ(proposals[6]["phase"], 1);
    EXPECT_EQ(preview["visits"], proposals.size());
    EXPECT_EQ(bookedOf(m_planned), json::array());

    const ProcessResult text = cli(bookPlan());
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_THAT(text.out, HasSubstr("2027-01-19 10:00"));
    EXPECT_THAT(text.out, HasSubstr("Nothing was saved: add --yes to book these"));
    EXPECT_EQ(bookedOf(m_planned), json::array());
}

TEST_F(ScheduleCommands, AVisitInTheWayIsShiftedAndShownWithWhy)
{
    const long long inTheWay = book(m_client, "2026-12-08 10:00");
    const json preview = cliJson(bookPlan());
    const json& second = preview["proposals"][1];
    EXPECT_EQ(second["asked"], "2026-12-08T10:00");
    EXPECT_EQ(second["fate"], "shifted");
    EXPECT_NE(second["booked"], "2026-12-08T10:00");
    ASSERT_FALSE(second["issues"].empty());
    EXPECT_EQ(second["issues"][0]["kind"], "overlap");
    EXPECT_EQ(second["issues"][0]["other"], inTheWay);

    const ProcessResult text = cli(bookPlan());
    EXPECT_THAT(text.out, HasSubstr("Shifted"));
    EXPECT_THAT(text.out, HasSubstr("Overlaps another visit (appointment " + std::to_string(inTheWay)
                                    + " at 2026-12-08 10:00)"));
}

TEST_F(ScheduleCommands, WithYesTheSeriesIsBookedThenMovedAndCancelledFromOneVisitOn)
{
    const json booked = cliJson(bookPlan({"--yes"}));
    ASSERT_EQ(booked["saved"], true);
    const long long series = booked["series_id"];
    const json visits = bookedOf(m_planned);
    ASSERT_EQ(visits.size(), booked["visits"].get<std::size_t>());
    for (const json& visit : visits) {
        EXPECT_EQ(visit["series_id"], series);
        EXPECT_EQ(visit["plan_id"], m_plan);
    }

    const std::string third = std::to_string(visits[2]["id"].get<long long>());
    const json moved = cliJson({"appointment", "move", third, "--start", "2026-12-17 10:00", "--rest-of-series"});
    ASSERT_EQ(moved.size(), visits.size() - 2);
    EXPECT_EQ(moved[0]["starts_at"], "2026-12-17T10:00");
    EXPECT_EQ(moved[1]["starts_at"], "2026-12-24T10:00") << "each later visit moves by the same shift";

    const std::string last = std::to_string(visits[visits.size() - 2]["id"].get<long long>());
    const json cancelled = cliJson({"appointment", "cancel", last, "--by", "therapist", "--reason", "Plan ended early",
                                    "--rest-of-series"});
    ASSERT_EQ(cancelled.size(), 2u);
    EXPECT_EQ(cancelled[0]["status"], "cancelled");
    EXPECT_EQ(cancelled[1]["status"], "cancelled");
    EXPECT_EQ(bookedOf(m_planned)[1]["starts_at"], "2026-12-08T10:00") << "the visits before stay as they were";

    const ProcessResult otherClient = cli({"schedule", "book-plan", "--client", client(), "--plan",
                                           std::to_string(m_plan), "--weekday", "tue", "--time", "10:00"});
    EXPECT_EQ(otherClient.exitCode, 1);
    EXPECT_THAT(otherClient.err, HasSubstr("is not client " + client() + "'s"));
}

TEST_F(ScheduleCommands, BookingThePlanAgainBooksNoVisitTwice)
{
    const json first = cliJson(bookPlan({"--yes"}));
    ASSERT_EQ(first["saved"], true);
    const json again = cliJson(bookPlan({"--yes"}));
    EXPECT_EQ(again["visits"], 0) << "the visits booked count as the plan's";
    EXPECT_EQ(again["saved"], false);
    EXPECT_EQ(bookedOf(m_planned).size(), first["visits"].get<std::size_t>());
    const ProcessResult text = cli(bookPlan());
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_THAT(text.out, HasSubstr("Nothing to book: the plan's visits are booked already"));
}

TEST_F(ScheduleCommands, TheServicesAreListedWithTheirLengthsBuffersAndFees)
{
    const json services = cliJson({"schedule", "services"});
    ASSERT_EQ(services.size(), 6u);
    EXPECT_EQ(services[3]["name"], "Treatment, 60 min");
    EXPECT_EQ(services[3]["minutes"], 60);
    EXPECT_EQ(services[3]["buffer_minutes"], 15);
    EXPECT_EQ(services[3]["kind"], "treatment");
    const ProcessResult text = cli({"schedule", "services"});
    EXPECT_THAT(text.out, HasSubstr("Initial assessment"));
    EXPECT_THAT(text.out, HasSubstr("0.00"));
}

TEST_F(ScheduleCommands, TheCalendarFileHoldsTheBookWithCancelledVisitsAndStableUids)
{
    const long long visit = book(m_client, "2026-12-08 10:00");
    const long long called = book(m_client, "2026-12-09 10:00");
    cliJson({"appointment", "cancel", std::to_string(called), "--by", "client", "--reason", "Away"});

    cliJson({"settings", "set", "practice_name", "Harbourside Massage"});
    const auto file = m_dir / "book.ics";
    const json calendar = exportedCalendar(m_practice, file);
    EXPECT_EQ(calendar["name"], "Harbourside Massage");
    EXPECT_EQ(knotwork::testing::permissionBits(file), 0600u);
    ASSERT_EQ(calendar["events"].size(), 2u);
    const json& first = calendar["events"][0];
    const std::string identifier = knotwork::testing::sqliteQuery(m_practice, "SELECT calendar_identifier FROM practice_settings");
    EXPECT_TRUE(std::regex_match(identifier, std::regex("[0-9a-f]{32}"))) << identifier;
    EXPECT_EQ(first["uid"], "appointment-" + std::to_string(visit) + "@" + identifier);
    EXPECT_EQ(first["dtstart"], "2026-12-08T15:00:00Z") << "10:00 in Toronto, in UTC";
    EXPECT_EQ(first["summary"], "Zoë Martin – Treatment, 60 min");
    EXPECT_EQ(first["status"], "CONFIRMED");
    EXPECT_EQ(calendar["events"][1]["status"], "CANCELLED");
    EXPECT_THAT(readBytes(file), Not(HasSubstr("Away"))) << "no reason for a cancellation";

    const json again = exportedCalendar(m_practice, m_dir / "again.ics");
    EXPECT_EQ(uidsOf(again), uidsOf(calendar)) << "a re-import updates the same events";
    EXPECT_EQ(knotwork::testing::sqliteQuery(m_practice, "SELECT COUNT(*) FROM audit_log WHERE entity = 'calendar_identifier'"),
              "1")
        << "made once, kept for good";

    const json initials = exportedCalendar(m_practice, m_dir / "initials.ics", {"--initials"});
    EXPECT_EQ(initials["events"][0]["summary"], "Z. M. – Treatment, 60 min");
    EXPECT_THAT(readBytes(m_dir / "initials.ics"), Not(HasSubstr("Martin")));

    const ProcessResult text = cli({"schedule", "ics", "--out", (m_dir / "text.ics").string()});
    EXPECT_THAT(text.out, HasSubstr("2 appointments from 2026-10-26 to 2027-11-25"));
}

TEST_F(ScheduleCommands, TheCalendarCoversAMonthBackAndAYearAheadUnlessAskedOtherwise)
{
    book(m_client, "2026-10-26 10:00", {}, "2026-10-20");
    book(m_client, "2026-10-23 10:00", {}, "2026-10-20");
    book(m_client, "2027-11-22 10:00");
    book(m_client, "2027-11-29 10:00");
    const json whole = cliJson({"schedule", "ics", "--out", (m_dir / "whole.ics").string()});
    EXPECT_EQ(whole["events"], 2) << "from 30 days ago to a year ahead";
    const json december = cliJson({"schedule", "ics", "--out", (m_dir / "december.ics").string(), "--from",
                                   "2027-11-01", "--to", "2027-12-31"});
    EXPECT_EQ(december["events"], 2);
}

TEST_F(ScheduleCommands, TheCalendarsUidsSurviveAnExportAndImportOfThePractice)
{
    book(m_client, "2026-12-08 10:00");
    const json before = exportedCalendar(m_practice, m_dir / "before.ics");
    const auto archive = m_dir / "practice.zip";
    ASSERT_EQ(cli({"export", "--out", archive.string()}).exitCode, 0);
    const auto moved = m_dir / "moved.sqlite";
    const ProcessResult imported = runCliOn(m_dir / "data", moved, {"import", "--from", archive.string()});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    const json after = exportedCalendar(moved, m_dir / "after.ics");
    EXPECT_EQ(after["name"], "Knotwork appointments") << "until the practice has a name";
    ASSERT_EQ(after["events"].size(), 1u);
    EXPECT_EQ(uidsOf(after), uidsOf(before));
}

} // namespace
} // namespace knotwork::cli
