#include "clients/ui/client_list_panel.h"

#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/splitter.h>

#include "clients/ui/client_chart_panel.h"
#include "clients/ui/client_list_model.h"
#include "clients/ui/client_list_view.h"
#include "clients/ui/client_search_bar.h"
#include "clients/ui/intake_dialog.h"
#include "common/ui/accessibility.h"
#include "common/ui/report_errors.h"
#include "common/ui/empty_state_panel.h"
#include "common/ui/narrowing_split.h"

namespace knotwork::clients::ui {
using knotwork::ui::reportLater;

using knotwork::ui::reportErrors;

namespace {
enum Page { EmptyPractice, ListAndChart };
constexpr int kListMargin = 12;
// The list shows name, badge and phone when there is room; on a small screen it narrows first,
// down to a shorter name and the badge, so the chart keeps room for its header and tabs.
constexpr knotwork::ui::SplitWidths kSplit{540, 350, 760};
}

ClientListPanel::ClientListPanel(wxWindow* parent, Notifier& notifier, Actions actions)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "clients"),
      m_notifier(notifier),
      m_actions(std::move(actions)),
      m_model(new ClientListModel)
{
    m_model->onReadFailed(reportLater(*this, m_notifier, _("Could not list the clients")));
    m_book = new wxSimplebook(this);
    m_book->AddPage(buildEmptyState(m_book), wxString());
    m_book->AddPage(buildListAndChart(m_book), wxString());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_book, wxSizerFlags(1).Expand());
    SetSizer(sizer);
}

ClientListPanel::~ClientListPanel() = default;

wxWindow* ClientListPanel::buildEmptyState(wxWindow* parent)
{
    return new knotwork::ui::EmptyStatePanel(
        parent,
        {"clients", _("No clients yet"),
         _("Add your first client with their intake and safety screening, or explore a demo "
           "practice filled with made-up clients to see how Knotwork works."),
         _("New client…"), [this] { newClient(); },
         _("Explore a demo practice"), [this] { m_actions.exploreDemo(); }},
        "clients-empty");
}

wxWindow* ClientListPanel::buildListAndChart(wxWindow* parent)
{
    auto* page = new wxPanel(parent);
    m_searchBar = new ClientSearchBar(page, {[this] { runQuery(); }, [this] { focusList(); },
                                             [this] { newClient(); }});
    auto* split = new wxSplitterWindow(page, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                       wxSP_LIVE_UPDATE | wxSP_3DSASH, "client-split");
    m_list = createClientListView(split, m_model.get(),
                                  {ClientListModel::Name, ClientListModel::Safety, ClientListModel::Phone,
                                   ClientListModel::Email, ClientListModel::LastVisit},
                                  "client-list");
    knotwork::ui::setAccessibleName(*m_list, _("Clients"));
    m_chart = new ClientChartPanel(split, m_notifier, [this](ClientId) { afterChange(); });
    split->SetMinimumPaneSize(FromDIP(kSplit.firstLeast));
    split->SetMinSize(FromDIP(wxSize(600, 300)));  // not the sum of both panes' best sizes
    split->SplitVertically(m_list, m_chart, FromDIP(kSplit.firstPreferred));
    knotwork::ui::narrowFirstPaneFirst(*split, kSplit);

    m_list->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) { openSelected(); });
    m_list->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) {
        openSelected();
        m_chart->SetFocus();
    });
    // Letters typed in the list search, as in the search box (accents and all), instead of
    // opening GTK's type-ahead box, which finds only what the first column starts with.
    m_list->Bind(wxEVT_CHAR, [this](wxKeyEvent& key) {
        const wxChar typed = key.GetUnicodeKey();
        if (typed > ' ' && !key.HasAnyModifiers())
            m_searchBar->searchFor(wxString(typed));
        else
            key.Skip();
    });

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(m_searchBar, wxSizerFlags().Expand().Border(wxALL, FromDIP(kListMargin)));
    column->Add(split, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(kListMargin)));
    page->SetSizer(column);
    return page;
}

void ClientListPanel::setService(ClientService* service)
{
    m_service = service;
    m_chart->setService(service);
    runQuery();
}

void ClientListPanel::runQuery()
{
    bool anyClient = false;
    reportErrors(m_notifier, _("Could not list the clients"), [&] {
        ClientQueries* store = m_service ? &m_service->clients() : nullptr;
        const Date today = m_service ? m_service->today() : Date();  // no practice: nothing to list
        m_model->setQuery(store, m_searchBar->query(), today);
        anyClient = m_model->rowCount() > 0 || (store && store->count({{}, ClientFilter::All, {}}, today) > 0);
    });
    m_searchBar->showCount(m_model->rowCount());
    m_book->ChangeSelection(anyClient ? ListAndChart : EmptyPractice);
    selectRowOf(m_chart->clientId());
}

void ClientListPanel::afterChange()
{
    runQuery();  // the changed client's row and badge, or their leaving this filter
    if (m_actions.clientsChanged)
        m_actions.clientsChanged();
}

void ClientListPanel::selectRowOf(ClientId id)
{
    m_list->UnselectAll();
    if (id == 0)
        return;
    if (const std::optional<unsigned> row = m_model->rowOf(id)) {
        const wxDataViewItem item = m_model->GetItem(*row);
        m_list->Select(item);
        m_list->EnsureVisible(item);
    }
}

void ClientListPanel::showChangeMadeElsewhere(ClientId id)
{
    runQuery();
    if (id == 0 || id == m_chart->clientId())
        m_chart->reload();
}

void ClientListPanel::openClient(ClientId id)
{
    m_chart->showClient(id);
    selectRowOf(id);
}

void ClientListPanel::openSelected()
{
    const wxDataViewItem item = m_list->GetSelection();
    if (item.IsOk())
        m_chart->showClient(m_model->clientAt(m_model->GetRow(item)));
}

void ClientListPanel::focusList()
{
    m_list->SetFocus();
    if (!m_list->GetSelection().IsOk() && m_model->rowCount() > 0) {
        const wxDataViewItem first = m_model->GetItem(0);
        m_list->Select(first);
        m_list->SetCurrentItem(first);
        openSelected();
    }
}

void ClientListPanel::focusSearch()
{
    if (m_book->GetSelection() == ListAndChart)
        m_searchBar->focusSearch();
}

void ClientListPanel::showFilter(ClientFilter filter)
{
    m_searchBar->setFilter(filter);
    runQuery();
}

void ClientListPanel::newClient()
{
    if (!m_service)
        return;
    IntakeDialog dialog(this, *m_service, std::nullopt);
    if (dialog.ShowModal() == wxID_OK) {
        m_chart->showClient(dialog.savedClientId());
        afterChange();
        if (dialog.consentsNext())
            m_chart->editConsents();
    }
}

} // namespace knotwork::clients::ui
