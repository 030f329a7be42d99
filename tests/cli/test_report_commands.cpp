// knotwork-cli report as a script uses it: nothing leaves without the client's consent to share
// with the recipient, and everything that leaves is in the disclosure log with its hash.
#include <algorithm>
#include <filesystem>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_practice_test.h"
#include "sessions/session_json.h"
#include "support/practice_files.h"
#include "support/process.h"
#include "support/sample_note.h"

namespace knotwork::cli {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using knotwork::testing::ProcessResult;
using knotwork::testing::runProcess;
using nlohmann::json;

class ReportCommands : public CliPracticeTest {
protected:
    void SetUp() override
    {
        CliPracticeTest::SetUp();
        m_physician = std::to_string(cliJson({"provider", "add", "--name", "Dr Amara Okafor", "--role", "physician"})["id"].get<long long>());
        m_therapist = std::to_string(
            cliJson({"provider", "add", "--name", "Søren Kierkegaard, PT", "--role", "physical_therapist"})["id"].get<long long>());
        m_client = std::to_string(addTreatedClient({"--family-name", "Nguyễn", "--given-names", "Zoë",
                                                    "--diagnosis", "cervicogenic:" + m_physician}));
        for (const Date& visit : {Date(2026, 9, 7), Date(2026, 9, 21), Date(2026, 10, 5)})
            m_note = signVisit(visit);
    }

    std::string signVisit(const Date& visit, bool sign = true)
    {
        const auto file = m_dir / ("note-" + isoDate(visit) + ".json");
        knotwork::testing::writeBytes(file, json(knotwork::testing::sampleNote(0, visit)).dump());
        std::vector<std::string> add{"session", "add", "--client", m_client, "--from", file.string()};
        if (sign)
            add.push_back("--sign");
        return std::to_string(cliJson(add)["id"].get<long long>());
    }

    ProcessResult progressReport(const std::filesystem::path& out)
    {
        return cli({"report", "progress", "--client", m_client, "--recipient", m_therapist, "--out", out.string(),
                    "--progress", "Fewer headache days since September.", "--json"});
    }

    json log() { return cliJson({"report", "log", "--client", m_client}); }

    std::string m_physician, m_therapist, m_client, m_note;
};

TEST_F(ReportCommands, WithoutConsentToShareWithTheRecipientNothingIsWrittenOrLogged)
{
    const auto out = m_dir / "report.pdf";
    const ProcessResult run = progressReport(out);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_THAT(run.err, HasSubstr("Zoë Nguyễn has not consented to sharing records with Søren Kierkegaard, PT"));
    EXPECT_FALSE(std::filesystem::exists(out));
    EXPECT_TRUE(log().empty());

    // The message names the command that records the consent, and it does.
    const std::string named = "knotwork-cli client consent " + m_client + " --share-with " + m_therapist + " --date";
    EXPECT_THAT(run.err, HasSubstr(named));
    cliJson({"client", "consent", m_client, "--share-with", m_therapist, "--date", "2026-09-07"});
    EXPECT_EQ(progressReport(out).exitCode, 0);
}

TEST_F(ReportCommands, WithConsentTheReportIsWrittenAndLoggedWithTheFilesHash)
{
    cliJson({"client", "consent", m_client, "--share-with", m_therapist, "--date", "2026-09-07"});
    const auto out = m_dir / "report.pdf";
    const ProcessResult run = progressReport(out);
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const json written = json::parse(run.out);

    const ProcessResult sum = runProcess({"/usr/bin/sha256sum", out.string()});
    EXPECT_EQ(sum.out.substr(0, 64), written["sha256"]);
    EXPECT_EQ(written["bytes"], std::filesystem::file_size(out));
    const ProcessResult text = runProcess({"/usr/bin/pdftotext", out.string(), "-"});
    EXPECT_THAT(text.out, HasSubstr("Zoë Nguyễn"));
    EXPECT_THAT(text.out, HasSubstr("Søren Kierkegaard, PT"));
    EXPECT_THAT(text.out, HasSubstr("3 (Sep"));  // visits attended

    const json entries = log();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0]["document"], "progress_report");
    EXPECT_EQ(entries[0]["recipient"], "Søren Kierkegaard, PT");
    EXPECT_EQ(entries[0]["sha256"], written["sha256"]);
    EXPECT_EQ(entries[0]["file"], "report.pdf");
}

