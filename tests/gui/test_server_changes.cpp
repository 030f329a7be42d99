// Two desks on one practice on the test server: the app at this desk (the main window) and
// "the other desk", a PracticeContext of the test's own. What the other desk saves shows here
// without a restart; a client both desks edited shows the conflict dialog with both versions,
// and each of its choices does what it says to the stored row.
#include <chrono>
#include <functional>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <soci/soci.h>
#include <wx/dataview.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "app/gui/main_frame.h"
#include "app/practice/practice_context.h"
#include "client_views.h"
#include "clients/ui/client_chart_panel.h"
#include "clients/ui/client_list_model.h"
#include "clients/ui/client_list_panel.h"
#include "clients/ui/intake_dialog.h"
#include "sessions/ui/note_editor_frame.h"
#include "common/ui/conflict_dialog.h"
#include "common/ui/text_table.h"
#include "common/ui/wx_text.h"
#include "dialog_answerer.h"
#include "form_driver.h"
#include "gui_test_support.h"
#include "screenshot.h"
#include "support/new_client.h"
#include "support/scratch_server_database.h"

namespace knotwork::gui {
namespace {

using clients::ui::IntakeDialog;
using ::testing::Contains;
using ::testing::Field;
using ::testing::HasSubstr;
using ui::ConflictChoice;
using ui::ConflictDialog;
using namespace testing;

const Date kDay(2026, 11, 23);

class TwoDesks : public ::testing::Test {
protected:
    void SetUp() override
    {
        RunningApp::notifier().errors.clear();
        ASSERT_TRUE(RunningApp::mainFrame().openPractice(app::PracticeLocation(db::ServerAddress::parse(m_server.uri())), db::OpenMode::ExistingOnly));
    }

    void TearDown() override
    {
        if (m_dialog)
            m_dialog->Destroy();
        processEvents();
        EXPECT_TRUE(RunningApp::notifier().errors.empty())
            << (RunningApp::notifier().errors.empty() ? "" : RunningApp::notifier().errors.front().text);
    }

    // Runs the event loop until `done` or five seconds passed: the app polls about once a second.
    static bool pumpUntil(const std::function<bool()>& done)
    {
        const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        while (!done() && std::chrono::steady_clock::now() < until)
            processEvents();
        return done();
    }

    clients::ClientId clientWithPhone(const std::string& phone)
    {
        clients::IntakeRecord record = knotwork::testing::newClient("Quennell", "Zoë");
        record.client.phone = phone;
        return m_otherDesk.clientService().saveIntake(record);
    }

    std::string storedPhone(clients::ClientId id)
    {
        return m_otherDesk.clientService().clients().chart(id).client.phone;
    }

    void otherDeskSavesPhone(clients::ClientId id, const std::string& phone)
    {
        clients::IntakeRecord record = m_otherDesk.clientService().clients().chart(id).intakeRecord();
        record.client.phone = phone;
        m_otherDesk.clientService().saveIntake(record);
    }

    // The client's intake open at this desk, as the chart's Edit intake opens it (without
    // waiting for it to close), with a new phone typed; openIntakeHere: nothing typed.
    IntakeDialog& editPhoneHere(clients::ClientId id, const wxString& phone)
    {
        openIntakeHere(id);
        type(*m_dialog, "phone", phone);
        return *m_dialog;
    }

    IntakeDialog& openIntakeHere(clients::ClientId id)
    {
        app::PracticeContext& here = *RunningApp::mainFrame().practice();
        m_dialog = new IntakeDialog(&RunningApp::mainFrame(), here.clientService(),
                                    here.clientService().clients().chart(id).intakeRecord());
        m_dialog->Show();
        processEvents();
        return *m_dialog;
    }

    // The phone the client list shows for the client.
    static wxString listedPhone(clients::ClientId id)
    {
        auto& list = windowNamed<wxDataViewCtrl>("client-list");
        auto& model = dynamic_cast<clients::ui::ClientListModel&>(*list.GetModel());
        for (unsigned row = 0; row < model.GetCount(); ++row) {
            if (model.clientAt(row) != id)
                continue;
            wxVariant phone;
            model.GetValueByRow(phone, row, clients::ui::ClientListModel::Phone);
            return phone.GetString();
        }
        return {};
    }

