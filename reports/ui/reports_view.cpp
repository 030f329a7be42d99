#include "reports/ui/reports_view.h"

#include <algorithm>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "clients/client_choices.h"
#include "common/ui/accessibility.h"
#include "common/ui/report_errors.h"
#include "common/ui/text_table.h"
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
    m_clients = new knotwork::ui::TextTable(this, "provider-clients", _("The provider's clients"),
                                            {{_("Client"), 260}, {_("Consent to share"), 200}, {_("Last visit"), 140}});
    m_summary = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                 wxST_ELLIPSIZE_END | wxST_NO_AUTORESIZE);
    m_summary->SetMinSize(FromDIP(wxSize(200, -1)));
    m_summary->SetName("provider-summary");
    m_one = new wxButton(this, wxID_ANY, _("&Report for this client…"));
    m_one->SetName("report-one");
    m_all = new wxButton(this, wxID_ANY, _("Reports for &all who consent…"));
    m_all->SetName("report-all");

    m_provider->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { showClients(); });
    m_clients->onActivated([this](std::size_t) { writeReportForSelected(); });
    m_clients->onSelectionChanged([this] { m_one->Enable(m_clients->selectedRow().has_value()); });
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
    m_shown.clear();
    if (m_service && provider())
        knotwork::ui::reportErrors(m_notifier, _("Could not read the provider's clients"), [this] {
            m_shown = m_service->clientsOf(provider()->id);
        });
    std::vector<knotwork::ui::TextTable::Row> rows;
    int consenting = 0;
    for (const clients::CareTeamClient& client : m_shown) {
        rows.push_back({{toWx(client.name), client.sharingConsent ? _("Yes") : _("No: a report cannot be sent"),
                         knotwork::ui::formatDate(client.lastVisit, "—")}});
        consenting += client.sharingConsent;
    }
    m_clients->setRows(std::move(rows));
    if (!provider())
        m_summary->SetLabel(m_providers.empty() ? _("No providers on file yet: add them under Client › Providers.")
                                                : _("Choose a provider."));
    else
        m_summary->SetLabel(wxString::Format(wxPLURAL("%d client, %d of them consent to sharing with this provider.",
                                                      "%d clients, %d of them consent to sharing with this provider.",
                                                      m_shown.size()),
                                             static_cast<int>(m_shown.size()), consenting));
    m_one->Disable();
    m_all->Enable(consenting > 0 && m_service != nullptr);
    Layout();
}

void ReportsView::writeReportForSelected()
{
    const std::optional<std::size_t> selected = m_clients->selectedRow();
    if (!m_service || !provider() || !selected || *selected >= m_shown.size())
        return;
    const clients::CareTeamClient& client = m_shown[*selected];
    ProgressReportDialog dialog(wxGetTopLevelParent(this), *m_service, m_notifier, client.id, toWx(client.name),
                                provider()->id);
    m_runDialog(dialog);
    if (m_actions.reportsChanged)
        m_actions.reportsChanged();
}

void ReportsView::writeBatch()
{
    if (!m_service || !provider())
        return;
    const auto folder = m_askFolder(this, wxString());
    if (!folder)
        return;
    std::vector<clients::CareTeamClient> consenting;
    std::copy_if(m_shown.begin(), m_shown.end(), std::back_inserter(consenting),
                 [](const clients::CareTeamClient& client) { return client.sharingConsent; });
    const clients::Provider recipient = *provider();
    int written = 0;
    for (std::size_t i = 0; i < consenting.size(); ++i) {
        ProgressReportDialog dialog(wxGetTopLevelParent(this), *m_service, m_notifier, consenting[i].id,
                                    toWx(consenting[i].name), recipient.id);
        dialog.SetTitle(wxString::Format(_("Progress report for %s (%d of %d)"), toWx(consenting[i].name),
                                         static_cast<int>(i + 1), static_cast<int>(consenting.size())));
        std::optional<std::filesystem::path> file;
        dialog.setFileQuestion([&](wxWindow*, const wxString& suggested) {
            file = *folder / knotwork::ui::toUtf8(suggested);
            return file;
        });
        m_runDialog(dialog);
        if (!file || !std::filesystem::exists(*file))
            break;
        ++written;
    }
    if (m_actions.reportsChanged)
        m_actions.reportsChanged();
    m_notifier.showInformation(
        knotwork::ui::toUtf8(_("Progress reports")),
        knotwork::ui::toUtf8(wxString::Format(wxPLURAL("%d of %d report written to %s and logged in each client's chart.",
                                                       "%d of %d reports written to %s and logged in each client's chart.",
                                                       consenting.size()),
                                              written, static_cast<int>(consenting.size()),
                                              knotwork::ui::pathToWx(*folder))));
}

} // namespace knotwork::reports::ui
