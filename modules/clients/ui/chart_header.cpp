#include "clients/ui/chart_header.h"

#include <algorithm>
#include <wx/button.h>
#include <wx/intl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/wrapsizer.h>

#include "clients/ui/badge.h"
#include "clients/ui/chart_text.h"
#include "common/ui/choice_text.h"
#include "clients/ui/safety_badge.h"
#include "common/ui/accessibility.h"
#include "common/ui/wx_date.h"

namespace knotwork::clients::ui {

using namespace knotwork::ui;

using knotwork::ui::toWx;

namespace {

// "age 34 · she/her · archived 3/4/26": the parts known, in that order.
wxString detailsText(const ChartContext& context)
{
    const Client& client = context.chart.client;
    wxArrayString parts;
    if (const std::optional<int> age = ageOn(client, context.today))
        parts.Add(wxString::Format(_("age %d"), *age));
    if (!client.pronouns.empty())
        parts.Add(toWx(client.pronouns));
    if (client.archived)
        parts.Add(client.archivedOn ? wxString::Format(_("archived %s"), formatDate(*client.archivedOn))
                                    : wxString(_("archived")));
    return joinText(parts, wxString::FromUTF8(" · "));
}

} // namespace

ChartHeader::ChartHeader(wxWindow* parent, std::function<void()> recordConsent)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "chart-header")
{
    m_name = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                              wxST_ELLIPSIZE_END, "chart-name");
    m_name->SetFont(GetFont().Scaled(1.45f).Bold());
    m_badge = new SafetyBadge(this);
    labelNothing(*m_name);  // the name is not the badge's label: the badge says its own word
    m_precautions = new Badge(this, "precautions-badge");
    m_details = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "chart-details");
    m_details->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    m_diagnoses = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "chart-diagnoses");
    m_noConsent = new wxStaticText(this, wxID_ANY,
                                   _("No informed consent to treatment on file: a treatment note cannot be signed."),
                                   wxDefaultPosition, wxDefaultSize, 0, "chart-no-treatment-consent");
    m_noConsent->SetForegroundColour(wxColour(176, 0, 32));
    m_recordConsent = new wxButton(this, wxID_ANY, _("Record conse&nt…"), wxDefaultPosition, wxDefaultSize, 0,
                                   wxDefaultValidator, "record-treatment-consent");
    m_recordConsent->Bind(wxEVT_BUTTON, [recordConsent = std::move(recordConsent)](wxCommandEvent&) { recordConsent(); });
    auto* consent = new wxBoxSizer(wxHORIZONTAL);
    consent->Add(m_noConsent, wxSizerFlags(1).CentreVertical());
    consent->Add(m_recordConsent, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(8)));

    auto* who = new wxWrapSizer(wxHORIZONTAL);  // the badges go under a long name, never clipped
    who->Add(m_name, wxSizerFlags(0).CenterVertical());
    who->Add(m_badge, wxSizerFlags().CenterVertical().Border(wxLEFT, FromDIP(12)));
    who->Add(m_precautions, wxSizerFlags().CenterVertical().Border(wxLEFT, FromDIP(6)));

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(who, wxSizerFlags().Expand());
    column->AddSpacer(FromDIP(2));
    column->Add(m_details, wxSizerFlags().Expand());
    column->AddSpacer(FromDIP(6));
    column->Add(m_diagnoses, wxSizerFlags().Expand());
    column->Add(consent, wxSizerFlags().Expand().Border(wxTOP, FromDIP(6)));
    SetSizer(column);

    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        if (event.GetSize().x != m_wrappedAt)
            CallAfter([this] { wrapLines(); });
    });
}

void ChartHeader::show(const ChartContext& context)
{
    m_name->SetLabel(toWx(fullName(context.chart.client)));
    m_details->SetLabel(detailsText(context));
    m_badge->setAssessment(context.assessment);
    const std::set<HealthFlag>& precautions = context.assessment.precautions;
    m_precautions->setStyle(precautions.empty() ? BadgeStyle{} : precautionsStyle(),
                            wxString::Format(_("Precautions (they change how, not whether, to treat): %s."),
                                             toWx(precautionsText(precautions))));
    const bool consentMissing = !hasTreatmentConsent(context.chart.consents, context.today);
    m_noConsent->Show(consentMissing);
    m_recordConsent->Show(consentMissing);
    m_diagnosesText = diagnosesLine(context);
    wrapLines();
}

void ChartHeader::wrapLines()
{
    m_wrappedAt = GetSize().x;
    m_diagnoses->SetLabel(m_diagnosesText);
    m_diagnoses->Wrap(std::max(GetClientSize().x, FromDIP(200)));
    m_noConsent->SetLabel(_("No informed consent to treatment on file: a treatment note cannot be signed."));
    m_noConsent->Wrap(std::max(GetClientSize().x - m_recordConsent->GetBestSize().x - FromDIP(16), FromDIP(160)));
    GetParent()->Layout();
}

} // namespace knotwork::clients::ui
