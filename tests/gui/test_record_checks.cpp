// The record chain as the app shows it (issue 22): the check in the background after opening and
// its findings on a practice changed behind Knotwork's back, File › Check records…, the recovery
// code shown once, and the dialog when the record key is not on this computer.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/statusbr.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "app/gui/main_frame.h"
#include "app/gui/missing_key_dialog.h"
#include "app/gui/record_checks.h"
#include "app/gui/record_findings_dialog.h"
#include "app/gui/record_warning_panel.h"
#include "app/gui/recovery_code_dialog.h"
#include "app/practice/practice_context.h"
#include "app/practice/practice_verification.h"
#include "clients/client_service.h"
#include "common/error.h"
#include "common/ui/accessibility.h"
#include "common/ui/text_table.h"
#include "common/ui/wx_text.h"
#include "db/record_keys.h"
#include "dialog_answerer.h"
#include "form_driver.h"
#include "gui_test_support.h"
#include "practice_file_test.h"
#include "screenshot.h"
#include "support/new_client.h"
#include "support/practice_files.h"
#include "support/signed_visit.h"
#include "support/treatment_consent.h"

namespace knotwork::gui {
namespace {

using ::testing::AllOf;
using ::testing::Contains;
using ::testing::Field;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using knotwork::testing::sqliteQuery;
using testing::DialogAnswerer;
using testing::processEvents;
using testing::RunningApp;
using testing::saveScreenshot;

// A plain practice of the test's own: one client with a signed note, its recovery code already
// shown (as after its first opening).
struct SignedPractice {
    std::filesystem::path file;
    sessions::NoteId note = 0;
    std::string recoveryCode;
};

class RecordChecksTest : public testing::PracticeFileTest {
protected:
    static MainFrame& frame() { return RunningApp::mainFrame(); }
    static RecordChecks& records() { return frame().records(); }

    static SignedPractice signedPractice(const std::string& stem)
    {
        SignedPractice made;
        clients::ClientId client = 0;
        made.file = testing::practiceWithOneClient(stem, "", &client);
        app::PracticeContext practice(made.file, db::OpenMode::ExistingOnly, "tester", frame().clock());
        knotwork::testing::consentToTreatment(practice.clientService(), client);
        made.note = knotwork::testing::signSampleVisit(practice.sessionService(), client, frame().clock().today());
        const std::optional<std::string> code = practice.pendingRecoveryCode();
        EXPECT_TRUE(code.has_value()) << "a new plain practice's code waits to be shown";
        made.recoveryCode = code.value_or("");
        practice.markRecoveryCodeShown();
        return made;
    }

    // Drops every trigger, as anyone with the file and sqlite3 can, then runs `change`.
    static void changeBehindKnotworksBack(const std::filesystem::path& file, const std::string& change)
    {
        const std::string triggers =
            sqliteQuery(file, "SELECT group_concat(name, ' ') FROM sqlite_master WHERE type = 'trigger'");
        ASSERT_FALSE(triggers.empty());
        std::istringstream names(triggers);
        for (std::string name; names >> name;)
            sqliteQuery(file, "DROP TRIGGER \"" + name + "\"");
        sqliteQuery(file, change);
    }

    // Moves the key file of the practice's record key away, as on another computer.
    static void takeTheKeyAway(const std::filesystem::path& file)
    {
        const std::string fingerprint = sqliteQuery(file, "SELECT fingerprint FROM record_keys WHERE key_number = 1");
        const std::filesystem::path key = db::recordKeyFile(fingerprint);
        ASSERT_TRUE(std::filesystem::exists(key)) << key;
        std::filesystem::rename(key, RunningApp::home() / (fingerprint + ".key.away"));
    }

    // Runs the event loop until the background check after opening has finished.
    static void waitForTheCheck()
    {
        for (int wait = 0; wait < 240 && (records().checking() || !records().lastReport()); ++wait)
            processEvents();
        ASSERT_FALSE(records().checking()) << "the check did not finish within a minute";
    }

