// What a screen reader hears of the forms, through the same ATK objects AT-SPI reads: every field
// named by its label, a refusal said as an alert with the focus on the field to change, a number
// as one named Tab stop with its unit, a scale as one Tab stop that says its score.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <algorithm>
#include <set>
#include <wx/choice.h>
#include <wx/scrolwin.h>
#include <wx/spinbutt.h>
#include <wx/statbox.h>
#include <wx/textctrl.h>
#include <wx/tglbtn.h>
#include <wx/uiaction.h>

#include "clients/ui/clearance_dialog.h"
#include "clients/ui/intake_dialog.h"
#include "clients/ui/practice_settings_dialog.h"
#include "clients/ui/provider_dialog.h"
#include "clients/ui/welcome_dialog.h"
#include "clients/ui/withdraw_flag_dialog.h"
#include "common/ui/accessibility.h"
#include "common/ui/number_field.h"
#include "common/ui/scale_buttons.h"
#include "common/ui/wx_text.h"
#include "form_driver.h"
#include "form_walk.h"
#include "gui_test_support.h"
#include "screenshot.h"
#include "sessions/ui/note_editor_frame.h"
#include "sessions/ui/note_form.h"
#include "support/treatment_consent.h"
#include "app/gui/main_frame.h"

namespace knotwork::gui {
namespace {

using namespace testing;
using knotwork::ui::accessibleDescription;
using knotwork::ui::accessibleLabelledBy;
using knotwork::ui::accessibleName;
using knotwork::ui::accessibleRoleName;
using ::testing::HasSubstr;
using ::testing::Lt;

std::string said(wxString text) { return ui::toUtf8(text); }

class FormAccessibility : public ::testing::Test {
protected:
    void TearDown() override
    {
        if (m_dialog)
            m_dialog->Destroy();
        if (m_frame)
            m_frame->Destroy();
        processEvents();
    }

    clients::ui::IntakeDialog& openIntake()
    {
        m_dialog = new clients::ui::IntakeDialog(&RunningApp::mainFrame(), m_practice.service(), std::nullopt);
        m_dialog->Show();
        processEvents();
        return *m_dialog;
    }

    sessions::ui::NoteEditorFrame& openNote()
    {
        clients::IntakeRecord record;
        record.client.familyName = "Martin";
        record.client.givenNames = "Zoë";
        const clients::ClientId client = m_practice.service().saveIntake(record);
        knotwork::testing::consentToTreatment(m_practice.service(), client);
        const sessions::SoapNote note = m_practice.sessions().openNote(client, m_practice.service().today(),
                                                                       boost::posix_time::hours(10));
        m_frame = sessions::ui::NoteEditorFrame::open(&RunningApp::mainFrame(), m_practice.sessions(),
                                                      m_practice.service(), RunningApp::notifier(), note.id,
                                                      [](clients::ClientId, sessions::NoteId) {});
        m_frame->setConfirm([](const wxString&) { return true; });
        m_frame->SetSize(m_frame->FromDIP(wxSize(1240, 900)));
        processEvents();
        return *m_frame;
    }

