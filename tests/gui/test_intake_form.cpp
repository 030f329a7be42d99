#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/datectrl.h>
#include <wx/scrolwin.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/tglbtn.h>

#include "common/ui/conflict_dialog.h"
#include "common/ui/ellipsized_choice.h"
#include "common/ui/field_error_markers.h"
#include "client_views.h"
#include "clients/ui/intake_consents_section.h"
#include "clients/ui/intake_dialog.h"
#include "clients/ui/intake_screening_section.h"
#include "clients/ui/safety_badge.h"
#include "common/ui/section_index.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"
#include "dialog_answerer.h"
#include "form_driver.h"
#include "app/gui/main_frame.h"
#include "gui_test_support.h"
#include "screenshot.h"

namespace knotwork::gui {
namespace {

using clients::ui::IntakeDialog;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using namespace testing;

class IntakeForm : public ::testing::Test {
protected:
    void SetUp() override
    {
        RunningApp::notifier().errors.clear();
    }

    void TearDown() override
    {
        if (m_dialog)
            m_dialog->Destroy();
        processEvents();
    }

    // A new intake form, shown as the app shows it but without waiting for it to close.
    IntakeDialog& openNewIntake() { return open(std::nullopt); }
    // The intake form of a client on file, likewise.
    IntakeDialog& openIntakeOf(clients::ClientId id)
    {
        return open(m_practice.service().clients().chart(id).intakeRecord());
    }

    IntakeDialog& open(std::optional<clients::IntakeRecord> record)
    {
        m_dialog = new IntakeDialog(&RunningApp::mainFrame(), m_practice.service(), std::move(record));
        m_dialog->Show();
        processEvents();
        return *m_dialog;
    }

    std::string badgeWord() const
    {
        return ui::toUtf8(m_dialog->screening().badge().text());
    }

