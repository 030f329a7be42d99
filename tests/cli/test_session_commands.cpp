// knotwork-cli session as a script uses it: a note from JSON round-trips, signing and addenda,
// the same validation messages as the editor, the screening rules.
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
using knotwork::testing::ProcessResult;
using knotwork::testing::writeBytes;
using nlohmann::json;

class SessionCommands : public CliPracticeTest {
protected:
    void SetUp() override
    {
        CliPracticeTest::SetUp();
        m_client = addTreatedClient({"--family-name", "Martin", "--given-names", "Zoë"});
    }

    // Writes a note document and returns its path.
    std::string noteFile(const json& note)
    {
        const auto file = m_dir / ("note" + std::to_string(++m_files) + ".json");
        writeBytes(file, note.dump(2));
        return file.string();
    }

    json sampleJson(const Date& visit = Date(2026, 11, 20))
    {
        return json(knotwork::testing::sampleNote(0, visit));
    }

    long long m_client = 0;
    int m_files = 0;
};

TEST_F(SessionCommands, ANoteFromJsonComesBackWithTheSameClinicalContent)
{
    const json input = sampleJson();
    const json added = cliJson({"session", "add", "--client", std::to_string(m_client), "--from", noteFile(input)});
    EXPECT_EQ(added["status"], "draft");
    EXPECT_EQ(added["client_id"], m_client) << "--client decides whose note it is";
    const json shown = cliJson({"session", "show", std::to_string(added["id"].get<long long>())});
    json expected = input;
    expected["objective"]["cfrt_cutoff"] = 30;  // the practice's flexion-rotation cut-off, kept with the note
    for (const char* key : {"visit_date", "visit_time", "subjective", "objective", "assessment", "plan"})
        EXPECT_EQ(shown[key], expected[key]) << key;
}

TEST_F(SessionCommands, ListSignAddendumAndShowInWords)
{
    cliJson({"session", "add", "--client", std::to_string(m_client), "--from", noteFile(sampleJson(Date(2026, 11, 13))), "--sign"});
    const long long draft = cliJson({"session", "add", "--client", std::to_string(m_client), "--from", noteFile(sampleJson())})["id"];

    const json listed = cliJson({"session", "list", "--client", std::to_string(m_client)});
    ASSERT_EQ(listed.size(), 2u);
    EXPECT_EQ(listed[0]["visit_date"], "2026-11-20");
    EXPECT_EQ(listed[0]["status"], "draft");
    EXPECT_EQ(listed[1]["status"], "signed");
    EXPECT_EQ(listed[1]["rotation_left"], 70);

    const json signedNote = cliJson({"session", "sign", std::to_string(draft)});
    EXPECT_EQ(signedNote["status"], "signed");
    const ProcessResult again = cli({"session", "sign", std::to_string(draft)});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_THAT(again.err, HasSubstr("signed already"));

    cliJson({"session", "addendum", std::to_string(draft), "--text", "Client phoned: relief lasted two days."});
    const ProcessResult shown = cli({"session", "show", std::to_string(draft)});
    EXPECT_EQ(shown.exitCode, 0) << shown.err;
    EXPECT_THAT(shown.out, HasSubstr("Rotation right"));
    EXPECT_THAT(shown.out, HasSubstr("55° → 66° (+11°)"));
    EXPECT_THAT(shown.out, HasSubstr("Client phoned: relief lasted two days."));
    EXPECT_THAT(shown.out, HasSubstr("Signed "));
}

TEST_F(SessionCommands, TheMedicinesTheHomeProgrammeKeptAndTheInstrumentAreShownInWords)
{
    cliJson({"session", "add", "--client", std::to_string(m_client), "--from", noteFile(sampleJson(Date(2026, 11, 13))), "--sign"});
    json note = sampleJson();
    note["subjective"]["medications_taken"] = "ibuprofen 400 mg";
    note["subjective"]["home_care_adherence"] = json::array({{{"item", "suboccipital_ball_release"}, {"done", "some_days"}}});
    note["subjective"]["adherence_notes"] = "Forgot on work days";
    note["objective"]["rom_instrument"] = "goniometer";
    const long long id = cliJson({"session", "add", "--client", std::to_string(m_client), "--from", noteFile(note)})["id"];
    const ProcessResult shown = cli({"session", "show", std::to_string(id)});
    EXPECT_EQ(shown.exitCode, 0) << shown.err;
    EXPECT_THAT(shown.out, HasSubstr("Medicines taken"));
    EXPECT_THAT(shown.out, HasSubstr("ibuprofen 400 mg"));
    EXPECT_THAT(shown.out, HasSubstr("Home programme: Suboccipital self-release with a ball"));
    EXPECT_THAT(shown.out, HasSubstr("kept some days"));
    EXPECT_THAT(shown.out, HasSubstr("Forgot on work days"));
    EXPECT_THAT(shown.out, HasSubstr("Range of motion measured with"));
    EXPECT_THAT(shown.out, HasSubstr("goniometer"));

    note["visit_date"] = "2026-11-21";
    note["subjective"]["home_care_adherence"] = json::array({{{"item", "sleep"}, {"done", "daily"}}});
    const ProcessResult refused = cli({"session", "add", "--client", std::to_string(m_client), "--from", noteFile(note)});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_THAT(refused.err, HasSubstr("subjective.home_care_adherence.sleep: Home programme since the last visit: Sleep "
                                       "7–9 hours was not given at the last visit"));
}

