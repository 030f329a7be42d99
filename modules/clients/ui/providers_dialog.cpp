#include "clients/ui/providers_dialog.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>

#include "common/ui/choice_text.h"
#include "clients/ui/provider_dialog.h"
#include "common/ui/report_errors.h"
#include "common/ui/text_table.h"
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
    m_list = new TextTable(this, "provider-list", _("Providers"),
                           {{_("Name"), 200}, {_("Role"), 150}, {_("Clinic"), 200}, {_("Phone"), 140}},
                           FromDIP(wxSize(720, 360)));

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
    m_list->onActivated([this](std::size_t) { editSelected(); });
    m_list->onSelectionChanged([this] { m_edit->Enable(m_list->selectedRow().has_value()); });
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
    std::vector<TextTable::Row> rows;
    for (const Provider& provider : m_providers)
        rows.push_back({{toWx(provider.name), labelText(provider.role), toWx(provider.clinic), toWx(provider.phone)}});
    m_list->setRows(std::move(rows));
    m_edit->Disable();
}

void ProvidersDialog::editSelected()
{
    const std::optional<std::size_t> row = m_list->selectedRow();
    if (row && *row < m_providers.size())
        edit(m_providers[*row]);
}

void ProvidersDialog::edit(std::optional<Provider> provider)
{
    ProviderDialog dialog(this, m_service, std::move(provider));
    if (dialog.ShowModal() == wxID_OK)
        reload();
}

} // namespace knotwork::clients::ui