    static std::string recordsStatus() { return ui::toUtf8(frame().GetStatusBar()->GetStatusText(2)); }

    static RecordWarningPanel& warning()
    {
        auto* panel = dynamic_cast<RecordWarningPanel*>(wxWindow::FindWindowByName("record-warning", &frame()));
        if (!panel)
            throw std::runtime_error("Today has no record warning");
        return *panel;
    }

    static bool buttonShown(const wxString& name)
    {
        wxWindow* button = wxWindow::FindWindowByName(name, &frame());
        return button && button->IsShown();
    }

    static std::vector<std::string> tableColumn(ui::TextTable& table, std::size_t column)
    {
        std::vector<std::string> cells;
        for (std::size_t row = 0; row < table.rowCount(); ++row)
            cells.push_back(ui::toUtf8(table.cell(row, column)));
        return cells;
    }
};

TEST_F(RecordChecksTest, AfterOpeningTheCheckNamesASignedNoteChangedBehindKnotworksBack)
{
    const SignedPractice practice = signedPractice("tampered");
    const std::string note = "signed session note " + std::to_string(practice.note);
    changeBehindKnotworksBack(practice.file, "UPDATE session_notes SET signed_by = 'someone else' WHERE id = "
                                                 + std::to_string(practice.note));

    DialogAnswerer answers;
    std::vector<std::string> listed;
    answers.answer("record-findings-dialog", [&](wxDialog& dialog) {
        auto& findings = dynamic_cast<RecordFindingsDialog&>(dialog);
        listed = tableColumn(findings.list(), 1);
        EXPECT_EQ(ui::accessibleName(findings.list()), "Problems found in the records");
        EXPECT_THAT(ui::toUtf8(findings.asText()), HasSubstr(note)) << "Copy carries every finding";
        EXPECT_EQ(wxWindow::FindFocus(), findings.list().GetMainWindow()) << "the list has the keyboard";
        saveScreenshot(dialog, "record-findings-dialog");
        testing::click(dialog, "record-findings.close");
    });
    ASSERT_TRUE(frame().openPractice(practice.file, db::OpenMode::ExistingOnly));
    EXPECT_THAT(recordsStatus(), HasSubstr("not checked yet")) << "opening does not wait for the check";
    frame().showView(View::Today);
    waitForTheCheck();
    processEvents();

    ASSERT_TRUE(records().lastReport());
    const integrity::IntegrityReport& report = *records().lastReport();
    EXPECT_FALSE(report.intact());
    EXPECT_THAT(report.findings, Contains(Field(&integrity::IntegrityFinding::subject, note)));
    EXPECT_EQ(answers.answered("record-findings-dialog"), 1) << "the findings are shown without asking";
    ASSERT_FALSE(listed.empty());
    EXPECT_EQ(listed.front(), note) << "the changed record comes before the dropped triggers";
    EXPECT_THAT(recordsStatus(), AllOf(HasSubstr("Records:"), HasSubstr("found")));
    EXPECT_TRUE(warning().IsShown()) << "Today says it";
    EXPECT_THAT(ui::toUtf8(warning().text()), AllOf(HasSubstr("changed"), HasSubstr(note)));
    EXPECT_TRUE(buttonShown("record-warning.details"));
    EXPECT_FALSE(buttonShown("record-warning.key"));
    saveScreenshot(frame(), "record-check-today-tampered");

    // Details… on Today shows the list again.
    answers.answer("record-findings-dialog", [](wxDialog& dialog) { testing::click(dialog, "record-findings.close"); });
    testing::click(frame(), "record-warning.details");
    EXPECT_EQ(answers.answered("record-findings-dialog"), 2);
}

// A practice damaged where opening it does not read (issue 25): the window opens it without
// waiting, the file's check in the background finds the damage and says so (Today, the status
// bar, a message), and a save is refused with the file left byte for byte as it was.
TEST_F(RecordChecksTest, ADamagedFileOpensItsCheckInTheBackgroundSaysSoAndASaveIsRefused)
{
    const SignedPractice practice = signedPractice("damaged-page");
    const std::string damaged = knotwork::testing::damageAPageOnlyAWholeFileCheckReads(practice.file);
    ASSERT_TRUE(frame().openPractice(practice.file, db::OpenMode::ExistingOnly));
    frame().showView(View::Today);
    for (int wait = 0; wait < 240 && records().fileDamage().empty(); ++wait)
        processEvents();

    EXPECT_THAT(ui::toUtf8(records().fileDamage()),
                AllOf(HasSubstr(practice.file.string()), HasSubstr("damaged"), HasSubstr("backup")));
    EXPECT_THAT(recordsStatus(), HasSubstr("damaged"));
    EXPECT_TRUE(warning().IsShown()) << "Today says it";
    EXPECT_THAT(ui::toUtf8(warning().text()), HasSubstr("damaged"));
    ASSERT_EQ(RunningApp::notifier().errors.size(), 1u);
    EXPECT_EQ(RunningApp::notifier().errors.front().title, "The practice file is damaged");
    EXPECT_FALSE(records().checking()) << "a damaged file's records are not walked link by link";
    saveScreenshot(frame(), "record-check-today-damaged-file");

    clients::ClientService& service = frame().practice()->clientService();
    EXPECT_THROW(service.saveSettings(service.settings(), std::nullopt), PracticeFileError);
    RunningApp::notifier().errors.clear();
    ASSERT_TRUE(frame().openPractice(defaultPractice(), db::OpenMode::ExistingOnly));
    EXPECT_TRUE(knotwork::testing::readBytes(practice.file) == damaged) << "the damaged file was written to";
}

TEST_F(RecordChecksTest, CheckRecordsSaysAnUntouchedPracticeIsIntactAndNamesAnAuditRowChangedSince)
{
    const SignedPractice practice = signedPractice("checked");
    ASSERT_TRUE(frame().openPractice(practice.file, db::OpenMode::ExistingOnly));
    records().checkNow();
    processEvents();
    ASSERT_FALSE(RunningApp::notifier().information.empty());
    EXPECT_EQ(RunningApp::notifier().information.back().title, "Records intact");
    EXPECT_THAT(RunningApp::notifier().information.back().text, HasSubstr("Chain head: chain "));
    EXPECT_EQ(recordsStatus(), "Records intact");
    EXPECT_FALSE(warning().warning());

    changeBehindKnotworksBack(practice.file, "UPDATE audit_log SET actor = 'someone else' WHERE id = 1");
    DialogAnswerer answers;
    std::vector<std::string> areas;
    answers.answer("record-findings-dialog", [&](wxDialog& dialog) {
        areas = tableColumn(dynamic_cast<RecordFindingsDialog&>(dialog).list(), 0);
        testing::click(dialog, "record-findings.close");
    });
    records().checkNow();
    processEvents();
    EXPECT_EQ(answers.answered("record-findings-dialog"), 1);
    EXPECT_THAT(areas, Contains("Record chain")) << "the changed audit row";
    EXPECT_THAT(areas, Contains("Schema")) << "the dropped triggers";
    EXPECT_THAT(records().lastReport()->findings,
                Contains(Field(&integrity::IntegrityFinding::subject, HasSubstr("audit"))));
}

TEST_F(RecordChecksTest, ClosingThePracticeStopsItsCheck)
{
    const SignedPractice practice = signedPractice("closed-while-checking");
    ASSERT_TRUE(frame().openPractice(practice.file, db::OpenMode::ExistingOnly));
    records().checkInBackground();
    EXPECT_TRUE(records().checking());
    ASSERT_TRUE(frame().openPractice(defaultPractice(), db::OpenMode::ExistingOnly));
    EXPECT_FALSE(records().checking());
    EXPECT_FALSE(records().lastReport()) << "no result of the other practice's check shows";
    EXPECT_THAT(recordsStatus(), HasSubstr("not checked yet"));
}

TEST_F(RecordChecksTest, ANewPracticeShowsItsRecoveryCodeOnceUntilWrittenDown)
{
    const std::filesystem::path file = RunningApp::home() / "recovery-code.sqlite";
    std::filesystem::remove(file);
    DialogAnswerer answers;
    answers.answer("welcome-dialog", [](wxDialog& welcome) {
        testing::click(*dynamic_cast<wxButton*>(welcome.FindWindow(wxID_CANCEL)));
    });
    wxString shown;
    answers.answer("recovery-code-dialog", [&](wxDialog& dialog) {
        auto& code = dynamic_cast<RecoveryCodeDialog&>(dialog);
        shown = code.shownCode();
        auto* codeText = wxWindow::FindWindowByName("recovery-code", &dialog);
        ASSERT_NE(codeText, nullptr);
        EXPECT_EQ(codeText->GetFont().GetFamily(), wxFONTFAMILY_TELETYPE);
        EXPECT_GT(codeText->GetFont().GetPointSize(), dialog.GetFont().GetPointSize()) << "large enough to copy";
        EXPECT_THAT(ui::toUtf8(ui::accessibleName(*codeText)), HasSubstr("Recovery code: "));
        EXPECT_EQ(wxWindow::FindFocus(), wxWindow::FindWindowByName("recovery-code.written", &dialog));
        saveScreenshot(dialog, "recovery-code-dialog");
        testing::click(dialog, "recovery-code.later");
    });
    ASSERT_TRUE(frame().openChosenPractice(file, db::OpenMode::CreateIfMissing));
    processEvents();
    ASSERT_EQ(answers.answered("recovery-code-dialog"), 1);
    const std::optional<std::string> code = frame().practice()->pendingRecoveryCode();
    ASSERT_TRUE(code) << "not written down: shown again next time";
    EXPECT_EQ(shown, codeInLines(*code));
    EXPECT_EQ(shown.Freq('\n'), 2) << "eleven groups in three lines";
    EXPECT_EQ(shown.Length(), code->size());
    const integrity::ChainKeyring keys = db::loadChainKeys(frame().practice()->database());
    ASSERT_NE(keys.current(), nullptr);
    EXPECT_EQ(*code, keys.current()->recoveryCode());

    answers.answer("recovery-code-dialog",
                   [](wxDialog& dialog) { testing::click(dialog, "recovery-code.written"); });
    ASSERT_TRUE(frame().openChosenPractice(file, db::OpenMode::ExistingOnly));
    processEvents();
    EXPECT_EQ(answers.answered("recovery-code-dialog"), 2);
    EXPECT_FALSE(frame().practice()->pendingRecoveryCode());

    answers.answer("recovery-code-dialog", [](wxDialog& dialog) { dialog.EndModal(wxID_OK); });
    ASSERT_TRUE(frame().openChosenPractice(file, db::OpenMode::ExistingOnly));
    processEvents();
    EXPECT_EQ(answers.answered("recovery-code-dialog"), 2) << "shown once";
}

TEST_F(RecordChecksTest, AMissingKeyIsBroughtBackWithTheRecoveryCode)
{
    const SignedPractice practice = signedPractice("key-restored");
    takeTheKeyAway(practice.file);
    DialogAnswerer answers;
    answers.answer("missing-key-dialog", [&](wxDialog& dialog) {
        auto& missing = dynamic_cast<MissingKeyDialog&>(dialog);
        EXPECT_EQ(ui::accessibleName(missing.codeField()), "Recovery code");
        EXPECT_EQ(wxWindow::FindFocus(), &missing.codeField());
        saveScreenshot(dialog, "missing-key-dialog");

        testing::type(dialog, "recovery_code", "not a code at all");
        testing::click(dialog, "missing-key.restore");
        EXPECT_TRUE(dialog.IsModal()) << "a wrong code closed the dialog";
        EXPECT_FALSE(missing.problem().empty());
        EXPECT_EQ(missing.codeField().GetValue(), "not a code at all") << "what was typed stays";
        saveScreenshot(dialog, "missing-key-dialog-wrong-code");

        testing::type(dialog, "recovery_code", wxString(practice.recoveryCode).Lower());
        testing::click(dialog, "missing-key.restore");
    });
    ASSERT_TRUE(frame().openChosenPractice(practice.file, db::OpenMode::ExistingOnly));
    processEvents();
    ASSERT_EQ(answers.answered("missing-key-dialog"), 1);
    EXPECT_FALSE(frame().practice()->recordKeyMissing());
    EXPECT_THAT(recordsStatus(), Not(HasSubstr("Read only")));
    EXPECT_NO_THROW(frame().practice()->clientService().saveIntake(knotwork::testing::newClient("Okafor", "Ada")));
    waitForTheCheck();
    EXPECT_TRUE(records().lastReport()->intact());
    EXPECT_EQ(records().lastReport()->linksUnchecked, 0);
}

TEST_F(RecordChecksTest, WithoutItsKeyAPracticeOpensToReadAndSaysWhyNothingIsSaved)
{
    const SignedPractice practice = signedPractice("key-missing");
    takeTheKeyAway(practice.file);
    DialogAnswerer answers;
    answers.answer("missing-key-dialog", [](wxDialog& dialog) { testing::click(dialog, "missing-key.read-only"); });
    ASSERT_TRUE(frame().openChosenPractice(practice.file, db::OpenMode::ExistingOnly));
    frame().showView(View::Today);
    processEvents();
    ASSERT_EQ(answers.answered("missing-key-dialog"), 1);
    EXPECT_EQ(clientCount(), 1) << "it reads";
    EXPECT_THAT(recordsStatus(), HasSubstr("Read only"));
    EXPECT_TRUE(warning().IsShown());
    EXPECT_THAT(ui::toUtf8(warning().text()), HasSubstr("Nothing can be saved"));
    EXPECT_TRUE(buttonShown("record-warning.key"));
    saveScreenshot(frame(), "record-key-missing-today");
    EXPECT_THROW(frame().practice()->clientService().saveIntake(knotwork::testing::newClient("Okafor", "Ada")),
                 RecordKeyMissingError);

    // Today's "Record key…" asks again; this time a new key is started and its code shown.
    answers.answer("missing-key-dialog", [](wxDialog& dialog) { testing::click(dialog, "missing-key.new-key"); });
    wxString newCode;
    answers.answer("recovery-code-dialog", [&](wxDialog& dialog) {
        newCode = dynamic_cast<RecoveryCodeDialog&>(dialog).shownCode();
        saveScreenshot(dialog, "recovery-code-dialog-new-key");
        testing::click(dialog, "recovery-code.written");
    });
    testing::click(frame(), "record-warning.key");
    processEvents();
    EXPECT_EQ(answers.answered("missing-key-dialog"), 2);
    EXPECT_EQ(answers.answered("recovery-code-dialog"), 1);
    EXPECT_FALSE(newCode.empty());
    EXPECT_FALSE(frame().practice()->recordKeyMissing());
    EXPECT_FALSE(warning().warning()) << "nothing left to warn of";
    EXPECT_NO_THROW(frame().practice()->clientService().saveIntake(knotwork::testing::newClient("Okafor", "Ada")));
    waitForTheCheck();
    EXPECT_TRUE(records().lastReport()->intact());
    EXPECT_GT(records().lastReport()->linksUnchecked, 0) << "what the old key sealed is not vouched for";
    EXPECT_THAT(recordsStatus(), HasSubstr("not checkable"));
}

} // namespace
} // namespace knotwork::gui
