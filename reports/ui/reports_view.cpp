#include "reports/ui/reports_view.h"

#include <algorithm>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "clients/client_choices.h"
#include "common/ui/accessibility.h"
#include "common/ui/report_errors.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"
#include "reports/ui/progress_report_dialog.h"

namespace knotwork::reports::ui {

using knotwork::ui::toWx;

ReportsView::ReportsView(wxWindow* parent, Notifier& notifier, Actions actions)
    : wxPanel(parent, wxID_ANY), m_notifier(notifier), m_actions(std::move(actions)),
      m_runDialog(showModally())
{
    SetName("reports");
    auto* title = new wxStaticText(this, wxID_ANY, _("Progress reports for a provider"));
    title->SetFont(title->GetFont().Larger().Bold());
    auto* intro = new wxStaticText(this, wxID_ANY,
                                   _("Choose a provider to see the clients you share with them. A report goes only to a "
                                     "provider the client has consented to share records with, and every report "
                                     "written is logged in the client's chart."));
    intro->Wrap(FromDIP(480));  // unwrapped, the sentence would set the window's minimum width
    m_provider = new wxChoice(this, wxID_ANY);
    m_provider->SetName("report-provider");
    m_clients = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    m_clients->SetName("provider-clients");
    m_clients->AppendColumn(_("Client"), wxLIST_FORMAT_LEFT, FromDIP(260));
    m_clients->AppendColumn(_("Consent to share"), wxLIST_FORMAT_LEFT, FromDIP(200));
    m_clients->AppendColumn(_("Last visit"), wxLIST_FORMAT_LEFT, FromDIP(140));
    m_summary = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                 wxST_ELLIPSIZE_END | wxST_NO_AUTORESIZE);
    m_summary->SetMinSize(FromDIP(wxSize(200, -1)));
    m_summary->SetName("provider-summary");
    m_one = new wxButton(this, wxID_ANY, _("&Report for this client…"));
    m_one->SetName("report-one");
    m_all = new wxButton(this, wxID_ANY, _("Reports for &all who consent…"));
    m_all->SetName("report-all");

    m_provider->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { showClients(); });
    m_clients->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { writeReportForSelected(); });
    m_clients->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { m_one->Enable(); });
    m_one->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { writeReportForSelected(); });
    m_all->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { writeBatch(); });

    auto* chooser = new wxBoxSizer(wxHORIZONTAL);
    auto* providerLabel = new wxStaticText(this, wxID_ANY, _("&Provider"));
    knotwork::ui::labelControl(*providerLabel, *m_provider);
    chooser->Add(providerLabel, wxSizerFlags().Centre().Border(wxRIGHT, 8));
    chooser->Add(m_provider, wxSizerFlags(1).Centre());
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(m_summary, wxSizerFlags(1).Centre());
    buttons->Add(m_one, wxSizerFlags().Border(wxRIGHT, 8));
    buttons->Add(m_all);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(title, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 16));
    column->Add(intro, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, 16));
    column->Add(chooser, wxSizerFlags().Expand().Border(wxALL, 16));
    column->Add(m_clients, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, 16));
    column->Add(buttons, wxSizerFlags().Expand().Border(wxALL, 16));
    SetSizer(column);
    Bind(wxEVT_SIZE, [intro, this](wxSizeEvent& event) {
        intro->Wrap(std::max(200, event.GetSize().x - FromDIP(32)));
        event.Skip();
    });
    showClients();
}

void ReportsView::setService(sharing::SharingService* service)
{
    m_service = service;
    reload();
}

void ReportsView::reload()
{
    const int chosen = m_provider->GetSelection();
    const clients::ProviderId was = chosen == wxNOT_FOUND ? 0 : m_providers[static_cast<std::size_t>(chosen)].id;
    m_provider->Clear();
    m_providers.clear();
    if (m_service)
        knotwork::ui::reportErrors(m_notifier, _("Could not read the providers"), [this] {
            m_providers = m_service->providers();
        });
    for (const clients::Provider& provider : m_providers)
        m_provider->Append(wxString::Format("%s (%s)", toWx(provider.name), toWx(labelOf(provider.role))));
    chooseProvider(was);
}

void ReportsView::chooseProvider(clients::ProviderId provider)
{
    const auto found = std::find_if(m_providers.begin(), m_providers.end(),
                                    [provider](const clients::Provider& p) { return p.id == provider; });
    m_provider->SetSelection(found == m_providers.end() ? wxNOT_FOUND : static_cast<int>(found - m_providers.begin()));
    showClients();
}

const clients::Provider* ReportsView::provider() const
{
    const int chosen = m_provider->GetSelection();
    return chosen == wxNOT_FOUND ? nullptr : &m_providers[static_cast<std::size_t>(chosen)];
}

void ReportsView::showClients()
{
    m_clients->DeleteAllItems();
    m_shown.clear();
    if (m_service && provider())
        knotwork::ui::reportErrors(m_notifier, _("Could not read the provider's clients"), [this] {
            m_shown = m_service->clientsOf(provider()->id);
        });
    long row = 0;
    int consenting = 0;
    for (const clients::CareTeamClient& client : m_shown) {
        m_clients->InsertItem(row, toWx(client.name));
        m_clients->SetItem(row, 1, client.sharingConsent ? _("Yes") : _("No: a report cannot be sent"));
        m_clients->SetItem(row, 2, knotwork::ui::formatDate(client.lastVisit, "—"));
        consenting += client.sharingConsent;
        ++row;
    }
    if (!provider())
        m_summary->SetLabel(m_providers.empty() ? _("No providers on file yet: add them under Client › Providers.")
                                                : _("Choose a provider."));
    else
        m_summary->SetLabel(wxString::Format(wxPLURAL("%d client, %d of them consent to sharing with this provider.",
                                                      "%d clients, %d of them consent to sharing with this provider.",
                                                      m_shown.size()),
                                             static_cast<int>(m_shown.size()), consenting));
    m_one->Disable();
    m_all->Enable(consenting > 0 && static_cast<bool>(m_actions.runBatch));
    Layout();
}

void ReportsView::writeReportForSelected()
{
    const long selected = m_clients->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (!m_service || !provider() || selected < 0)
        return;
    const clients::CareTeamClient& client = m_shown[static_cast<std::size_t>(selected)];
    ProgressReportDialog dialog(wxGetTopLevelParent(this), *m_service, m_notifier, client.id, toWx(client.name),
                                provider()->id);
    m_runDialog(dialog);
    if (m_actions.reportsChanged)
        m_actions.reportsChanged();
}

void ReportsView::writeBatch()
{
    if (!provider() || !m_actions.runBatch)
        return;
    const auto folder = m_askFolder(this, wxString());
    if (!folder)
        return;
    std::vector<clients::CareTeamClient> consenting;
    std::copy_if(m_shown.begin(), m_shown.end(), std::back_inserter(consenting),
                 [](const clients::CareTeamClient& client) { return client.sharingConsent; });
    m_actions.runBatch(*provider(), consenting, *folder);
    if (m_actions.reportsChanged)
        m_actions.reportsChanged();
}

} // namespace knotwork::reports::ui
