#pragma once

#include <vector>

#include "clients/ui/choice_checklist.h"
#include "clients/ui/intake_section.h"

class wxRadioButton;
class wxTextCtrl;

namespace knotwork::clients::ui {

class FieldErrorMarkers;
class NumberField;
class ScaleButtons;

// Health history, lifestyle, and the client's preferences and goals.
class IntakeHealthSection : public IntakeSection {
public:
    IntakeHealthSection(wxWindow* parent, FieldErrorMarkers& markers);

    void load(const IntakeRecord& record) override;
    void store(IntakeRecord& record, Validator& problems) const override;

private:
    wxTextCtrl* m_conditions;
    wxTextCtrl* m_allergies;
    ChoiceChecklist<HealthFlag>* m_flags;
    wxTextCtrl* m_surgery;
    NumberField* m_sleepHours;
    NumberField* m_water;
    NumberField* m_caffeine;
    NumberField* m_activity;
    ScaleButtons* m_stress;
    std::vector<wxRadioButton*> m_pressure;  // "not stated", then each PressurePreference
    wxTextCtrl* m_goals;
};

} // namespace knotwork::clients::ui
