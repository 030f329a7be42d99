// knotwork-cli verify as someone checking a practice would use it: with the triggers dropped by
// the sqlite3 tool, whatever was then changed, deleted, inserted or moved among the sealed records
// is named; init puts the triggers back and verify still shows what was changed meanwhile; a
// witness printed on a PDF is checked against the chain.
#include <algorithm>
#include <filesystem>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <memory>
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
namespace fs = std::filesystem;

// Runs SQL on the practice with the sqlite3 tool, as anyone holding the file could; returns what
// it printed (ADD_FAILURE when sqlite3 refused).
std::string sqlite3(const fs::path& file, const std::string& sql)
{
    const ProcessResult run = runProcess({"/usr/bin/sqlite3", file.string(), sql});
    EXPECT_EQ(run.exitCode, 0) << sql << ": " << run.err;
    return run.out;
}

long long number(const fs::path& file, const std::string& sql)
{
    return std::stoll(sqlite3(file, sql));
}

// One practice with every kind of sealed record, built once: two signed notes, an addendum, two
// documents sent out (so two disclosure log entries) and their audit rows. Each test tampers
// with a copy, its config folder (the chain key's file) copied beside it.
struct SealedPractice {
    knotwork::testing::TempDir dir;
    fs::path file = dir.path() / "practice.sqlite";
    std::string firstNote, secondNote;
    std::string noteWitness;  // the chain head the note report printed

    json run(std::vector<std::string> arguments)
    {
        arguments.push_back("--json");
        const ProcessResult result = runCliOn(dir.path() / "data", file, arguments);
        EXPECT_EQ(result.exitCode, 0) << result.err;
        return result.exitCode == 0 ? json::parse(result.out) : json();
    }

    std::string signedNote(const Date& visit, const std::string& client)
    {
        const fs::path note = dir.path() / ("note-" + std::to_string(visit.day()) + ".json");
        knotwork::testing::writeBytes(note, json(knotwork::testing::sampleNote(0, visit)).dump());
        return std::to_string(run({"session", "add", "--client", client, "--from", note.string(), "--sign"})["id"]
                                  .get<long long>());
    }

    SealedPractice()
    {
        const ProcessResult init = runCliOn(dir.path() / "data", file, {"init"});
        EXPECT_EQ(init.exitCode, 0) << init.err;
        const std::string client = std::to_string(
            run({"client", "add", "--family-name", "Nguyễn", "--given-names", "Zoë"})["id"].get<long long>());
        run({"client", "consent", client, "--treatment", "--date", "2026-01-05", "--version", "2024-1"});
        firstNote = signedNote(Date(2026, 9, 7), client);
        secondNote = signedNote(Date(2026, 9, 21), client);
        run({"session", "addendum", firstNote, "--text", "Client phoned: relief lasted two days."});
        run({"report", "note", "--session", firstNote, "--out", (dir.path() / "note.pdf").string()});
        run({"report", "handout", "--session", secondNote, "--out", (dir.path() / "handout.pdf").string()});
    }
};

SealedPractice* g_sealed = nullptr;

class VerifyCommand : public CliPracticeTest {
protected:
    static void SetUpTestSuite() { g_sealed = new SealedPractice; }
    static void TearDownTestSuite()
    {
        delete g_sealed;
        g_sealed = nullptr;
    }

    VerifyCommand()
    {
        fs::copy_file(g_sealed->file, m_practice);
        fs::copy(g_sealed->dir.path() / "config", m_dir / "config", fs::copy_options::recursive);
    }

    std::string sql(const std::string& statements) { return sqlite3(m_practice, statements); }
    long long count(const std::string& query) { return number(m_practice, query); }

