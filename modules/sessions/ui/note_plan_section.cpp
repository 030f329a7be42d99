#include "sessions/ui/note_plan_section.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/statbox.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "common/ui/form_grid.h"
#include "common/ui/number_field.h"
#include "common/ui/wx_text.h"

namespace knotwork::sessions::ui {

using namespace knotwork::ui;
using knotwork::ui::toWx;

NotePlanSection::NotePlanSection(wxWindow* parent, FieldErrorMarkers& markers, Changed changed)
    : NoteFormSection(parent, std::move(changed))
{
    FormGrid visit(parent, _("P \u2014 This visit"), markers);
    m_kind = new wxChoice(visit.parent(), wxID_ANY, wxDefaultPosition, wxDefaultSize, choiceLabels<NoteKind>(), 0,
                          wxDefaultValidator, "kind");
    visit.add(_("Chart &as"), m_kind, FieldWidth::Natural);
    visit.addNote(_("A referral visit records the re-screen, what was observed and the referral made, and that no "
                    "treatment was given. It is what can be signed while a red flag is open."));
    addBox(visit);

    FormGrid treatment(parent, _("P \u2014 Treatment given"), markers);
    m_treatmentBox = treatment.sizer();
    wxWindow* box = treatment.parent();
    m_techniques = new ChoiceChecklist<Technique>(box, "plan.techniques", 3);
    treatment.add(_("T&echniques"), m_techniques, FieldWidth::Full);
    m_regions = new ChoiceChecklist<TreatedRegion>(box, "plan.regions", 3);
    treatment.add(_("Re&gions"), m_regions, FieldWidth::Full);
    m_muscles = new ChoiceChecklist<Muscle>(box, "plan.muscles_treated", 3);
    treatment.add(_("M&uscles treated"), m_muscles, FieldWidth::Full);
    m_pressure = new OptionalChoice<clients::PressurePreference>(box, "plan.pressure");
    treatment.add(_("Press&ure"), m_pressure, FieldWidth::Natural);
    m_duration = new NumberField(box, "plan.duration_minutes", {5, 180, 5, 0}, _("minutes (5–180)"));
    treatment.add(_("Treatment &duration"), m_duration, FieldWidth::Natural);
    addBox(treatment);

    FormGrid next(parent, _("P \u2014 Home care and next steps"), markers);
    box = next.parent();
    m_homeCare = new ChoiceChecklist<HomeCare>(box, "plan.home_care", 2);
    next.add(_("&Home care given"), m_homeCare, FieldWidth::Full);
    m_homeCareNotes = next.addText(_("Home care n&otes"), "plan.home_care_notes");
    m_nextVisit = new NumberField(box, "plan.next_visit_in_weeks", {1, 26, 1, 0}, _("weeks (1–26)"));
    next.add(_("Ne&xt visit in"), m_nextVisit, FieldWidth::Natural);
    m_referralMade = new wxCheckBox(box, wxID_ANY, _("Referral made"), wxDefaultPosition, wxDefaultSize, 0,
                                    wxDefaultValidator, "plan.referral_made");
    next.add(_("&Referral"), m_referralMade, FieldWidth::Natural);
    m_referredTo = next.addText(_("Referred &to"), "plan.referred_to_name");
    m_referralMethods = new ChoiceChecklist<ReferralMethod>(box, "plan.referral_methods", 4);
    next.add(_("Referred &how"), m_referralMethods, FieldWidth::Full);
    m_referralNotes = next.addText(_("Referral: &why"), "plan.referral_notes");
    m_notes = next.addMultiLine(_("Plan &notes"), "plan.notes", 2);
    addBox(next);
}

wxWindow* NotePlanSection::first() const
{
    return m_kind;
}

NoteKind NotePlanSection::kind() const
{
    return choiceAt<NoteKind>(std::max(0, m_kind->GetSelection()));
}

void NotePlanSection::refresh()
{
    const bool referral = kind() == NoteKind::Referral;
    m_treatmentBox->GetStaticBox()->Enable(!referral);
    if (referral && !m_referralMade->GetValue())
        m_referralMade->SetValue(true);
    // Who, how and why are asked once a referral was made (and skipped by Tab until then).
    for (wxWindow* detail : std::initializer_list<wxWindow*>{m_referredTo, m_referralMethods, m_referralNotes})
        detail->Enable(m_referralMade->GetValue());
}

void NotePlanSection::load(const SoapNote& note)
{
    const Plan& p = note.plan;
    m_kind->SetSelection(choiceIndex(note.kind));
    m_techniques->setValues(p.techniques);
    m_regions->setValues(p.regions);
    m_muscles->setValues(p.musclesTreated);
    m_pressure->setValue(p.pressure);
    m_duration->setValue(p.durationMinutes ? std::optional<double>(*p.durationMinutes) : std::nullopt);
    m_homeCare->setValues(p.homeCare);
    m_homeCareNotes->ChangeValue(toWx(p.homeCareNotes));
    m_nextVisit->setValue(p.nextVisitInWeeks ? std::optional<double>(*p.nextVisitInWeeks) : std::nullopt);
    m_referralMade->SetValue(p.referralMade);
    m_referredTo->ChangeValue(toWx(p.referredToName));
    m_referralMethods->setValues(p.referralMethods);
    m_referralNotes->ChangeValue(toWx(p.referralNotes));
    m_notes->ChangeValue(toWx(p.notes));
    refresh();
}

void NotePlanSection::store(SoapNote& note, Validator& problems) const
{
    Plan& p = note.plan;
    note.kind = kind();
    if (note.referralVisit()) {
        p.techniques.clear();
        p.regions.clear();
        p.musclesTreated.clear();
        p.pressure.reset();
        p.durationMinutes.reset();
    } else {
        p.techniques = m_techniques->values();
        p.regions = m_regions->values();
        p.musclesTreated = m_muscles->values();
        p.pressure = m_pressure->value();
        p.durationMinutes = m_duration->readWhole(problems);
    }
    p.homeCare = m_homeCare->values();
    p.homeCareNotes = trimmedText(*m_homeCareNotes);
    p.nextVisitInWeeks = m_nextVisit->readWhole(problems);
    p.referralMade = m_referralMade->GetValue();
    p.referredToName = trimmedText(*m_referredTo);
    p.referralMethods = m_referralMethods->values();
    p.referralNotes = trimmedText(*m_referralNotes);
    p.notes = typedText(*m_notes);
}

} // namespace knotwork::sessions::ui
