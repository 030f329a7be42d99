#include "clients/ui/withdraw_flag_dialog.h"

#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "clients/client_service.h"
#include "common/ui/choice_controls.h"
#include "common/ui/choice_text.h"
#include "common/ui/form_grid.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"

namespace knotwork::clients::ui {

using namespace knotwork::ui;

WithdrawFlagDialog::WithdrawFlagDialog(wxWindow* parent, ClientService& service, ClientId client)
    : RecordDialog(parent, _("Withdraw a flag"), "withdraw-flag-dialog"), m_service(service), m_client(client)
{
    const ClientChart chart = service.clients().chart(client);
    const SafetyAssessment assessment = service.assess(chart);

    FormGrid form(this, wxString::Format(_("Flags on record for %s"), knotwork::ui::toWx(fullName(chart.client))),
                  markers());
    wxArrayString flags;
    m_flags = assessment.withdrawableFlags();
    for (const SafetyIssue issue : m_flags)
        flags.Add(wxString::Format(_("%s (since %s)"), labelText(issue), formatDate(assessment.raisedAt.at(issue))));
    m_flag = new wxChoice(form.parent(), wxID_ANY, wxDefaultPosition, wxDefaultSize, flags, 0, wxDefaultValidator,
                          "withdrawal.issue");
    m_flag->SetSelection(flags.empty() ? wxNOT_FOUND : 0);
    form.add(_("&Flag *"), m_flag, FieldWidth::Full);
    m_reason = new wxChoice(form.parent(), wxID_ANY, wxDefaultPosition, wxDefaultSize,
                            choiceLabels<WithdrawalReason>(), 0, wxDefaultValidator, "withdrawal.reason");
    m_reason->SetSelection(choiceIndex(WithdrawalReason::ResolvedConfirmedByProvider));
    form.add(_("&Reason *"), m_reason);
    m_details = form.addMultiLine(_("&Details *"), "withdrawal.details", 3);
    m_details->SetHint(_("Who confirmed it and when, or what was entered wrongly"));
    form.addNote(_("A flag answered \"no\" at a later visit stays on record: only a clearance or a withdrawal with "
                   "its reason lifts it. The withdrawal is kept in the chart and printed on reports."));
    markUnchanged();

    auto* body = new wxBoxSizer(wxVERTICAL);
    body->Add(form.sizer(), wxSizerFlags(1).Expand());
    setBody(body, _("&Withdraw flag"));
    SetMinSize(FromDIP(wxSize(560, -1)));
    Fit();
    Centre();
}

void WithdrawFlagDialog::save()
{
    FlagWithdrawal withdrawal;
    const int flag = m_flag->GetSelection();
    if (flag == wxNOT_FOUND)
        throw ValidationError("withdrawal.issue", "not-on-record", knotwork::ui::toUtf8(_("There is no flag on record to withdraw.")));
    withdrawal.issue = m_flags[static_cast<std::size_t>(flag)];
    withdrawal.reason = choiceAt<WithdrawalReason>(m_reason->GetSelection());
    withdrawal.details = typedText(*m_details);
    m_service.withdrawFlag(m_client, withdrawal);
}

} // namespace knotwork::clients::ui
