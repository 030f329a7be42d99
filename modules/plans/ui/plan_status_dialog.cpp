#include "plans/ui/plan_status_dialog.h"

#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "common/ui/form_grid.h"
#include "common/ui/wx_text.h"
#include "plans/plan_choices.h"

namespace knotwork::plans::ui {

using knotwork::ui::toWx;

PlanStatusDialog::PlanStatusDialog(wxWindow* parent, PlanService& service, const TreatmentPlan& plan)
    : RecordDialog(parent, _("Plan status"), "plan-status-dialog"),
      m_service(service),
      m_plan(plan)
{
    knotwork::ui::FormGrid form(this, toWx(labelOf(plan.focus)), markers());
    m_status = new wxChoice(form.parent(), wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0,
                            wxDefaultValidator, "status");
    for (const auto& choice : choices<PlanStatus>())
        m_status->Append(toWx(labelOf(choice.value)));
    form.add(_("&Status"), m_status, knotwork::ui::FieldWidth::Natural);
    m_reason = form.addMultiLine(_("&Reason"), "status_reason", 3);
    m_reason->SetHint(_("Required when on hold or discontinued, e.g. referred back to the physician"));
    m_reason->SetValue(toWx(plan.statusReason));
    form.addNote(_("A plan is never deleted: completed and discontinued plans stay in the client's record."));
    auto* body = new wxBoxSizer(wxVERTICAL);
    body->Add(form.sizer(), wxSizerFlags(1).Expand());
    setBody(body, _("&Save"));
    choose(plan.status);
    markUnchanged();
    SetMinSize(FromDIP(wxSize(520, -1)));
    Fit();
    Centre();
    m_status->SetFocus();
}

void PlanStatusDialog::choose(PlanStatus status)
{
    for (std::size_t i = 0; i < choices<PlanStatus>().size(); ++i)
        if (choices<PlanStatus>()[i].value == status)
            m_status->SetSelection(static_cast<int>(i));
}

void PlanStatusDialog::save()
{
    const PlanStatus status = choices<PlanStatus>()[std::max(0, m_status->GetSelection())].value;
    m_service.changeStatus(m_plan.id, m_plan.rowVersion, status, knotwork::ui::typedText(*m_reason));
}

} // namespace knotwork::plans::ui
