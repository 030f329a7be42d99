#include "clients/ui/needs_attention_panel.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "clients/ui/client_list_model.h"
#include "clients/ui/client_list_view.h"
#include "common/ui/accessibility.h"
#include "common/ui/report_errors.h"

namespace knotwork::clients::ui {
using knotwork::ui::reportLater;

using knotwork::ui::reportErrors;

NeedsAttentionPanel::NeedsAttentionPanel(wxWindow* parent, Notifier& notifier, Actions actions)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "needs-attention"),
      m_notifier(notifier),
      m_actions(std::move(actions)),
      m_model(new ClientListModel)
{
    m_model->onReadFailed(reportLater(*this, m_notifier, _("Could not list the clients who need attention")));
    auto* heading = new wxStaticText(this, wxID_ANY, _("Needs attention before treatment"));
    heading->SetFont(GetFont().Scaled(1.2f).Bold());
    m_summary = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0,
                                 "needs-attention-summary");
    m_list = createClientListView(this, m_model.get(),
                                  {ClientListModel::Name, ClientListModel::Safety, ClientListModel::Phone},
                                  "needs-attention-list");
    m_showAll = new wxButton(this, wxID_ANY, _("Show all in Clients"));
    knotwork::ui::labelControl(*heading, *m_list);
    knotwork::ui::labelNothing(*m_summary);

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(heading);
    column->AddSpacer(FromDIP(4));
    column->Add(m_summary, wxSizerFlags().Expand());
    column->AddSpacer(FromDIP(8));
    column->Add(m_list, wxSizerFlags(1).Expand());
    column->AddSpacer(FromDIP(8));
    column->Add(m_showAll);
    SetSizer(column);

    m_list->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent& event) {
        if (event.GetItem().IsOk())
            m_actions.openClient(m_model->clientAt(m_model->GetRow(event.GetItem())));
    });
    m_showAll->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_actions.showAll(); });
}

NeedsAttentionPanel::~NeedsAttentionPanel() = default;

void NeedsAttentionPanel::reload(ClientService* service)
{
    const ClientQuery query{{}, ClientFilter::NeedsClearance, ClientSort::Name};
    m_total = 0;
    reportErrors(m_notifier, _("Could not list the clients who need attention"), [&] {
        ClientQueries* store = service ? &service->clients() : nullptr;
        const Date today = service ? service->today() : Date();  // no practice: nothing to list
        m_model->setQuery(store, query, today, kShown);
        m_total = m_model->matchCount();
    });
    m_summary->SetLabel(
        m_total > kShown
            ? wxString::Format(wxPLURAL("%lld client has a red flag or needs a medical clearance; the "
                                        "first %d are listed. Double-click a client to open their chart.",
                                        "%lld clients have a red flag or need a medical clearance; the "
                                        "first %d are listed. Double-click a client to open their chart.",
                                        m_total),
                               m_total, kShown)
            : wxString(_("These clients have a red flag or need a medical clearance before massage. "
                         "Double-click a client to open their chart.")));
    knotwork::ui::setAccessibleDescription(*m_list, m_summary->GetLabelText());
    m_showAll->Show(m_total > kShown);
    Layout();
}

} // namespace knotwork::clients::ui