TEST_F(ReportCommands, ARevokedConsentStopsTheNextReport)
{
    const std::string consent = std::to_string(
        cliJson({"client", "consent", m_client, "--share-with", m_therapist, "--date", "2026-09-07"})["id"].get<long long>());
    ASSERT_EQ(progressReport(m_dir / "first.pdf").exitCode, 0);
    cliJson({"client", "revoke-consent", m_client, consent, "--date", "2026-10-01"});
    const ProcessResult run = progressReport(m_dir / "second.pdf");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_THAT(run.err, HasSubstr("has not consented"));
    EXPECT_EQ(log().size(), 1u);
}

TEST_F(ReportCommands, ASignedNoteAndTheIntakeSummaryAreWrittenForTheRecordButADraftStaysIn)
{
    const ProcessResult note = cli({"report", "note", "--session", m_note, "--out", (m_dir / "note.pdf").string()});
    ASSERT_EQ(note.exitCode, 0) << note.err;
    EXPECT_THAT(note.out, HasSubstr("logged as disclosure"));
    const ProcessResult intake = cli({"report", "intake", "--client", m_client, "--out", (m_dir / "intake.pdf").string()});
    ASSERT_EQ(intake.exitCode, 0) << intake.err;

    const std::string draft = signVisit(Date(2026, 10, 19), false);
    const ProcessResult refused = cli({"report", "note", "--session", draft, "--out", (m_dir / "draft.pdf").string()});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_THAT(refused.err, HasSubstr("Only a signed note"));
    EXPECT_FALSE(std::filesystem::exists(m_dir / "draft.pdf"));

    const json entries = log();
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0]["recipient_id"], nullptr);
}

// The handout goes to the client: no consent to share is asked, and the log says it was given to
// the client. It prints only the home care the signed note gave, in plain words.
TEST_F(ReportCommands, AHomeCareHandoutPrintsWhatTheSignedNoteGaveAndIsLoggedAsGivenToTheClient)
{
    const auto out = m_dir / "home-care.pdf";
    const ProcessResult run = cli({"report", "handout", "--session", m_note, "--out", out.string(), "--json"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const json written = json::parse(run.out);
    EXPECT_EQ(written["pages"], 1);

    std::string text = runProcess({"/usr/bin/pdftotext", out.string(), "-"}).out;
    std::replace(text.begin(), text.end(), '\n', ' ');
    for (const char* given : {"Your home care", "For Zoë, after your visit on",
                              "Ease the muscles at the base of your skull", "tennis ball", "about 30 seconds",
                              "Drink water through the day", "From your therapist",
                              "Ball release twice a day, 30 s of gentle nodding",
                              "Stop any exercise if your pain increases or spreads"})
        EXPECT_THAT(text, HasSubstr(given)) << given;
    for (const char* notGiven : {"Sleep 7 to 9 hours", "caffeine", "150 minutes", "Stretch your neck"})
        EXPECT_THAT(text, Not(HasSubstr(notGiven))) << notGiven;

    const json entries = log();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0]["document"], "home_care_handout");
    EXPECT_EQ(entries[0]["recipient"], "Zoë Nguyễn");
    EXPECT_EQ(entries[0]["recipient_id"], nullptr);
    EXPECT_EQ(entries[0]["sha256"], written["sha256"]);
}

