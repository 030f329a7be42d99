#include "plans/ui/new_plan_dialog.h"

#include <wx/choice.h>
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
    for (const PlanTemplate& planTemplate : m_templates)
        m_template->Append(toWx(planTemplate.name));
    form.add(_("&Template"), m_template, knotwork::ui::FieldWidth::Natural);
    m_start = new wxDatePickerCtrl(form.parent(), wxID_ANY, knotwork::ui::toWxDate(service.today()),
                                   wxDefaultPosition, wxDefaultSize, wxDP_DROPDOWN | wxDP_SHOWCENTURY,
                                   wxDefaultValidator, "start_date");
    form.add(_("&Starts on"), m_start, knotwork::ui::FieldWidth::Natural);
    m_summary = new wxStaticText(form.parent(), wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0,
                                 "plan-preview");
    form.addWide(m_summary);
    form.addNote(_("The focus follows the provider's diagnosis on file. Targets follow from each baseline; "
                   "progress is always computed from signed notes and measures."));

    auto* body = new wxBoxSizer(wxVERTICAL);
    body->Add(form.sizer(), wxSizerFlags(1).Expand());
    setBody(body, _("&Start plan"));
    m_template->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { updatePreview(); });
    m_start->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { updatePreview(); });
    // The built-in template for the diagnosis on file comes first to hand.
    chooseTemplate(service.builtInTemplateFor(client));
    markUnchanged();
    SetMinSize(FromDIP(wxSize(640, -1)));
    Fit();
    Centre();
    m_template->SetFocus();
}

void NewPlanDialog::chooseTemplate(TemplateId id)
{
    for (std::size_t i = 0; i < m_templates.size(); ++i)
        if (m_templates[i].id == id)
            m_template->SetSelection(static_cast<int>(i));
    updatePreview();
}

void NewPlanDialog::updatePreview()
{
    const int chosen = m_template->GetSelection();
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
