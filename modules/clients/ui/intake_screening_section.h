#pragma once

#include <vector>

#include "clients/ui/choice_checklist.h"
#include "clients/ui/intake_section.h"

class wxStaticText;
class wxTextCtrl;

namespace knotwork::clients::ui {

class FieldErrorMarkers;
class SafetyBadge;

// The safety screening: red flags, findings that need a medical clearance and those that only
// suggest a referral, with the status the client will have once saved, updated as boxes are
// ticked.
class IntakeScreeningSection : public IntakeSection {
public:
    // `history` and `clearances` are the client's so far (none for a new client).
    IntakeScreeningSection(wxWindow* parent, FieldErrorMarkers& markers, Date today,
                           std::vector<Screening> history, std::vector<Clearance> clearances);

    void load(const IntakeRecord& record) override;
    void store(IntakeRecord& record, Validator& problems) const override;

    // The status the ticked answers give, with the clearances on file.
    SafetyAssessment assessment() const;
    const SafetyBadge& badge() const { return *m_badge; }
    wxString explanation() const;

private:
    std::set<SafetyIssue> ticked() const;
    void showStatus();

    Date m_today;
    std::vector<Screening> m_history;
    std::vector<Clearance> m_clearances;
    std::vector<ChoiceChecklist<SafetyIssue>*> m_groups;
    SafetyBadge* m_badge;
    wxStaticText* m_explanation;
    wxTextCtrl* m_notes;
};

} // namespace knotwork::clients::ui