TEST_F(SessionCommands, ProblemsAreNamedByFieldAsInTheEditor)
{
    json note = sampleJson();
    note["subjective"]["average_intensity"] = 11;
    note["subjective"]["diary_days"] = 7;
    note["subjective"]["headache_days"] = 9;
    note["objective"]["rom"]["flexion"]["after"] = 120;
    const ProcessResult run = cli({"session", "add", "--client", std::to_string(m_client), "--from", noteFile(note)});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_THAT(run.err, HasSubstr("subjective.headache_days: Headache days must be between 0 and 7; 9 is outside."));
    EXPECT_THAT(run.err, HasSubstr("subjective.average_intensity: Average intensity must be between 0 and 10; 11 is outside."));
    EXPECT_THAT(run.err, HasSubstr("objective.rom.flexion.after: "));
    EXPECT_EQ(cliJson({"session", "list", "--client", std::to_string(m_client)}).size(), 0u) << "nothing was stored";

    note = sampleJson();
    note["subjective"]["average_intensity"] = 6;
    note["subjective"]["worst_intensity"] = 4;
    const ProcessResult worst = cli({"session", "add", "--client", std::to_string(m_client), "--from", noteFile(note)});
    EXPECT_EQ(worst.exitCode, 1);
    EXPECT_THAT(worst.err, HasSubstr("subjective.worst_intensity: Worst intensity (4) cannot be lower than the average (6)."));

    note = sampleJson();
    note["plan"]["pressure"] = "crushing";
    const ProcessResult badChoice = cli({"session", "add", "--client", std::to_string(m_client), "--from", noteFile(note)});
    EXPECT_EQ(badChoice.exitCode, 1);
    EXPECT_THAT(badChoice.err, HasSubstr("plan.pressure"));
}

TEST_F(SessionCommands, ANewRedFlagRefusesToSignAndTellsToRefer)
{
    json note = sampleJson();
    note["subjective"]["rescreen"]["vision_changes"] = "yes";
    const long long id = cliJson({"session", "add", "--client", std::to_string(m_client), "--from", noteFile(note)})["id"];
    const ProcessResult run = cli({"session", "sign", std::to_string(id)});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_THAT(run.err, HasSubstr("subjective.rescreen"));
    EXPECT_THAT(run.err, HasSubstr("Refer the client to their physician"));
    EXPECT_EQ(cliJson({"client", "show", std::to_string(m_client)})["safety"]["status"], "refer");
}

TEST_F(SessionCommands, TheRescreenMustBeAnsweredAndHistoryFlagsAreNotAskedAtAVisit)
{
    json note = sampleJson();
    note["subjective"]["rescreen"].erase("positional");
    const long long id = cliJson({"session", "add", "--client", std::to_string(m_client), "--from", noteFile(note)})["id"];
    const ProcessResult unanswered = cli({"session", "sign", std::to_string(id)});
    EXPECT_EQ(unanswered.exitCode, 1);
    EXPECT_THAT(unanswered.err, HasSubstr("subjective.rescreen.positional: Re-screen: ask"));

    note = sampleJson();
    note["subjective"]["rescreen"]["cancer_or_immune_suppression"] = "yes";
    const ProcessResult history = cli({"session", "add", "--client", std::to_string(m_client), "--from", noteFile(note)});
    EXPECT_EQ(history.exitCode, 1);
    EXPECT_THAT(history.err, HasSubstr("subjective.rescreen.cancer_or_immune_suppression"));
    EXPECT_THAT(history.err, HasSubstr("intake form"));
}

