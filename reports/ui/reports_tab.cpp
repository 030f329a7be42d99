#include "reports/ui/reports_tab.h"

#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "clients/client.h"
#include "common/ui/report_errors.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"
#include "reports/ui/progress_report_dialog.h"
#include "disclosures/disclosure_choices.h"

namespace knotwork::reports::ui {

using knotwork::ui::toWx;

ReportsTab::ReportsTab(wxWindow* parent, Notifier& notifier)
    : wxPanel(parent, wxID_ANY), m_notifier(notifier),
      m_runDialog(showModally())
{
    SetName("reports-tab");
    auto* intro = new wxStaticText(this, wxID_ANY,
                                   _("Everything sent about this client: each document written to a file, for whom, "
                                     "and its SHA-256, so a copy shown later can be matched to this log."));
    intro->Wrap(FromDIP(420));  // unwrapped, the sentence would set the chart's minimum width
    m_log = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    m_log->SetName("disclosure-log");
    const std::pair<wxString, int> columns[] = {{_("Sent"), 90},    {_("Document"), 120}, {_("For"), 170},
                                                {_("Period"), 170}, {_("File"), 220},     {_("SHA-256"), 130}};
    for (const auto& [title, width] : columns)
        m_log->AppendColumn(title, wxLIST_FORMAT_LEFT, FromDIP(width));
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(intro, wxSizerFlags().Expand().Border(wxALL, 12));
    column->Add(m_log, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, 12));
    SetSizer(column);
    Bind(wxEVT_SIZE, [intro, this](wxSizeEvent& event) {
        intro->Wrap(std::max(200, event.GetSize().x - FromDIP(24)));
        event.Skip();
    });
}

std::vector<clients::ui::ChartAction> ReportsTab::actions()
{
    return {{_("&Report…"), "progress-report", _("Write a progress report for a provider on the care team"),
             [this] { writeProgressReport(); }, [this](const clients::ui::ChartContext&) { return m_service != nullptr; }}};
}

void ReportsTab::show(const clients::ui::ChartContext& context)
{
    m_client = context.chart.client.id;
    m_clientName = toWx(clients::fullName(context.chart.client));
    reload();
}

void ReportsTab::clear()
{
    m_client = 0;
    m_log->DeleteAllItems();
}

void ReportsTab::reload()
{
    m_log->DeleteAllItems();
    if (!m_service || m_client == 0)
        return;
    knotwork::ui::reportErrors(m_notifier, _("Could not read what was sent"), [this] {
        long row = 0;
        for (const disclosures::Disclosure& sent : m_service->disclosures(m_client)) {
            m_log->InsertItem(row, knotwork::ui::formatDate(sent.disclosedAt));
            m_log->SetItem(row, 1, toWx(labelOf(sent.kind)));
            m_log->SetItem(row, 2, sent.recipientName.empty() ? _("Client's record (no recipient)") : toWx(sent.recipientName));
            if (sent.periodFrom && sent.periodTo)
                m_log->SetItem(row, 3, wxString::Format(_("%s to %s"), knotwork::ui::formatDate(*sent.periodFrom),
                                                        knotwork::ui::formatDate(*sent.periodTo)));
            m_log->SetItem(row, 4, toWx(sent.fileName));
            m_log->SetItem(row, 5, toWx(sent.sha256.substr(0, 16)) + "…");
            ++row;
        }
    });
}

void ReportsTab::writeProgressReport()
{
    if (!m_service || m_client == 0)
        return;
    ProgressReportDialog dialog(wxGetTopLevelParent(this), *m_service, m_notifier, m_client, m_clientName);
    m_runDialog(dialog);
    reload();
}

} // namespace knotwork::reports::ui
