#pragma once

#include <vector>

#include "common/ui/choice_checklist.h"
#include "clients/ui/intake_section.h"

class wxRadioButton;
class wxTextCtrl;

namespace knotwork::ui {
class FieldErrorMarkers;
class NumberField;
class ScaleButtons;
}

namespace knotwork::clients::ui {


// Health history, lifestyle, and the client's preferences and goals.
class IntakeHealthSection : public IntakeSection {
public:
    IntakeHealthSection(wxWindow* parent, knotwork::ui::FieldErrorMarkers& markers);

    void load(const IntakeRecord& record) override;
    void store(IntakeRecord& record, Validator& problems) const override;

private:
    wxTextCtrl* m_conditions;
    wxTextCtrl* m_allergies;
    knotwork::ui::ChoiceChecklist<HealthFlag>* m_flags;
    wxTextCtrl* m_surgery;
    knotwork::ui::NumberField* m_sleepHours;
    knotwork::ui::NumberField* m_water;
    knotwork::ui::NumberField* m_caffeine;
    knotwork::ui::NumberField* m_activity;
    knotwork::ui::ScaleButtons* m_stress;
    std::vector<wxRadioButton*> m_pressure;  // "not stated", then each PressurePreference
    wxTextCtrl* m_goals;
};

} // namespace knotwork::clients::ui
