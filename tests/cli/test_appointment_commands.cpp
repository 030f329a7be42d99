// knotwork-cli appointment as a script uses it: bookings with their issues refused until
// --anyway, the safety gate, the precautions, lists by days and by client, moves, cancellations
// late or with notice by the policy's window (across the clocks going back too), no-shows and
// arrivals, each with --json, and an unknown appointment refused.
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

class AppointmentCommands : public CliScheduleTest {
protected:
    std::vector<long long> listedIds(std::vector<std::string> options)
    {
        options.insert(options.begin(), {"appointment", "list"});
        std::vector<long long> ids;
        for (const json& visit : cliJson(options))
            ids.push_back(visit["id"]);
        return ids;
    }
};

TEST_F(AppointmentCommands, AVisitIsBookedAsTheTreatmentOfItsLengthAndShownAsSaved)
{
    const json booked = cliJson({"appointment", "add", "--client", client(), "--start", "2026-12-08 10:00",
                                 "--notes", "Prefers the window room"});
    EXPECT_EQ(booked["starts_at"], "2026-12-08T10:00");
    EXPECT_EQ(booked["ends_at"], "2026-12-08T11:00");
    EXPECT_EQ(booked["minutes"], 60);
    EXPECT_EQ(booked["buffer_minutes"], 15);
    EXPECT_EQ(booked["status"], "booked");
    EXPECT_EQ(booked["service_name"], "Treatment, 60 min");
    EXPECT_EQ(booked["client_name"], "Zoë Martin");
    EXPECT_EQ(booked["issues"], json::array());

    const json shown = cliJson({"appointment", "show", std::to_string(booked["id"].get<long long>())});
    EXPECT_EQ(shown["starts_at"], "2026-12-08T10:00");
    EXPECT_EQ(shown["notes"], "Prefers the window room");
    EXPECT_EQ(shown["row_version"], 1);

    const json shorter = cliJson({"appointment", "add", "--client", client(), "--start", "2026-12-09T10:00",
                                  "--minutes", "45"});
    EXPECT_EQ(shorter["service_name"], "Treatment, 45 min");
    const ProcessResult text = cli({"appointment", "add", "--client", client(), "--start", "2026-12-10 10:00"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_THAT(text.out, HasSubstr("Booked appointment"));
    EXPECT_THAT(text.out, HasSubstr("2026-12-10 10:00"));
    EXPECT_THAT(text.out, HasSubstr("Zoë Martin"));

    const ProcessResult noSuchLength = cli({"appointment", "add", "--client", client(), "--start", "2026-12-11 10:00",
                                            "--minutes", "50"});
    EXPECT_EQ(noSuchLength.exitCode, 1);
    EXPECT_THAT(noSuchLength.err, HasSubstr("--service"));
}

TEST_F(AppointmentCommands, ATimeWithIssuesIsRefusedNamingEachUntilBookedAnyway)
{
    const long long first = book(m_client, "2026-12-08 10:00");
    const ProcessResult refused = cli({"appointment", "add", "--client", client(), "--start", "2026-12-08 16:30"});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_THAT(refused.err, HasSubstr("  - Outside opening hours\n"));
    EXPECT_THAT(refused.err, HasSubstr("--anyway"));
    const ProcessResult overlapping = cli({"appointment", "add", "--client", client(), "--start", "2026-12-08 10:30"});
    EXPECT_EQ(overlapping.exitCode, 1);
    EXPECT_THAT(overlapping.err, HasSubstr("  - Overlaps another visit (appointment " + std::to_string(first)
                                           + " at 2026-12-08 10:00)\n"));
    EXPECT_EQ(listedIds({"--from", "2026-12-08", "--to", "2026-12-08"}), std::vector<long long>{first})
        << "nothing is saved on a refusal";

    const ProcessResult anyway = cli({"appointment", "add", "--client", client(), "--start", "2026-12-08 10:30",
                                      "--anyway"});
    ASSERT_EQ(anyway.exitCode, 0) << anyway.err;
    EXPECT_THAT(anyway.out, HasSubstr("Issue accepted: Overlaps another visit"));
    const json accepted = cliJson({"appointment", "add", "--client", client(), "--start", "2026-12-08 16:30",
                                   "--anyway"});
    ASSERT_EQ(accepted["issues"].size(), 1u);
    EXPECT_EQ(accepted["issues"][0]["kind"], "outside_hours");
}

TEST_F(AppointmentCommands, AClientWithAnOpenRedFlagIsBookedOnlyForAReferralVisit)
{
    const long long flagged = addTreatedClient({"--family-name", "Okafor", "--given-names", "Ada", "--red-flag",
                                                "vision_changes"});
    const ProcessResult refused = cli({"appointment", "add", "--client", std::to_string(flagged), "--start",
                                       "2026-12-08 10:00"});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_THAT(refused.err, HasSubstr("Only a referral visit can be booked for this client"));
    EXPECT_THAT(refused.err, HasSubstr("--referral-only"));
    EXPECT_TRUE(listedIds({"--client", std::to_string(flagged)}).empty());

    const json referral = cliJson({"appointment", "add", "--client", std::to_string(flagged), "--start",
                                   "2026-12-08 10:00", "--referral-only"});
    EXPECT_EQ(referral["referral_only"], true);
    EXPECT_THAT(cli({"appointment", "list", "--client", std::to_string(flagged)}).out, HasSubstr("referral only"));
}

TEST_F(AppointmentCommands, TheClientsPrecautionsArePrintedWithTheBooking)
{
    const auto intake = m_dir / "intake.json";
    knotwork::testing::writeBytes(intake, R"({"client": {"family_name": "Lima", "given_names": "Ana"},
                                              "intake": {"health": {"flags": ["pregnancy"]}}})");
    const long long pregnant = addTreatedClient({"--from", intake.string()});
    const ProcessResult booked = cli({"appointment", "add", "--client", std::to_string(pregnant), "--start",
                                      "2026-12-08 10:00"});
    ASSERT_EQ(booked.exitCode, 0) << booked.err;
    EXPECT_THAT(booked.out, HasSubstr("Precautions: Pregnan"));
    const ProcessResult plain = cli({"appointment", "add", "--client", client(), "--start", "2026-12-09 10:00"});
    EXPECT_THAT(plain.out, Not(HasSubstr("Precautions")));
}

TEST_F(AppointmentCommands, TheListShowsAWeekFromTodayOrTheDaysAskedOrOneClient)
{
    const long long other = addTreatedClient({"--family-name", "Nowak", "--given-names", "Łukasz"});
    const long long tomorrow = book(m_client, "2026-11-26 10:00");
    const long long friday = book(other, "2026-11-27 10:00");
    const long long tuesday = book(m_client, "2026-12-01 16:00");
    const long long later = book(m_client, "2026-12-08 10:00");

    EXPECT_EQ(listedIds({}), (std::vector<long long>{tomorrow, friday, tuesday}));
    EXPECT_EQ(listedIds({"--from", "2026-12-02", "--to", "2026-12-31"}), std::vector<long long>{later});
    EXPECT_EQ(listedIds({"--client", client()}), (std::vector<long long>{tomorrow, tuesday, later}));
    EXPECT_EQ(listedIds({"--client", client(), "--from", "2026-12-01"}), (std::vector<long long>{tuesday, later}));

    const ProcessResult text = cli({"appointment", "list"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_THAT(text.out, HasSubstr("2026-11-27 10:00"));
    EXPECT_THAT(text.out, HasSubstr("Łukasz Nowak"));
    EXPECT_THAT(text.out, HasSubstr("Treatment, 60 min"));
    EXPECT_THAT(text.out, HasSubstr("3 appointments."));
    const ProcessResult backwards = cli({"appointment", "list", "--from", "2026-12-02", "--to", "2026-12-01"});
    EXPECT_EQ(backwards.exitCode, 1);
    EXPECT_THAT(backwards.err, HasSubstr("--to"));
}

TEST_F(AppointmentCommands, AMoveIsCheckedLikeABookingAndRefusedUntilAnyway)
{
    const long long visit = book(m_client, "2026-12-08 10:00");
    const long long other = book(m_client, "2026-12-09 14:00");
    const json moved = cliJson({"appointment", "move", std::to_string(visit), "--start", "2026-12-10 14:00",
                                "--minutes", "90"});
    EXPECT_EQ(moved["starts_at"], "2026-12-10T14:00");
    EXPECT_EQ(moved["minutes"], 90);
    EXPECT_EQ(moved["row_version"], 2);

    const ProcessResult refused = cli({"appointment", "move", std::to_string(visit), "--start", "2026-12-09 14:30"});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_THAT(refused.err, HasSubstr("(appointment " + std::to_string(other) + " at 2026-12-09 14:00)"));
    EXPECT_THAT(refused.err, HasSubstr("Nothing was moved. Add --anyway"));
    EXPECT_EQ(cliJson({"appointment", "show", std::to_string(visit)})["starts_at"], "2026-12-10T14:00");

    const ProcessResult anyway = cli({"appointment", "move", std::to_string(visit), "--start", "2026-12-09 14:30",
                                      "--anyway"});
    ASSERT_EQ(anyway.exitCode, 0) << anyway.err;
    EXPECT_THAT(anyway.out, HasSubstr("Moved appointment " + std::to_string(visit) + " to 2026-12-09 14:30."));
}

TEST_F(AppointmentCommands, AClientsCancellationInsideThePolicysWindowIsLateWithItsFee)
{
    setCancellationPolicy(24, 4000);
    const long long tomorrow = book(m_client, "2026-11-26 10:00");
    const long long friday = book(m_client, "2026-11-27 10:00");

    const ProcessResult late = cli({"appointment", "cancel", std::to_string(tomorrow), "--by", "client", "--reason",
                                    "Sick child"});
    ASSERT_EQ(late.exitCode, 0) << late.err;
    EXPECT_THAT(late.out, HasSubstr("notice given: 22 h 00 min"));
    EXPECT_THAT(late.out, HasSubstr("A late cancellation: less notice than the policy's 24 hours. The policy's fee: 40.00."));
    EXPECT_EQ(cliJson({"appointment", "show", std::to_string(tomorrow)})["status"], "late_cancelled");

    const json withNotice = cliJson({"appointment", "cancel", std::to_string(friday), "--by", "client", "--reason",
                                     "Away"});
    EXPECT_EQ(withNotice["status"], "cancelled");
    EXPECT_EQ(withNotice["notice_minutes"], 46 * 60);
    EXPECT_EQ(withNotice["late_fee_cents"], nullptr);
    EXPECT_EQ(withNotice["cancel_reason"], "Away");
    EXPECT_THAT(cli({"appointment", "list"}).out, HasSubstr("late-cancelled"));

    const long long byTherapist = book(m_client, "2026-11-26 13:00");
    EXPECT_EQ(cliJson({"appointment", "cancel", std::to_string(byTherapist), "--by", "therapist", "--reason",
                       "Course"})["status"],
              "cancelled")
        << "a therapist's cancellation is never late";
    const ProcessResult unknownSide = cli({"appointment", "cancel", std::to_string(byTherapist), "--by", "nobody",
                                           "--reason", "x"});
    EXPECT_EQ(unknownSide.exitCode, 1);
    EXPECT_THAT(unknownSide.err, HasSubstr("client, therapist"));
}

// On the night of 31 October to 1 November 2026 Toronto's clocks go back an hour: from Saturday
// 10:00 to Sunday 09:30 is 23 h 30 min on the wall clock but 24 h 30 min of real notice.
TEST_F(AppointmentCommands, TheNoticeIsTheRealTimeAcrossTheClocksGoingBack)
{
    setCancellationPolicy(24, 0);
    const long long first = book(m_client, "2026-11-01 09:30", {"--anyway"}, "2026-10-29");
    const json onTime = cliJsonAt({"appointment", "cancel", std::to_string(first), "--by", "client", "--reason",
                                   "Travel"},
                                  "2026-10-31T14:00:00Z");
    EXPECT_EQ(onTime["status"], "cancelled");
    EXPECT_EQ(onTime["notice_minutes"], 24 * 60 + 30);

    const long long second = book(m_client, "2026-11-01 09:30", {"--anyway"}, "2026-10-29");
    const ProcessResult late = cli({"appointment", "cancel", std::to_string(second), "--by", "client", "--reason",
                                    "Travel"},
                                   "2026-10-31T15:00:00Z");
    ASSERT_EQ(late.exitCode, 0) << late.err;
    EXPECT_THAT(late.out, HasSubstr("notice given: 23 h 30 min"));
    EXPECT_THAT(late.out, HasSubstr("The policy sets no fee."));
}

TEST_F(AppointmentCommands, ACancellationListsTheWaitlistEntriesTheFreedTimeCouldServe)
{
    const long long waiting = addTreatedClient({"--family-name", "Nowak", "--given-names", "Łukasz"});
    withPractice([&](app::PracticeContext& practice) {
        schedule::WaitlistEntry entry;
        entry.clientId = waiting;
        entry.serviceId = 4;  // Treatment, 60 min
        entry.from = Date(2026, 11, 20);
        entry.preferences = "mornings";
        entry.addedAt = Timestamp::fromIso8601("2026-11-20T15:00:00Z", "test");
        practice.stores().schedule().addToWaitlist(entry);
    });
    const long long visit = book(m_client, "2026-12-08 10:00");
    const long long shortVisit = book(m_client, "2026-12-09 10:00", {"--minutes", "30"});

    const ProcessResult cancelled = cli({"appointment", "cancel", std::to_string(visit), "--by", "client", "--reason",
                                         "Away"});
    ASSERT_EQ(cancelled.exitCode, 0) << cancelled.err;
    EXPECT_THAT(cancelled.out, HasSubstr("The freed time could serve these clients on the waitlist:"));
    EXPECT_THAT(cancelled.out, HasSubstr("Łukasz Nowak"));
    EXPECT_THAT(cancelled.out, HasSubstr("mornings"));

    const json tooShort = cliJson({"appointment", "cancel", std::to_string(shortVisit), "--by", "client", "--reason",
                                   "Away"});
    EXPECT_EQ(tooShort["waitlist"], json::array()) << "an hour's treatment does not fit half an hour";
}

TEST_F(AppointmentCommands, APassedVisitIsANoShowAndAClientWhoCameHasArrived)
{
    setCancellationPolicy(24, 0, 5000);
    const long long missed = book(m_client, "2026-11-25 09:00", {}, "2026-11-24");
    const long long coming = book(m_client, "2026-11-25 13:00", {}, "2026-11-24");

    const ProcessResult early = cli({"appointment", "no-show", std::to_string(coming)});
    EXPECT_EQ(early.exitCode, 1) << "a visit still to start is no no-show";
    const ProcessResult noShow = cli({"appointment", "no-show", std::to_string(missed)});
    ASSERT_EQ(noShow.exitCode, 0) << noShow.err;
    EXPECT_THAT(noShow.out, HasSubstr("is marked as a no-show"));
    EXPECT_THAT(noShow.out, HasSubstr("fee for a no-show: 50.00"));
    EXPECT_EQ(cliJson({"appointment", "show", std::to_string(missed)})["status"], "no_show");

    const json arrived = cliJson({"appointment", "arrive", std::to_string(coming)});
    EXPECT_EQ(arrived["status"], "arrived");
    EXPECT_EQ(arrived["row_version"], 2);
}

TEST_F(AppointmentCommands, AnUnknownAppointmentOrClientIsNotFoundAndChangesNothing)
{
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"appointment", "show", "999"},
          {"appointment", "move", "999", "--start", "2026-12-08 10:00"},
          {"appointment", "cancel", "999", "--by", "client", "--reason", "x"},
          {"appointment", "no-show", "999"},
          {"appointment", "arrive", "999"}}) {
        const ProcessResult run = cli(command);
        EXPECT_EQ(run.exitCode, 1) << command[1];
        EXPECT_THAT(run.err, HasSubstr("There is no appointment 999")) << command[1];
    }
    const ProcessResult noClient = cli({"appointment", "add", "--client", "999", "--start", "2026-12-08 10:00"});
    EXPECT_EQ(noClient.exitCode, 1);
    EXPECT_THAT(noClient.err, HasSubstr("999"));
    const ProcessResult badStart = cli({"appointment", "add", "--client", client(), "--start", "next tuesday"});
    EXPECT_EQ(badStart.exitCode, 1);
    EXPECT_THAT(badStart.err, HasSubstr("--start must be a day and a time like \"2026-12-08 10:00\""));
    EXPECT_TRUE(listedIds({"--client", client()}).empty());
}

} // namespace
} // namespace knotwork::cli