    TestPractice m_practice;
    clients::ui::IntakeDialog* m_dialog = nullptr;
    sessions::ui::NoteEditorFrame* m_frame = nullptr;
};

TEST_F(FormAccessibility, IntakeFieldsAreNamedAndLabelledByTheirOwnLabels)
{
    clients::ui::IntakeDialog& form = openIntake();
    auto& given = child<wxTextCtrl>(form, "given_names");
    EXPECT_EQ(said(accessibleName(given)), "Given names, required");
    EXPECT_EQ(said(accessibleLabelledBy(given)), "Given names *");
    auto& phone = child<wxTextCtrl>(form, "phone");
    EXPECT_EQ(said(accessibleName(phone)), "Phone");
    EXPECT_EQ(said(accessibleLabelledBy(phone)), "Phone");
    EXPECT_EQ(said(accessibleName(child<wxTextCtrl>(form, "emergency_contact.phone"))), "Phone");
}

// wx under GTK ties a box's title to the next control that takes the focus: the next box.
TEST_F(FormAccessibility, EachGroupOfTheIntakeIsNamedByItsOwnTitleAndNoOther)
{
    clients::ui::IntakeDialog& form = openIntake();
    std::vector<wxStaticBox*> boxes;
    const auto collect = [&boxes](wxWindow& parent, const auto& self) -> void {
        for (wxWindow* child : parent.GetChildren()) {
            if (auto* box = dynamic_cast<wxStaticBox*>(child))
                boxes.push_back(box);
            self(*child, self);
        }
    };
    collect(form, collect);
    ASSERT_GE(boxes.size(), 8u);
    for (wxStaticBox* box : boxes) {
        const std::string title = said(box->GetLabelText());
        EXPECT_EQ(said(accessibleName(*box)), title);
        EXPECT_THAT(said(accessibleLabelledBy(*box)), ::testing::AnyOf(::testing::IsEmpty(), ::testing::Eq(title))) << title;
    }
}

TEST_F(FormAccessibility, EveryFieldOfTheIntakeTheNoteAndTheSettingsIsNamedByItsLabel)
{
    EXPECT_EQ(badlyNamed(openIntake()), "");
    EXPECT_EQ(badlyNamed(openNote()), "");
    clients::ui::PracticeSettingsDialog settings(&RunningApp::mainFrame(), m_practice.service());
    settings.Show();
    processEvents();
    EXPECT_EQ(badlyNamed(settings), "");
    EXPECT_EQ(said(accessibleName(child<wxTextCtrl>(settings, "practice_name"))), "Practice name");
}

TEST_F(FormAccessibility, EveryFieldOfTheRecordDialogsIsNamedByItsLabel)
{
    clients::IntakeRecord record;
    record.client.familyName = "Martin";
    record.client.givenNames = "Zoë";
    record.screeningIssues = {clients::SafetyIssue::ClusterHeadache};
    const clients::ClientId client = m_practice.service().saveIntake(record);
    clients::ui::ProviderDialog provider(&RunningApp::mainFrame(), m_practice.service(), std::nullopt);
    clients::ui::ClearanceDialog clearance(&RunningApp::mainFrame(), m_practice.service(), client);
    clients::ui::WithdrawFlagDialog withdraw(&RunningApp::mainFrame(), m_practice.service(), client);
    clients::ui::WelcomeDialog welcome(&RunningApp::mainFrame(), m_practice.service());
    for (wxDialog* dialog : std::initializer_list<wxDialog*>{&provider, &clearance, &withdraw, &welcome}) {
        dialog->Show();
        processEvents();
        EXPECT_EQ(badlyNamed(*dialog), "") << dialog->GetName().utf8_string();
        dialog->Hide();
    }
}

TEST_F(FormAccessibility, ARefusedIntakeIsAnAlertAndTheFocusGoesToTheFirstFieldToChange)
{
    clients::ui::IntakeDialog& form = openIntake();
    type(form, "phone", "555 0100");
    clickSave(form);
    auto& family = child<wxTextCtrl>(form, "family_name");
    auto& given = child<wxTextCtrl>(form, "given_names");
    const wxString reason = form.markers().messageFor("family_name");
    ASSERT_FALSE(reason.empty());
    EXPECT_EQ(accessibleDescription(family), reason);
    EXPECT_EQ(said(accessibleName(family)), "Family name, required");
    EXPECT_EQ(said(accessibleName(given)), "Given names, required") << "an error line names no other field";
    EXPECT_EQ(said(accessibleLabelledBy(given)), "Given names *");
    EXPECT_EQ(wxWindow::FindFocus(), &family);

    auto& bar = child<wxWindow>(form, "form-message");
    EXPECT_EQ(said(accessibleRoleName(bar)), "alert");
    EXPECT_EQ(accessibleName(bar), form.topMessage());
    EXPECT_THAT(said(accessibleName(bar)), HasSubstr("Nothing was saved"));

    type(form, "family_name", "Martin");
    type(form, "given_names", "Zoë");
    clickSave(form);
    EXPECT_EQ(accessibleDescription(family), wxString()) << "the reason goes with the mark";
}

TEST_F(FormAccessibility, ARefusedSignatureIsAnAlertAndTheFocusGoesToTheFirstFieldToChange)
{
    sessions::ui::NoteEditorFrame& frame = openNote();
    frame.sign();  // nothing re-screened yet
    processEvents();
    auto& message = child<wxWindow>(frame, "note-message");
    ASSERT_TRUE(message.IsShown());
    EXPECT_EQ(said(accessibleRoleName(message)), "alert");
    wxString shown = message.GetLabel();
    shown.Replace("\n", " ");  // wrapped on screen
    EXPECT_EQ(said(accessibleName(message)), said(shown));
    wxWindow* focused = wxWindow::FindFocus();
    ASSERT_TRUE(focused);
    EXPECT_FALSE(accessibleDescription(*focused).empty()) << focused->GetName().utf8_string() << " is not marked";
    EXPECT_EQ(frame.form().markers().messageFor(ui::toUtf8(focused->GetName())), accessibleDescription(*focused));
}

TEST_F(FormAccessibility, TabGoesThroughTheIntakeInTheOrderItIsSeen)
{
    clients::ui::IntakeDialog& form = openIntake();
    const std::vector<wxWindow*> stops = tabStops(child<wxTextCtrl>(form, "family_name"));
    EXPECT_EQ(outOfOrder(stops, form.body()), "");
    std::string walked;
    for (wxWindow* stop : stops)
        walked += (stop ? stop->GetName().utf8_string() : std::string("(a choice)")) + "\n";
    // Past the form's last field and the buttons comes the section index left of the form.
    EXPECT_TRUE(wxString::FromUTF8(walked).EndsWith("intake-sections.I\n")) << walked;
}

TEST_F(FormAccessibility, ANumberIsOneTabStopNamedWithItsUnit)
{
    sessions::ui::NoteEditorFrame& frame = openNote();
    auto& field = child<knotwork::ui::NumberField>(frame, "subjective.relief_days.field");
    EXPECT_EQ(said(accessibleName(*field.text())), "Relief lasted, days (0–90)");
    EXPECT_EQ(said(accessibleLabelledBy(*field.text())), "Relief lasted");
    for (wxWindow* part : field.GetChildren())
        EXPECT_FALSE(dynamic_cast<wxSpinButton*>(part)) << "no silent spin arrows";

    const std::vector<wxWindow*> stops = tabStops(*field.text(), 2);
    ASSERT_GT(stops.size(), 1u);
    EXPECT_FALSE(field.IsDescendant(stops[1])) << "the next Tab leaves the field";

    pressKey(*field.text(), WXK_UP);
    EXPECT_EQ(field.text()->GetValue(), "0") << "Up starts at the lowest";
    pressKey(*field.text(), WXK_PAGEUP);
    EXPECT_EQ(field.text()->GetValue(), "5") << "Page Up takes ten steps of 0.5";
    pressKey(*field.text(), WXK_DOWN);
    EXPECT_EQ(field.text()->GetValue(), "4.5");
}

TEST_F(FormAccessibility, AScaleIsOneTabStopWhoseArrowsChooseAndSayTheScore)
{
    sessions::ui::NoteEditorFrame& frame = openNote();
    auto& scale = child<knotwork::ui::ScaleButtons>(frame, "subjective.average_intensity");
    EXPECT_EQ(said(accessibleName(scale)), "Average intensity, not answered");
    EXPECT_EQ(said(accessibleLabelledBy(scale)), "Average intensity");

    const std::vector<wxWindow*> stops = tabStops(scale, 2);
    ASSERT_GT(stops.size(), 1u);
    EXPECT_EQ(stops[0], &scale);
    EXPECT_FALSE(scale.IsDescendant(stops[1])) << "the buttons are no Tab stops of their own";

    scale.SetFocus();
    pressKey(scale, WXK_END);
    EXPECT_EQ(scale.value(), 10);
    pressKey(scale, WXK_LEFT);
    pressKey(scale, WXK_LEFT);
    pressKey(scale, WXK_LEFT);
    EXPECT_EQ(scale.value(), 7);
    EXPECT_EQ(said(accessibleName(scale)), "Average intensity, 7 of 10");
    EXPECT_TRUE(scale.button(7)->GetValue());
    pressKey(scale, '4', '4');
    EXPECT_EQ(scale.value(), 4);
    pressKey(scale, WXK_DELETE);
    EXPECT_EQ(scale.value(), std::nullopt);
    EXPECT_EQ(said(accessibleName(scale)), "Average intensity, not answered");
    pressKey(scale, WXK_RIGHT);
    EXPECT_EQ(scale.value(), 0);
    saveScreenshot(frame, "note-editor-scale-focus");

    auto& question = child<knotwork::ui::ScaleButtons>(frame, "subjective.rescreen.positional");
    pressKey(question, 'Y', 'Y');
    EXPECT_THAT(said(accessibleName(question)), HasSubstr(", Yes"));
    EXPECT_TRUE(frame.form().markers().messageFor(ui::toUtf8(question.GetName())).empty());
}

TEST_F(FormAccessibility, ACheckListAndTheRescreenAreOneTabStopEachWithArrowsInside)
{
    sessions::ui::NoteEditorFrame& frame = openNote();
    auto& stress = child<wxWindow>(frame, "subjective.triggers.stress");
    const std::vector<wxWindow*> fromList = tabStops(stress, 2);
    ASSERT_EQ(fromList.size(), 2u);
    EXPECT_FALSE(fromList[1] && fromList[1]->GetName().StartsWith("subjective.triggers."))
        << "Tab leaves the list from any box";
    stress.SetFocus();
    pressKey(stress, WXK_DOWN);
    EXPECT_EQ(wxWindow::FindFocus(), &child<wxWindow>(frame, "subjective.triggers.poor_sleep"));
    EXPECT_EQ(said(accessibleName(child<wxWindow>(frame, "subjective.triggers")).BeforeFirst(',')),
              "Triggers noticed");

    auto& positional = child<knotwork::ui::ScaleButtons>(frame, "subjective.rescreen.positional");
    const std::vector<wxWindow*> fromQuestions = tabStops(positional, 2);
    ASSERT_EQ(fromQuestions.size(), 2u);
    EXPECT_FALSE(fromQuestions[1] && fromQuestions[1]->GetName().StartsWith("subjective.rescreen."));
    positional.SetFocus();
    pressKey(positional, WXK_DOWN);
    EXPECT_EQ(wxWindow::FindFocus(), &child<wxWindow>(frame, "subjective.rescreen.cough_strain_exertion"));
    EXPECT_EQ(positional.value(), std::nullopt) << "Down goes to the next question without answering";
    pressKey(positional, WXK_RIGHT);
    EXPECT_EQ(said(accessibleName(positional)), said(accessibleLabelledBy(positional)) + ", No");
}

TEST_F(FormAccessibility, TheNoteEditorIsUnderSixtyFiveTabStops)
{
    sessions::ui::NoteEditorFrame& frame = openNote();
    const std::vector<wxWindow*> stops = tabStops(*child<knotwork::ui::NumberField>(frame, "subjective.headache_days.field").text());
    const std::set<wxWindow*> distinct(stops.begin(), stops.end());
    EXPECT_EQ(distinct.size() + std::count(stops.begin(), stops.end(), nullptr) - distinct.count(nullptr),
              stops.size()) << "no stop is reached twice before the focus comes back";
    std::string walked;
    for (wxWindow* stop : stops)
        walked += (stop ? stop->GetName().utf8_string() : std::string("(a choice)")) + "\n";
    // A first visit: 61 with the medicines taken and the range-of-motion instrument (issue 20); a
    // later visit adds the home programme kept (its items one stop) and its comment.
    EXPECT_THAT(stops.size(), Lt(65u)) << walked;
    // In the order they are seen: the actions at the top, the section index left of the form, then
    // the form from the visit down.
    ASSERT_GE(stops.size(), 4u);
    EXPECT_THAT(walked, HasSubstr("plan.notes\nsign\nnote-sections.V\nvisit_date\n"));
    EXPECT_EQ(outOfOrder(stops, frame.form()), "");
}

} // namespace
} // namespace knotwork::gui
