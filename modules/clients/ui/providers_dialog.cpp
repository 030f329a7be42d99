#include "clients/ui/providers_dialog.h"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>

#include "common/ui/choice_text.h"
#include "clients/ui/provider_dialog.h"
#include "common/ui/report_errors.h"
#include "common/ui/work_area.h"

namespace knotwork::clients::ui {

using namespace knotwork::ui;

using knotwork::ui::toWx;

ProvidersDialog::ProvidersDialog(wxWindow* parent, ClientService& service, Notifier& notifier)
    : wxDialog(parent, wxID_ANY, _("Providers"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "providers-dialog"),
      m_service(service),
      m_notifier(notifier)
{
    m_search = new wxSearchCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, 0,
                                wxDefaultValidator, "provider-search");
    m_search->SetDescriptiveText(_("Search by name, clinic, phone or email"));
    m_list = new wxListView(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(720, 360)),
                            wxLC_REPORT | wxLC_SINGLE_SEL, wxDefaultValidator, "provider-list");
    for (const auto& [title, width] : {std::pair{_("Name"), 200}, {_("Role"), 150}, {_("Clinic"), 200}, {_("Phone"), 140}})
        m_list->AppendColumn(title, wxLIST_FORMAT_LEFT, FromDIP(width));

    auto* add = new wxButton(this, wxID_ADD, _("&Add provider…"));
    m_edit = new wxButton(this, wxID_EDIT, _("&Edit…"));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(add, wxSizerFlags().Border(wxRIGHT, FromDIP(8)));
    buttons->Add(m_edit);
    buttons->AddStretchSpacer();
    buttons->Add(new wxButton(this, wxID_CLOSE, _("&Close")));
    SetEscapeId(wxID_CLOSE);

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(m_search, wxSizerFlags().Expand().Border(wxALL, FromDIP(16)));
    column->Add(m_list, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, FromDIP(16)));
    column->Add(buttons, wxSizerFlags().Expand().Border(wxALL, FromDIP(16)));
    SetSizerAndFit(column);
    Centre();
    keepWithinWorkArea(*this);

    m_search->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { reload(); });
    m_list->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { editSelected(); });
    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { m_edit->Enable(); });
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { edit(std::nullopt); });
    m_edit->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { editSelected(); });
    reload();
    m_search->SetFocus();
}

void ProvidersDialog::reload()
{
    reportErrors(m_notifier, _("Could not list the providers"), [this] {
        m_providers = m_service.providers().search(knotwork::ui::toUtf8(m_search->GetValue()), kListed);
    });
    m_list->DeleteAllItems();
    for (const Provider& provider : m_providers) {
        const long row = m_list->InsertItem(m_list->GetItemCount(), toWx(provider.name));
        m_list->SetItem(row, 1, labelText(provider.role));
        m_list->SetItem(row, 2, toWx(provider.clinic));
        m_list->SetItem(row, 3, toWx(provider.phone));
    }
    m_edit->Disable();
}

void ProvidersDialog::editSelected()
{
    const long row = m_list->GetFirstSelected();
    if (row >= 0 && static_cast<std::size_t>(row) < m_providers.size())
        edit(m_providers[static_cast<std::size_t>(row)]);
}

void ProvidersDialog::edit(std::optional<Provider> provider)
{
    ProviderDialog dialog(this, m_service, std::move(provider));
    if (dialog.ShowModal() == wxID_OK)
        reload();
}

} // namespace knotwork::clients::ui
