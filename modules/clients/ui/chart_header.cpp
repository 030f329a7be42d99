#include "clients/ui/chart_header.h"

#include <algorithm>
#include <wx/intl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "clients/ui/chart_text.h"
#include "clients/ui/choice_text.h"
#include "clients/ui/safety_badge.h"
#include "clients/ui/wx_date.h"

namespace knotwork::clients::ui {

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

ChartHeader::ChartHeader(wxWindow* parent)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "chart-header")
{
    m_name = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                              wxST_ELLIPSIZE_END, "chart-name");
    m_name->SetFont(GetFont().Scaled(1.45f).Bold());
    m_badge = new SafetyBadge(this);
    m_details = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "chart-details");
    m_details->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    m_diagnoses = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0, "chart-diagnoses");

    auto* who = new wxBoxSizer(wxHORIZONTAL);
    who->Add(m_name, wxSizerFlags(0).CenterVertical());
    who->Add(m_badge, wxSizerFlags().CenterVertical().Border(wxLEFT, FromDIP(12)));

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(who, wxSizerFlags().Expand());
    column->AddSpacer(FromDIP(2));
    column->Add(m_details, wxSizerFlags().Expand());
    column->AddSpacer(FromDIP(6));
    column->Add(m_diagnoses, wxSizerFlags().Expand());
    SetSizer(column);

    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        if (event.GetSize().x != m_wrappedAt)
            CallAfter([this] { wrapDiagnoses(); });
    });
}

void ChartHeader::show(const ChartContext& context)
{
    m_name->SetLabel(toWx(fullName(context.chart.client)));
    m_details->SetLabel(detailsText(context));
    m_badge->setAssessment(context.assessment);
    m_diagnosesText = diagnosesLine(context);
    wrapDiagnoses();
}

void ChartHeader::wrapDiagnoses()
{
    m_wrappedAt = GetSize().x;
    m_diagnoses->SetLabel(m_diagnosesText);
    m_diagnoses->Wrap(std::max(GetClientSize().x, FromDIP(200)));
    GetParent()->Layout();
}

} // namespace knotwork::clients::ui
