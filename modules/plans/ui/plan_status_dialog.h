#pragma once

#include "common/ui/record_dialog.h"
#include "plans/plan_service.h"

class wxChoice;
class wxTextCtrl;

namespace knotwork::plans::ui {

// Puts a plan on hold, completes or discontinues it (with the reason the record needs), or
// makes it active again.
class PlanStatusDialog : public knotwork::ui::RecordDialog {
public:
    PlanStatusDialog(wxWindow* parent, PlanService& service, const TreatmentPlan& plan);

    void choose(PlanStatus status);
    wxTextCtrl& reason() const { return *m_reason; }

protected:
    void save() override;

private:
    PlanService& m_service;
    TreatmentPlan m_plan;
    wxChoice* m_status;
    wxTextCtrl* m_reason;
};

} // namespace knotwork::plans::ui