    // What anyone with the file can do first: remove every trigger that refuses changes.
    void dropTriggers()
    {
        std::string drops;
        for (const std::string& name : lines(sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
            drops += "DROP TRIGGER " + name + ";";
        ASSERT_FALSE(drops.empty());
        sql(drops);
    }

    static std::vector<std::string> lines(const std::string& text)
    {
        std::vector<std::string> found;
        std::size_t from = 0;
        for (std::size_t end = text.find('\n'); end != std::string::npos; end = text.find('\n', from)) {
            if (end > from)
                found.push_back(text.substr(from, end - from));
            from = end + 1;
        }
        return found;
    }

    // verify --json; its exit code must be `exitCode`.
    json verify(int exitCode, std::vector<std::string> extra = {})
    {
        std::vector<std::string> arguments{"verify", "--json"};
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        const ProcessResult run = cli(arguments);
        EXPECT_EQ(run.exitCode, exitCode) << run.out << run.err;
        return run.out.empty() ? json() : json::parse(run.out);
    }

    // The problem verify gives for `subject` ("" when it names no such subject).
    static std::string problemOf(const json& report, const std::string& subject)
    {
        for (const json& finding : report["findings"])
            if (finding["subject"] == subject)
                return finding["problem"];
        return {};
    }

    static std::vector<std::string> subjects(const json& report, const std::string& area)
    {
        std::vector<std::string> found;
        for (const json& finding : report["findings"])
            if (finding["area"] == area)
                found.push_back(finding["subject"]);
        return found;
    }
};

TEST_F(VerifyCommand, AnUntouchedPracticeIsIntactAndShowsItsChainHead)
{
    const json report = verify(0);
    EXPECT_TRUE(report["intact"]);
    EXPECT_TRUE(report["findings"].empty()) << report.dump(2);
    EXPECT_EQ(report["links_checked"], count("SELECT COUNT(*) FROM record_seals"));
    EXPECT_EQ(report["links_unchecked"], 0);
    EXPECT_EQ(report["head"]["position"], count("SELECT MAX(position) FROM record_seals"));
    EXPECT_THAT(report["head"]["witness"].get<std::string>(), HasSubstr("chain "));

    const ProcessResult text = cli({"verify"});
    EXPECT_EQ(text.exitCode, 0) << text.err;
    EXPECT_THAT(text.out, HasSubstr("are intact"));
    EXPECT_THAT(text.out, HasSubstr(report["head"]["witness"].get<std::string>()));
}

TEST_F(VerifyCommand, WithTheTriggersDroppedAChangedSignedNoteBodyIsNamedAndTheDroppedTriggersToo)
{
    dropTriggers();
    sql("UPDATE session_notes SET body = replace(body, 'suboccipital', 'trapezius') WHERE id = " + g_sealed->firstNote);
    const json report = verify(3);
    EXPECT_FALSE(report["intact"]);
    EXPECT_THAT(problemOf(report, "signed session note " + g_sealed->firstNote), HasSubstr("content was changed"));
    EXPECT_EQ(problemOf(report, "signed session note " + g_sealed->secondNote), "") << "the other note is intact";
    EXPECT_THAT(problemOf(report, "trigger session_notes_signed_refuse_update"), HasSubstr("removed"));
    EXPECT_THAT(problemOf(report, "trigger audit_log_refuses_update"), HasSubstr("removed"));
    EXPECT_THAT(subjects(report, "chain"), ::testing::ElementsAre("signed session note " + g_sealed->firstNote));

    const ProcessResult text = cli({"verify"});
    EXPECT_EQ(text.exitCode, 3);
    EXPECT_THAT(text.out, HasSubstr("signed session note " + g_sealed->firstNote + ": Its content was changed"));
}

TEST_F(VerifyCommand, AChangedSignerIsNamed)
{
    dropTriggers();
    sql("UPDATE session_notes SET signed_by = 'Someone Else, RMT' WHERE id = " + g_sealed->secondNote);
    const json report = verify(3);
    EXPECT_THAT(subjects(report, "chain"), ::testing::ElementsAre("signed session note " + g_sealed->secondNote));
}

TEST_F(VerifyCommand, AChangedAuditRowIsNamed)
{
    dropTriggers();
    sql("UPDATE audit_log SET actor = 'nobody' WHERE id = 3");
    EXPECT_THAT(subjects(verify(3), "chain"), ::testing::ElementsAre("audit row 3"));
}

TEST_F(VerifyCommand, AChangedDisclosureHashIsNamed)
{
    dropTriggers();
    const long long entry = count("SELECT MIN(id) FROM disclosures");
    sql("UPDATE disclosures SET sha256 = '" + std::string(64, 'a') + "' WHERE id = " + std::to_string(entry));
    EXPECT_THAT(subjects(verify(3), "chain"),
                ::testing::ElementsAre("disclosure log entry " + std::to_string(entry)));
}

TEST_F(VerifyCommand, DeletedRecordsAreNamed)
{
    dropTriggers();
    const long long addendum = count("SELECT MIN(id) FROM note_addenda");
    sql("DELETE FROM note_addenda WHERE id = " + std::to_string(addendum) + "; DELETE FROM audit_log WHERE id = 5;");
    const json report = verify(3);
    EXPECT_THAT(problemOf(report, "addendum " + std::to_string(addendum)), HasSubstr("deleted"));
    EXPECT_THAT(problemOf(report, "audit row 5"), HasSubstr("deleted"));
}

TEST_F(VerifyCommand, ASignedNoteTurnedBackIntoADraftIsNamed)
{
    dropTriggers();
    sql("UPDATE session_notes SET status = 'draft' WHERE id = " + g_sealed->secondNote);
    EXPECT_THAT(problemOf(verify(3), "signed session note " + g_sealed->secondNote), HasSubstr("no longer signed"));
}

TEST_F(VerifyCommand, InsertedRecordsAndLinksAreNamed)
{
    dropTriggers();
    sql("INSERT INTO audit_log (occurred_at, actor, entity, entity_id, action) "
        "VALUES ('2026-11-25T12:00:00Z', 'nobody', 'client', '1', 'update')");
    const long long inserted = count("SELECT MAX(id) FROM audit_log");
    const long long next = count("SELECT MAX(position) FROM record_seals") + 1;
    // A forged link for it: without the key its mac cannot be right.
    sql("INSERT INTO record_seals (position, kind, record_id, digest, mac, key_number) VALUES (" + std::to_string(next)
        + ", 'audit', " + std::to_string(inserted) + ", '" + std::string(64, 'b') + "', '" + std::string(64, 'c')
        + "', 1)");
    const json report = verify(3);
    const std::string problem = problemOf(report, "audit row " + std::to_string(inserted));
    EXPECT_THAT(problem, HasSubstr("does not match the chain"));
    EXPECT_EQ(subjects(report, "chain").size(), 2u) << report.dump(2) << ": its seal and its content";
}

TEST_F(VerifyCommand, ARecordWithoutASealIsNamed)
{
    dropTriggers();
    sql("INSERT INTO audit_log (occurred_at, actor, entity, entity_id, action) "
        "VALUES ('2026-11-25T12:00:00Z', 'nobody', 'client', '1', 'update')");
    const long long inserted = count("SELECT MAX(id) FROM audit_log");
    EXPECT_THAT(problemOf(verify(3), "audit row " + std::to_string(inserted)), HasSubstr("no seal"));
}

TEST_F(VerifyCommand, TwoSwappedSealsAreBothNamed)
{
    dropTriggers();
    const long long first = count("SELECT MIN(position) FROM record_seals WHERE kind = 'audit' AND position > 10");
    const long long second = first + 1;
    const std::string a = std::to_string(first), b = std::to_string(second);
    sql("UPDATE record_seals SET position = -1 WHERE position = " + a + "; UPDATE record_seals SET position = " + a
        + " WHERE position = " + b + "; UPDATE record_seals SET position = " + b + " WHERE position = -1;");
    const json report = verify(3);
    const auto named = subjects(report, "chain");
    ASSERT_EQ(named.size(), 2u) << report.dump(2);
    for (const std::string& subject : named)
        EXPECT_THAT(problemOf(report, subject), HasSubstr("changed, moved or inserted"));
}

TEST_F(VerifyCommand, ALinkRemovedFromTheMiddleAndTheLastRecordsCutOffAreFound)
{
    const json before = verify(0);
    const std::string head = before["head"]["witness"];
    dropTriggers();
    // The newest link and its record go together, as one would cover one's tracks; only a
    // witness of the head shows that.
    const long long last = count("SELECT MAX(position) FROM record_seals");
    const std::string lastRecord = sql("SELECT record_id FROM record_seals WHERE position = " + std::to_string(last));
    sql("DELETE FROM audit_log WHERE id = " + lastRecord + "; DELETE FROM record_seals WHERE position = "
        + std::to_string(last));
    const json cut = verify(3);
    EXPECT_TRUE(subjects(cut, "chain").empty()) << "without a witness a clean cut at the end cannot be seen (only the "
                                                    "dropped triggers are): "
                                                 << cut.dump(2);
    const json witnessed = verify(3, {"--witness", head});
    EXPECT_THAT(problemOf(witnessed, "witness " + head), HasSubstr("removed"));

    sql("DELETE FROM record_seals WHERE position = 4");
    const json gap = verify(3);
    EXPECT_THAT(problemOf(gap, "record chain link 4"), HasSubstr("removed from the chain"));
}

TEST_F(VerifyCommand, InitPutsTheTriggersBackAndVerifyStillShowsWhatWasChangedMeanwhile)
{
    dropTriggers();
    sql("UPDATE session_notes SET signed_by = 'Someone Else, RMT' WHERE id = " + g_sealed->firstNote);
    const ProcessResult init = cli({"init"});
    ASSERT_EQ(init.exitCode, 0) << init.err;
    EXPECT_THAT(init.out, HasSubstr("session_notes_signed_refuse_update"));
    EXPECT_THAT(init.out, HasSubstr("knotwork-cli verify"));

    const json report = verify(3);
    EXPECT_TRUE(subjects(report, "schema").empty()) << report.dump(2);
    EXPECT_THAT(subjects(report, "chain"), ::testing::ElementsAre("signed session note " + g_sealed->firstNote));
    const ProcessResult refused = runProcess(
        {"/usr/bin/sqlite3", m_practice.string(), "UPDATE session_notes SET signed_by = 'x' WHERE id = " + g_sealed->secondNote});
    EXPECT_NE(refused.exitCode, 0) << "the trigger is back";

    const json again = cliJson({"init"});
    EXPECT_TRUE(again["restored"].empty()) << "nothing more to put back";
}

TEST_F(VerifyCommand, AChangedOrAddedTriggerIsNamed)
{
    sql("DROP TRIGGER audit_log_refuses_delete; CREATE TRIGGER audit_log_refuses_delete BEFORE DELETE ON audit_log "
        "WHEN 0 BEGIN SELECT RAISE(ABORT, 'no'); END; CREATE INDEX clients_by_nothing ON clients (id);");
    const json report = verify(3);
    EXPECT_THAT(problemOf(report, "trigger audit_log_refuses_delete"), HasSubstr("differs"));
    EXPECT_THAT(problemOf(report, "index clients_by_nothing"), HasSubstr("not one of Knotwork's"));
}

TEST_F(VerifyCommand, ATriggerNamedToDriveTheTerminalIsPrintedWithItsControlCharactersEscaped)
{
    sql("CREATE TRIGGER \"x\x1b[2J\x1b]0;owned\x07\" BEFORE DELETE ON clients BEGIN SELECT 1; END;");
    const ProcessResult text = cli({"verify"});
    EXPECT_EQ(text.exitCode, 3) << text.err;
    EXPECT_THAT(text.out, HasSubstr("trigger x"));
    EXPECT_THAT(text.out, Not(HasSubstr("\x1b"))) << "an escape sequence reached the terminal";
    EXPECT_THAT(text.out, Not(HasSubstr("\x07")));
}

// Dropping the triggers, then the whole chain, then changing a signed note: Knotwork must neither
// take the changed practice as never chained nor seal it again as it is now.
TEST_F(VerifyCommand, AChainRemovedOutsideKnotworkIsNamedAndNeverStartedAgainOverTheChangedRecords)
{
    dropTriggers();
    sql("DELETE FROM record_seals; DELETE FROM record_keys; "
        "UPDATE session_notes SET signed_by = 'Someone Else, RMT' WHERE id = " + g_sealed->firstNote);

    const json report = verify(3);
    EXPECT_THAT(problemOf(report, "record chain"), HasSubstr("removed outside Knotwork after it had started on"));

    const ProcessResult opened = cli({"client", "list"});
    EXPECT_EQ(opened.exitCode, 3) << opened.out;
    EXPECT_THAT(opened.err, HasSubstr("record chain"));
    EXPECT_THAT(opened.err, HasSubstr("restore the practice from a backup"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM record_keys"), 0) << "no new chain was started";
    EXPECT_EQ(count("SELECT COUNT(*) FROM record_seals"), 0);
}

TEST_F(VerifyCommand, EveryPdfSentOutCarriesAWitnessThatVerifies)
{
    for (const char* name : {"note.pdf", "handout.pdf"}) {
        std::string text = runProcess({"/usr/bin/pdftotext", (g_sealed->dir.path() / name).string(), "-"}).out;
        std::replace(text.begin(), text.end(), '\n', ' ');
        const auto at = text.find("Record witness: chain ");
        ASSERT_NE(at, std::string::npos) << name << ": " << text;
        const std::string witness = text.substr(at + 16, text.find_first_of(" ", text.find("·", at) + 3) - at - 16);
        EXPECT_TRUE(verify(0, {"--witness", witness})["intact"]) << name << ": " << witness;
    }
}

TEST_F(VerifyCommand, AWitnessNotInTheChainIsAFindingAndAMalformedOneIsRefused)
{
    const json report = verify(3, {"--witness", "2:0123456789abcdef"});
    EXPECT_THAT(problemOf(report, "witness chain 2 · 0123456789abcdef"), HasSubstr("rewritten"));
    const ProcessResult malformed = cli({"verify", "--witness", "yesterday"});
    EXPECT_EQ(malformed.exitCode, 1);
    EXPECT_THAT(malformed.err, HasSubstr("--witness"));
}

} // namespace
} // namespace knotwork::cli
