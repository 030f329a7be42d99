// knotwork-cli client retention and client export: the records past retention are listed and
// nothing is deleted; a client's whole record is written for them, private and logged.
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
#include "support/umask_override.h"

namespace knotwork::cli {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;
using knotwork::testing::ProcessResult;
using knotwork::testing::runProcess;
using nlohmann::json;

class ClientSafekeeping : public CliPracticeTest {
protected:
    void SetUp() override
    {
        CliPracticeTest::SetUp();
        m_physician = std::to_string(cliJson({"provider", "add", "--name", "Dr Amara Okafor", "--role", "physician"})["id"].get<long long>());
        m_client = std::to_string(addTreatedClient({"--family-name", "Nguyễn", "--given-names", "Zoë Anne",
                                                    "--dob", "1988-03-12", "--phone", "416-555-0142",
                                                    "--diagnosis", "cervicogenic:" + m_physician}));
        m_minor = std::to_string(addTreatedClient({"--family-name", "Ali", "--given-names", "Sam", "--dob", "2012-05-01"}));
        m_unseen = std::to_string(cliJson({"client", "add", "--family-name", "Brun", "--given-names", "Lea"})["id"].get<long long>());
        for (const Date& visit : {Date(2026, 9, 7), Date(2026, 10, 5)})
            m_note = signVisit(m_client, visit);
        signVisit(m_minor, Date(2026, 9, 8));
    }

    std::string signVisit(const std::string& client, const Date& visit)
    {
        const auto file = m_dir / ("note-" + client + isoDate(visit) + ".json");
        knotwork::testing::writeBytes(file, json(knotwork::testing::sampleNote(0, visit)).dump());
        return std::to_string(
            cliJson({"session", "add", "--client", client, "--from", file.string(), "--sign"})["id"].get<long long>());
    }

    std::string m_physician, m_client, m_minor, m_unseen, m_note;
};

TEST_F(ClientSafekeeping, RetentionListsTheRecordsWhoseRetentionHasEndedAndDeletesNothing)
{
    const ProcessResult today = cli({"client", "retention"});
    ASSERT_EQ(today.exitCode, 0) << today.err;
    EXPECT_THAT(today.out, HasSubstr("No record is past retention on 2026-11-25."));
    EXPECT_THAT(today.out, HasSubstr("Nothing is deleted"));

    // Ten years after the last visit the adult's record has ended; the minor's lasts until ten
    // years after their 18th birthday (2040-05-01).
    const ProcessResult later = cli({"client", "retention", "--as-of", "2036-10-05"});
    ASSERT_EQ(later.exitCode, 0) << later.err;
    EXPECT_THAT(later.out, HasSubstr("Ontario's rule"));
    EXPECT_THAT(later.out, HasSubstr("Nguyễn, Zoë Anne"));
    EXPECT_THAT(later.out, HasSubstr("1988-03-12"));
    EXPECT_THAT(later.out, HasSubstr("2026-10-05"));
    EXPECT_THAT(later.out, Not(HasSubstr("Ali, Sam")));
    EXPECT_THAT(later.out, Not(HasSubstr("Brun, Lea")));
    EXPECT_THAT(later.out, HasSubstr("1 record is past retention on 2036-10-05."));
    EXPECT_THAT(later.out, HasSubstr("Nothing is deleted"));

    // Lea Brun was never seen: her record counts from her intake (2026-11-25).
    const json rows = cliJson({"client", "retention", "--as-of", "2040-05-01"})["records"];
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0]["name"], "Ali, Sam");
    EXPECT_EQ(rows[0]["retention_ended_on"], "2040-05-01");
    EXPECT_EQ(rows[0]["date_of_birth"], "2012-05-01");
    EXPECT_EQ(rows[1]["name"], "Brun, Lea");
    EXPECT_EQ(rows[1]["last_visit"], nullptr);
    EXPECT_EQ(rows[1]["intake"], "2026-11-25");
    EXPECT_EQ(rows[1]["retention_ended_on"], "2036-11-25");
    EXPECT_EQ(rows[2]["name"], "Nguyễn, Zoë Anne");
    EXPECT_EQ(rows[2]["last_visit"], "2026-10-05");
    EXPECT_EQ(rows[2]["retention_ended_on"], "2036-10-05");
    // Still all there.
    EXPECT_EQ(cliJson({"client", "list", "--filter", "all"})["total"], 3);

    const ProcessResult bad = cli({"client", "retention", "--as-of", "2036-13-01"});
    EXPECT_NE(bad.exitCode, 0);
    EXPECT_THAT(bad.err, HasSubstr("--as-of"));
}

