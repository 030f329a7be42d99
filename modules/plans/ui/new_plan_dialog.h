#pragma once

#include <vector>

#include "common/ui/record_dialog.h"
#include "plans/plan_service.h"

class wxChoice;
class wxDatePickerCtrl;
class wxStaticText;

namespace knotwork::plans::ui {

// Starts a client's plan from a template: choose the template and the first day, see the focus
// (from the diagnosis on file), the frequency and each goal with the baseline found in the
// client's notes, measures or intake — and the goals that could not be set yet, and why.
class NewPlanDialog : public knotwork::ui::RecordDialog {
public:
    NewPlanDialog(wxWindow* parent, PlanService& service, ClientId client, const wxString& clientName);

    void chooseTemplate(TemplateId id);
    const InstantiatedPlan& preview() const { return m_preview; }
    wxString previewText() const;

protected:
    void save() override;

private:
    void updatePreview();

    PlanService& m_service;
    ClientId m_client;
    std::vector<PlanTemplate> m_templates;
    wxChoice* m_template;
    wxDatePickerCtrl* m_start;
    wxStaticText* m_summary;
    InstantiatedPlan m_preview;
};

} // namespace knotwork::plans::ui
