// knotwork-cli plan and measure as a script uses them: a plan from the template for the
// diagnosis on file, its progress from signed notes, measures scored, voided, listed.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_practice_test.h"
#include "sessions/session_json.h"
#include "support/practice_files.h"
#include "support/process.h"
#include "support/sample_note.h"
#include "support/temp_dir.h"

namespace knotwork::cli {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using knotwork::testing::ProcessResult;
using knotwork::testing::writeBytes;
using nlohmann::json;

class PlanCommands : public CliPracticeTest {
protected:
    void SetUp() override
    {
        CliPracticeTest::SetUp();
        const long long physician = cliJson({"provider", "add", "--name", "Dr. Okafor", "--role",
                                             "physician"})["id"];
        m_client = addTreatedClient({"--family-name", "Martin", "--given-names", "Zoë",
                                     "--diagnosis", "tension_type:" + std::to_string(physician)});
    }

    std::string client() const { return std::to_string(m_client); }

    // Signs a note of the visit whose diary had `headacheDays` of 30 days.
    void signVisit(const Date& visit, int headacheDays, int medicationDays = 2)
    {
        sessions::SoapNote note = knotwork::testing::sampleNote(0, visit);
        note.subjective.diaryDays = 30;
        note.subjective.headacheDays = headacheDays;
        note.subjective.medicationDays = medicationDays;
        note.subjective.averageIntensity = 6;
        const auto file = m_dir / ("note-" + isoDate(visit) + ".json");
        writeBytes(file, json(note).dump());
        cliJson({"session", "add", "--client", client(), "--from", file.string(), "--sign"});
    }

    long long m_client = 0;
};

TEST_F(PlanCommands, APlanStartsFromTheTemplateForTheDiagnosisWithBaselinesFromTheNotes)
{
    signVisit(Date(2026, 10, 5), 12);
    const json plan = cliJson({"plan", "add", "--client", client(), "--start", "2026-10-05"});
    EXPECT_EQ(plan["focus"], "tension_type");
    EXPECT_EQ(plan["phases"].size(), 3u);
    ASSERT_GE(plan["goals"].size(), 2u);
    EXPECT_EQ(plan["goals"][1]["metric"], "headache_days");
    EXPECT_EQ(plan["goals"][1]["baseline"], 12.0);
    EXPECT_EQ(plan["goals"][1]["target"], 6.0);

    signVisit(Date(2026, 11, 2), 6);
    const std::string id = std::to_string(plan["id"].get<long long>());
    const json shown = cliJson({"plan", "show", id});
    EXPECT_EQ(shown["goal_progress"][1]["latest"], 6.0);
    EXPECT_EQ(shown["goal_progress"][1]["met"], true);
    EXPECT_EQ(shown["visits_in_phase"], 2);

    const ProcessResult text = cli({"plan", "show", id});
    EXPECT_THAT(text.out, HasSubstr("Weekly × 6, then every 2 weeks × 6, then every 4–6 weeks"));
    EXPECT_THAT(text.out, HasSubstr("Headache days per month"));
    EXPECT_THAT(text.out, HasSubstr("12 days"));
    EXPECT_THAT(text.out, HasSubstr("Goal met: Headache days per month."));
}

TEST_F(PlanCommands, AMetGoalIsNewsForFourWeeksAfterTheVisitThatMetIt)
{
    signVisit(Date(2026, 10, 5), 12);
    const json plan = cliJson({"plan", "add", "--client", client(), "--start", "2026-10-05"});
    signVisit(Date(2026, 11, 2), 6);
    const std::string id = std::to_string(plan["id"].get<long long>());
    EXPECT_THAT(cli({"plan", "show", id}, "2026-11-30").out, HasSubstr("Goal met: Headache days per month."));
    const ProcessResult later = cli({"plan", "show", id}, "2026-12-01");
    EXPECT_EQ(later.exitCode, 0) << later.err;
    EXPECT_THAT(later.out, Not(HasSubstr("Goal met:"))) << "the goal is still met, but no longer news";
    EXPECT_THAT(later.out, HasSubstr("Headache days per month"));
}

TEST_F(PlanCommands, WithoutADiagnosisOnFileNoPlanStarts)
{
    const long long other = cliJson({"client", "add", "--family-name", "Osei", "--given-names", "Kofi"})["id"];
    const ProcessResult run = cli({"plan", "add", "--client", std::to_string(other)});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_THAT(run.err, HasSubstr("does not diagnose"));
}

TEST_F(PlanCommands, PlansAreListedStatusChangedAndAdvanced)
{
    const std::string id = std::to_string(
        cliJson({"plan", "add", "--client", client(), "--start", "2026-10-05"})["id"].get<long long>());
    const json advanced = cliJson({"plan", "advance", id, "--on", "2026-11-16"});
    EXPECT_EQ(advanced["current_phase"], 1);
    EXPECT_EQ(advanced["phase_started_on"], "2026-11-16");

    const ProcessResult noReason = cli({"plan", "status", id, "--to", "discontinued"});
    EXPECT_NE(noReason.exitCode, 0);
    EXPECT_THAT(noReason.err, HasSubstr("Reason"));
    cliJson({"plan", "status", id, "--to", "discontinued", "--reason", "Moved to Vancouver"});

    const json listed = cliJson({"plan", "list", "--client", client()});
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0]["status"], "discontinued");
    EXPECT_THAT(cli({"plan", "list", "--client", client()}).out, HasSubstr("2 of 3"));
}

