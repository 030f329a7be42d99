#include "clients/ui/intake_health_section.h"

#include <wx/radiobut.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "common/ui/choice_controls.h"
#include "common/ui/form_grid.h"
#include "common/ui/number_field.h"
#include "common/ui/scale_buttons.h"
#include "common/ui/wx_text.h"

namespace knotwork::clients::ui {

using namespace knotwork::ui;

using knotwork::ui::toWx;

IntakeHealthSection::IntakeHealthSection(wxWindow* parent, FieldErrorMarkers& markers)
    : IntakeSection(parent)
{
    FormGrid health(parent, _("Health history"), markers);
    m_conditions = health.addMultiLine(_("Co&nditions"), "health.conditions", 2);
    m_allergies = health.addMultiLine(_("&Allergies (incl. oils, lotions)"), "health.allergies", 2);
    m_flags = new ChoiceChecklist<HealthFlag>(health.parent(), "health.flags", 2);
    health.add(_("Health &flags"), m_flags, FieldWidth::Full);
    m_surgery = health.addMultiLine(_("Sur&gery details"), "health.surgery_details", 2);

    FormGrid lifestyle(parent, _("Lifestyle"), markers);
    wxWindow* box = lifestyle.parent();
    m_sleepHours = new NumberField(box, "lifestyle.sleep_hours", {0, 24, 0.5, 1},
                                   _("h/night (0–24) · 7–9 recommended"));
    lifestyle.add(_("S&leep"), m_sleepHours, FieldWidth::Natural);
    m_water = new NumberField(box, "lifestyle.water_litres_per_day", {0, 15, 0.25, 2}, _("L/day (0–15)"));
    lifestyle.add(_("&Water"), m_water, FieldWidth::Natural);
    m_caffeine = new NumberField(box, "lifestyle.caffeine_servings_per_day", {0, 30, 1, 0},
                                 _("servings/day (0–30)"));
    lifestyle.add(_("Ca&ffeine"), m_caffeine, FieldWidth::Natural);
    m_activity = new NumberField(box, "lifestyle.activity_minutes_per_week", {0, 5000, 10, 0},
                                 _("min/week (0–5000) · guideline 150"));
    lifestyle.add(_("Physical acti&vity"), m_activity, FieldWidth::Natural);
    m_stress = new ScaleButtons(box, "lifestyle.stress", _("0 none · 10 extreme"));
    lifestyle.add(_("St&ress"), m_stress, FieldWidth::Natural);

    FormGrid preferences(parent, _("Preferences and goals"), markers);
    auto* pressure = new wxBoxSizer(wxHORIZONTAL);
    m_pressure.push_back(new wxRadioButton(preferences.parent(), wxID_ANY, _("Not stated"), wxDefaultPosition,
                                           wxDefaultSize, wxRB_GROUP, wxDefaultValidator, "preferred_pressure.none"));
    for (const Choice<PressurePreference>& choice : choices<PressurePreference>())
        m_pressure.push_back(new wxRadioButton(preferences.parent(), wxID_ANY, labelText(choice.value), wxDefaultPosition,
                                               wxDefaultSize, 0, wxDefaultValidator,
                                               "preferred_pressure." + knotwork::ui::toWx(choice.key)));
    for (wxRadioButton* button : m_pressure)
        pressure->Add(button, wxSizerFlags().Border(wxRIGHT, groupGap(*parent)));
    preferences.add(_("Preferred &pressure"), pressure, m_pressure.front(), "preferred_pressure");
    m_goals = preferences.addMultiLine(_("&Goals, in the client's words"), "goals");

    addBox(health.sizer());
    addBox(lifestyle.sizer());
    addBox(preferences.sizer());
}

void IntakeHealthSection::load(const IntakeRecord& record)
{
    const Intake& intake = record.intake;
    m_conditions->SetValue(toWx(intake.health.conditions));
    m_allergies->SetValue(toWx(intake.health.allergies));
    m_flags->setValues(intake.health.flags);
    m_surgery->SetValue(toWx(intake.health.surgeryDetails));
    m_sleepHours->setValue(intake.lifestyle.sleepHours);
    m_water->setValue(intake.lifestyle.waterLitresPerDay);
    m_caffeine->setValue(intake.lifestyle.caffeineServingsPerDay);
    m_activity->setValue(intake.lifestyle.activityMinutesPerWeek);
    m_stress->setValue(intake.lifestyle.stress);
    const std::size_t pressure = intake.preferredPressure
        ? 1 + static_cast<std::size_t>(choiceIndex(*intake.preferredPressure)) : 0;
    m_pressure.at(pressure)->SetValue(true);
    m_goals->SetValue(toWx(intake.goals));
}

void IntakeHealthSection::store(IntakeRecord& record, Validator& problems) const
{
    Intake& intake = record.intake;
    intake.health.conditions = typedText(*m_conditions);
    intake.health.allergies = typedText(*m_allergies);
    intake.health.flags = m_flags->values();
    intake.health.surgeryDetails = typedText(*m_surgery);
    Lifestyle& life = intake.lifestyle;
    life.sleepHours = m_sleepHours->read(problems);
    life.waterLitresPerDay = m_water->read(problems);
    life.caffeineServingsPerDay = m_caffeine->readWhole(problems);
    life.activityMinutesPerWeek = m_activity->readWhole(problems);
    life.stress = m_stress->value();
    intake.preferredPressure.reset();
    for (std::size_t i = 1; i < m_pressure.size(); ++i)
        if (m_pressure[i]->GetValue())
            intake.preferredPressure = choices<PressurePreference>()[i - 1].value;
    intake.goals = typedText(*m_goals);
}

} // namespace knotwork::clients::ui