TEST_F(ReportCommands, NoHandoutFromANoteThatGaveNoHomeCareOrFromADraft)
{
    sessions::SoapNote bare = knotwork::testing::sampleNote(0, Date(2026, 10, 12));
    bare.plan.homeCare.clear();
    bare.plan.homeCareNotes.clear();
    const auto file = m_dir / "bare.json";
    knotwork::testing::writeBytes(file, json(bare).dump());
    const std::string noHomeCare = std::to_string(
        cliJson({"session", "add", "--client", m_client, "--from", file.string(), "--sign"})["id"].get<long long>());
    const ProcessResult nothingGiven =
        cli({"report", "handout", "--session", noHomeCare, "--out", (m_dir / "b.pdf").string()});
    EXPECT_EQ(nothingGiven.exitCode, 1);
    EXPECT_THAT(nothingGiven.err, HasSubstr("gives no home care"));

    const std::string draft = signVisit(Date(2026, 10, 19), false);
    const ProcessResult fromDraft = cli({"report", "handout", "--session", draft, "--out", (m_dir / "a.pdf").string()});
    EXPECT_EQ(fromDraft.exitCode, 1);
    EXPECT_THAT(fromDraft.err, HasSubstr("Only a signed note"));

    EXPECT_FALSE(std::filesystem::exists(m_dir / "a.pdf"));
    EXPECT_FALSE(std::filesystem::exists(m_dir / "b.pdf"));
    EXPECT_TRUE(log().empty());
}

TEST_F(ReportCommands, TheDisclosureLogCannotBeChangedOrEmptiedBehindTheAppsBack)
{
    ASSERT_EQ(cli({"report", "intake", "--client", m_client, "--out", (m_dir / "intake.pdf").string()}).exitCode, 0);
    EXPECT_THROW(knotwork::testing::sqliteQuery(m_practice, "UPDATE disclosures SET sha256 = 'forged'"),
                 std::runtime_error);
    EXPECT_THROW(knotwork::testing::sqliteQuery(m_practice, "DELETE FROM disclosures"), std::runtime_error);
    EXPECT_EQ(log().size(), 1u);
}

TEST_F(ReportCommands, AReportWithoutTheProgressInWordsIsRefusedNamingTheFieldAndNothingIsWritten)
{
    cliJson({"client", "consent", m_client, "--share-with", m_therapist, "--date", "2026-09-07"});
    const auto out = m_dir / "report.pdf";
    const ProcessResult run = cli({"report", "progress", "--client", m_client, "--recipient", m_therapist, "--out",
                                   out.string(), "--progress", "  ", "--recommendations", "Keep the home programme."});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_THAT(run.err, HasSubstr("progress: Progress in words: required"));
    EXPECT_FALSE(std::filesystem::exists(out));
    EXPECT_TRUE(log().empty());
    EXPECT_THAT(cli({"report", "progress", "--help"}).out, HasSubstr("--goals-or-criteria"));
}

TEST_F(ReportCommands, AReportKilledWhileBeingWrittenLeavesNoFileAndNoLogEntry)
{
    cliJson({"client", "consent", m_client, "--share-with", m_therapist, "--date", "2026-09-07"});
    const auto out = m_dir / "report.pdf";
    // The file size limit kills the process (SIGXFSZ) part-way through the PDF's bytes.
    const ProcessResult killed = runCliOnUntilFileSize(
        m_dir / "data", m_practice, 60'000,
        {"report", "progress", "--client", m_client, "--recipient", m_therapist, "--out", out.string(), "--progress",
         "Fewer headache days since September."});
    ASSERT_NE(killed.exitCode, 0) << "the limit must stop the report half-way";
    ASSERT_TRUE(std::filesystem::exists(m_dir / "report.pdf.partial")) << "killed while writing the bytes";
    EXPECT_FALSE(std::filesystem::exists(out));

    // The next command, a while later, opens the practice and cleans up.
    const ProcessResult next = cli({"report", "log", "--client", m_client, "--json"}, "2026-11-25T18:00:00Z");
    ASSERT_EQ(next.exitCode, 0) << next.err;
    EXPECT_TRUE(json::parse(next.out).empty()) << "nothing was disclosed";
    EXPECT_FALSE(std::filesystem::exists(out));
    EXPECT_FALSE(std::filesystem::exists(m_dir / "report.pdf.partial")) << "no partial file is left behind";

    const ProcessResult again = progressReport(out);
    EXPECT_EQ(again.exitCode, 0) << again.err;
    EXPECT_EQ(log().size(), 1u);
}

} // namespace
} // namespace knotwork::cli