    TestPractice m_practice;
    IntakeDialog* m_dialog = nullptr;
};

TEST_F(IntakeForm, TheSectionIndexTakesTheFocusToEachSection)
{
    IntakeDialog& form = openNewIntake();
    wxScrolledWindow& body = form.body();
    click(form, "intake-sections.H");
    processEvents();
    auto& onset = child<wxTextCtrl>(form, "headache.onset");
    EXPECT_EQ(wxWindow::FindFocus(), &onset) << "the first field of the headache history";
    EXPECT_GT(viewStart(body), 0);
    EXPECT_GE(topInView(body, onset), 0);
    EXPECT_LT(topInView(body, onset), body.GetClientSize().y / 3) << "the section starts at the top of the view";
    saveScreenshot(form, "intake-section-index");

    pressCtrlAlt(form, 'I');
    processEvents();
    EXPECT_EQ(viewStart(body), 0);
    EXPECT_EQ(wxWindow::FindFocus(), &child<wxTextCtrl>(form, "family_name"));
    pressCtrlAlt(form, 'S');
    processEvents();
    EXPECT_GT(viewStart(body), 0) << "the safety screening is near the end of the form";
    pressCtrlAlt(form, 'O');
    processEvents();
    EXPECT_EQ(wxWindow::FindFocus(), &child<wxButton>(form, "intake.consents")) << "the consents close the form";
    EXPECT_GE(topInView(body, child<wxButton>(form, "intake.consents")), 0);

    // Too narrow for the index beside the form's widest row: the titles carry the letters.
    form.SetSize(wxSize(1024, 600));
    processEvents();
    processEvents();
    EXPECT_FALSE(form.sectionIndex().IsShown());
    EXPECT_THAT(ui::toUtf8(form.sectionIndex().GetParent()->FindWindow("intake-form")->GetChildren()[0]->GetLabel()),
                HasSubstr("Ctrl+Alt+I"));
    pressCtrlAlt(form, 'H');
    processEvents();
    EXPECT_EQ(wxWindow::FindFocus(), &onset) << "the letters work while the index is aside";
    saveScreenshot(form, "intake-1024x600");
    form.SetSize(wxSize(1300, 760));
    processEvents();
    processEvents();
    EXPECT_TRUE(form.sectionIndex().IsShown());
}

TEST_F(IntakeForm, TheWheelScrollsTheFormOverTextBoxes)
{
    IntakeDialog& form = openNewIntake();
    wxScrolledWindow& body = form.body();
    ASSERT_EQ(viewStart(body), 0);
    turnWheel(child<wxTextCtrl>(form, "address"), 1);
    EXPECT_EQ(viewStart(body), 3) << "over a text box of several lines, the form scrolls";
    type(form, "screen_hours_per_day", "9.5");
    turnWheel(child<wxTextCtrl>(form, "screen_hours_per_day"), 1);
    EXPECT_EQ(viewStart(body), 6);
    EXPECT_EQ(child<wxTextCtrl>(form, "screen_hours_per_day").GetValue(), "9.5");
}

TEST_F(IntakeForm, FocusingAFieldNeverMovesThePage)
{
    IntakeDialog& form = openNewIntake();
    wxScrolledWindow& body = form.body();
    // The conditions sit just above the bottom of the view, the rest of their box below it.
    auto& conditions = child<wxTextCtrl>(form, "health.conditions");
    placeAtTheBottom(body, conditions);
    const int before = viewStart(body);
    ASSERT_GT(before, 0);
    ASSERT_GE(topInView(body, conditions), 0);
    ASSERT_LE(topInView(body, conditions) + conditions.GetSize().y, body.GetClientSize().y);
    conditions.SetFocus();
    processEvents();
    EXPECT_EQ(wxWindow::FindFocus(), &conditions);
    EXPECT_EQ(viewStart(body), before) << "the page jumped when a field was focused";
}

TEST_F(IntakeForm, FillingItInAndSavingCreatesTheClient)
{
    clients::Provider physio;
    physio.name = "Dr Amara Okafor";
    physio.role = clients::ProviderRole::PhysicalTherapist;
    physio.clinic = "Bayview Physio";
    const clients::ProviderId physioId = m_practice.service().saveProvider(physio);

    IntakeDialog& form = openNewIntake();
    type(form, "family_name", "Martin");
    type(form, "given_names", "Zoë");
    type(form, "pronouns", "she/her");
    enterDate(form, "date_of_birth", Date(1991, 3, 14));
    type(form, "phone", "+1 416 555 0101");
    type(form, "email", "zoe.martin@example.com");
    type(form, "address", "12 Queen St W\nToronto ON");
    type(form, "occupation", "Software developer");
    type(form, "screen_hours_per_day", "9.5");
    type(form, "emergency_contact.name", "Léa Martin");
    type(form, "emergency_contact.phone", "416 555 0199");

    click(form, "care_team.add");
    choose(form, "care_team[0].provider_id", 0);
    type(form, "care_team[0].referral_reason", "Neck pain and headaches after a car accident");
    click(form, "diagnoses.add");
    choose(form, "diagnoses[0].type", 1);  // the second headache type of the list: cervicogenic
    child<wxComboBox>(form, "diagnoses[0].provider_id").SetValue("Dr Noor Haddad");

    type(form, "headache.mechanism", "Rear-end car accident (whiplash)");
    enterDate(form, "headache.mechanism_date", Date(2025, 9, 2));
    type(form, "headache.days_per_month", "12");
    press(form, "headache.usual_intensity.6");
    type(form, "headache.usual_duration_hours", "4");
    tick(form, "headache.triggers.screen_work");
    tick(form, "headache.triggers.poor_sleep");
    tick(form, "headache.aggravating_movements.turn_right");
    type(form, "lifestyle.sleep_hours", "6.5");
    type(form, "lifestyle.activity_minutes_per_week", "90");
    press(form, "lifestyle.stress.7");
    type(form, "goals", "Get through a work day without a headache");
    child<wxTextCtrl>(form, "family_name").SetFocus();
    form.body().Scroll(0, 0);
    processEvents();
    saveScreenshot(form, "intake-form");

    clickSave(form);
    ASSERT_EQ(form.GetReturnCode(), wxID_OK) << ui::toUtf8(form.topMessage());
    EXPECT_FALSE(form.IsShown());
    ASSERT_NE(form.savedClientId(), 0);

    const clients::ClientChart chart = m_practice.service().clients().chart(form.savedClientId());
    EXPECT_EQ(chart.client.familyName, "Martin");
    EXPECT_EQ(chart.client.givenNames, "Zoë");
    EXPECT_EQ(chart.client.dateOfBirth, Date(1991, 3, 14));
    EXPECT_EQ(chart.client.email, "zoe.martin@example.com");
    EXPECT_EQ(chart.client.address, "12 Queen St W\nToronto ON");
    EXPECT_EQ(chart.client.screenHoursPerDay, 9.5);
    EXPECT_EQ(chart.client.emergencyContact.name, "Léa Martin");
    ASSERT_EQ(chart.careTeam.size(), 1u);
    EXPECT_EQ(chart.careTeam[0].providerId, physioId);
    EXPECT_EQ(chart.careTeam[0].relation, clients::CareRelation::Referring);
    ASSERT_EQ(chart.diagnoses.size(), 1u);
    EXPECT_EQ(chart.diagnoses[0].type, clients::HeadacheType::Cervicogenic);
    EXPECT_EQ(chart.diagnoses[0].diagnosedBy, "Dr Noor Haddad");
    EXPECT_FALSE(chart.diagnoses[0].providerId);
    const clients::HeadacheProfile& headache = chart.intake.headache;
    EXPECT_EQ(headache.mechanismDate, Date(2025, 9, 2));
    EXPECT_EQ(headache.headacheDaysPerMonth, 12);
    EXPECT_EQ(headache.usualIntensity, 6);
    EXPECT_EQ(headache.usualDurationHours, 4.0);
    EXPECT_EQ(headache.triggers, (std::set{clients::HeadacheTrigger::ScreenWork, clients::HeadacheTrigger::PoorSleep}));
    EXPECT_EQ(headache.aggravatingMovements, std::set{clients::NeckMovement::TurnRight});
    EXPECT_EQ(chart.intake.lifestyle.sleepHours, 6.5);
    EXPECT_EQ(chart.intake.lifestyle.activityMinutesPerWeek, 90);
    EXPECT_EQ(chart.intake.lifestyle.stress, 7);
    EXPECT_EQ(chart.intake.goals, "Get through a work day without a headache");
    EXPECT_FALSE(chart.intake.lifestyle.caffeineServingsPerDay);  // left empty: not asked
}

TEST_F(IntakeForm, AnExistingClientOpensWithWhatWasSaved)
{
    clients::IntakeRecord record;
    record.client.familyName = "Nguyễn";
    record.client.givenNames = "An";
    record.client.email = "an@example.com";
    record.intake.headache.usualIntensity = 4;
    record.intake.lifestyle.waterLitresPerDay = 1.5;
    record.screeningIssues = {clients::SafetyIssue::ClusterHeadache};
    const clients::ClientId id = m_practice.service().saveIntake(record);

    openIntakeOf(id);
    EXPECT_EQ(child<wxTextCtrl>(*m_dialog, "family_name").GetValue(), ui::toWx("Nguyễn"));
    EXPECT_EQ(child<wxTextCtrl>(*m_dialog, "email").GetValue(), "an@example.com");
    EXPECT_TRUE(child<wxToggleButton>(*m_dialog, "headache.usual_intensity.4").GetValue());
    EXPECT_FALSE(child<wxToggleButton>(*m_dialog, "headache.usual_intensity.5").GetValue());
    EXPECT_TRUE(child<wxCheckBox>(*m_dialog, "screening.clearance_required.cluster_headache").IsChecked());
    EXPECT_EQ(badgeWord(), "Clearance needed");
    EXPECT_FALSE(m_dialog->hasChanges());

    type(*m_dialog, "phone", "613 555 0142");
    clickSave(*m_dialog);
    ASSERT_EQ(m_dialog->GetReturnCode(), wxID_OK) << ui::toUtf8(m_dialog->topMessage());
    EXPECT_EQ(m_dialog->savedClientId(), id);
    const clients::ClientChart chart = m_practice.service().clients().chart(id);
    EXPECT_EQ(chart.client.phone, "613 555 0142");
    EXPECT_EQ(chart.intake.lifestyle.waterLitresPerDay, 1.5);
    EXPECT_EQ(chart.screenings.size(), 1u);  // the same answers add no screening
}

TEST_F(IntakeForm, AChangeSavedElsewhereMeanwhileIsToldAtTheTopAndNothingIsLost)
{
    clients::IntakeRecord record;
    record.client.familyName = "Martin";
    record.client.givenNames = "Zoë";
    const clients::ClientId id = m_practice.service().saveIntake(record);
    openIntakeOf(id);

    clients::IntakeRecord elsewhere = m_practice.service().clients().chart(id).intakeRecord();
    elsewhere.client.phone = "416 555 0101";
    m_practice.service().saveIntake(elsewhere);

    type(*m_dialog, "email", "zoe@example.com");
    // The conflict dialog shows both versions first (test_server_changes.cpp); going back keeps
    // the form as it was.
    DialogAnswerer answers;
    answers.answer("conflict-dialog", [](wxDialog& conflict) {
        dynamic_cast<ui::ConflictDialog&>(conflict).choose(ui::ConflictChoice::GoBack);
    });
    clickSave(*m_dialog);
    processEvents();
    EXPECT_EQ(answers.answered("conflict-dialog"), 1);
    EXPECT_TRUE(m_dialog->IsShown());
    EXPECT_NE(m_dialog->GetReturnCode(), wxID_OK);
    EXPECT_THAT(ui::toUtf8(m_dialog->topMessage()), Not(IsEmpty()));
    EXPECT_EQ(child<wxTextCtrl>(*m_dialog, "email").GetValue(), "zoe@example.com");
    EXPECT_EQ(m_practice.service().clients().chart(id).client.phone, "416 555 0101") << "nothing was overwritten";
}

TEST_F(IntakeForm, TickingARedFlagMakesTheLiveBadgeSayRefer)
{
    IntakeDialog& form = openNewIntake();
    EXPECT_EQ(badgeWord(), "");
    EXPECT_FALSE(form.screening().badge().IsShown());

    tick(form, "screening.red_flags.sudden_severe_onset");
    EXPECT_EQ(badgeWord(), "Refer");
    EXPECT_TRUE(form.screening().badge().IsShown());
    EXPECT_THAT(ui::toUtf8(form.screening().explanation()), HasSubstr("worst headache of my life"));

    tick(form, "screening.red_flags.sudden_severe_onset", false);
    EXPECT_EQ(badgeWord(), "");
    tick(form, "screening.advisories.painkiller_overuse");
    EXPECT_EQ(badgeWord(), "") << "painkiller overuse suggests a referral, it does not block";
    EXPECT_THAT(ui::toUtf8(form.screening().explanation()), HasSubstr("Suggest a referral"));
}

TEST_F(IntakeForm, ARecentHeadOrNeckInjuryAloneNeedsAClearance)
{
    IntakeDialog& form = openNewIntake();
    tick(form, "screening.clearance_required.recent_trauma");
    EXPECT_EQ(badgeWord(), "Clearance needed");
    EXPECT_THAT(ui::toUtf8(form.screening().explanation()), HasSubstr("Recent head or neck injury"));

    tick(form, "screening.red_flags.vision_changes");
    EXPECT_EQ(badgeWord(), "Refer") << "a red flag outranks a clearance";
}

TEST_F(IntakeForm, APregnancyFlagNeedsItsEndDateAndPrecautionsAndADiagnosisShowInTheStatus)
{
    IntakeDialog& form = openNewIntake();
    type(form, "family_name", "Roy");
    type(form, "given_names", "Léa");
    tick(form, "health.flags.osteoporosis");
    EXPECT_THAT(ui::toUtf8(form.screening().explanation()), HasSubstr("Precautions"));
    EXPECT_THAT(ui::toUtf8(form.screening().explanation()), Not(HasSubstr("contraindication")));
    tick(form, "screening.red_flags.pregnancy_or_postpartum");
    clickSave(form);
    EXPECT_TRUE(form.IsShown());
    EXPECT_THAT(ui::toUtf8(form.markers().messageFor("screening.pregnancy_ends_on")), HasSubstr("postpartum period ends"));
    knotwork::ui::scrollIntoView(child<wxWindow>(form, "screening.pregnancy_ends_on"));
    processEvents();
    saveScreenshot(form, "intake-form-screening");
    enterDate(form, "screening.pregnancy_ends_on", Date(2027, 9, 1));
    clickSave(form);
    ASSERT_EQ(form.GetReturnCode(), wxID_OK) << ui::toUtf8(form.topMessage());
    const clients::ClientChart chart = m_practice.service().clients().chart(form.savedClientId());
    EXPECT_EQ(chart.screenings.back().pregnancyEndsOn, Date(2027, 9, 1));
    EXPECT_EQ(m_practice.service().assess(chart).precautions, std::set{clients::HealthFlag::Osteoporosis});
}

TEST_F(IntakeForm, ProblemsAreMarkedBesideTheirFieldsAndWhatWasTypedIsKept)
{
    IntakeDialog& form = openNewIntake();
    type(form, "family_name", "Martin");
    type(form, "given_names", "Zoë");
    const Date nextMonth = m_practice.service().today() + boost::gregorian::days(30);
    enterDate(form, "date_of_birth", nextMonth);
    type(form, "email", "zoe@");
    type(form, "headache.days_per_month", "twelve");
    processEvents();

    clickSave(form);
    EXPECT_TRUE(form.IsShown()) << "the form stays open";
    EXPECT_NE(form.GetReturnCode(), wxID_OK);
    EXPECT_EQ(m_practice.service().clients().count({}, m_practice.service().today()), 0);

    EXPECT_THAT(ui::toUtf8(form.markers().messageFor("date_of_birth")), HasSubstr("Date of birth"));
    EXPECT_THAT(ui::toUtf8(form.markers().messageFor("email")), HasSubstr("email address"));
    EXPECT_THAT(ui::toUtf8(form.markers().messageFor("headache.days_per_month")), HasSubstr("whole number"));
    EXPECT_THAT(ui::toUtf8(form.markers().messageFor("family_name")), IsEmpty());
    EXPECT_THAT(ui::toUtf8(form.topMessage()), HasSubstr("3 fields"));

    // Each reason is shown in red right under its field.
    auto& email = child<wxTextCtrl>(form, "email");
    auto& reason = child<wxStaticText>(form, "email.error");
    EXPECT_TRUE(reason.IsShownOnScreen());
    EXPECT_EQ(reason.GetScreenPosition().x, email.GetScreenPosition().x);
    EXPECT_GE(reason.GetScreenPosition().y, email.GetScreenPosition().y + email.GetSize().y);

    // The first marked field, in reading order, has the focus and is in view.
    auto& birthPicker = child<wxDatePickerCtrl>(form, "date_of_birth.date");
    wxWindow* focused = wxWindow::FindFocus();
    ASSERT_NE(focused, nullptr);
    EXPECT_TRUE(focused == &birthPicker || birthPicker.IsDescendant(focused));
    const wxRect view(form.body().GetScreenPosition(), form.body().GetClientSize());
    EXPECT_TRUE(view.Contains(birthPicker.GetScreenPosition()));

    // Nothing typed was lost.
    EXPECT_EQ(child<wxTextCtrl>(form, "family_name").GetValue(), "Martin");
    EXPECT_EQ(child<wxTextCtrl>(form, "given_names").GetValue(), ui::toWx("Zoë"));
    EXPECT_EQ(email.GetValue(), "zoe@");
    EXPECT_EQ(child<wxTextCtrl>(form, "headache.days_per_month").GetValue(), "twelve");
    EXPECT_EQ(knotwork::ui::fromWxDate(birthPicker.GetValue()), nextMonth);
    saveScreenshot(form, "intake-form-validation");

    // Put right, it saves, and the marks are gone.
    enterDate(form, "date_of_birth", Date(1991, 3, 14));
    type(form, "email", "zoe@example.com");
    type(form, "headache.days_per_month", "12");
    clickSave(form);
    EXPECT_EQ(form.GetReturnCode(), wxID_OK) << ui::toUtf8(form.topMessage());
    EXPECT_THAT(ui::toUtf8(form.markers().messageFor("email")), IsEmpty());
}

TEST_F(IntakeForm, AControlCharacterIsMarkedOnItsFieldAndALineBreakOnlyWhereOneLineIsAsked)
{
    IntakeDialog& form = openNewIntake();
    type(form, "family_name", ui::toWx("Martin\x1b[2J"));
    type(form, "given_names", "Zoë");
    type(form, "address", "12 Elm St\nToronto");
    type(form, "notes", ui::toWx("ring\x07"));
    clickSave(form);
    EXPECT_TRUE(form.IsShown()) << "the form stays open";
    EXPECT_EQ(m_practice.service().clients().count({}, m_practice.service().today()), 0);
    EXPECT_THAT(ui::toUtf8(form.markers().messageFor("family_name")), HasSubstr("U+001B"));
    EXPECT_THAT(ui::toUtf8(form.markers().messageFor("notes")), HasSubstr("U+0007"));
    EXPECT_THAT(ui::toUtf8(form.markers().messageFor("address")), IsEmpty()) << "an address has several lines";

    type(form, "family_name", "Martin");
    type(form, "notes", "ring");
    clickSave(form);
    ASSERT_EQ(form.GetReturnCode(), wxID_OK) << ui::toUtf8(form.topMessage());
    EXPECT_EQ(m_practice.service().clients().chart(form.savedClientId()).client.address, "12 Elm St\nToronto");
}

TEST_F(IntakeForm, AnUnchosenCareTeamProviderIsMarkedOnItsRow)
{
    IntakeDialog& form = openNewIntake();
    type(form, "family_name", "Kowalski");
    type(form, "given_names", "Łukasz");
    click(form, "care_team.add");
    clickSave(form);
    EXPECT_THAT(ui::toUtf8(form.markers().messageFor("care_team[0].provider_id")), HasSubstr("Choose the provider"));
    EXPECT_TRUE(child<wxStaticText>(form, "care_team[0].provider_id.error").IsShownOnScreen());

    click(form, "care_team[0].remove");
    processEvents();
    EXPECT_THROW(child<wxWindow>(form, "care_team[0].provider_id"), std::runtime_error);
    clickSave(form);
    EXPECT_EQ(form.GetReturnCode(), wxID_OK) << ui::toUtf8(form.topMessage());
}

TEST_F(IntakeForm, CancellingAsksBeforeDiscardingWhatWasTyped)
{
    IntakeDialog& form = openNewIntake();
    int asked = 0;
    bool discard = false;
    form.setDiscardQuestion([&] {
        ++asked;
        return discard;
    });
    auto& cancel = *dynamic_cast<wxButton*>(form.FindWindow(wxID_CANCEL));

    type(form, "family_name", "Martin");
    click(cancel);
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(form.IsShown()) << "Keep editing keeps the form";
    EXPECT_EQ(child<wxTextCtrl>(form, "family_name").GetValue(), "Martin");

    discard = true;
    click(cancel);
    EXPECT_EQ(asked, 2);
    EXPECT_FALSE(form.IsShown());
    EXPECT_EQ(form.GetReturnCode(), wxID_CANCEL);
    EXPECT_EQ(m_practice.service().clients().count({}, m_practice.service().today()), 0);
}

TEST_F(IntakeForm, AnUntouchedFormClosesWithoutAQuestion)
{
    IntakeDialog& form = openNewIntake();
    form.setDiscardQuestion([] {
        ADD_FAILURE() << "nothing was typed, nothing to ask";
        return false;
    });
    click(*dynamic_cast<wxButton*>(form.FindWindow(wxID_CANCEL)));
    EXPECT_FALSE(form.IsShown());
}

TEST_F(IntakeForm, AltAndALabelsLetterFocusesItsField)
{
    IntakeDialog& form = openNewIntake();
    wxKeyEvent altE(wxEVT_CHAR_HOOK);
    altE.m_keyCode = 'E';
    altE.m_altDown = true;
    form.ProcessWindowEvent(altE);
    processEvents();
    EXPECT_EQ(wxWindow::FindFocus(), &child<wxTextCtrl>(form, "email"));

    wxKeyEvent altB(wxEVT_CHAR_HOOK);
    altB.m_keyCode = 'B';
    altB.m_altDown = true;
    form.ProcessWindowEvent(altB);  // "Date of &birth": its check box, while no date is known
    processEvents();
    EXPECT_EQ(wxWindow::FindFocus(), &child<wxCheckBox>(form, "date_of_birth.known"));
}

TEST_F(IntakeForm, ANewDiagnosisRowStartsWithNoTypeChosenAndIsNotSavedWithout)
{
    IntakeDialog& form = openNewIntake();
    type(form, "family_name", "Lind");
    type(form, "given_names", "Ola");
    click(form, "diagnoses.add");
    processEvents();
    EXPECT_EQ(child<wxChoice>(form, "diagnoses[0].type").GetSelection(), wxNOT_FOUND)
        << "Knotwork never picks a diagnosis";
    child<wxComboBox>(form, "diagnoses[0].provider_id").SetValue("Dr Noor Haddad");

    clickSave(form);
    EXPECT_TRUE(form.IsShown());
    EXPECT_NE(form.GetReturnCode(), wxID_OK);
    wxString refused = form.markers().messageFor("diagnoses[0].type");
    refused.Replace("\n", " ");
    EXPECT_EQ(ui::toUtf8(refused), "Choose the headache type.");
    EXPECT_EQ(child<wxComboBox>(form, "diagnoses[0].provider_id").GetValue(), "Dr Noor Haddad") << "nothing typed is lost";
    EXPECT_EQ(m_practice.service().clients().count({{}, clients::ClientFilter::All, {}}, m_practice.service().today()), 0);

    // A second row keeps its own number: its problems are marked on it, not on the first.
    click(form, "diagnoses.add");
    clickSave(form);
    knotwork::ui::scrollIntoView(child<wxWindow>(form, "diagnoses[0].type"));
    processEvents();
    saveScreenshot(form, "intake-form-new-diagnosis");
    EXPECT_FALSE(form.markers().messageFor("diagnoses[1].type").empty());
    EXPECT_THAT(ui::toUtf8(form.markers().messageFor("diagnoses[1].provider_id")), HasSubstr("provider"));
    EXPECT_EQ(child<wxChoice>(form, "diagnoses[0].type").GetSelection(), wxNOT_FOUND) << "adding a row keeps the first as it was";

    choose(form, "diagnoses[0].type", 2);  // migraine
    click(form, "diagnoses[1].remove");
    processEvents();
    clickSave(form);
    ASSERT_EQ(form.GetReturnCode(), wxID_OK) << ui::toUtf8(form.topMessage());
    const clients::ClientChart chart = m_practice.service().clients().chart(form.savedClientId());
    ASSERT_EQ(chart.diagnoses.size(), 1u);
    EXPECT_EQ(chart.diagnoses[0].type, clients::HeadacheType::Migraine);
}

TEST_F(IntakeForm, AnExistingClientsConsentsAreReachedFromTheIntake)
{
    clients::IntakeRecord record;
    record.client.familyName = "Nguyễn";
    record.client.givenNames = "An";
    const clients::ClientId id = m_practice.service().saveIntake(record);
    openIntakeOf(id);
    EXPECT_THAT(ui::toUtf8(m_dialog->consents().summary()), HasSubstr("none on file"));
    auto& consents = child<wxButton>(*m_dialog, "intake.consents");
    EXPECT_EQ(consents.GetLabelText(), "Record or revoke consents…");

    std::string opened;
    answerNextDialog([&](wxDialog& dialog) {
        opened = ui::toUtf8(dialog.GetName());
        type(dialog, "consent.wording_version", "2026-01");
        click(dialog, "consent.add");
        click(*dynamic_cast<wxButton*>(dialog.FindWindow(wxID_CANCEL)));
    });
    consents.SetFocus();  // as a click would
    knotwork::ui::scrollIntoView(consents);
    click(consents);
    processEvents();
    EXPECT_EQ(opened, "consent-dialog");
    EXPECT_TRUE(m_dialog->consentsChanged());
    EXPECT_TRUE(clients::hasTreatmentConsent(m_practice.service().clients().chart(id).consents,
                                             m_practice.service().today()));
    EXPECT_THAT(ui::toUtf8(m_dialog->consents().summary()), HasSubstr("Informed consent to treatment: given"));
    EXPECT_FALSE(m_dialog->hasChanges()) << "the intake itself is unchanged";
    processEvents();
    saveScreenshot(*m_dialog, "intake-form-consents");
}

TEST_F(IntakeForm, ALongProviderNameIsNeverCutShort)
{
    clients::Provider physio;
    physio.name = "Amélie Côté, pht";
    physio.role = clients::ProviderRole::PhysicalTherapist;
    physio.clinic = "Clinique de physiothérapie du Plateau-Mont-Royal";
    const clients::ProviderId id = m_practice.service().saveProvider(physio);
    clients::IntakeRecord record;
    record.client.familyName = "Tremblay";
    record.client.givenNames = "Élise";
    record.careTeam = {{id, clients::CareRelation::Referring, Date(2026, 10, 2), "Cervicogenic headache"}};
    record.diagnoses = {{clients::HeadacheType::Cervicogenic, id, "", Date(2026, 9, 28), ""}};
    const clients::ClientId client = m_practice.service().saveIntake(record);
    openIntakeOf(client);

    const wxString whole = ui::toWx("Amélie Côté, pht (Physical therapist, Clinique de physiothérapie du "
                                    "Plateau-Mont-Royal)");
    auto& provider = child<knotwork::ui::EllipsizedChoice>(*m_dialog, "care_team[0].provider_id");
    provider.SetFocus();
    knotwork::ui::scrollIntoView(provider);
    processEvents();
    EXPECT_EQ(provider.chosenLabel(), whole);
    EXPECT_EQ(provider.GetToolTipText(), whole);
    // What the box shows fits in it: the whole label, or its start and "…".
    const wxString shown = provider.GetStringSelection();
    wxString start;
    EXPECT_TRUE(shown == whole || (shown.EndsWith("...", &start) && whole.StartsWith(start))) << ui::toUtf8(shown);
    EXPECT_LE(provider.GetTextExtent(shown).x, provider.GetSize().x) << ui::toUtf8(shown);

    // A chosen provider shows by name, and the tooltip says who they are.
    auto& diagnosedBy = child<wxComboBox>(*m_dialog, "diagnoses[0].provider_id");
    EXPECT_EQ(diagnosedBy.GetValue(), ui::toWx("Amélie Côté, pht"));
    EXPECT_GE(diagnosedBy.GetSize().x, diagnosedBy.GetTextExtent(diagnosedBy.GetValue()).x + diagnosedBy.FromDIP(40));
    EXPECT_EQ(diagnosedBy.GetToolTipText(), whole);
    diagnosedBy.SetSelection(0);
    wxCommandEvent chosen(wxEVT_COMBOBOX, diagnosedBy.GetId());
    chosen.SetEventObject(&diagnosedBy);
    chosen.SetInt(0);
    diagnosedBy.ProcessWindowEvent(chosen);
    processEvents();
    EXPECT_EQ(diagnosedBy.GetValue(), ui::toWx("Amélie Côté, pht")) << "chosen from the list, it shows by name too";
    saveScreenshot(*m_dialog, "intake-form-care-team");
}

TEST_F(IntakeForm, ANewClientIsSavedFirstThenTheirConsentsOpen)
{
    IntakeDialog& form = openNewIntake();
    auto& consents = child<wxButton>(form, "intake.consents");
    EXPECT_EQ(consents.GetLabelText(), "Save and record consents…");
    click(consents);
    processEvents();
    EXPECT_TRUE(form.IsShown()) << "a client with no name is not saved";
    EXPECT_THAT(ui::toUtf8(form.markers().messageFor("family_name")), Not(IsEmpty()));

    type(form, "family_name", "Lind");
    type(form, "given_names", "Ola");
    click(consents);
    processEvents();
    ASSERT_EQ(form.GetReturnCode(), wxID_OK) << ui::toUtf8(form.topMessage());
    EXPECT_TRUE(form.consentsNext());
    EXPECT_NE(form.savedClientId(), 0);
}

} // namespace
} // namespace knotwork::gui
