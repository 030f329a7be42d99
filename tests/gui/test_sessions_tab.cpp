#include <algorithm>
#include <atomic>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/infobar.h>
#include <wx/menu.h>
#include <wx/notebook.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "clients/ui/client_chart_panel.h"
#include "client_views.h"
#include "clients/ui/client_list_panel.h"
#include "common/ui/wrapping_text.h"
#include "common/ui/wx_text.h"
#include "form_driver.h"
#include "app/gui/main_frame.h"
#include "app/practice/practice_context.h"
#include "gui_test_support.h"
#include "screenshot.h"
#include "sessions/session_service.h"
#include "sessions/ui/addendum_dialog.h"
#include "sessions/ui/draft_chooser_dialog.h"
#include "sessions/ui/draft_recovery_bar.h"
#include "sessions/ui/note_comparison_dialog.h"
#include "sessions/ui/note_editor_frame.h"
#include "sessions/ui/note_history_model.h"
#include "sessions/ui/sessions_tab.h"
#include "support/sample_note.h"

namespace knotwork::gui {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using sessions::NoteId;
using sessions::NoteStatus;
using sessions::SoapNote;
using sessions::ui::NoteEditorFrame;
using testing::RunningApp;
using testing::windowNamed;

constexpr int kSignedNotes = 10;
constexpr int kWeeksBetweenVisits = 2;

// Every label shown inside `window`, at any depth, in order.
void collectTexts(wxWindow& window, std::vector<std::string>& texts)
{
    for (wxWindow* child : window.GetChildren()) {
        if (auto* text = dynamic_cast<wxStaticText*>(child); text && text->IsShown()) {
            wxString label = text->GetLabel();
            label.Replace("\n", " ");
            texts.push_back(ui::toUtf8(label));
        }
        collectTexts(*child, texts);
    }
}

std::vector<std::string> textsIn(const wxString& name)
{
    std::vector<std::string> texts;
    collectTexts(windowNamed<wxWindow>(name), texts);
    return texts;
}

// Whether `texts` has `wanted` somewhere after `after`.
bool shownAfter(const std::vector<std::string>& texts, const std::string& after, const std::string& wanted)
{
    const auto first = std::find(texts.begin(), texts.end(), after);
    return first != texts.end() && std::find(first, texts.end(), wanted) != texts.end();
}

void closeNoteEditors()
{
    NoteEditorFrame::closeAll();
    testing::processEvents();
}

// A practice of its own in the test home: one headache client, Zoë, seen every two weeks for
// twenty weeks and improving (fewer headache days, more rotation), one note corrected by an
// addendum, one signed late, and today's visit still a draft.
class SessionsTab : public ::testing::Test {
protected:
    void SetUp() override
    {
        RunningApp::notifier().errors.clear();
        static std::atomic<int> practices = 0;
        m_file = RunningApp::home() / ("sessions-" + std::to_string(++practices) + ".sqlite");
        ASSERT_TRUE(frame().openPractice(m_file, db::OpenMode::CreateIfMissing));
        clients::PracticeSettings settings = clients().settings();
        settings.therapistName = "Maya Lindqvist";
        settings.credentials = "RMT";
        clients().saveSettings(settings, std::nullopt);

        m_zoe = addClient("Martin", "Zoë");
        m_today = clients().today();
        std::vector<SoapNote> notes;
        for (int k = kSignedNotes; k >= 1; --k)
            notes.push_back(signedNote(m_zoe, k));
        frame().practice()->stores().sessions().importNotes(notes);
        m_draft = sessions().openNote(m_zoe, m_today, boost::posix_time::hours(9)).id;
    }

    void TearDown() override
    {
        closeNoteEditors();
        for (const testing::RecordingNotifier::Message& error : RunningApp::notifier().errors)
            ADD_FAILURE() << "the app showed an error: " << error.title << ": " << error.text;
    }

    static MainFrame& frame() { return RunningApp::mainFrame(); }
    static clients::ClientService& clients() { return *frame().clientService(); }
    static sessions::SessionService& sessions() { return frame().practice()->sessionService(); }
    static clients::ui::ClientChartPanel& chart() { return windowNamed<clients::ui::ClientListPanel>("clients").chart(); }
    static sessions::ui::SessionsTab& tab() { return windowNamed<sessions::ui::SessionsTab>("chart-sessions"); }

