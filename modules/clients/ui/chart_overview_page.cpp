#include "clients/ui/chart_overview_page.h"

#include <wx/intl.h>
#include <wx/sizer.h>

#include "clients/ui/badge.h"
#include "clients/ui/chart_text.h"
#include "clients/ui/choice_text.h"
#include "clients/ui/wx_date.h"

namespace knotwork::clients::ui {

using knotwork::ui::toWx;

ChartOverviewPage::ChartOverviewPage(wxWindow* parent) : FactSheet(parent, "chart-overview")
{
}

void ChartOverviewPage::show(const ChartContext& context)
{
    Freeze();
    clear();
    addContact(context);
    addCareTeam(context);
    addConsents(context);
    addLatestScreening(context);
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
                                  ? wxString::Format(_("%s hours a day"), numberText(client.screenHoursPerDay))
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
        const wxString what = consent.kind == ConsentKind::ShareRecords
                                  ? wxString::Format(_("Share records with %s"), context.providerName(consent.providerId))
                                  : wxString(_("Consent to treatment"));
        addFact(what, consentText(consent));
    }
}

void ChartOverviewPage::addLatestScreening(const ChartContext& context)
{
    beginGroup(_("Latest screening"));
    const Screening* latest = context.chart.latestScreening();
    if (!latest) {
        addText(_("Not screened yet: complete the intake form's safety screening before treatment."));
        return;
    }
    addFact(_("Screened"), formatDate(latest->screenedAt));
    addFact(_("Findings"), issuesText(latest->issues));
    if (!latest->notes.empty())
        addFact(_("Notes"), toWx(latest->notes));
    addFact(_("Status"), toWx(statusExplanation(context.assessment)));
}

} // namespace knotwork::clients::ui
