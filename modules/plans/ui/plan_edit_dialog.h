#pragma once

#include "common/ui/record_dialog.h"
#include "plans/plan_service.h"

class wxDatePickerCtrl;
class wxScrolledWindow;
class wxTextCtrl;

namespace knotwork::ui {
template <typename E>
class ChoiceChecklist;
}

namespace knotwork::plans::ui {

class GoalEditor;
class PhaseEditor;

// Edits an open plan: review date, frequency phases, goals, target muscles and regions,
// techniques, home programme and precautions. The plan's focus stays as the diagnosis on file
// set it. "Save as my template" keeps the plan's shape for the next client.
class PlanEditDialog : public knotwork::ui::RecordDialog {
public:
    PlanEditDialog(wxWindow* parent, PlanService& service, const TreatmentPlan& plan);
    ~PlanEditDialog() override;

    // What the form holds now.
    TreatmentPlan plan() const;
    PhaseEditor& phases() const { return *m_phases; }
    GoalEditor& goals() const { return *m_goals; }
    // Saves the form's treatment, phases and goals as a template named `name`; its id.
    TemplateId saveAsTemplate(const std::string& name);

protected:
    void save() override;
    void makeRoom() override;

private:
    void askTemplateName();

    PlanService& m_service;
    TreatmentPlan m_plan;
    wxScrolledWindow* m_body;
    wxDatePickerCtrl* m_review;
    wxTextCtrl* m_precautions;
    wxTextCtrl* m_homeNotes;
    std::unique_ptr<PhaseEditor> m_phases;
    std::unique_ptr<GoalEditor> m_goals;
    knotwork::ui::ChoiceChecklist<sessions::Muscle>* m_muscles;
    knotwork::ui::ChoiceChecklist<sessions::TreatedRegion>* m_regions;
    knotwork::ui::ChoiceChecklist<sessions::Technique>* m_techniques;
    knotwork::ui::ChoiceChecklist<sessions::HomeCare>* m_homeCare;
};

} // namespace knotwork::plans::ui