TEST_F(ClientSafekeeping, TheRuleOfYearsAfterTheLastVisitIsTheOneTheSettingsName)
{
    cliJson({"settings", "set", "retention_rule", "years_after_last_visit"});
    cliJson({"settings", "set", "retention_years", "7"});
    const ProcessResult listed = cli({"client", "retention", "--as-of", "2033-09-08"});
    ASSERT_EQ(listed.exitCode, 0) << listed.err;
    EXPECT_THAT(listed.out, HasSubstr("kept for 7 years after the last visit"));
    const json rows = cliJson({"client", "retention", "--as-of", "2033-09-08"})["records"];
    ASSERT_EQ(rows.size(), 1u);  // the minor's last visit counts now, not their 18th birthday
    EXPECT_EQ(rows[0]["name"], "Ali, Sam");
    EXPECT_EQ(rows[0]["retention_ended_on"], "2033-09-08");
}

TEST_F(ClientSafekeeping, ExportWritesTheClientsWholeRecordAsAPrivatePdfLoggedAsGivenToThem)
{
    cliJson({"session", "addendum", m_note, "--text", "Client phoned: relief lasted two days."});
    cliJson({"report", "handout", "--session", m_note, "--out", (m_dir / "handout.pdf").string()});
    cliJson({"plan", "add", "--client", m_client, "--start", "2026-09-07"});
    cliJson({"measure", "add", "--client", m_client, "--kind", "nprs", "--date", "2026-10-05", "--total", "4"});
    const fs::path folder = m_dir / "for Zoë";

    knotwork::testing::UmaskOverride usual(022);
    const ProcessResult run = cli({"client", "export", "--client", m_client, "--out", folder.string(), "--json"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const fs::path pdf = folder / "Nguyễn-Zoë-Anne-record.pdf";
    EXPECT_EQ(json::parse(run.out)["pdf"], pdf.string());
    ASSERT_TRUE(fs::exists(pdf));
    EXPECT_EQ(knotwork::testing::permissionBits(pdf), 0600u);
    EXPECT_FALSE(fs::exists(fs::path(pdf) += ".partial"));
    const fs::path archive = folder / "Nguyễn-Zoë-Anne-record.zip";
    EXPECT_EQ(json::parse(run.out)["archive"], archive.string());
    ASSERT_TRUE(fs::exists(archive));
    EXPECT_EQ(knotwork::testing::readBytes(archive).substr(0, 2), "PK");
    EXPECT_EQ(knotwork::testing::permissionBits(archive), 0600u);
    const std::string listed = runProcess({"/usr/bin/bsdtar", "-tf", archive.string()}).out;
    EXPECT_THAT(listed, HasSubstr(".json"));

    std::string text = runProcess({"/usr/bin/pdftotext", pdf.string(), "-"}).out;
    std::replace(text.begin(), text.end(), '\n', ' ');
    for (const char* shown : {"Your health record", "The client's own copy, at their request", "Zoë",
                              "416-555-0142", "Safety, diagnosis and care team",
                              "Screening, clearances and consents", "Treatment plan from", "Outcome measures",
                              "NPRS 4/10", "Treatment visit", "Subjective", "Client phoned: relief lasted two days.",
                              "Documents that left the practice about you", "Home-care handout", "handout.pdf"})
        EXPECT_THAT(text, HasSubstr(shown)) << shown;

    const json log = cliJson({"report", "log", "--client", m_client});
    ASSERT_EQ(log.size(), 2u);
    EXPECT_EQ(log[0]["document"], "client_record");
    EXPECT_EQ(log[0]["recipient"], "Zoë Anne Nguyễn");
    EXPECT_EQ(log[0]["recipient_id"], nullptr);
    EXPECT_EQ(log[0]["file"], pdf.filename().string());

    // An export already there is never written over.
    const ProcessResult again = cli({"client", "export", "--client", m_client, "--out", folder.string()});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_THAT(again.err, HasSubstr("already exists"));
    EXPECT_EQ(cliJson({"report", "log", "--client", m_client}).size(), 2u);
}

TEST_F(ClientSafekeeping, AClientNeverSeenHasARecordToExportToo)
{
    const ProcessResult run = cli({"client", "export", "--client", m_unseen, "--out", m_dir.path().string()});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    std::string text = runProcess({"/usr/bin/pdftotext", (m_dir / "Brun-Lea-record.pdf").string(), "-"}).out;
    EXPECT_THAT(text, HasSubstr("No signed note is on file."));
    EXPECT_THAT(text, HasSubstr("No treatment plan is on file."));
    EXPECT_EQ(cli({"client", "export", "--client", "999", "--out", m_dir.path().string()}).exitCode, 1);
}

// A kill at any moment of `client export` (here: the moment a file reaches a size) leaves either
// no PDF and no log entry, or the whole PDF and its log entry, and never a partial file, once
// the practice is next opened (a minute later: a file still being written is left alone).
TEST_F(ClientSafekeeping, AKilledExportLeavesTheWholeLoggedPdfOrNothing)
{
    // The client's exports in the log, newest first; read on the next day, a minute being past.
    const auto exportsLogged = [this] {
        const ProcessResult log = cli({"report", "log", "--client", m_client, "--json"}, "2026-11-26");
        EXPECT_EQ(log.exitCode, 0) << log.err;
        std::vector<std::string> hashes;
        for (const json& entry : json::parse(log.out))
            if (entry["document"] == "client_record")
                hashes.push_back(entry["sha256"]);
        return hashes;
    };
    int killed = 0;
    for (const std::size_t limit : {600u, 3000u, 9000u, 20000u, 45000u, 90000u, 200000u}) {
        const std::size_t before = exportsLogged().size();
        const fs::path folder = m_dir / ("export-" + std::to_string(limit));
        const ProcessResult run = runCliOnUntilFileSize(m_dir / "data", m_practice, limit,
                                                        {"client", "export", "--client", m_client, "--out", folder.string()});
        killed += run.exitCode != 0;
        const std::vector<std::string> after = exportsLogged();  // opens the practice: finishes what was left
        const fs::path pdf = folder / "Nguyễn-Zoë-Anne-record.pdf";
        std::error_code noFolder;
        for (const auto& left : fs::directory_iterator(folder, noFolder))
            EXPECT_EQ(left.path().string().find(".partial"), std::string::npos) << left.path() << ", limit " << limit;
        EXPECT_EQ(fs::exists(pdf), after.size() == before + 1) << "limit " << limit;
        if (fs::exists(pdf) && !after.empty()) {
            EXPECT_EQ(runProcess({"/usr/bin/sha256sum", pdf.string()}).out.substr(0, 64), after.front());
            EXPECT_EQ(knotwork::testing::permissionBits(pdf), 0600u);
        }
    }
    EXPECT_GT(killed, 0) << "no export was killed part-way";
}

// Item 6 of issue 21: a clearance letter saved back to disk holds health information.
TEST_F(ClientSafekeeping, AClearanceLetterSavedToDiskIsTheOwnersAloneAndWrittenWhole)
{
    const std::string id = std::to_string(
        cliJson({"client", "add", "--family-name", "Roy", "--given-names", "Ida", "--red-flag", "recent_trauma"})["id"]
            .get<long long>());
    const auto letter = m_dir / "letter.pdf";
    knotwork::testing::writeBytes(letter, "%PDF-1.4 letter");
    cliJson({"client", "clear", id, "--date", "2026-11-20", "--provider-name", "Dr Amara Okafor", "--letter",
             letter.string()});
    const long long attachment = cliJson({"client", "show", id})["clearances"][0]["letter_attachment_id"];
    const auto copy = m_dir / "copy.pdf";
    knotwork::testing::writeBytes(copy, "an older copy");
    fs::permissions(copy, fs::perms::all);
    knotwork::testing::UmaskOverride usual(022);
    ASSERT_EQ(cli({"client", "attachment", std::to_string(attachment), "--out", copy.string()}).exitCode, 0);
    EXPECT_EQ(knotwork::testing::readBytes(copy), "%PDF-1.4 letter");
    EXPECT_EQ(knotwork::testing::permissionBits(copy), 0600u);
    EXPECT_FALSE(fs::exists(fs::path(copy) += ".partial"));
}

} // namespace
} // namespace knotwork::cli