    clients::ClientId addClient(const std::string& family, const std::string& given)
    {
        clients::IntakeRecord record;
        record.client.familyName = family;
        record.client.givenNames = given;
        return clients().saveIntake(record);
    }

    Date visitOf(int visitsAgo) const
    {
        return m_today - boost::gregorian::weeks(kWeeksBetweenVisits * visitsAgo);
    }

    // The visit `visitsAgo` visits back: the longer ago, the more headache days and the stiffer
    // the neck.
    SoapNote signedNote(clients::ClientId client, int visitsAgo) const
    {
        SoapNote note = knotwork::testing::sampleNote(client, visitOf(visitsAgo));
        note.subjective.headacheDays = std::min(14, 2 + visitsAgo);
        note.subjective.averageIntensity = std::min(8, 2 + visitsAgo / 2);
        note.subjective.worstIntensity = std::min(10, 5 + visitsAgo / 2);
        note.objective.rom[sessions::RomDirection::RotationLeft] = {60 - visitsAgo, 72 - visitsAgo};
        note.objective.rom[sessions::RomDirection::RotationRight] = {52 - visitsAgo, 66 - visitsAgo};
        note.status = NoteStatus::Signed;
        note.signedBy = "Maya Lindqvist, RMT";
        const boost::posix_time::ptime visitEnd(note.visitDate, boost::posix_time::hours(12));
        note.signedAt = Timestamp(visitEnd);
        if (visitsAgo == 6) {
            note.signedAt = Timestamp(visitEnd + boost::posix_time::hours(72));
            note.lateEntry = true;
        }
        if (visitsAgo == 3)
            note.addenda.push_back({0, Timestamp(visitEnd + boost::posix_time::hours(50)), "Maya Lindqvist, RMT",
                                    "Client phoned: the headache came back two days later, milder."});
        return note;
    }

    // Zoë's chart on the Sessions tab.
    void openSessions(clients::ClientId client)
    {
        // The clients were added behind the list's back: list them as the app would after a change.
        windowNamed<clients::ui::ClientListPanel>("clients").showFilter(clients::ClientFilter::Active);
        frame().openClient(client);
        auto& tabs = windowNamed<wxNotebook>("chart-tabs");
        tabs.SetSelection(static_cast<size_t>(tabs.FindPage(&tab())));
        testing::processEvents();
    }

    std::string cell(unsigned row, unsigned column) const
    {
        wxVariant value;
        tab().history().GetValueByRow(value, row, column);
        return ui::toUtf8(value.GetString());
    }

    NoteId noteAt(unsigned row) const { return tab().history().noteAt(row)->id; }

