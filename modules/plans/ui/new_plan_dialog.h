#pragma once

#include <functional>
#include <vector>

#include "common/ui/record_dialog.h"
#include "plans/plan_service.h"

class wxButton;
class wxChoice;
class wxDatePickerCtrl;
class wxStaticText;

namespace knotwork::plans::ui {

// Starts a client's plan from a template: choose the template and the first day, see the focus
// (from the diagnosis on file), the frequency and each goal with the baseline found in the
// client's notes, measures or intake — and the goals that could not be set yet, and why. The
// therapist's own templates can be renamed and deleted here; the built-in ones cannot.
class NewPlanDialog : public knotwork::ui::RecordDialog {
public:
    NewPlanDialog(wxWindow* parent, PlanService& service, ClientId client, const wxString& clientName);

    void chooseTemplate(TemplateId id);
    const PlanTemplate& chosenTemplate() const;
    const std::vector<PlanTemplate>& templates() const { return m_templates; }
    const InstantiatedPlan& preview() const { return m_preview; }
    wxString previewText() const;

    // Renames the chosen template (one of the therapist's own), asking for the name.
    void renameTemplate();
    // Deletes the chosen template (one of the therapist's own) once the therapist confirms.
    void removeTemplate();
    // How deleting is confirmed (a message box; tests answer it): true to delete the named template.
    using RemoveQuestion = std::function<bool(const wxString& templateName)>;
    void setRemoveQuestion(RemoveQuestion ask) { m_mayRemove = std::move(ask); }

protected:
    void save() override;

private:
    void updatePreview();
    // Reads the templates again and chooses `id` (else the built-in one for the diagnosis).
    void reloadTemplates(std::optional<TemplateId> id);

    PlanService& m_service;
    ClientId m_client;
    std::vector<PlanTemplate> m_templates;
    wxChoice* m_template;
    wxButton* m_rename;
    wxButton* m_remove;
    wxDatePickerCtrl* m_start;
    wxStaticText* m_summary;
    InstantiatedPlan m_preview;
    RemoveQuestion m_mayRemove;
};

} // namespace knotwork::plans::ui
