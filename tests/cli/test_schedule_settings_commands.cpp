// knotwork-cli's settings of the appointment book as a script uses them, on 2026-11-25 in
// Toronto: services added, edited and retired (their visits keep them); a weekday's opening hours
// and the daily cap; time off on a day, on days or part of a day, saying which booked visits fall
// in it; and the cancellation policy, whose version moves on when its wording changes so the
// acceptances recorded at intake name the new wording. Refusals name the field and save nothing.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli_schedule_test.h"
#include "support/practice_files.h"

namespace knotwork::cli {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using knotwork::testing::ProcessResult;
using nlohmann::json;

class ScheduleSettingsCommands : public CliScheduleTest {
protected:
    json serviceNamed(const std::string& name)
    {
        for (const json& service : cliJson({"schedule", "services"}))
            if (service["name"] == name)
                return service;
        return json();
    }
};

TEST_F(ScheduleSettingsCommands, AServiceIsAddedEditedAndRetiredWhileItsVisitsKeepIt)
{
    const json added = cliJson({"schedule", "services", "add", "--name", "Hot stone, 75 min", "--minutes", "75",
                                "--fee", "120.50"});
    EXPECT_EQ(added["fee_cents"], 12050);
    EXPECT_EQ(added["buffer_minutes"], 15);
    const std::string id = std::to_string(added["id"].get<long long>());
    const long long visit = book(m_client, "2026-12-01 10:00", {"--service", id});

    const json edited = cliJson({"schedule", "services", "edit", id, "--minutes", "90", "--buffer", "20"});
    EXPECT_EQ(edited["minutes"], 90);
    EXPECT_EQ(edited["name"], "Hot stone, 75 min");
    const ProcessResult retired = cli({"schedule", "services", "retire", id});
    ASSERT_EQ(retired.exitCode, 0) << retired.err;
    EXPECT_THAT(retired.out, HasSubstr("Retired service " + id));

    EXPECT_EQ(serviceNamed("Hot stone, 75 min")["offered"], false);
    const json kept = cliJson({"appointment", "show", std::to_string(visit)});
    EXPECT_EQ(kept["service_id"].get<long long>(), added["id"].get<long long>());
    EXPECT_EQ(kept["minutes"], 75);
    EXPECT_EQ(cli({"schedule", "services", "retire", id}).exitCode, 1);
}

TEST_F(ScheduleSettingsCommands, AServiceWithBadValuesIsRefusedNamingTheField)
{
    const std::size_t before = cliJson({"schedule", "services"}).size();
    const ProcessResult tooShort = cli({"schedule", "services", "add", "--name", "Quick", "--minutes", "2"});
    EXPECT_EQ(tooShort.exitCode, 1);
    EXPECT_THAT(tooShort.err, HasSubstr("Length in minutes"));
    const ProcessResult badFee = cli({"schedule", "services", "add", "--name", "Quick", "--minutes", "30", "--fee",
                                      "4,50"});
    EXPECT_EQ(badFee.exitCode, 1);
    EXPECT_THAT(badFee.err, HasSubstr("Fee"));
    EXPECT_EQ(cliJson({"schedule", "services"}).size(), before);
}

TEST_F(ScheduleSettingsCommands, AWeekdaysHoursAreSetInStretchesOrClosedAndTheCapFollows)
{
    cliJson({"schedule", "hours", "set", "tue", "09:00-12:00,13:00-18:30"});
    const json week = cliJson({"schedule", "hours", "set", "friday", "closed"});
    EXPECT_EQ(week["days"]["tuesday"], json({"09:00-12:00", "13:00-18:30"}));
    EXPECT_EQ(week["days"]["friday"], json::array());
    EXPECT_EQ(week["days"]["monday"], json({"09:00-17:00"}));

    EXPECT_EQ(cliJson({"schedule", "cap", "6"})["daily_cap"], 6);
    const ProcessResult shown = cli({"schedule", "hours"});
    ASSERT_EQ(shown.exitCode, 0) << shown.err;
    EXPECT_THAT(shown.out, HasSubstr("09:00\u201312:00, 13:00\u201318:30"));
    EXPECT_THAT(shown.out, HasSubstr("closed"));
    EXPECT_EQ(cliJson({"schedule", "cap", "none"})["daily_cap"], json());
    EXPECT_EQ(cliJson({"schedule", "hours", "show"})["daily_cap"], json());
}

TEST_F(ScheduleSettingsCommands, HoursThatOverlapAndCapsOutOfRangeAreRefusedAndNothingChanges)
{
    const json before = cliJson({"schedule", "hours"});
    const ProcessResult overlapping = cli({"schedule", "hours", "set", "wed", "09:00-13:00,12:00-17:00"});
    EXPECT_EQ(overlapping.exitCode, 1);
    EXPECT_THAT(overlapping.err, HasSubstr("Wednesday, hours 2: must open after hours 1 close (13:00)"));
    EXPECT_EQ(cli({"schedule", "hours", "set", "wed", "9-5"}).exitCode, 1);
    const ProcessResult tooMany = cli({"schedule", "cap", "25"});
    EXPECT_EQ(tooMany.exitCode, 1);
    EXPECT_THAT(tooMany.err, HasSubstr("Most visits in a day"));
    EXPECT_EQ(cliJson({"schedule", "hours"}), before);
}

TEST_F(ScheduleSettingsCommands, TimeOffSaysWhichBookedVisitsFallInItAndIsListedAndRemoved)
{
    const long long morning = book(m_client, "2026-12-02 10:00");
    book(m_client, "2026-12-02 15:00");

    const json holidays = cliJson({"schedule", "time-off", "add", "--from", "2026-12-24", "--to", "2026-12-28",
                                   "--reason", "Holidays"});
    EXPECT_EQ(holidays["time_off"]["starts_at"], "2026-12-24T00:00");
    EXPECT_EQ(holidays["time_off"]["ends_at"], "2026-12-29T00:00");
    EXPECT_EQ(holidays["booked_visits"], json::array());

    const ProcessResult dentist = cli({"schedule", "time-off", "add", "--from", "2026-12-02 09:30", "--to",
                                       "2026-12-02 12:00", "--reason", "Dentist"});
    ASSERT_EQ(dentist.exitCode, 0) << dentist.err;
    EXPECT_THAT(dentist.err, HasSubstr("1 booked visits fall in it"));
    EXPECT_THAT(dentist.out, HasSubstr("2026-12-02 10:00"));
    EXPECT_THAT(dentist.out, Not(HasSubstr("2026-12-02 15:00")));
    cliJson({"schedule", "time-off", "add", "--from", "2026-12-08", "--reason", "Course"});

    const json listed = cliJson({"schedule", "time-off", "list"});
    ASSERT_EQ(listed.size(), 3u);
    EXPECT_EQ(listed[0]["reason"], "Dentist");
    EXPECT_EQ(listed[1]["ends_at"], "2026-12-09T00:00");
    cliJson({"schedule", "time-off", "remove", std::to_string(listed[1]["id"].get<long long>())});
    EXPECT_EQ(cliJson({"schedule", "time-off", "list"}).size(), 2u);
    EXPECT_EQ(cliJson({"appointment", "show", std::to_string(morning)})["status"], "booked");
}

TEST_F(ScheduleSettingsCommands, TimeOffThatEndsBeforeItBeginsIsRefused)
{
    const ProcessResult backwards = cli({"schedule", "time-off", "add", "--from", "2026-12-02 12:00", "--to",
                                         "2026-12-02 09:00"});
    EXPECT_EQ(backwards.exitCode, 1);
    EXPECT_THAT(backwards.err, HasSubstr("Until: the time off must end after it begins."));
    EXPECT_EQ(cliJson({"schedule", "time-off", "list"}), json::array());
    EXPECT_EQ(cli({"schedule", "time-off", "remove", "99"}).exitCode, 1);
}

TEST_F(ScheduleSettingsCommands, ANewPolicyWordingGetsANewVersionThatAcceptancesRecord)
{
    const std::filesystem::path wording = m_dir / "policy.txt";
    knotwork::testing::writeBytes(wording, "Please give 24 hours' notice.\n");
    const json first = cliJson({"schedule", "policy", "set", "--text-file", wording.string(), "--window-hours", "24",
                                "--fee", "40"});
    EXPECT_EQ(first["version"], "2026-1");
    EXPECT_EQ(first["text"], "Please give 24 hours' notice.");
    EXPECT_EQ(first["late_fee_cents"], 4000);
    EXPECT_EQ(cliJson({"schedule", "policy", "set", "--no-show-fee", "60"})["version"], "2026-1");

    knotwork::testing::writeBytes(wording, "Please give 48 hours' notice.\n");
    EXPECT_EQ(cliJson({"schedule", "policy", "set", "--text-file", wording.string(), "--window-hours", "48"})["version"],
              "2026-2");
    cliJson({"client", "consent", client(), "--cancellation-policy", "--date", "2026-11-25"});
    const json chart = cliJson({"client", "show", client()});
    EXPECT_THAT(chart.dump(), HasSubstr("\"wording_version\":\"2026-2\""));

    const ProcessResult tooLong = cli({"schedule", "policy", "set", "--window-hours", "200"});
    EXPECT_EQ(tooLong.exitCode, 1);
    EXPECT_THAT(tooLong.err, HasSubstr("Late-cancel window in hours"));
    EXPECT_EQ(cliJson({"schedule", "policy"})["late_window_hours"], 48);
}

} // namespace
} // namespace knotwork::cli
