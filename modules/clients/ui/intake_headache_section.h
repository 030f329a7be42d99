#pragma once

#include "common/ui/choice_checklist.h"
#include "clients/ui/intake_section.h"

class wxTextCtrl;

namespace knotwork::ui {
class FieldErrorMarkers;
class NumberField;
class OptionalDateField;
class ScaleButtons;
}

namespace knotwork::clients::ui {


// The headache history: onset and mechanism, frequency, intensity and duration, triggers,
// aggravating neck movements, posture and medications.
class IntakeHeadacheSection : public IntakeSection {
public:
    IntakeHeadacheSection(wxWindow* parent, knotwork::ui::FieldErrorMarkers& markers);

    void load(const IntakeRecord& record) override;
    void store(IntakeRecord& record, Validator& problems) const override;

private:
    wxTextCtrl* m_onset;
    wxTextCtrl* m_mechanism;
    knotwork::ui::OptionalDateField* m_mechanismDate;
    wxTextCtrl* m_imaging;
    knotwork::ui::NumberField* m_daysPerMonth;
    knotwork::ui::ScaleButtons* m_intensity;
    knotwork::ui::NumberField* m_durationHours;
    knotwork::ui::ChoiceChecklist<HeadacheTrigger>* m_triggers;
    wxTextCtrl* m_otherTriggers;
    knotwork::ui::ChoiceChecklist<NeckMovement>* m_movements;
    knotwork::ui::ChoiceChecklist<PosturePattern>* m_posture;
    knotwork::ui::ChoiceChecklist<AcuteMedication>* m_acuteMedications;
    wxTextCtrl* m_medications;
    knotwork::ui::NumberField* m_medicationDays;
};

} // namespace knotwork::clients::ui
