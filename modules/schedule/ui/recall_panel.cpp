#include "schedule/ui/recall_panel.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "common/ui/accessibility.h"
#include "common/ui/report_errors.h"
#include "common/ui/text_table.h"
#include "common/ui/wrapping_text.h"
#include "common/ui/wx_text.h"
#include "common/ui/wx_time.h"

namespace knotwork::schedule::ui {

namespace {

using knotwork::ui::toWx;

// Enough rows to see the most overdue without scrolling the Today view away; more scroll the list.
constexpr int kRowsShownAtLeast = 4;

wxString reasonWord(RecallReason reason)
{
    switch (reason) {
    case RecallReason::NotSeen: return _("Not seen");
    case RecallReason::VisitDue: return _("Visit due");
    case RecallReason::RemeasureDue: return _("Re-measure");
    }
    return {};
}

} // namespace

RecallPanel::RecallPanel(wxWindow* parent, Notifier& notifier, OpenClient openClient)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "recall-today"),
      m_notifier(notifier),
      m_openClient(std::move(openClient))
{
    auto* title = new wxStaticText(this, wxID_ANY, _("Clients to recall"));
    title->SetFont(GetFont().Scaled(1.2f).Bold());
    auto* intro = new knotwork::ui::WrappingText(
        this,
        _("From the treatment plans: a visit due and none booked, a client not seen for longer than the plan "
          "allows, a questionnaire to hand out at the next visit. Enter opens the client's chart."),
        "recall-intro", 320);
    intro->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    knotwork::ui::labelNothing(*intro);
    m_list = new knotwork::ui::TextTable(this, "recall-list", _("Clients to recall"),
                                         {{_("Client"), 170}, {_("Why"), 90}, {_("What the plan says"), 520}});
    m_list->SetMinSize(wxSize(FromDIP(480), (kRowsShownAtLeast + 1) * (GetCharHeight() + FromDIP(12))));
    m_open = new wxButton(this, wxID_ANY, _("Open c&hart"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                          "recall-open-chart");
    m_open->SetToolTip(_("Show the chosen client's chart"));
    m_open->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { openSelected(); });
    m_list->onSelectionChanged([this] { m_open->Enable(m_list->selectedRow().has_value()); });
    m_list->onActivated([this](std::size_t row) { openRow(row); });

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(title);
    column->Add(intro, wxSizerFlags().Expand().Border(wxTOP | wxBOTTOM, FromDIP(6)));
    column->Add(m_list, wxSizerFlags(1).Expand());
    column->Add(m_open, wxSizerFlags().Border(wxTOP, FromDIP(6)));
    SetSizer(column);
    m_open->Enable(false);
}

void RecallPanel::reload(RecallService* recall)
{
    m_rows.clear();
    if (recall)
        knotwork::ui::reportErrors(m_notifier, _("Could not list the clients to recall"),
                                   [&] { m_rows = recall->recallList(&knotwork::ui::localeDateText); });
    std::vector<knotwork::ui::TextTable::Row> rows;
    for (const RecallRow& row : m_rows)
        rows.push_back({{toWx(row.clientName), reasonWord(row.item.reason), toWx(row.item.sentence)}});
    m_list->setRows(std::move(rows));
    m_list->fitColumnsToContent();
    m_open->Enable(false);
    Layout();
}

void RecallPanel::openSelected()
{
    if (const auto row = m_list->selectedRow())
        openRow(*row);
}

void RecallPanel::openRow(std::size_t row)
{
    if (row < m_rows.size() && m_openClient)
        m_openClient(m_rows[row].item.clientId);
}

} // namespace knotwork::schedule::ui