    wxString phoneShown() const { return child<wxTextCtrl>(*m_dialog, "phone").GetValue(); }

    // A conflict dialog, when one comes up, answered with `choice` after its rows are kept.
    struct ConflictAnswer {
        DialogAnswerer answers;
        std::vector<std::vector<wxString>> rows;
        ConflictAnswer(ConflictChoice choice, const std::string& screenshot = {})
        {
            answers.answer("conflict-dialog", [this, choice, screenshot](wxDialog& shown) {
                auto& conflict = dynamic_cast<ConflictDialog&>(shown);
                const ui::TextTable& table = conflict.differences();
                for (std::size_t row = 0; row < table.rowCount(); ++row)
                    rows.push_back({table.cell(row, 0), table.cell(row, 1), table.cell(row, 2)});
                EXPECT_LE(conflict.GetSize().GetWidth(), 1024);
                EXPECT_LE(conflict.GetSize().GetHeight(), 600);
                if (!screenshot.empty())
                    saveScreenshot(conflict, screenshot);
                conflict.choose(choice);
            });
        }
        int answered() const { return answers.answered("conflict-dialog"); }
    };

    // Saves the intake at this desk; the conflict dialog that comes up is answered with `choice`
    // after its rows are kept.
    std::vector<std::vector<wxString>> saveAndAnswer(ConflictChoice choice, const std::string& screenshot = {})
    {
        ConflictAnswer answer(choice, screenshot);
        clickSave(*m_dialog);
        processEvents();
        EXPECT_EQ(answer.answered(), 1);
        return answer.rows;
    }

