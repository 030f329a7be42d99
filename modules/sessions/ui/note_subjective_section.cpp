#include "sessions/ui/note_subjective_section.h"

#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/tglbtn.h>

#include "common/ui/choice_text.h"
#include "common/ui/form_grid.h"
#include "common/ui/number_field.h"
#include "common/ui/scale_buttons.h"
#include "common/ui/tab_group.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"
#include "sessions/note_rules.h"

namespace knotwork::sessions::ui {

using namespace knotwork::ui;
using knotwork::ui::toWx;

namespace {

wxString diaryPeriodUnit(const std::optional<Date>& previousVisit)
{
    if (!previousVisit)
        return _("1–90: the days the client's diary covers (first visit)");
    return wxString::Format(_("1–90: days since the last visit, %s"), formatDate(*previousVisit));
}

} // namespace

NoteSubjectiveSection::NoteSubjectiveSection(wxWindow* parent, FieldErrorMarkers& markers, Changed changed)
    : NoteFormSection(parent, std::move(changed))
{
    FormGrid diary(parent, _("S \u2014 Headache diary"), markers);
    wxWindow* box = diary.parent();
    m_diaryDays = new NumberField(box, "subjective.diary_days", {1, kLongestDiary, 1, 0}, diaryPeriodUnit(std::nullopt));
    diary.add(_("&Diary period (days)"), m_diaryDays, FieldWidth::Natural);
    m_headacheDays = new NumberField(box, "subjective.headache_days", {0, 90, 1, 0}, _("days with a headache"));
    diary.add(_("&Headache days"), m_headacheDays, FieldWidth::Natural);
    m_average = new ScaleButtons(box, "subjective.average_intensity", _("0 no pain · 10 worst imaginable"));
    diary.add(_("A&verage intensity"), m_average, FieldWidth::Natural);
    m_worst = new ScaleButtons(box, "subjective.worst_intensity", _("0 no pain · 10 worst imaginable"));
    diary.add(_("&Worst intensity"), m_worst, FieldWidth::Natural);
    m_duration = new NumberField(box, "subjective.usual_duration_hours", {0, 168, 0.5, 1}, _("hours (0–168)"));
    diary.add(_("Usual d&uration"), m_duration, FieldWidth::Natural);
    m_medicationDays = new NumberField(box, "subjective.medication_days", {0, 90, 1, 0}, _("days with painkillers"));
    diary.add(_("&Medication days"), m_medicationDays, FieldWidth::Natural);
    m_medicationsTaken = diary.addText(_("Medicines ta&ken"), "subjective.medications_taken");
    m_medicationsTaken->SetHint(_("named as the client reports them"));
    m_triggers = new ChoiceChecklist<clients::HeadacheTrigger>(box, "subjective.triggers", 3);
    diary.add(_("Tri&ggers noticed"), m_triggers, FieldWidth::Full);
    addBox(diary);

    FormGrid since(parent, _("S \u2014 Since the last treatment"), markers);
    box = since.parent();
    m_response = new OptionalChoice<TreatmentResponse>(box, "subjective.response_to_last_treatment");
    since.add(_("&Response"), m_response, FieldWidth::Natural);
    m_reliefDays = new NumberField(box, "subjective.relief_days", {0, 90, 0.5, 1}, _("days (0–90)"));
    since.add(_("Relief &lasted"), m_reliefDays, FieldWidth::Natural);
    m_sleep = new NumberField(box, "subjective.sleep_hours", {0, 24, 0.5, 1}, _("hours a night (7–9 recommended)"));
    since.add(_("S&leep"), m_sleep, FieldWidth::Natural);
    m_hydration = new OptionalChoice<Rating>(box, "subjective.hydration");
    since.add(_("H&ydration"), m_hydration, FieldWidth::Natural);
    m_caffeine = new NumberField(box, "subjective.caffeine_servings", {0, 30, 1, 0}, _("servings a day"));
    since.add(_("&Caffeine"), m_caffeine, FieldWidth::Natural);
    m_stress = new ScaleButtons(box, "subjective.stress", _("0 none · 10 extreme"));
    since.add(_("S&tress"), m_stress, FieldWidth::Natural);
    m_goal = since.addText(_("Client's &goal today"), "subjective.goal_today");
    m_notes = since.addMultiLine(_("&Notes"), "subjective.notes", 2);
    addBox(since);

    FormGrid kept(parent, _("S \u2014 Home programme since the last visit"), markers);
    m_homeProgramme = std::make_unique<HomeProgrammeRows>(kept);
    addBox(kept);
    for (wxWindow* control : m_homeProgramme->controls())
        watch(control);

    FormGrid screen(parent, _("S \u2014 Red-flag re-screen: present today?"), markers);
    box = screen.parent();
    std::vector<wxWindow*> questions;
    for (const clients::SafetyIssue flag : clients::currentFlags()) {
        const std::string key = "subjective.rescreen." + std::string(keyOf(flag));
        ScaleButtons* answer = ScaleButtons::yesNo(box, key);
        // A screen reader says the question with each answer, not a bare "Yes".
        answer->button(0)->SetToolTip(wxString::Format(_("%s: no"), toWx(labelOf(flag))));
        answer->button(1)->SetToolTip(wxString::Format(_("%s: yes, present today"), toWx(labelOf(flag))));
        screen.add(toWx(labelOf(flag)), answer, FieldWidth::Natural);
        m_rescreen.emplace_back(flag, answer);
        questions.push_back(answer);
    }
    // One Tab stop: Up and Down go from question to question, Left and Right (Y, N) answer.
    oneTabStop(questions, GroupArrows::UpDown);
    m_newRedFlags = new wxStaticText(box, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "subjective.new_red_flags");
    m_newRedFlags->SetForegroundColour(wxColour(176, 0, 32));
    m_newRedFlags->SetFont(m_newRedFlags->GetFont().Bold());
    screen.addWide(m_newRedFlags);
    screen.addNote(_("Ask each question at every visit; signing needs a yes or no for each. A yes means: refer to "
                     "the client's physician; only a referral visit can be signed until a clearance is recorded."));
    addBox(screen);
}

wxWindow* NoteSubjectiveSection::first() const
{
    return m_diaryDays;
}

void NoteSubjectiveSection::setFlagsOnRecord(const std::set<clients::SafetyIssue>& issues)
{
    m_onRecord = issues;
    refresh();
}

void NoteSubjectiveSection::setPreviousVisit(const std::optional<SoapNote>& previous)
{
    const std::optional<Date> previousVisit = previous ? std::optional(previous->visitDate) : std::nullopt;
    m_homeProgramme->showLastVisit(previousVisit, previous ? previous->plan.homeCare : std::set<HomeCare>{});
    m_diaryDays->setUnit(diaryPeriodUnit(previousVisit));
    relayoutForm(*m_diaryDays);
}

void NoteSubjectiveSection::proposeDiaryDays(const std::optional<int>& before, const std::optional<int>& now)
{
    Validator unread;
    const std::optional<int> shown = m_diaryDays->readWhole(unread);
    if (!unread.ok() || shown != before || now == before)
        return;
    setLoading(true);
    m_diaryDays->setValue(now);
    setLoading(false);
}

std::map<clients::SafetyIssue, bool> NoteSubjectiveSection::rescreenAnswers() const
{
    std::map<clients::SafetyIssue, bool> answers;
    for (const auto& [flag, buttons] : m_rescreen)
        if (const std::optional<int> answer = buttons->value())
            answers[flag] = *answer == 1;
    return answers;
}

void NoteSubjectiveSection::load(const SoapNote& note)
{
    const Subjective& s = note.subjective;
    m_diaryDays->setValue(s.diaryDays);
    m_headacheDays->setValue(s.headacheDays);
    m_average->setValue(s.averageIntensity);
    m_worst->setValue(s.worstIntensity);
    m_duration->setValue(s.usualDurationHours);
    m_medicationDays->setValue(s.medicationDays);
    m_medicationsTaken->ChangeValue(toWx(s.medicationsTaken));
    m_triggers->setValues(s.triggers);
    m_response->setValue(s.responseToLastTreatment);
    m_reliefDays->setValue(s.reliefDays);
    m_sleep->setValue(s.sleepHours);
    m_hydration->setValue(s.hydration);
    m_caffeine->setValue(s.caffeineServings);
    m_stress->setValue(s.stress);
    m_homeProgramme->load(s);
    for (const auto& [flag, buttons] : m_rescreen) {
        const auto answer = s.rescreen.find(flag);
        buttons->setValue(answer == s.rescreen.end() ? std::nullopt : std::optional<int>(answer->second ? 1 : 0));
    }
    m_goal->ChangeValue(toWx(s.goalToday));
    m_notes->ChangeValue(toWx(s.notes));
    refresh();
}

void NoteSubjectiveSection::store(SoapNote& note, Validator& problems) const
{
    Subjective& s = note.subjective;
    s.diaryDays = m_diaryDays->readWhole(problems);
    s.headacheDays = m_headacheDays->readWhole(problems);
    s.averageIntensity = m_average->value();
    s.worstIntensity = m_worst->value();
    s.usualDurationHours = m_duration->read(problems);
    s.medicationDays = m_medicationDays->readWhole(problems);
    s.medicationsTaken = trimmedText(*m_medicationsTaken);
    s.triggers = m_triggers->values();
    s.responseToLastTreatment = m_response->value();
    s.reliefDays = m_reliefDays->read(problems);
    s.sleepHours = m_sleep->read(problems);
    s.hydration = m_hydration->value();
    s.caffeineServings = m_caffeine->readWhole(problems);
    s.stress = m_stress->value();
    m_homeProgramme->store(s);
    s.rescreen = rescreenAnswers();
    s.goalToday = trimmedText(*m_goal);
    s.notes = typedText(*m_notes);
}

void NoteSubjectiveSection::refresh()
{
    const auto found = newRedFlags(rescreenAnswers(), m_onRecord);
    std::set<clients::SafetyIssue> issues(found.begin(), found.end());
    m_newRedFlags->SetLabel(found.empty() ? wxString()
                                          : wxString::Format(_("New today: %s. Refer the client to their physician before any "
                                                               "treatment: chart this visit as a referral visit."),
                                                             labelsText(issues)));
    m_newRedFlags->Show(!found.empty());
    m_newRedFlags->Wrap(640);
    relayoutForm(*m_newRedFlags);
}

} // namespace knotwork::sessions::ui