TEST_F(SessionCommands, ABlockedClientGetsAReferralVisitAndNoOverride)
{
    const long long blocked = addTreatedClient({"--family-name", "Nowak", "--given-names", "Łukasz",
                                                "--red-flag", "cluster_headache"});
    const json note = sampleJson();
    const ProcessResult addRefused = cli({"session", "add", "--client", std::to_string(blocked), "--from", noteFile(note), "--sign"});
    EXPECT_EQ(addRefused.exitCode, 1);
    EXPECT_THAT(addRefused.err, HasSubstr("safety: No treatment can be given"));
    EXPECT_THAT(addRefused.out, HasSubstr("Nothing was stored"));
    EXPECT_TRUE(cliJson({"session", "drafts"}).empty()) << "adding and signing are one action";
    const std::string kept = cliJson({"session", "add", "--client", std::to_string(blocked), "--from", noteFile(note)})["id"].dump();
    const ProcessResult overridden = cli({"session", "sign", kept, "--override-reason", "Neurologist cleared by phone"});
    EXPECT_NE(overridden.exitCode, 0) << "there is no override";
    cliJson({"session", "discard", kept});

    json referral = note;
    referral["kind"] = "referral";
    for (const char* treatment : {"techniques", "regions", "muscles_treated"})
        referral["plan"][treatment] = json::array();
    referral["plan"]["pressure"] = nullptr;
    referral["plan"]["duration_minutes"] = nullptr;
    referral["assessment"]["pain_after"] = nullptr;
    referral["objective"]["rom"] = json::object();
    referral["objective"]["notes"] = "Reports new eye pain with tearing on the right.";
    referral["plan"]["referral_made"] = true;
    referral["plan"]["referred_to_name"] = "Dr Amara Okafor";
    referral["plan"]["referral_methods"] = {"letter", "told_client"};
    const json signedReferral = cliJson({"session", "add", "--client", std::to_string(blocked), "--from", noteFile(referral), "--sign"});
    EXPECT_EQ(signedReferral["status"], "signed");
    EXPECT_EQ(signedReferral["kind"], "referral");
    const ProcessResult shown = cli({"session", "show", signedReferral["id"].dump()});
    EXPECT_THAT(shown.out, HasSubstr("Referral visit: no treatment was given"));
    EXPECT_THAT(shown.out, HasSubstr("To Dr Amara Okafor, by Letter, Told the client to see them"));
}

TEST_F(SessionCommands, ATreatmentNoteIsNotSignedWithoutConsentToTreatment)
{
    const long long unconsented = cliJson({"client", "add", "--family-name", "Roy", "--given-names", "Léa"})["id"];
    const ProcessResult refused = cli({"session", "add", "--client", std::to_string(unconsented), "--from", noteFile(sampleJson()), "--sign"});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_THAT(refused.err, HasSubstr("consent: The client's informed consent to treatment is not on file"));
}

TEST_F(SessionCommands, UnknownNotesAndClientsAreNotFound)
{
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"session", "show", "999"}, {"session", "sign", "999"},
          {"session", "addendum", "999", "--text", "Late note"}, {"session", "discard", "999"}}) {
        const ProcessResult note = cli(command);
        EXPECT_EQ(note.exitCode, 1) << command[1];
        EXPECT_THAT(note.err, HasSubstr("no session note number 999")) << command[1];
    }
    const ProcessResult client = cli({"session", "list", "--client", "999"});
    EXPECT_EQ(client.exitCode, 1);
    EXPECT_THAT(client.err, HasSubstr("no client number 999"));
    const ProcessResult add = cli({"session", "add", "--client", "999", "--from", noteFile(sampleJson())});
    EXPECT_EQ(add.exitCode, 1);
    EXPECT_THAT(add.err, HasSubstr("no client number 999"));
    const ProcessResult noNumber = cli({"session", "show", "seven"});
    EXPECT_EQ(noNumber.exitCode, 2) << "a wrong command line";
}

TEST_F(SessionCommands, DraftsAreListedAndCanBeDiscarded)
{
    const long long id = cliJson({"session", "add", "--client", std::to_string(m_client), "--from", noteFile(sampleJson())})["id"];
    const json drafts = cliJson({"session", "drafts"});
    ASSERT_EQ(drafts.size(), 1u);
    EXPECT_EQ(drafts[0]["client_name"], "Zoë Martin");
    cliJson({"session", "discard", std::to_string(id)});
    EXPECT_EQ(cliJson({"session", "drafts"}).size(), 0u);
}

} // namespace
} // namespace knotwork::cli
