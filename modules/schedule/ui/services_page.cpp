#include "schedule/ui/services_page.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>

#include "common/number_text.h"
#include "common/ui/form_grid.h"
#include "common/ui/text_table.h"
#include "common/ui/wx_text.h"
#include "schedule/book_settings_service.h"
#include "schedule/ui/schedule_text.h"
#include "schedule/ui/service_dialog.h"

namespace knotwork::schedule::ui {

using knotwork::ui::TextTable;
using knotwork::ui::toWx;

ServicesPage::ServicesPage(wxWindow* parent, BookSettingsService& settings, SettingsPageHooks hooks)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "services-page"),
      m_settings(settings),
      m_hooks(std::move(hooks))
{
    m_table = new TextTable(this, "services", _("Services"),
                            {{_("Name"), 220}, {_("Length"), 80}, {_("Buffer after"), 100}, {_("Fee"), 80},
                             {_("Offered"), 80}},
                            FromDIP(wxSize(560, 160)));
    auto* add = new wxButton(this, wxID_ANY, _("&Add service\u2026"), wxDefaultPosition, wxDefaultSize, 0,
                             wxDefaultValidator, "add-service");
    m_edit = new wxButton(this, wxID_ANY, _("&Edit\u2026"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                          "edit-service");
    m_retire = new wxButton(this, wxID_ANY, _("&Retire"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                            "retire-service");
    m_retire->SetToolTip(_("No longer offered for new visits; the visits booked with it keep it."));
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { this->add(); });
    m_edit->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { edit(); });
    m_retire->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { retire(); });
    m_table->onSelectionChanged([this] { showChosen(); });
    m_table->onActivated([this](std::size_t) { edit(); });

    const int gap = knotwork::ui::relatedGap(*this);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(add, wxSizerFlags().Border(wxRIGHT, gap));
    buttons->Add(m_edit, wxSizerFlags().Border(wxRIGHT, gap));
    buttons->Add(m_retire);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(m_table, wxSizerFlags(1).Expand().Border(wxALL, gap));
    column->Add(buttons, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    SetSizer(column);
    reload();
}

void ServicesPage::reload()
{
    m_services = m_settings.services();
    std::vector<TextTable::Row> rows;
    for (const Service& service : m_services)
        rows.push_back({{toWx(service.name), minutesText(service.minutes), minutesText(service.bufferMinutes),
                         toWx(amountCentsText(service.feeCents)), service.offered ? _("Yes") : _("Retired")}});
    m_table->setRows(std::move(rows));
    showChosen();
}

void ServicesPage::showChosen()
{
    const std::optional<std::size_t> row = m_table->selectedRow();
    m_edit->Enable(row.has_value());
    m_retire->Enable(row && m_services[*row].offered);
}

void ServicesPage::runDialog(const std::optional<Service>& service)
{
    ServiceDialog dialog(this, m_settings, service);
    if (dialog.ShowModal() == wxID_OK)
        reload();
}

void ServicesPage::add()
{
    runDialog(std::nullopt);
}

void ServicesPage::edit()
{
    if (const std::optional<std::size_t> row = m_table->selectedRow())
        runDialog(m_services[*row]);
}

void ServicesPage::retire()
{
    const std::optional<std::size_t> row = m_table->selectedRow();
    if (!row)
        return;
    const Service chosen = m_services[*row];
    if (m_hooks.attempt([&] { m_settings.retireService(chosen.id, chosen.rowVersion); })) {
        reload();
        m_table->selectRow(*row);
    }
}

} // namespace knotwork::schedule::ui
