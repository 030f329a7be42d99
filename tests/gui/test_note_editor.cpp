// The note editor through its real widgets: charting a visit from the keyboard, autosave, carried
// forward values, problems beside their fields, signing and what follows, the body chart.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/settings.h>
#include <wx/simplebook.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/uiaction.h>

#include "common/ui/accessibility.h"
#include "common/ui/field_error_markers.h"
#include "common/ui/form_grid.h"
#include "common/ui/number_field.h"
#include "common/ui/scale_buttons.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"
#include "common/ui/wx_time.h"
#include "form_driver.h"
#include "form_walk.h"
#include "app/gui/main_frame.h"
#include "gui_test_support.h"
#include "screenshot.h"
#include "sessions/session_choices.h"
#include "sessions/ui/body_chart_ctrl.h"
#include "sessions/ui/note_editor_frame.h"
#include "sessions/ui/note_form.h"
#include "sessions/ui/note_objective_section.h"
#include "sessions/ui/note_form_section.h"
#include "sessions/ui/note_visit_section.h"
#include "sessions/ui/palpation_editor.h"
#include "support/sample_note.h"
#include "support/treatment_consent.h"

namespace knotwork::gui {
namespace {

using namespace testing;
using namespace knotwork::sessions;
using sessions::ui::NoteEditorFrame;
using sessions::ui::NoteForm;
using ::testing::HasSubstr;

class NoteEditor : public ::testing::Test {
protected:
    NoteEditor()
    {
        clients::PracticeSettings settings = m_practice.service().settings();
        settings.practiceName = "Harbourside Massage";
        settings.therapistName = "Ana Lima";
        settings.credentials = "RMT";
        m_practice.service().saveSettings(settings, std::nullopt);
    }

    void TearDown() override
    {
        if (m_frame)
            m_frame->Destroy();
        processEvents();
    }

    clients::ClientId addClient(std::set<clients::SafetyIssue> issues = {})
    {
        clients::IntakeRecord record;
        record.client.familyName = "Martin";
        record.client.givenNames = "Zoë";
        record.screeningIssues = std::move(issues);
        const clients::ClientId id = m_practice.service().saveIntake(record);
        knotwork::testing::consentToTreatment(m_practice.service(), id);
        return id;
    }

    // A signed note two weeks ago, so today's note starts from it (it gives the ball release and
    // hydration to do at home).
    void previousVisit(clients::ClientId client, std::optional<RomInstrument> instrument = std::nullopt)
    {
        SoapNote note = knotwork::testing::sampleNote(client, m_practice.service().today() - boost::gregorian::days(14));
        note.objective.romInstrument = instrument;
        const NoteId id = m_practice.sessions().addNote(note);
        m_practice.sessions().sign(id, 1);
    }

    NoteEditorFrame& openToday(clients::ClientId client)
    {
        const SoapNote note = m_practice.sessions().openNote(client, m_practice.service().today(),
                                                             boost::posix_time::hours(10));
        m_frame = NoteEditorFrame::open(&RunningApp::mainFrame(), m_practice.sessions(), m_practice.service(),
                                        RunningApp::notifier(), note.id, [this](clients::ClientId, NoteId) { ++m_changes; });
        m_frame->setConfirm([](const wxString&) { return true; });
        m_frame->SetSize(m_frame->FromDIP(wxSize(1240, 900)));
        processEvents();
        return *m_frame;
    }

    SoapNote stored() { return m_practice.sessions().note(m_frame->note().id); }

    // Fills the visit as a therapist would, through the widgets.
    void chartVisit(NoteEditorFrame& frame)
    {
        for (const clients::SafetyIssue flag : clients::currentFlags())
            press(frame, "subjective.rescreen." + std::string(keyOf(flag)) + ".no");
        type(frame, "subjective.headache_days", "3");
        press(frame, "subjective.average_intensity.4");
        press(frame, "subjective.worst_intensity.6");
        choose(frame, "subjective.response_to_last_treatment", 1);
        type(frame, "subjective.relief_days", "4");
        type(frame, "objective.rom.rotation_right.before", "58");
        type(frame, "objective.rom.rotation_right.after", "68");
        type(frame, "objective.cfrt_left", "42");
        type(frame, "objective.cfrt_right", "28");
        press(frame, "assessment.pain_before.5");
        press(frame, "assessment.pain_after.2");
        tick(frame, "plan.techniques.suboccipital_release");
        type(frame, "plan.notes", "Réévaluer la rotation droite — next visit.");
    }

