#include "clients/ui/chart_overview_page.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>

#include "clients/ui/badge.h"
#include "clients/ui/chart_text.h"
#include "common/number_text.h"
#include "common/ui/accessibility.h"
#include "common/ui/choice_text.h"
#include "common/ui/wx_date.h"

namespace knotwork::clients::ui {

using namespace knotwork::ui;

using knotwork::ui::toWx;

ChartOverviewPage::ChartOverviewPage(wxWindow* parent, ScreeningActions actions)
    : FactSheet(parent, "chart-overview"), m_actions(std::move(actions))
{
    setAccessibleName(*this, _("Overview"));
}

void ChartOverviewPage::addButton(wxSizer* row, const wxString& label, const wxString& name,
                                  const std::function<void()>& run)
{
    auto* button = new wxButton(this, wxID_ANY, label, wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, name);
    button->Bind(wxEVT_BUTTON, [run](wxCommandEvent&) { run(); });
    row->Add(button, wxSizerFlags().Border(wxTOP, FromDIP(6)));
}

void ChartOverviewPage::show(const ChartContext& context)
{
    Freeze();
    clear();
    addContact(context);
    addCareTeam(context);
    addConsents(context);
    addScreening(context);
    if (!context.chart.client.notes.empty()) {
        beginGroup(_("Notes"));
        addText(toWx(context.chart.client.notes));
    }
    finish();
    Thaw();
}

void ChartOverviewPage::addContact(const ChartContext& context)
{
    const Client& client = context.chart.client;
    beginGroup(_("Contact"));
    addFact(_("Phone"), toWx(client.phone));
    addFact(_("Email"), toWx(client.email));
    addFact(_("Address"), toWx(client.address));
    wxString born;
    if (client.dateOfBirth) {
        const std::optional<int> age = ageOn(client, context.today);
        born = age ? wxString::Format(_("%s (age %d)"), formatDate(*client.dateOfBirth), *age)
                   : formatDate(*client.dateOfBirth);
    }
    addFact(_("Date of birth"), born);
    addFact(_("Occupation"), toWx(client.occupation));
    addFact(_("Screen work"), client.screenHoursPerDay
                                  ? wxString::Format(wxPLURAL("%s hour a day", "%s hours a day",
                                                              pluralCount(client.screenHoursPerDay.value_or(0))),
                                                     numberText(client.screenHoursPerDay))
                                  : wxString());

    beginGroup(_("Emergency contact"));
    const EmergencyContact& emergency = client.emergencyContact;
    if (emergency.name.empty() && emergency.phone.empty()) {
        addText(_("No emergency contact on file."));
        return;
    }
    addFact(_("Name"), toWx(emergency.name));
    addFact(_("Relationship"), toWx(emergency.relationship));
    addFact(_("Phone"), toWx(emergency.phone));
}

void ChartOverviewPage::addCareTeam(const ChartContext& context)
{
    beginGroup(_("Care team"));
    if (context.chart.careTeam.empty()) {
        addText(_("No providers on the care team yet. Add them on the intake form."));
        return;
    }
    for (const CareTeamMember& member : context.chart.careTeam) {
        const Provider* provider = context.provider(member.providerId);
        wxString role = labelText(member.relation);
        if (provider)
            role = wxString::Format(_("%s · %s"), labelText(provider->role), role);
        if (member.since)
            role += "\n" + wxString::Format(_("On the care team since %s"), formatDate(*member.since));
        if (!member.referralReason.empty())
            role += "\n" + wxString::Format(_("Reason for referral: %s"), toWx(member.referralReason));
        wxSizer* row = addFact(context.providerName(member.providerId), role);
        if (!mayShareWith(context.chart.consents, member.providerId, context.today)) {
            auto* badge = new Badge(this, "no-share-consent");
            badge->setStyle(noShareConsentStyle(),
                            _("The client has not consented to share records with this provider: "
                              "nothing about them can be sent there."));
            row->Add(badge, wxSizerFlags().Border(wxTOP, FromDIP(6)));
        }
    }
}

void ChartOverviewPage::addConsents(const ChartContext& context)
{
    beginGroup(_("Consents"));
    if (!hasTreatmentConsent(context.chart.consents, context.today))
        addText(_("No current informed consent to treatment on file."));
    for (const Consent& consent : context.chart.consents) {
        wxString what = _("Consent to treatment");
        if (consent.kind == ConsentKind::ShareRecords)
            what = wxString::Format(_("Share records with %s"), context.providerName(consent.providerId));
        else if (consent.kind == ConsentKind::CancellationPolicy)
            what = _("Cancellation policy");
        addFact(what, consentText(consent));
    }
}

void ChartOverviewPage::addScreening(const ChartContext& context)
{
    beginGroup(_("Safety screening"));
    const Screening* latest = context.chart.latestScreening();
    if (!latest) {
        addText(_("Not screened yet: complete the intake form's safety screening before treatment."));
        return;
    }
    addFact(_("Last screened"), wxString::Format(_("%s (%s)"), formatDate(latest->screenedAt), labelText(latest->kind)));
    addFact(_("Findings"), issuesText(latest->issues));
    if (!latest->notes.empty())
        addFact(_("Notes"), toWx(latest->notes));
    const SafetyAssessment& assessment = context.assessment;
    if (!assessment.raisedAt.empty()) {
        wxString flags;
        for (const auto& [issue, raisedAt] : assessment.raisedAt)
            flags += (flags.empty() ? wxString() : wxString("\n"))
                   + (assessment.fromDiagnosis.contains(issue)
                          ? wxString::Format(_("%s, from the provider's diagnosis on file"), labelText(issue))
                          : wxString::Format(_("%s, since %s"), labelText(issue), formatDate(raisedAt)));
        wxSizer* onRecord = addFact(_("On record"), flags);
        if (!assessment.withdrawableFlags().empty())
            addButton(onRecord, _("&Withdraw a flag…"), "withdraw-flag", m_actions.withdrawFlag);
    }
    for (const FlagWithdrawal& withdrawal : context.chart.withdrawals)
        addFact(_("Withdrawn"), wxString::Format(_("%s on %s: %s \u2014 %s (%s)"), labelText(withdrawal.issue),
                                                 formatDate(withdrawal.withdrawnAt), labelText(withdrawal.reason),
                                                 toWx(withdrawal.details), toWx(withdrawal.withdrawnBy)));
    wxSizer* status = addFact(_("Status"), toWx(statusExplanation(assessment)));
    if (assessment.extendableClearanceId)
        addButton(status, _("E&xtend the lapsed clearance…"), "extend-clearance", m_actions.extendClearance);
}

} // namespace knotwork::clients::ui
