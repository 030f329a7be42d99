#pragma once

#include "clients/ui/choice_checklist.h"
#include "clients/ui/intake_section.h"

class wxTextCtrl;

namespace knotwork::clients::ui {

class FieldErrorMarkers;
class NumberField;
class OptionalDateField;
class ScaleButtons;

// The headache history: onset and mechanism, frequency, intensity and duration, triggers,
// aggravating neck movements, posture and medications.
class IntakeHeadacheSection : public IntakeSection {
public:
    IntakeHeadacheSection(wxWindow* parent, FieldErrorMarkers& markers);

    void load(const IntakeRecord& record) override;
    void store(IntakeRecord& record, Validator& problems) const override;

private:
    wxTextCtrl* m_onset;
    wxTextCtrl* m_mechanism;
    OptionalDateField* m_mechanismDate;
    wxTextCtrl* m_imaging;
    NumberField* m_daysPerMonth;
    ScaleButtons* m_intensity;
    NumberField* m_durationHours;
    ChoiceChecklist<HeadacheTrigger>* m_triggers;
    wxTextCtrl* m_otherTriggers;
    ChoiceChecklist<NeckMovement>* m_movements;
    ChoiceChecklist<PosturePattern>* m_posture;
    ChoiceChecklist<AcuteMedication>* m_acuteMedications;
    wxTextCtrl* m_medications;
    NumberField* m_medicationDays;
};

} // namespace knotwork::clients::ui
