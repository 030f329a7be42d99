#include "clients/ui/intake_consents_section.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "clients/client_service.h"
#include "clients/consent.h"
#include "common/ui/form_grid.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"

namespace knotwork::clients::ui {

using namespace knotwork::ui;

namespace {

constexpr int kSummaryWidth = 560;  // DIP

// "Informed consent to treatment: given 5 Jan 2026", the cancellation policy's acceptance, and one
// line per provider records may go to.
wxString consentsInEffect(ClientService& service, ClientId client)
{
    const ClientChart chart = service.clients().chart(client);
    const Date today = service.today();
    wxString treatment = _("Informed consent to treatment: none on file, so a treatment note cannot be signed.");
    wxString policy = _("Cancellation policy: no acceptance on file.");
    wxString sharing;
    for (const Consent& consent : chart.consents) {
        if (!isActiveOn(consent, today))
            continue;
        if (consent.kind == ConsentKind::Treatment) {
            treatment = wxString::Format(_("Informed consent to treatment: given %s."), formatDate(consent.givenOn));
        } else if (consent.kind == ConsentKind::CancellationPolicy) {
            policy = wxString::Format(_("Cancellation policy: version %s accepted %s."), toWx(consent.wordingVersion),
                                      formatDate(consent.givenOn));
        } else if (consent.providerId) {
            sharing += "\n" + wxString::Format(_("Consent to share records with %s: given %s."),
                                               toWx(service.providers().get(*consent.providerId).name),
                                               formatDate(consent.givenOn));
        }
    }
    if (sharing.empty())
        sharing = "\n" + wxString(_("Consent to share records: with no provider yet, so no report can be sent."));
    return treatment + "\n" + policy + sharing;
}

} // namespace

IntakeConsentsSection::IntakeConsentsSection(wxWindow* parent, FieldErrorMarkers& markers, ClientService& service,
                                             ClientId client, std::function<void()> open)
    : IntakeSection(parent), m_service(service), m_client(client)
{
    FormGrid consents(parent, _("Consents"), markers);
    m_summary = new wxStaticText(consents.parent(), wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0,
                                 "intake.consents_summary");
    consents.addWide(m_summary);
    m_open = new wxButton(consents.parent(), wxID_ANY,
                          client == 0 ? _("Save and record co&nsents…") : _("Record or revoke co&nsents…"),
                          wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "intake.consents");
    m_open->SetToolTip(client == 0 ? _("Saves the new client, then opens their consents")
                                   : _("Informed consent to treatment, acceptance of the cancellation policy, and "
                                     "consent to share records with a provider"));
    m_open->Bind(wxEVT_BUTTON, [open = std::move(open)](wxCommandEvent&) { open(); });
    consents.addNatural(m_open);
    addBox(consents.sizer());
    refresh();
}

void IntakeConsentsSection::refresh()
{
    const wxString text = m_client == 0
                              ? wxString(_("Informed consent to treatment and consent to share records with a "
                                           "provider are recorded once the new client is saved."))
                              : consentsInEffect(m_service, m_client);
    m_summary->SetLabelText(text);
    m_summary->Wrap(m_summary->FromDIP(kSummaryWidth));
    relayoutForm(*m_summary);
}

wxString IntakeConsentsSection::summary() const
{
    return m_summary->GetLabelText();
}

} // namespace knotwork::clients::ui