    knotwork::testing::ScratchServerDatabase m_server;
    app::PracticeContext m_otherDesk{db::ServerAddress::parse(m_server.uri()), db::OpenMode::CreateIfMissing,
                                     "Front desk", Clock::stoppedOn(kDay)};
    IntakeDialog* m_dialog = nullptr;
};

TEST_F(TwoDesks, AClientAddedAtTheOtherDeskShowsHereWithoutARestart)
{
    RunningApp::mainFrame().showClients();
    const clients::ClientId id = clientWithPhone("555-0100");

    EXPECT_TRUE(pumpUntil([&] {
        const std::vector<ListedRow> rows = listedRows("client-list");
        return std::ranges::any_of(rows, [&](const ListedRow& row) { return row.id == id; });
    }));
    EXPECT_THAT(listedRows("client-list"), Contains(Field(&ListedRow::name, "Quennell, Zoë")));
}

TEST_F(TwoDesks, WhatIsTypedHereStaysWhenTheOtherDeskSavesTheSameClient)
{
    const clients::ClientId id = clientWithPhone("555-0100");
    RunningApp::mainFrame().showClients().openClient(id);
    processEvents();
    editPhoneHere(id, "555-0111");

    otherDeskSavesPhone(id, "555-0222");
    // The list behind the form shows the other desk's phone; the form keeps what was typed.
    EXPECT_TRUE(pumpUntil([&] { return listedPhone(id) == "555-0222"; }));
    EXPECT_EQ(phoneShown(), "555-0111");
    EXPECT_TRUE(m_dialog->hasChanges());
    EXPECT_THAT(m_dialog->topMessage().utf8_string(), HasSubstr("Changed at another desk"));
}

TEST_F(TwoDesks, AnIntakeOpenWithNothingTypedShowsWhatTheOtherDeskSaved)
{
    const clients::ClientId id = clientWithPhone("555-0100");
    openIntakeHere(id);
    otherDeskSavesPhone(id, "555-0222");

    EXPECT_TRUE(pumpUntil([&] { return phoneShown() == "555-0222"; }));
    EXPECT_FALSE(m_dialog->hasChanges());
    EXPECT_TRUE(m_dialog->topMessage().empty());
}

TEST_F(TwoDesks, KeepMineShowsBothPhonesAndSavesMineOverTheirs)
{
    const clients::ClientId id = clientWithPhone("555-0100");
    editPhoneHere(id, "555-0111");
    otherDeskSavesPhone(id, "555-0222");

    const auto rows = saveAndAnswer(ConflictChoice::KeepMine, "conflict-dialog");
    EXPECT_THAT(rows, Contains(std::vector<wxString>{"Phone", "555-0111", "555-0222"}));
    EXPECT_EQ(rows.size(), 1u) << "only the phone differs";
    EXPECT_EQ(storedPhone(id), "555-0111");
    EXPECT_FALSE(m_dialog->IsShown());
}

TEST_F(TwoDesks, TakeTheirsShowsTheOtherDesksVersionAndSavesNothing)
{
    const clients::ClientId id = clientWithPhone("555-0100");
    editPhoneHere(id, "555-0111");
    otherDeskSavesPhone(id, "555-0222");

    saveAndAnswer(ConflictChoice::TakeTheirs);
    EXPECT_EQ(storedPhone(id), "555-0222");
    EXPECT_TRUE(m_dialog->IsShown());
    EXPECT_EQ(phoneShown(), "555-0222");
    EXPECT_THAT(m_dialog->topMessage().utf8_string(), HasSubstr("other desk"));
    EXPECT_FALSE(m_dialog->hasChanges());

    // What is shown now is the stored version: saving it again works.
    type(*m_dialog, "phone", "555-0333");
    clickSave(*m_dialog);
    processEvents();
    EXPECT_EQ(storedPhone(id), "555-0333");
}

TEST_F(TwoDesks, GoBackKeepsWhatWasTypedAndSavesNothing)
{
    const clients::ClientId id = clientWithPhone("555-0100");
    editPhoneHere(id, "555-0111");
    otherDeskSavesPhone(id, "555-0222");

    saveAndAnswer(ConflictChoice::GoBack);
    EXPECT_EQ(storedPhone(id), "555-0222");
    EXPECT_TRUE(m_dialog->IsShown());
    EXPECT_EQ(phoneShown(), "555-0111");
    EXPECT_THAT(m_dialog->topMessage().utf8_string(), HasSubstr("Nothing was saved"));
}

class TwoDesksOnANote : public TwoDesks {
protected:
    void TearDown() override
    {
        if (m_editor)
            m_editor->Destroy();
        TwoDesks::TearDown();
    }

    // Today's draft of a new client, open at this desk with a visit length typed.
    sessions::ui::NoteEditorFrame& editDraftHere(const wxString& minutes)
    {
        const clients::ClientId client = clientWithPhone("555-0100");
        const sessions::NoteId id =
            m_otherDesk.sessionService().openNote(client, kDay, boost::posix_time::hours(10)).id;
        app::PracticeContext& here = *RunningApp::mainFrame().practice();
        m_editor = sessions::ui::NoteEditorFrame::open(&RunningApp::mainFrame(), here.sessionService(),
                                                       here.clientService(), RunningApp::notifier(), id, {});
        m_editor->setConfirm([](const wxString&) { return true; });
        processEvents();
        type(*m_editor, "visit_minutes", minutes);
        return *m_editor;
    }

    void otherDeskSavesMinutes(int minutes)
    {
        sessions::SoapNote note = m_otherDesk.sessionService().note(m_editor->note().id);
        note.visitMinutes = minutes;
        m_otherDesk.sessionService().saveDraft(note);
    }

    std::optional<int> storedMinutes() { return m_otherDesk.sessionService().note(m_editor->note().id).visitMinutes; }

