#include "plans/ui/new_plan_dialog.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/msgdlg.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "common/ui/form_grid.h"
#include "common/ui/wx_date.h"
#include "common/error.h"
#include "common/ui/wx_text.h"
#include "plans/plan_choices.h"
#include "plans/plan_text.h"
#include "plans/ui/template_name_dialog.h"
#include "sessions/ui/session_text.h"

namespace knotwork::plans::ui {

using knotwork::ui::toWx;

NewPlanDialog::NewPlanDialog(wxWindow* parent, PlanService& service, ClientId client, const wxString& clientName)
    : RecordDialog(parent, wxString::Format(_("New treatment plan for %s"), clientName), "new-plan-dialog"),
      m_service(service),
      m_client(client),
      m_templates(service.templates())
{
    knotwork::ui::FormGrid form(this, _("Start from"), markers());
    m_template = new wxChoice(form.parent(), wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0,
                              wxDefaultValidator, "focus");
    m_rename = new wxButton(form.parent(), wxID_ANY, _("Re&name…"), wxDefaultPosition, wxDefaultSize, 0,
                            wxDefaultValidator, "rename-template");
    m_remove = new wxButton(form.parent(), wxID_ANY, _("&Delete…"), wxDefaultPosition, wxDefaultSize, 0,
                            wxDefaultValidator, "remove-template");
    m_rename->SetToolTip(_("Rename this template of yours"));
    m_remove->SetToolTip(_("Delete this template of yours; plans started from it keep what they copied"));
    auto* templateRow = new wxBoxSizer(wxHORIZONTAL);
    const int gap = knotwork::ui::relatedGap(*this);
    templateRow->Add(m_template, wxSizerFlags().CentreVertical());
    templateRow->Add(m_rename, wxSizerFlags().CentreVertical().Border(wxLEFT, gap));
    templateRow->Add(m_remove, wxSizerFlags().CentreVertical().Border(wxLEFT, gap));
    form.add(_("&Template"), templateRow, m_template, "focus");
    m_start = new wxDatePickerCtrl(form.parent(), wxID_ANY, knotwork::ui::toWxDate(service.today()),
                                   wxDefaultPosition, wxDefaultSize, wxDP_DROPDOWN | wxDP_SHOWCENTURY,
                                   wxDefaultValidator, "start_date");
    form.add(_("&Starts on"), m_start, knotwork::ui::FieldWidth::Natural);
    m_summary = new wxStaticText(form.parent(), wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0,
                                 "plan-preview");
    form.addWide(m_summary);
    form.addNote(_("The focus follows the provider's diagnosis on file. Targets follow from each baseline; "
                   "progress is always computed from signed notes and measures. Your own templates (Save as "
                   "my template in the plan editor) can be renamed or deleted; the built-in ones cannot."));

    auto* body = new wxBoxSizer(wxVERTICAL);
    body->Add(form.sizer(), wxSizerFlags(1).Expand());
    setBody(body, _("&Start plan"));
    m_template->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { updatePreview(); });
    m_start->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { updatePreview(); });
    m_rename->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { renameTemplate(); });
    m_remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { removeTemplate(); });
    m_mayRemove = [this](const wxString& name) {
        return wxMessageBox(wxString::Format(_("Delete your template \u201c%s\u201d? Plans already started from "
                                               "it keep their goals and treatment."),
                                             name),
                            _("Delete template"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this)
               == wxYES;
    };
    reloadTemplates(std::nullopt);
    markUnchanged();
    SetMinSize(FromDIP(wxSize(640, -1)));
    Fit();
    Centre();
    m_template->SetFocus();
}

void NewPlanDialog::reloadTemplates(std::optional<TemplateId> id)
{
    m_templates = m_service.templates();
    m_template->Clear();
    for (const PlanTemplate& planTemplate : m_templates)
        m_template->Append(toWx(planTemplate.name));
    // The built-in template for the diagnosis on file comes first to hand.
    chooseTemplate(id.value_or(m_service.builtInTemplateFor(m_client)));
}

void NewPlanDialog::chooseTemplate(TemplateId id)
{
    for (std::size_t i = 0; i < m_templates.size(); ++i)
        if (m_templates[i].id == id)
            m_template->SetSelection(static_cast<int>(i));
    updatePreview();
}

const PlanTemplate& NewPlanDialog::chosenTemplate() const
{
    return m_templates.at(static_cast<std::size_t>(std::max(0, m_template->GetSelection())));
}

void NewPlanDialog::renameTemplate()
{
    const PlanTemplate chosen = chosenTemplate();
    if (chosen.builtIn())
        return;
    TemplateNameDialog ask(this, _("Rename template"), toWx(chosen.name), [this, &chosen](const std::string& name) {
        m_service.renameTemplate(chosen.id, chosen.rowVersion, name);
    });
    if (ask.ShowModal() == wxID_OK)
        reloadTemplates(chosen.id);
}

void NewPlanDialog::removeTemplate()
{
    const PlanTemplate chosen = chosenTemplate();
    if (chosen.builtIn() || !m_mayRemove(toWx(chosen.name)))
        return;
    if (attempt([&] { m_service.removeTemplate(chosen.id, chosen.rowVersion); }))
        reloadTemplates(std::nullopt);
}

void NewPlanDialog::updatePreview()
{
    const int chosen = m_template->GetSelection();
    const bool own = chosen >= 0 && !m_templates[static_cast<std::size_t>(chosen)].builtIn();
    m_rename->Enable(own);
    m_remove->Enable(own);
    const std::optional<Date> start = knotwork::ui::fromWxDate(m_start->GetValue());
    if (chosen < 0 || !start)
        return;
    try {
        m_preview = m_service.planFromTemplate(m_client, m_templates[chosen].id, *start);
    } catch (const Error& error) {
        m_summary->SetLabel(toWx(error.what()));
        return;
    }
    m_summary->SetLabel(previewText());
    markChanged();
    Layout();
    Fit();
}

wxString NewPlanDialog::previewText() const
{
    const TreatmentPlan& plan = m_preview.plan;
    wxString text = wxString::Format(_("Focus: %s\nFrequency: %s\nReview on %s\n"), toWx(labelOf(plan.focus)),
                                     toWx(describePhases(plan.phases)), knotwork::ui::formatDate(plan.reviewDate));
    text += _("Goals:");
    for (const Goal& goal : plan.goals) {
        GoalProgress unmeasured;
        unmeasured.goal = goal;
        const GoalRow row = describeGoalProgress(unmeasured, sessions::ui::localeDate);
        text += wxString::Format(_("\n  • %s: %s → %s"), toWx(row.goal), toWx(row.baseline), toWx(row.target));
    }
    if (plan.goals.empty())
        text += _(" none yet");
    for (const SkippedGoal& skipped : m_preview.skipped)
        text += wxString::Format(_("\n  ○ %s"), toWx(skipped.reason));
    return text;
}

void NewPlanDialog::save()
{
    m_service.addPlan(m_preview.plan);
}

} // namespace knotwork::plans::ui