TEST_F(PlanCommands, MeasuresAreScoredAsEnteredAndVoidedNotDeleted)
{
    const json ndi = cliJson({"measure", "add", "--client", client(), "--kind", "ndi", "--date",
                              "2026-11-02", "--answers", "2,1,0,3,2,1,-,2,3,1"});
    EXPECT_EQ(ndi["score_text"], "NDI 33.3 % (moderate)");
    EXPECT_TRUE(ndi["answers"][6].is_null());

    const ProcessResult psfs = cli({"measure", "add", "--client", client(), "--kind", "psfs",
                                    "--activity", "Reading for an hour=4", "--activity",
                                    "Driving=6", "--activity", "Lifting my toddler=5"});
    EXPECT_EQ(psfs.exitCode, 0) << psfs.err;
    EXPECT_THAT(psfs.out, HasSubstr("PSFS 5"));

    const ProcessResult hdi = cli({"measure", "add", "--client", client(), "--kind", "hdi",
                                   "--answers", "4,2,3"});
    EXPECT_NE(hdi.exitCode, 0);
    EXPECT_THAT(hdi.err, HasSubstr("HDI takes 25 answers"));

    const std::string id = std::to_string(ndi["id"].get<long long>());
    cliJson({"measure", "void", id, "--reason", "Entered for the wrong client"});
    const json listed = cliJson({"measure", "list", "--client", client()});
    ASSERT_EQ(listed.size(), 2u);
    EXPECT_EQ(listed[0]["void_reason"], "Entered for the wrong client");
    EXPECT_THAT(cli({"measure", "list", "--client", client()}).out,
                HasSubstr("voided: Entered for the wrong client"));
}

TEST_F(PlanCommands, TheDiaryIsSummedMonthByMonthFromTheNotes)
{
    signVisit(Date(2026, 10, 5), 12);
    signVisit(Date(2026, 10, 19), 6);
    signVisit(Date(2026, 11, 2), 3);
    const json diary = cliJson({"measure", "diary", "--client", client()});
    const json& months = diary["months"];
    ASSERT_EQ(months.size(), 2u);
    EXPECT_TRUE(diary["medication_overuse"].is_null());
    EXPECT_EQ(months[0]["month"], "2026-10");
    EXPECT_EQ(months[0]["visits"], 2);
    EXPECT_DOUBLE_EQ(months[0]["headache_days_per_month"].get<double>(), 9);
    EXPECT_EQ(months[1]["month"], "2026-11");
    EXPECT_THAT(cli({"measure", "diary", "--client", client()}).out, HasSubstr("Headache days /30"));
}

TEST_F(PlanCommands, MedicationOnTenDaysAMonthForThreeMonthsSuggestsAskingThePrescriber)
{
    signVisit(Date(2026, 8, 10), 12, 11);
    signVisit(Date(2026, 9, 9), 12, 12);
    EXPECT_EQ(cliJson({"client", "show", client()})["safety"]["advisories"].size(), 0u) << "two months are not three";
    signVisit(Date(2026, 10, 9), 12, 10);
    const json diary = cliJson({"measure", "diary", "--client", client()});
    EXPECT_THAT(diary["medication_overuse"].get<std::string>(), HasSubstr("Medication on 11, 12 and 10 days a month"));
    EXPECT_THAT(cli({"measure", "diary", "--client", client()}).out, HasSubstr("ICHD-3 8.2"));
    const json safety = cliJson({"client", "show", client()})["safety"];
    EXPECT_EQ(safety["advisories"], json::array({"painkiller_overuse"}));
    EXPECT_EQ(safety["blocks_treatment"], false);
    EXPECT_THAT(cli({"client", "show", client()}).out, HasSubstr("Headache diary"));
    signVisit(Date(2026, 11, 6), 12, 12);  // a fourth month: the advisory is on record once
    EXPECT_EQ(cliJson({"client", "show", client()})["screenings"].size(), 6u)
        << "intake, four visit re-screens and one diary finding";
}

TEST_F(PlanCommands, AnAnswerThatIsNotANumberIsNamed)
{
    const ProcessResult run = cli({"measure", "add", "--client", client(), "--kind", "ndi",
                                   "--answers", "2,one,0"});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_THAT(run.err, HasSubstr("\"one\" is not a whole number"));
}

} // namespace
} // namespace knotwork::cli
