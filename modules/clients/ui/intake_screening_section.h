#pragma once

#include <vector>

#include "common/ui/choice_checklist.h"
#include "clients/ui/intake_section.h"

class wxStaticText;
class wxTextCtrl;

namespace knotwork::ui {
class FieldErrorMarkers;
class OptionalDateField;
}

namespace knotwork::clients::ui {

class SafetyBadge;

// The safety screening: red flags, findings that need a medical clearance and those that only
// suggest a referral, with the status the client will have once saved, updated as boxes are
// ticked. Un-ticking a flag on record does not lift it: the status says so.
class IntakeScreeningSection : public IntakeSection {
public:
    // `chart` is the client's so far (empty for a new client): its screenings, withdrawals and
    // clearances decide the status the ticks give.
    IntakeScreeningSection(wxWindow* parent, knotwork::ui::FieldErrorMarkers& markers, Date today, const ClientChart& chart);

    void load(const IntakeRecord& record) override;
    void store(IntakeRecord& record, Validator& problems) const override;

    // The status the ticked answers give, with the clearances on file and the diagnoses and
    // health history of the form as last previewed.
    SafetyAssessment assessment() const;
    // The form elsewhere changed (a diagnosis, a health flag): shows the status it would give.
    void preview(const IntakeRecord& record);
    const SafetyBadge& badge() const { return *m_badge; }
    wxString explanation() const;

private:
    std::set<SafetyIssue> ticked() const;
    void showStatus();

    Date m_today;
    std::vector<Screening> m_history;
    std::vector<FlagWithdrawal> m_withdrawals;
    std::vector<Clearance> m_clearances;
    std::vector<Diagnosis> m_diagnoses;  // as the form shows them
    std::set<HealthFlag> m_healthFlags;
    std::vector<knotwork::ui::ChoiceChecklist<SafetyIssue>*> m_groups;
    SafetyBadge* m_badge;
    wxStaticText* m_explanation;
    knotwork::ui::OptionalDateField* m_pregnancyEndsOn;
    wxTextCtrl* m_notes;
};

} // namespace knotwork::clients::ui