    std::filesystem::path m_file;
    clients::ClientId m_zoe = 0;
    Date m_today{boost::gregorian::not_a_date_time};
    NoteId m_draft = 0;
};

TEST_F(SessionsTab, ListsTheClientsNotesNewestFirstWithTheirFindings)
{
    openSessions(m_zoe);
    using Model = sessions::ui::NoteHistoryModel;
    const auto& notes = tab().history().notes();
    ASSERT_EQ(notes.size(), static_cast<std::size_t>(kSignedNotes + 1));
    EXPECT_TRUE(std::is_sorted(notes.begin(), notes.end(),
                               [](const auto& a, const auto& b) { return a.visitDate > b.visitDate; }));

    // Today's draft first, then the last visit: 3 of 14 headache days, 2/6, rotation 71°/65°.
    EXPECT_EQ(notes.front().id, m_draft);
    EXPECT_EQ(cell(0, Model::Status), "Draft");
    EXPECT_EQ(cell(1, Model::HeadacheDays), "3 / 14 d");
    EXPECT_EQ(cell(1, Model::Intensity), "2 / 5");
    EXPECT_EQ(cell(1, Model::Rotation), "71° / 65°");
    EXPECT_EQ(cell(1, Model::Status), "Signed");
    EXPECT_EQ(cell(1, Model::Addenda), "");
    EXPECT_EQ(cell(3, Model::Addenda), "1");
    EXPECT_EQ(cell(6, Model::Status), "Signed · late entry");
    EXPECT_EQ(cell(kSignedNotes, Model::HeadacheDays), "12 / 14 d");

    // The newest note is chosen and shown; a draft can be continued, not corrected.
    EXPECT_EQ(tab().selectedNotes(), std::vector<NoteId>{m_draft});
    EXPECT_TRUE(windowNamed<wxButton>("continue-draft").IsEnabled());
    EXPECT_FALSE(windowNamed<wxButton>("add-addendum").IsEnabled());
    EXPECT_FALSE(windowNamed<wxButton>("compare-notes").IsEnabled());

    tab().selectNotes({noteAt(1)});
    testing::saveScreenshot(frame(), "sessions-tab");
}

TEST_F(SessionsTab, OnANarrowChartTheButtonsAndTheHintWrapInsteadOfBeingCut)
{
    openSessions(m_zoe);
    const wxSize was = frame().GetSize();
    frame().SetSize(wxSize(1024, 600));
    testing::processEvents();
    testing::processEvents();
    auto& hint = windowNamed<wxStaticText>("compare-hint");
    wxString text = hint.GetLabel();
    text.Replace("\n", " ");
    EXPECT_EQ(text, "Ctrl+click a second note to compare.") << "the whole hint, never \"…\"";
    EXPECT_GE(hint.GetSize().y, hint.GetBestSize().y) << "every line of the hint has its room";
    const wxWindow& page = *hint.GetParent();
    for (const char* name : {"continue-draft", "add-addendum", "compare-notes"}) {
        const wxRect button = windowNamed<wxButton>(name).GetRect();
        EXPECT_LE(button.GetRight(), page.GetClientSize().x) << name << " is cut off at the right";
    }
    testing::saveScreenshot(frame(), "sessions-tab-1024x600");
    frame().SetSize(was);
    testing::processEvents();
}

TEST_F(SessionsTab, ChoosingANoteShowsItsValuesAndSignature)
{
    openSessions(m_zoe);
    tab().selectNotes({noteAt(2)});  // two visits ago: 4 headache days, 3/6
    const std::vector<std::string> texts = textsIn("session-note");
    EXPECT_THAT(texts, Contains("Subjective"));
    EXPECT_TRUE(shownAfter(texts, "Headache days", "4 of 14 days (about 9 a month)"));
    EXPECT_TRUE(shownAfter(texts, "Average intensity", "3/10"));
    EXPECT_TRUE(shownAfter(texts, "Rotation left", "58° → 70° (+12°)"));
    EXPECT_THAT(texts, Contains("Plan"));
    EXPECT_THAT(ui::toUtf8(windowNamed<ui::WrappingText>("note-signature").GetLabel()),
                HasSubstr("by Maya Lindqvist, RMT"));
    EXPECT_THAT(ui::toUtf8(windowNamed<ui::WrappingText>("note-title").GetLabel()), HasSubstr("Visit of"));
    EXPECT_TRUE(windowNamed<wxButton>("add-addendum").IsEnabled());
    EXPECT_FALSE(windowNamed<wxButton>("continue-draft").IsEnabled());
}

TEST_F(SessionsTab, AnAddendumIsAddedToASignedNoteAndShownUnderIt)
{
    openSessions(m_zoe);
    const NoteId corrected = noteAt(1);
    tab().selectNotes({corrected});
    ASSERT_TRUE(windowNamed<wxButton>("add-addendum").IsEnabled());

    std::string refused;
    testing::answerNextDialog([&refused](wxDialog& dialog) {
        auto& addendum = dynamic_cast<sessions::ui::AddendumDialog&>(dialog);
        testing::clickSave(addendum);  // nothing typed yet
        refused = ui::toUtf8(addendum.markers().messageFor("addendum"));
        addendum.textField().SetValue("Rotation right was measured seated, not supine.");
        testing::clickSave(addendum);
    });
    tab().addAddendum();
    testing::processEvents();

    EXPECT_THAT(refused, Not(IsEmpty())) << "an empty addendum is refused beside its field";
    const SoapNote stored = sessions().note(corrected);
    ASSERT_EQ(stored.addenda.size(), 1u);
    EXPECT_EQ(stored.addenda.front().text, "Rotation right was measured seated, not supine.");
    EXPECT_EQ(stored.addenda.front().author, "Maya Lindqvist, RMT");
    EXPECT_EQ(cell(1, sessions::ui::NoteHistoryModel::Addenda), "1");

    // Under the original, after its plan, with when and by whom.
    EXPECT_EQ(tab().selectedNotes(), std::vector<NoteId>{corrected});
    const std::vector<std::string> texts = textsIn("session-note");
    EXPECT_TRUE(shownAfter(texts, "Plan", "Addenda"));
    EXPECT_TRUE(shownAfter(texts, "Addenda", "Rotation right was measured seated, not supine."));
    EXPECT_TRUE(std::any_of(texts.begin(), texts.end(), [](const std::string& text) {
        return text.find("by Maya Lindqvist, RMT") != std::string::npos && text.find("Signed") == std::string::npos;
    }));
}

TEST_F(SessionsTab, TwoNotesAreComparedSideBySideWithTheirChanges)
{
    openSessions(m_zoe);
    const NoteId older = noteAt(kSignedNotes);  // ten visits ago: 12 headache days, rotation 62°/56°
    const NoteId newer = noteAt(1);             // the last visit: 3 headache days, rotation 71°/65°
    tab().selectNotes({newer, older});
    ASSERT_TRUE(windowNamed<wxButton>("compare-notes").IsEnabled());
    EXPECT_FALSE(windowNamed<wxButton>("add-addendum").IsEnabled());

    std::vector<sessions::ui::ComparedSection> sections;
    std::vector<std::string> shown;
    testing::answerNextDialog([&](wxDialog& dialog) {
        auto& comparison = dynamic_cast<sessions::ui::NoteComparisonDialog&>(dialog);
        sections = comparison.sections();
        testing::processEvents();
        collectTexts(comparison, shown);
        testing::saveScreenshot(comparison, "session-compare");
        comparison.EndModal(wxID_CANCEL);
    });
    tab().compareSelected();

    const auto line = [&](const std::string& key) {
        for (const auto& section : sections)
            for (const auto& compared : section.lines)
                if (compared.key == key)
                    return compared;
        ADD_FAILURE() << "no line " << key;
        return sessions::ui::ComparedLine{};
    };
    const sessions::ui::ComparedLine days = line("subjective.headache_days");
    EXPECT_EQ(ui::toUtf8(days.older), "12 of 14 days (about 26 a month)");
    EXPECT_EQ(ui::toUtf8(days.newer), "3 of 14 days (about 6 a month)");
    EXPECT_TRUE(days.changed);
    EXPECT_EQ(ui::toUtf8(days.change), "12 → 3 days (−9)");
    const sessions::ui::ComparedLine rotation = line("objective.rom.rotation_left");
    EXPECT_EQ(ui::toUtf8(rotation.change), "62° → 71° (+9°)");
    EXPECT_FALSE(line("plan.techniques").changed);
    // Both values of a changed field are on screen, the older first.
    EXPECT_TRUE(shownAfter(shown, "12 of 14 days (about 26 a month)", "3 of 14 days (about 6 a month)"));
    EXPECT_THAT(shown, Contains("12 → 3 days (−9)"));
}

TEST_F(SessionsTab, AClientWithoutNotesIsOfferedANewNoteWhichOpensTheEditor)
{
    const clients::ClientId an = addClient("Nguyễn", "An");
    openSessions(an);
    EXPECT_TRUE(windowNamed<wxWindow>("sessions-empty").IsShown()) << "the empty state is the page shown";
    EXPECT_THAT(textsIn("sessions-empty"), Contains("No session notes yet"));

    testing::click(windowNamed<wxButton>("new-note"));
    testing::processEvents();
    const std::optional<NoteId> draft = sessions().notes().draftOf(an);
    ASSERT_TRUE(draft.has_value());
    EXPECT_NE(NoteEditorFrame::find(*draft), nullptr);
    ASSERT_EQ(tab().history().notes().size(), 1u);
    EXPECT_EQ(tab().history().notes().front().status, NoteStatus::Draft);
    EXPECT_EQ(tab().history().notes().front().visitDate, m_today);

    // The same action again continues that draft: one unsigned note per client.
    closeNoteEditors();
    testing::click(windowNamed<wxButton>("new-note"));
    testing::processEvents();
    EXPECT_EQ(sessions().notes().draftOf(an), draft);
    EXPECT_NE(NoteEditorFrame::find(*draft), nullptr);
}

TEST_F(SessionsTab, TheClientMenuStartsANoteForTheChosenClient)
{
    openSessions(m_zoe);
    wxMenuBar* bar = frame().GetMenuBar();
    const int item = bar->FindMenuItem("Client", "New session note");
    ASSERT_NE(item, wxNOT_FOUND);
    EXPECT_THAT(ui::toUtf8(bar->FindItem(item)->GetItemLabel()), HasSubstr("Ctrl+Shift+S"));
    wxCommandEvent chosen(wxEVT_MENU, item);
    frame().ProcessWindowEvent(chosen);
    testing::processEvents();
    EXPECT_NE(NoteEditorFrame::find(m_draft), nullptr) << "Zoë's draft of today is continued";
}

TEST_F(SessionsTab, ReopeningAPracticeWithAnUnsignedNoteOffersToOpenIt)
{
    ASSERT_TRUE(frame().openPractice(m_file, db::OpenMode::ExistingOnly));
    testing::processEvents();
    auto& bar = windowNamed<sessions::ui::DraftRecoveryBar>("draft-recovery");
    ASSERT_TRUE(bar.IsShown());
    ASSERT_EQ(bar.drafts().size(), 1u);
    EXPECT_EQ(bar.drafts().front().id, m_draft);
    EXPECT_THAT(ui::toUtf8(bar.message()), HasSubstr("Zoë"));
    frame().showView(View::Today);
    testing::processEvents();
    testing::saveScreenshot(frame(), "draft-recovery-bar");

    // Today lists it too, with a way back into it.
    EXPECT_THAT(textsIn("unsigned-notes"), Contains(HasSubstr("Zoë")));

    wxCommandEvent pressed(wxEVT_BUTTON, bar.openButtonId());
    bar.ProcessWindowEvent(pressed);
    testing::processEvents();
    EXPECT_NE(NoteEditorFrame::find(m_draft), nullptr);
    EXPECT_FALSE(bar.IsShown());
}

TEST_F(SessionsTab, TodaysUnsignedNotesFollowAClientsNewName)
{
    ASSERT_TRUE(frame().openPractice(m_file, db::OpenMode::ExistingOnly));
    clients::IntakeRecord record = clients().clients().chart(m_zoe).intakeRecord();
    record.client.familyName = "Martin-Okafor";
    clients().saveIntake(record);
    // What the client list announces after its intake form saved.
    frame().recordChanged({clients::ui::RecordKind::Client, m_zoe});
    EXPECT_THAT(textsIn("unsigned-notes"), Contains(HasSubstr("Martin-Okafor")));
}

TEST_F(SessionsTab, SeveralUnsignedNotesAreChosenFromAList)
{
    const clients::ClientId an = addClient("Nguyễn", "An");
    const NoteId second = sessions().openNote(an, m_today, boost::posix_time::hours(11)).id;
    ASSERT_TRUE(frame().openPractice(m_file, db::OpenMode::ExistingOnly));
    testing::processEvents();
    auto& bar = windowNamed<sessions::ui::DraftRecoveryBar>("draft-recovery");
    ASSERT_TRUE(bar.IsShown());
    EXPECT_THAT(ui::toUtf8(bar.message()), HasSubstr("2 session notes are not signed yet"));

    std::size_t listed = 0;
    testing::answerNextDialog([&listed, second](wxDialog& dialog) {
        auto& chooser = dynamic_cast<sessions::ui::DraftChooserDialog&>(dialog);
        listed = chooser.chosen().size();  // all chosen at first
        chooser.choose({second});
        chooser.EndModal(wxID_OK);
    });
    wxCommandEvent pressed(wxEVT_BUTTON, bar.openButtonId());
    bar.ProcessWindowEvent(pressed);
    testing::processEvents();
    EXPECT_EQ(listed, 2u);
    EXPECT_NE(NoteEditorFrame::find(second), nullptr);
    EXPECT_EQ(NoteEditorFrame::find(m_draft), nullptr);
}

} // namespace
} // namespace knotwork::gui