    sessions::ui::NoteEditorFrame* m_editor = nullptr;
};

TEST_F(TwoDesksOnANote, AnUntouchedDraftShowsWhatTheOtherDeskSavedAndATouchedOneKeepsWhatWasTyped)
{
    sessions::ui::NoteEditorFrame& editor = editDraftHere("60");
    ASSERT_TRUE(editor.saveNow());
    otherDeskSavesMinutes(45);
    EXPECT_TRUE(pumpUntil([&] { return child<wxTextCtrl>(editor, "visit_minutes").GetValue() == "45"; }));
    EXPECT_THAT(editor.statusText().utf8_string(), HasSubstr("other desk"));

    type(editor, "visit_minutes", "50");
    otherDeskSavesMinutes(30);
    EXPECT_TRUE(pumpUntil([&] {
        return child<wxStaticText>(editor, "note-message").GetLabel().Contains("Changed at another desk");
    }));
    EXPECT_EQ(child<wxTextCtrl>(editor, "visit_minutes").GetValue(), "50");
}

TEST_F(TwoDesksOnANote, ALostConnectionKeepsTheDraftAsTypedSaysKnotworkIsReconnectingAndTheNextSaveStoresIt)
{
    sessions::ui::NoteEditorFrame& editor = editDraftHere("60");
    // The server restarts for this desk: it ends its connections and takes no new one for a while
    // (the other desk, which checks what was stored, keeps its own).
    long long otherDesk = 0;
    m_otherDesk.database().session() << "SELECT pg_backend_pid()", soci::into(otherDesk);
    const std::string admin = knotwork::testing::testServerAdminUri();
    knotwork::testing::serverQuery(admin, "ALTER DATABASE " + m_server.name() + " ALLOW_CONNECTIONS false");
    knotwork::testing::serverQuery(admin, "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '"
                                              + m_server.name() + "' AND pid <> " + std::to_string(otherDesk));
    EXPECT_FALSE(editor.saveNow());
    EXPECT_THAT(child<wxStaticText>(editor, "note-message").GetLabel().utf8_string(),
                HasSubstr("What you typed is still here; Knotwork is reconnecting."));
    EXPECT_EQ(child<wxTextCtrl>(editor, "visit_minutes").GetValue(), "60");

    knotwork::testing::serverQuery(admin, "ALTER DATABASE " + m_server.name() + " ALLOW_CONNECTIONS true");
    EXPECT_TRUE(editor.saveNow());
    EXPECT_EQ(storedMinutes(), 60);
    RunningApp::notifier().errors.clear();  // what the main window said meanwhile is the watch's test
}

TEST_F(TwoDesksOnANote, KeepMineSavesTheDraftAsTypedHere)
{
    sessions::ui::NoteEditorFrame& editor = editDraftHere("60");
    otherDeskSavesMinutes(45);

    ConflictAnswer answer(ConflictChoice::KeepMine, "conflict-dialog-note");
    EXPECT_TRUE(editor.saveNow());
    EXPECT_EQ(answer.answered(), 1);
    EXPECT_THAT(answer.rows, Contains(std::vector<wxString>{"Visit length", "60 min", "45 min"}));
    EXPECT_EQ(storedMinutes(), 60);
}

TEST_F(TwoDesksOnANote, TakeTheirsShowsTheOtherDesksDraft)
{
    sessions::ui::NoteEditorFrame& editor = editDraftHere("60");
    otherDeskSavesMinutes(45);

    ConflictAnswer answer(ConflictChoice::TakeTheirs);
    EXPECT_TRUE(editor.saveNow());
    EXPECT_EQ(answer.answered(), 1);
    EXPECT_EQ(storedMinutes(), 45);
    EXPECT_EQ(child<wxTextCtrl>(editor, "visit_minutes").GetValue(), "45");
}

TEST_F(TwoDesksOnANote, GoBackKeepsTheDraftHereAndAutosavingDoesNotAskAgain)
{
    sessions::ui::NoteEditorFrame& editor = editDraftHere("60");
    otherDeskSavesMinutes(45);

    ConflictAnswer answer(ConflictChoice::GoBack);
    EXPECT_FALSE(editor.saveNow());
    type(editor, "visit_minutes", "50");
    EXPECT_FALSE(editor.saveNow()) << "the autosave's attempt";
    EXPECT_EQ(answer.answered(), 1);
    EXPECT_EQ(storedMinutes(), 45);
    EXPECT_EQ(child<wxTextCtrl>(editor, "visit_minutes").GetValue(), "50");
    RunningApp::notifier().errors.clear();
}

} // namespace
} // namespace knotwork::gui