    TestPractice m_practice;
    NoteEditorFrame* m_frame = nullptr;
    int m_changes = 0;
};

// A label's text as one line, however it was wrapped.
std::string oneLine(wxString label)
{
    label.Replace("\n", " ");
    return knotwork::ui::toUtf8(label);
}

bool focusIsIn(const wxWindow& window)
{
    for (const wxWindow* at = wxWindow::FindFocus(); at; at = at->GetParent())
        if (at == &window)
            return true;
    return false;
}

TEST_F(NoteEditor, YesterdaysVisitIsOneChangeAwayAndIsSignedAsALateEntry)
{
    const clients::ClientId client = addClient();
    previousVisit(client);
    NoteEditorFrame& frame = openToday(client);
    EXPECT_EQ(child<wxTextCtrl>(frame, "subjective.diary_days").GetValue(), "14") << "days since the last visit";
    EXPECT_FALSE(child<wxWindow>(frame, "visit.late_entry").IsShown());

    const Date yesterday = m_practice.service().today() - boost::gregorian::days(1);
    pickDate(frame, "visit_date", yesterday);
    EXPECT_TRUE(child<wxWindow>(frame, "visit.late_entry").IsShown()) << "yesterday 10:00 is 26 hours ago";
    EXPECT_THAT(oneLine(child<wxStaticText>(frame, "visit.late_entry").GetLabel()),
                HasSubstr("Signing records it as a late entry"));
    EXPECT_THAT(knotwork::ui::toUtf8(child<wxStaticText>(frame, "note-visit").GetLabel()),
                HasSubstr("a late entry when signed"));
    EXPECT_THAT(knotwork::ui::toUtf8(frame.GetTitle()), HasSubstr(knotwork::ui::toUtf8(knotwork::ui::formatDate(yesterday))));
    EXPECT_EQ(child<wxTextCtrl>(frame, "subjective.diary_days").GetValue(), "13") << "the diary period follows the visit";
    processEvents();
    saveScreenshot(frame, "note-editor-late-entry");

    chartVisit(frame);
    std::vector<wxString> asked;
    frame.setConfirm([&](const wxString& question) {
        asked.push_back(question);
        return true;
    });
    frame.sign();
    ASSERT_TRUE(frame.note().signedNote()) << knotwork::ui::toUtf8(child<wxStaticText>(frame, "note-message").GetLabel());
    ASSERT_EQ(asked.size(), 1u);
    EXPECT_THAT(knotwork::ui::toUtf8(asked[0]), HasSubstr("It will be recorded as a late entry"));
    EXPECT_TRUE(stored().lateEntry);
    EXPECT_EQ(stored().visitDate, yesterday);
    EXPECT_EQ(stored().visitTime, boost::posix_time::hours(10));
    EXPECT_EQ(stored().subjective.diaryDays, 13);
    EXPECT_THAT(knotwork::ui::toUtf8(frame.statusText()), HasSubstr("late entry"));
}

TEST_F(NoteEditor, ADiaryPeriodTheTherapistTypedStaysWhenTheVisitMoves)
{
    const clients::ClientId client = addClient();
    previousVisit(client);
    NoteEditorFrame& frame = openToday(client);
    type(frame, "subjective.diary_days", "21");
    pickDate(frame, "visit_date", m_practice.service().today() - boost::gregorian::days(2));
    EXPECT_EQ(child<wxTextCtrl>(frame, "subjective.diary_days").GetValue(), "21");
}

TEST_F(NoteEditor, TheVisitsStartAndLengthAreKeptWithTheNote)
{
    NoteEditorFrame& frame = openToday(addClient());
    EXPECT_EQ(child<wxTextCtrl>(frame, "visit_time").GetValue(), knotwork::ui::formatTime(boost::posix_time::hours(10)));
    type(frame, "visit_time", "14:05");
    type(frame, "visit_minutes", "60");
    ASSERT_TRUE(frame.saveNow());
    EXPECT_EQ(stored().visitTime, boost::posix_time::hours(14) + boost::posix_time::minutes(5));
    EXPECT_EQ(stored().visitMinutes, 60);
    EXPECT_THAT(knotwork::ui::toUtf8(child<wxStaticText>(frame, "note-visit").GetLabel()), HasSubstr("60 min"));
    EXPECT_THAT(knotwork::ui::toUtf8(frame.statusText()),
                HasSubstr(knotwork::ui::toUtf8(knotwork::ui::formatTime(m_practice.service().clock().now()))))
        << "Draft saved at the practice clock's time, without seconds";

    type(frame, "visit_time", "after lunch");
    EXPECT_THAT(knotwork::ui::toUtf8(frame.form().markers().messageFor("visit_time")), HasSubstr("Enter a time of day"));
    EXPECT_EQ(child<wxTextCtrl>(frame, "visit_time").GetValue(), "after lunch") << "what was typed stays";
}

TEST_F(NoteEditor, AFirstVisitAsksTheDiaryPeriodAndSigningNamesIt)
{
    NoteEditorFrame& frame = openToday(addClient());
    EXPECT_EQ(child<wxTextCtrl>(frame, "subjective.diary_days").GetValue(), "") << "there is no last visit";
    EXPECT_THAT(knotwork::ui::toUtf8(child<knotwork::ui::NumberField>(frame, "subjective.diary_days.field").unit()),
                HasSubstr("first visit"));
    chartVisit(frame);
    frame.sign();
    EXPECT_FALSE(frame.note().signedNote());
    EXPECT_THAT(knotwork::ui::toUtf8(frame.form().markers().messageFor("subjective.diary_days")),
                HasSubstr("Diary period (days) is required before signing"));
    processEvents();
    saveScreenshot(frame, "note-editor-first-visit");

    type(frame, "subjective.diary_days", "30");
    frame.sign();
    ASSERT_TRUE(frame.note().signedNote()) << knotwork::ui::toUtf8(child<wxStaticText>(frame, "note-message").GetLabel());
    EXPECT_EQ(stored().subjective.diaryDays, 30);
    EXPECT_FALSE(stored().lateEntry);
}

TEST_F(NoteEditor, AFutureVisitDateIsRefusedNamingTheField)
{
    NoteEditorFrame& frame = openToday(addClient());
    pickDate(frame, "visit_date", m_practice.service().today() + boost::gregorian::days(1));
    EXPECT_THAT(knotwork::ui::toUtf8(frame.form().markers().messageFor("visit_date")),
                HasSubstr("Visit date cannot be in the future"));
    chartVisit(frame);
    type(frame, "subjective.diary_days", "30");
    frame.sign();
    EXPECT_FALSE(frame.note().signedNote());
    EXPECT_THAT(knotwork::ui::toUtf8(frame.form().markers().messageFor("visit_date")),
                HasSubstr("Visit date cannot be in the future"));
}

TEST_F(NoteEditor, TheSectionIndexTakesTheFocusToEachSection)
{
    NoteEditorFrame& frame = openToday(addClient());
    NoteForm& form = frame.form();
    EXPECT_EQ(knotwork::ui::toUtf8(child<wxButton>(frame, "note-sections.P").GetLabel()), "Plan");
    click(frame, "note-sections.P");
    processEvents();
    auto& kind = child<wxWindow>(frame, "kind");
    EXPECT_GT(viewStart(form), 0);
    EXPECT_GE(topInView(form, kind), 0);
    EXPECT_LT(topInView(form, kind), form.GetClientSize().y / 3) << "the section starts at the top of the view";
    EXPECT_EQ(wxWindow::FindFocus(), &kind);
    saveScreenshot(frame, "note-editor-section-index");

    pressCtrlAlt(frame, 'O');
    processEvents();
    EXPECT_TRUE(focusIsIn(*frame.form().objective().first())) << "the focus is in the posture checklist";
    pressCtrlAlt(frame, 'V');
    processEvents();
    EXPECT_EQ(viewStart(form), 0);
    EXPECT_EQ(wxWindow::FindFocus(), &child<wxWindow>(frame, "visit_date"));

    frame.SetSize(wxSize(1024, 600));
    processEvents();
    saveScreenshot(frame, "note-editor-1024x600");
}

TEST_F(NoteEditor, TheWheelScrollsTheFormOverTextBoxesAndNumbers)
{
    NoteEditorFrame& frame = openToday(addClient());
    NoteForm& form = frame.form();
    const int start = viewStart(form);
    auto& notes = child<wxTextCtrl>(frame, "subjective.notes");
    turnWheel(notes, 1);
    EXPECT_EQ(viewStart(form), start + 3) << "over a text box, the form scrolls";
    type(frame, "subjective.headache_days", "3");
    turnWheel(child<wxTextCtrl>(frame, "subjective.headache_days"), 1);
    EXPECT_EQ(viewStart(form), start + 6);
    EXPECT_EQ(child<wxTextCtrl>(frame, "subjective.headache_days").GetValue(), "3") << "the wheel never changes a number";
    turnWheel(notes, -2);
    EXPECT_EQ(viewStart(form), start);

    wxString longText;
    for (int line = 1; line <= 30; ++line)
        longText += wxString::Format("Line %d of what the client said.\n", line);
    notes.SetValue(longText);
    form.bringIntoView(notes);
    processEvents();
    const int atNotes = viewStart(form);
    turnWheel(notes, 1);
    EXPECT_EQ(viewStart(form), atNotes) << "a box with more text than it shows scrolls its own text";
}

TEST_F(NoteEditor, FocusingAFieldNeverMovesThePage)
{
    NoteEditorFrame& frame = openToday(addClient());
    NoteForm& form = frame.form();
    auto& homeCare = child<wxTextCtrl>(frame, "plan.home_care_notes");
    placeAtTheBottom(form, homeCare);
    const int before = viewStart(form);
    ASSERT_GT(before, 0);
    homeCare.SetFocus();
    processEvents();
    EXPECT_EQ(wxWindow::FindFocus(), &homeCare);
    EXPECT_EQ(viewStart(form), before) << "the page jumped when a field was focused";

    // A field out of view, reached from the keyboard, comes into view.
    auto& planNotes = child<wxTextCtrl>(frame, "plan.notes");
    planNotes.SetFocus();
    processEvents();
    EXPECT_GE(topInView(form, planNotes), 0);
    EXPECT_LE(topInView(form, planNotes) + planNotes.GetSize().y, form.GetClientSize().y);
}

TEST_F(NoteEditor, AVisitChartedThroughTheFormIsSavedAsADraft)
{
    const clients::ClientId client = addClient();
    previousVisit(client);
    NoteEditorFrame& frame = openToday(client);
    chartVisit(frame);
    auto& chart = *frame.form().objective().palpation()->chart();
    chart.SetFocus();
    frame.form().objective().palpation()->select({Muscle::Masseter, BodySide::Left});
    wxKeyEvent key(wxEVT_KEY_DOWN);
    key.m_keyCode = '2';
    chart.GetEventHandler()->ProcessEvent(key);
    ASSERT_TRUE(frame.saveNow());
    EXPECT_THAT(knotwork::ui::toUtf8(frame.statusText()), HasSubstr("Draft saved"));

    const SoapNote note = stored();
    EXPECT_EQ(note.subjective.headacheDays, 3);
    EXPECT_EQ(note.subjective.averageIntensity, 4);
    EXPECT_EQ(note.subjective.worstIntensity, 6);
    EXPECT_EQ(note.subjective.responseToLastTreatment, TreatmentResponse::Better);
    EXPECT_EQ(note.objective.rom.at(RomDirection::RotationRight).after, 68);
    EXPECT_EQ(note.objective.cfrtRight, 28);
    EXPECT_EQ(note.objective.cfrtLeft, 42);
    EXPECT_EQ(note.objective.cfrtCutoff, 30) << "judged by the practice's cut-off";
    EXPECT_EQ(knotwork::ui::toUtf8(child<wxStaticText>(frame, "objective.cfrt_result").GetLabel()),
              "left not restricted, right restricted · 14° apart");
    EXPECT_EQ(note.assessment.painAfter, 2);
    EXPECT_TRUE(note.plan.techniques.contains(Technique::SuboccipitalRelease));
    EXPECT_EQ(note.plan.notes, "Réévaluer la rotation droite — next visit.");
    ASSERT_NE(note.objective.finding({Muscle::Masseter, BodySide::Left}), nullptr);
    EXPECT_EQ(note.objective.finding({Muscle::Masseter, BodySide::Left})->tenderness, 2);
    EXPECT_GT(m_changes, 0);
    EXPECT_THAT(knotwork::ui::toUtf8(child<wxStaticText>(frame, "assessment.changes").GetLabel()), HasSubstr("Rotation right 58° → 68° (+10°)"));
    saveScreenshot(frame, "note-editor");
}

TEST_F(NoteEditor, TheDraftSavesItselfAFewSecondsAfterTyping)
{
    NoteEditorFrame& frame = openToday(addClient());
    type(frame, "subjective.headache_days", "5");
    const wxLongLong start = wxGetLocalTimeMillis();
    while (stored().subjective.headacheDays != 5 && wxGetLocalTimeMillis() - start < 6000) {
        wxMilliSleep(50);
        processEvents();
    }
    EXPECT_EQ(stored().subjective.headacheDays, 5) << "the draft was not autosaved";
}

TEST_F(NoteEditor, CarriedForwardValuesAreMutedUntilTouched)
{
    const clients::ClientId client = addClient();
    previousVisit(client);
    NoteEditorFrame& frame = openToday(client);
    const wxColour muted = wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT);
    auto& technique = child<wxCheckBox>(frame, "plan.techniques.suboccipital_release");
    EXPECT_TRUE(technique.GetValue()) << "techniques come from the last note";
    EXPECT_EQ(technique.GetForegroundColour(), muted);
    EXPECT_THAT(knotwork::ui::toUtf8(frame.statusText()), HasSubstr("carried forward"));
    saveScreenshot(frame, "note-editor-carried-forward");

