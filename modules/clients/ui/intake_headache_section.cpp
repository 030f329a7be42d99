#include "clients/ui/intake_headache_section.h"

#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "common/ui/form_grid.h"
#include "common/ui/number_field.h"
#include "common/ui/optional_date_field.h"
#include "common/ui/scale_buttons.h"
#include "common/ui/wx_text.h"

namespace knotwork::clients::ui {

using namespace knotwork::ui;

using knotwork::ui::toWx;

IntakeHeadacheSection::IntakeHeadacheSection(wxWindow* parent, FieldErrorMarkers& markers)
    : IntakeSection(parent)
{
    FormGrid history(parent, _("Headache history"), markers);
    wxWindow* box = history.parent();
    m_onset = history.addText(_("&Onset"), "headache.onset");
    m_onset->SetHint(_("When and how the headaches began"));
    m_mechanism = history.addText(_("&Mechanism"), "headache.mechanism");
    m_mechanism->SetHint(_("e.g. rear-end car accident (whiplash)"));
    m_mechanismDate = new OptionalDateField(box, "headache.mechanism_date", _("Known"));
    history.add(_("Date of the injury or &event"), m_mechanismDate, FieldWidth::Natural);
    m_imaging = history.addMultiLine(_("&Imaging findings"), "headache.imaging_findings", 2);
    m_daysPerMonth = new NumberField(box, "headache.days_per_month", {0, 31, 1, 0}, _("days/month (0–31)"));
    history.add(_("Headache da&ys"), m_daysPerMonth, FieldWidth::Natural);
    m_intensity = new ScaleButtons(box, "headache.usual_intensity", _("0 no pain · 10 worst pain imaginable"));
    history.add(_("Usual in&tensity"), m_intensity, FieldWidth::Natural);
    m_durationHours = new NumberField(box, "headache.usual_duration_hours", {0, 168, 0.5, 1}, _("hours (0–168)"));
    history.add(_("Usual d&uration"), m_durationHours, FieldWidth::Natural);
    m_triggers = new ChoiceChecklist<HeadacheTrigger>(box, "headache.triggers", 2);
    history.add(_("T&riggers"), m_triggers, FieldWidth::Full);
    m_otherTriggers = history.addText(_("Ot&her triggers"), "headache.other_triggers");
    m_movements = new ChoiceChecklist<NeckMovement>(box, "headache.aggravating_movements", 2);
    history.add(_("A&ggravating movements"), m_movements, FieldWidth::Full);
    m_posture = new ChoiceChecklist<PosturePattern>(box, "headache.posture", 3);
    history.add(_("&Posture"), m_posture, FieldWidth::Full);
    m_medications = history.addMultiLine(_("Medicati&ons"), "headache.medications", 2);
    m_medicationDays = new NumberField(box, "headache.medication_days_per_month", {0, 31, 1, 0},
                                       _("days/month (0–31)"));
    history.add(_("Medication d&ays"), m_medicationDays, FieldWidth::Natural);
    m_acuteMedications = new ChoiceChecklist<AcuteMedication>(box, "headache.acute_medications", 2);
    history.add(_("Acute medication &kinds"), m_acuteMedications, FieldWidth::Full);
    addBox(history.sizer());
}

void IntakeHeadacheSection::load(const IntakeRecord& record)
{
    const HeadacheProfile& headache = record.intake.headache;
    m_onset->SetValue(toWx(headache.onset));
    m_mechanism->SetValue(toWx(headache.mechanism));
    m_mechanismDate->setDate(headache.mechanismDate);
    m_imaging->SetValue(toWx(headache.imagingFindings));
    m_daysPerMonth->setValue(headache.headacheDaysPerMonth);
    m_intensity->setValue(headache.usualIntensity);
    m_durationHours->setValue(headache.usualDurationHours);
    m_triggers->setValues(headache.triggers);
    m_otherTriggers->SetValue(toWx(headache.otherTriggers));
    m_movements->setValues(headache.aggravatingMovements);
    m_posture->setValues(headache.posture);
    m_medications->SetValue(toWx(headache.medications));
    m_medicationDays->setValue(headache.medicationDaysPerMonth);
    m_acuteMedications->setValues(headache.acuteMedications);
}

void IntakeHeadacheSection::store(IntakeRecord& record, Validator& problems) const
{
    HeadacheProfile& headache = record.intake.headache;
    headache.onset = trimmedText(*m_onset);
    headache.mechanism = trimmedText(*m_mechanism);
    headache.mechanismDate = m_mechanismDate->date();
    headache.imagingFindings = typedText(*m_imaging);
    headache.headacheDaysPerMonth = m_daysPerMonth->readWhole(problems);
    headache.usualIntensity = m_intensity->value();
    headache.usualDurationHours = m_durationHours->read(problems);
    headache.triggers = m_triggers->values();
    headache.otherTriggers = trimmedText(*m_otherTriggers);
    headache.aggravatingMovements = m_movements->values();
    headache.posture = m_posture->values();
    headache.medications = typedText(*m_medications);
    headache.medicationDaysPerMonth = m_medicationDays->readWhole(problems);
    headache.acuteMedications = m_acuteMedications->values();
}

} // namespace knotwork::clients::ui