    tick(frame, "plan.techniques.stretching");
    EXPECT_NE(technique.GetForegroundColour(), muted);
    ASSERT_TRUE(frame.saveNow());
    EXPECT_FALSE(stored().carriedForward.contains("plan.techniques"));
    EXPECT_TRUE(stored().carriedForward.contains("plan.home_care"));
}

TEST_F(NoteEditor, TheHomeProgrammeOfTheLastVisitIsAskedItemByItemAndNotCarried)
{
    const clients::ClientId client = addClient();
    previousVisit(client);
    NoteEditorFrame& frame = openToday(client);
    using knotwork::ui::ScaleButtons;
    auto& ball = child<ScaleButtons>(frame, "subjective.home_care_adherence.suboccipital_ball_release");
    auto& hydration = child<ScaleButtons>(frame, "subjective.home_care_adherence.hydration");
    EXPECT_TRUE(ball.IsShown());
    EXPECT_TRUE(hydration.IsShown());
    EXPECT_FALSE(child<ScaleButtons>(frame, "subjective.home_care_adherence.stretches").IsShown())
        << "only what the last visit gave is asked";
    EXPECT_EQ(ball.value(), std::nullopt) << "each visit asks again: nothing is carried forward";
    EXPECT_EQ(knotwork::ui::toUtf8(knotwork::ui::accessibleName(ball)),
              "Suboccipital self-release with a ball, kept, not answered");
    EXPECT_THAT(oneLine(child<wxStaticText>(frame, "subjective.home_care_given").GetLabel()),
                HasSubstr("Given at the last visit"));

    press(frame, "subjective.home_care_adherence.suboccipital_ball_release.some_days");
    // The rows are one Tab stop: Down goes to the next item given, a letter answers it.
    ball.SetFocus();
    processEvents();
    pressKey(ball, WXK_DOWN);
    EXPECT_EQ(wxWindow::FindFocus(), &hydration);
    pressKey(hydration, 'N', 'N');
    type(frame, "subjective.adherence_notes", "Forgot the ball on work days");
    type(frame, "subjective.medications_taken", "ibuprofen 400 mg");
    EXPECT_EQ(knotwork::ui::toUtf8(knotwork::ui::accessibleName(ball)),
              "Suboccipital self-release with a ball, kept, Some days");
    ASSERT_TRUE(frame.saveNow());
    const SoapNote note = stored();
    EXPECT_EQ(note.subjective.homeCareAdherence,
              (std::vector<HomeCareAdherence>{{HomeCare::SuboccipitalBallRelease, Adherence::SomeDays},
                                              {HomeCare::Hydration, Adherence::NotAtAll}}));
    EXPECT_EQ(note.subjective.adherenceNotes, "Forgot the ball on work days");
    EXPECT_EQ(note.subjective.medicationsTaken, "ibuprofen 400 mg");
    EXPECT_TRUE(note.carriedForward.contains("plan.home_care")) << "the plan's home care is still carried";
    knotwork::ui::scrollIntoView(ball);
    processEvents();
    saveScreenshot(frame, "note-editor-home-programme");
}

TEST_F(NoteEditor, AFirstVisitHasNoHomeProgrammeToAsk)
{
    NoteEditorFrame& frame = openToday(addClient());
    for (const auto& item : choices<HomeCare>())
        EXPECT_FALSE(child<knotwork::ui::ScaleButtons>(frame, "subjective.home_care_adherence." + std::string(item.key))
                         .IsShown())
            << item.key;
    EXPECT_FALSE(child<wxTextCtrl>(frame, "subjective.adherence_notes").IsShown());
    auto& line = child<wxStaticText>(frame, "subjective.home_care_given");
    EXPECT_THAT(oneLine(line.GetLabel()), HasSubstr("First visit: no home programme was given before."));
    EXPECT_EQ(line.GetForegroundColour(), wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
}

TEST_F(NoteEditor, WhatTheRangeOfMotionIsMeasuredWithIsCarriedForwardMuted)
{
    const clients::ClientId client = addClient();
    previousVisit(client, RomInstrument::Goniometer);
    NoteEditorFrame& frame = openToday(client);
    auto& instrument = child<wxChoice>(frame, "objective.rom_instrument");
    EXPECT_EQ(knotwork::ui::toUtf8(instrument.GetStringSelection()), "Goniometer");
    EXPECT_EQ(instrument.GetForegroundColour(), wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    EXPECT_EQ(knotwork::ui::toUtf8(knotwork::ui::accessibleName(instrument)), "Measured with");
    knotwork::ui::scrollIntoView(instrument);
    processEvents();
    saveScreenshot(frame, "note-editor-rom-instrument");

    choose(frame, "objective.rom_instrument", 3);
    EXPECT_NE(instrument.GetForegroundColour(), wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    ASSERT_TRUE(frame.saveNow());
    EXPECT_EQ(stored().objective.romInstrument, RomInstrument::CromDevice);
    EXPECT_FALSE(stored().carriedForward.contains("objective.rom_instrument"));
}

TEST_F(NoteEditor, AProblemIsMarkedBesideItsFieldAndTheTypingIsKept)
{
    NoteEditorFrame& frame = openToday(addClient());
    press(frame, "subjective.average_intensity.6");
    press(frame, "subjective.worst_intensity.4");
    type(frame, "objective.rom.flexion.after", "140");
    EXPECT_THAT(knotwork::ui::toUtf8(frame.form().markers().messageFor("subjective.worst_intensity")),
                HasSubstr("cannot be lower than the average"));
    EXPECT_THAT(knotwork::ui::toUtf8(frame.form().markers().messageFor("objective.rom.flexion.before")),
                HasSubstr("140 is outside"));
    EXPECT_EQ(child<wxTextCtrl>(frame, "objective.rom.flexion.after").GetValue(), "140");
    ASSERT_TRUE(frame.saveNow()) << "a draft saves whatever it holds";
    EXPECT_EQ(stored().subjective.worstIntensity, 4);
    saveScreenshot(frame, "note-editor-validation");
}

TEST_F(NoteEditor, SigningShowsTheNoteReadOnlyAndTheStoreRefusesChanges)
{
    const clients::ClientId client = addClient();
    previousVisit(client);
    NoteEditorFrame& frame = openToday(client);
    chartVisit(frame);
    frame.sign();
    ASSERT_TRUE(frame.note().signedNote()) << knotwork::ui::toUtf8(child<wxStaticText>(frame, "note-message").GetLabel());
    EXPECT_THAT(knotwork::ui::toUtf8(frame.statusText()), HasSubstr("by Ana Lima, RMT"));
    EXPECT_EQ(child<wxSimplebook>(frame, "note-book").GetSelection(), 1);
    SoapNote changed = frame.note();
    changed.subjective.headacheDays = 0;
    EXPECT_THROW(m_practice.sessions().saveDraft(changed), ConflictError);

    m_practice.sessions().addAddendum(frame.note().id, "Client phoned: relief lasted until Friday.");
    const NoteId id = frame.note().id;
    frame.Destroy();
    processEvents();
    m_frame = NoteEditorFrame::open(&RunningApp::mainFrame(), m_practice.sessions(), m_practice.service(),
                                    RunningApp::notifier(), id, {});
    m_frame->SetSize(m_frame->FromDIP(wxSize(1240, 900)));
    processEvents();
    EXPECT_TRUE(child<wxWindow>(*m_frame, "add-addendum").IsShown());
    saveScreenshot(*m_frame, "note-editor-signed");
}

TEST_F(NoteEditor, ANewRedFlagTurnsTheVisitIntoAReferralVisit)
{
    NoteEditorFrame& frame = openToday(addClient());
    chartVisit(frame);
    type(frame, "subjective.diary_days", "28");  // a first visit: the period the client reports on
    press(frame, "subjective.rescreen.vision_changes.yes");
    EXPECT_THAT(knotwork::ui::toUtf8(child<wxStaticText>(frame, "subjective.new_red_flags").GetLabel()), HasSubstr("Refer"));
    knotwork::ui::scrollIntoView(child<wxWindow>(frame, "subjective.new_red_flags"));
    processEvents();
    saveScreenshot(frame, "note-editor-rescreen");
    std::vector<wxString> asked;
    frame.setConfirm([&](const wxString& question) {
        asked.push_back(question);
        return true;
    });
    frame.sign();
    EXPECT_FALSE(frame.note().signedNote());
    ASSERT_EQ(asked.size(), 2u);
    EXPECT_THAT(knotwork::ui::toUtf8(asked[1]), HasSubstr("Refer the client to their physician"));
    EXPECT_EQ(stored().kind, NoteKind::Referral);
    EXPECT_TRUE(stored().plan.techniques.empty()) << "a referral visit stores no treatment";
    EXPECT_FALSE(child<wxWindow>(frame, "plan.techniques").IsEnabled());

    // Still refused until what was seen and the referral are written; then it signs.
    frame.sign();
    EXPECT_FALSE(frame.note().signedNote());
    press(frame, "assessment.pain_after.2");  // pressing the chosen score again clears it
    type(frame, "objective.rom.rotation_right.after", "");
    type(frame, "objective.notes", "Blurred vision in the right eye since Tuesday.");
    type(frame, "plan.referred_to_name", "Dr Amara Okafor, family physician");
    tick(frame, "plan.referral_methods.phone");
    knotwork::ui::scrollIntoView(child<wxWindow>(frame, "plan.referral_methods"));
    processEvents();
    saveScreenshot(frame, "note-editor-referral-visit");
    frame.sign();
    ASSERT_TRUE(frame.note().signedNote());
    EXPECT_EQ(stored().plan.referralMethods, std::set{ReferralMethod::Phone});
    EXPECT_TRUE(m_practice.service().assess(m_practice.service().clients().chart(stored().clientId)).blocksTreatment());
}

TEST_F(NoteEditor, TheClientsPrecautionsAreInTheHeader)
{
    clients::IntakeRecord record;
    record.client.familyName = "Roy";
    record.client.givenNames = "Léa";
    record.intake.health.flags = {clients::HealthFlag::Pregnancy};
    const clients::ClientId client = m_practice.service().saveIntake(record);
    NoteEditorFrame& frame = openToday(client);
    EXPECT_THAT(knotwork::ui::toUtf8(child<wxStaticText>(frame, "note-precautions").GetLabel()),
                HasSubstr("Pregnant (positioning)"));
}

TEST_F(NoteEditor, ABlockedClientGetsNoTreatmentNoteAndNoOverride)
{
    NoteEditorFrame& frame = openToday(addClient({clients::SafetyIssue::ClusterHeadache}));
    chartVisit(frame);
    type(frame, "subjective.diary_days", "28");  // a first visit: the period the client reports on
    int questions = 0;
    frame.setConfirm([&](const wxString&) { return ++questions == 1; });  // sign: yes; referral visit: no
    frame.sign();
    EXPECT_EQ(questions, 2);
    EXPECT_FALSE(frame.note().signedNote());
    EXPECT_EQ(stored().kind, NoteKind::Treatment);
    EXPECT_THAT(knotwork::ui::toUtf8(child<wxStaticText>(frame, "note-message").GetLabel()),
                HasSubstr("No treatment can be given"));
}

// Scrolls `form` so that `part` starts at the top of its view, to look at.
void scrollToTop(wxScrolledWindow& form, wxWindow& part)
{
    int unitX = 0, unitY = 1;
    form.GetScrollPixelsPerUnit(&unitX, &unitY);
    const int below = part.GetScreenPosition().y - form.GetScreenPosition().y;
    form.Scroll(0, form.GetViewStart().y + below / std::max(1, unitY));
    form.Refresh();
    processEvents();
}

TEST_F(NoteEditor, ClickingTheBodyChartSelectsTheMuscleUnderThePointer)
{
    NoteEditorFrame& frame = openToday(addClient());
    sessions::ui::PalpationEditor& palpation = *frame.form().objective().palpation();
    palpation.setFindings(knotwork::testing::sampleNote(1, Date(2026, 11, 20)).objective.palpation);
    auto& chart = *palpation.chart();
    for (const MuscleSite site : {MuscleSite{Muscle::Suboccipitals, BodySide::Left},
                                  MuscleSite{Muscle::Sternocleidomastoid, BodySide::Right},
                                  MuscleSite{Muscle::Masseter, BodySide::Left}}) {
        const wxPoint at = chart.pointOf(site);
        wxMouseEvent click(wxEVT_LEFT_DOWN);
        click.m_x = at.x;
        click.m_y = at.y;
        chart.GetEventHandler()->ProcessEvent(click);
        ASSERT_TRUE(palpation.selected());
        EXPECT_EQ(*palpation.selected(), site);
    }
    palpation.select({Muscle::UpperTrapezius, BodySide::Left});
    scrollToTop(frame.form(), palpation);
    saveScreenshot(palpation, "body-chart");
}

// Presses a key in the body chart, as the keyboard would.
void pressIn(wxWindow& control, int keyCode)
{
    wxKeyEvent key(wxEVT_KEY_DOWN);
    key.m_keyCode = keyCode;
    control.GetEventHandler()->ProcessEvent(key);
}

std::string spoken(wxWindow& control)
{
    return knotwork::ui::toUtf8(knotwork::ui::accessibleName(control));
}

TEST_F(NoteEditor, ArrowingInTheBodyChartSaysEachMuscleWithItsFindings)
{
    NoteEditorFrame& frame = openToday(addClient());
    sessions::ui::PalpationEditor& palpation = *frame.form().objective().palpation();
    palpation.setFindings(knotwork::testing::sampleNote(1, Date(2026, 11, 20)).objective.palpation);
    auto& chart = *palpation.chart();
    EXPECT_EQ(knotwork::ui::accessibleRoleName(chart), "panel");
    EXPECT_EQ(spoken(chart), "Body chart");

    chart.SetFocus();
    processEvents();
    EXPECT_EQ(spoken(chart), "Frontalis (Right): not examined") << "the focus starts on the first muscle";
    pressIn(chart, WXK_DOWN);
    EXPECT_EQ(spoken(chart), "Frontalis (Left): not examined");
    palpation.select({Muscle::Occipitalis, BodySide::Left});
    pressIn(chart, WXK_DOWN);
    EXPECT_EQ(spoken(chart), "Suboccipitals (Right): tenderness 3 of 3, hypertonic, active trigger point, "
                             "reproduces the headache");
    // From behind, the client's left is on the reader's left.
    pressIn(chart, WXK_LEFT);
    EXPECT_EQ(spoken(chart), "Suboccipitals (Left): tenderness 2 of 3, hypertonic");
    pressIn(chart, WXK_LEFT);
    EXPECT_EQ(spoken(chart), "Suboccipitals (Left): tenderness 2 of 3, hypertonic") << "nothing further left";
    pressIn(chart, WXK_RIGHT);
    EXPECT_THAT(spoken(chart), ::testing::StartsWith("Suboccipitals (Right): tenderness 3 of 3"));
    pressIn(chart, WXK_UP);
    EXPECT_EQ(spoken(chart), "Occipitalis (Left): not examined");

    // An edit is heard at once.
    pressIn(chart, '2');
    pressIn(chart, 'T');
    EXPECT_EQ(spoken(chart), "Occipitalis (Left): tenderness 2 of 3, latent trigger point");
    pressIn(chart, WXK_END);
    EXPECT_EQ(spoken(chart), "Rhomboids (Left): not examined");
    pressIn(chart, WXK_DOWN);
    EXPECT_EQ(spoken(chart), "Rhomboids (Left): not examined") << "the last muscle stays the last";
    pressIn(chart, WXK_HOME);
    EXPECT_EQ(spoken(chart), "Frontalis (Right): not examined");
    EXPECT_THAT(knotwork::ui::toUtf8(knotwork::ui::accessibleDescription(chart)), HasSubstr("Body chart."));
}

TEST_F(NoteEditor, TheFindingsListSaysAndEditsWhatTheChartShows)
{
    NoteEditorFrame& frame = openToday(addClient());
    sessions::ui::PalpationEditor& palpation = *frame.form().objective().palpation();
    palpation.setFindings(knotwork::testing::sampleNote(1, Date(2026, 11, 20)).objective.palpation);
    wxDataViewListCtrl& list = *palpation.list();
    EXPECT_EQ(knotwork::ui::toUtf8(knotwork::ui::accessibleName(list)), "Findings by muscle");
    EXPECT_EQ(knotwork::ui::toUtf8(knotwork::ui::accessibleRoleName(list)), "table");
    EXPECT_EQ(knotwork::ui::toUtf8(knotwork::ui::accessibleLabelledBy(list)), "Findings by muscle");
    EXPECT_EQ(knotwork::ui::toUtf8(knotwork::ui::accessibleLabelledBy(child<wxCheckBox>(frame, "palpation.hypertonic"))),
              "") << "a checkbox says its own label";
    const std::vector<MuscleSite> sites = BodyChart::sites();
    ASSERT_EQ(list.GetItemCount(), static_cast<int>(sites.size()));
    const auto rowOf = [&](const MuscleSite& site) {
        return static_cast<unsigned>(std::ranges::find(sites, site) - sites.begin());
    };
    const unsigned suboccipitals = rowOf({Muscle::Suboccipitals, BodySide::Right});
    EXPECT_EQ(list.GetTextValue(suboccipitals, 0), "Suboccipitals");
    EXPECT_EQ(list.GetTextValue(suboccipitals, 1), "Right");
    EXPECT_EQ(knotwork::ui::toUtf8(list.GetTextValue(suboccipitals, 2)),
              "tenderness 3 of 3, hypertonic, active trigger point, reproduces the headache");
    EXPECT_EQ(list.GetTextValue(rowOf({Muscle::Masseter, BodySide::Left}), 2), "not examined");
    // Findings carried forward say so, as the chart greys them, until one is changed.
    palpation.setCarriedForward(true);
    EXPECT_EQ(knotwork::ui::toUtf8(list.GetTextValue(suboccipitals, 2)),
              "tenderness 3 of 3, hypertonic, active trigger point, reproduces the headache (carried forward)");

    // Choosing a muscle on the chart chooses its row.
    palpation.select({Muscle::Masseter, BodySide::Left});
    EXPECT_EQ(list.GetSelectedRow(), static_cast<int>(rowOf({Muscle::Masseter, BodySide::Left})));

    // From the keyboard, through the X server: End goes to the last row, its keys edit that muscle.
    frame.Raise();
    wxUIActionSimulator().MouseMove(frame.GetScreenRect().GetPosition() + wxPoint(40, 40));
    list.SetFocus();
    processEvents();
    wxUIActionSimulator keys;
    keys.Char(WXK_END);
    processEvents();
    const MuscleSite rhomboids{Muscle::Rhomboids, BodySide::Left};
    ASSERT_TRUE(palpation.selected());
    EXPECT_EQ(*palpation.selected(), rhomboids);
    EXPECT_EQ(spoken(*palpation.chart()), "Rhomboids (Left): not examined") << "the chart follows the list";
    keys.Char('2');
    keys.Char('h');
    processEvents();
    EXPECT_TRUE(wxWindow::FindFocus() == &list || wxWindow::FindFocus() == list.GetMainWindow()) << "the keys stayed in the list";
    EXPECT_EQ(knotwork::ui::toUtf8(list.GetTextValue(rowOf(rhomboids), 2)), "tenderness 2 of 3, hypertonic");
    EXPECT_EQ(knotwork::ui::toUtf8(list.GetTextValue(suboccipitals, 2)),
              "tenderness 3 of 3, hypertonic, active trigger point, reproduces the headache")
        << "a change confirms what was carried forward";
    EXPECT_EQ(child<wxCheckBox>(frame, "palpation.hypertonic").GetValue(), true);
    scrollToTop(frame.form(), palpation);
    saveScreenshot(palpation, "palpation-list");

    ASSERT_TRUE(frame.saveNow());
    const SoapNote note = stored();
    const PalpationFinding* saved = note.objective.finding(rhomboids);
    ASSERT_NE(saved, nullptr);
    EXPECT_EQ(saved->tenderness, 2);
    EXPECT_TRUE(saved->hypertonic);
    EXPECT_EQ(note.objective.finding({Muscle::Suboccipitals, BodySide::Right})->tenderness, 3);
}

} // namespace
} // namespace knotwork::gui
