#include "safekeeping/ui/retention_dialog.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>

#include "common/ui/report_errors.h"
#include "common/ui/text_table.h"
#include "common/ui/work_area.h"
#include "common/ui/wrapping_text.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"

namespace knotwork::safekeeping::ui {

using knotwork::ui::TextTable;
using knotwork::ui::toWx;
using knotwork::ui::WrappingText;

RetentionDialog::RetentionDialog(wxWindow* parent, RetentionService& service, Notifier& notifier,
                                 std::function<void(clients::ClientId)> openChart)
    : wxDialog(parent, wxID_ANY, _("Records past retention"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "retention-dialog"),
      m_service(service),
      m_notifier(notifier),
      m_openChart(std::move(openChart))
{
    m_rule = new WrappingText(this, wxString(), "retention-rule", 400);
    m_summary = new WrappingText(this, wxString(), "retention-summary", 400);
    m_list = new TextTable(this, "retention-list", _("Records past retention"),
                           {{_("Name"), 220}, {_("Date of birth"), 120}, {_("Last visit"), 150},
                            {_("Retention ended on"), 150}},
                           FromDIP(wxSize(680, 300)));
    m_open = new wxButton(this, wxID_OPEN, _("&Open chart"));
    m_open->SetToolTip(_("Close this list and open the chosen client's chart"));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(m_open);
    buttons->AddStretchSpacer();
    buttons->Add(new wxButton(this, wxID_CLOSE, _("&Close")));
    SetEscapeId(wxID_CLOSE);

    const int border = FromDIP(16);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(m_rule, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, border));
    column->Add(m_summary, wxSizerFlags().Expand().Border(wxALL, border));
    column->Add(m_list, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, border));
    column->Add(buttons, wxSizerFlags().Expand().Border(wxALL, border));
    SetSizer(column);

    m_list->onActivated([this](std::size_t) { openSelected(); });
    m_list->onSelectionChanged([this] { m_open->Enable(m_list->selectedRow().has_value()); });
    m_open->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { openSelected(); });
    load();
    Fit();
    Centre();
    knotwork::ui::keepWithinWorkArea(*this);
    m_list->SetFocus();
}

void RetentionDialog::load()
{
    long long total = 0;
    Date today = m_service.today();
    knotwork::ui::reportErrors(m_notifier, _("Could not list the records past retention"), [&] {
        m_rule->SetLabel(toWx(describeRetention(m_service.settings())));
        total = m_service.countPastRetention(today);
        m_records = m_service.pastRetention(today, 0, kListed);
    });
    wxString summary;
    if (m_records.empty())
        summary = wxString::Format(_("No record is past retention on %s."), knotwork::ui::formatDate(today));
    else
        summary = wxString::Format(wxPLURAL("%lld record is past retention on %s.",
                                            "%lld records are past retention on %s.", total),
                                   total, knotwork::ui::formatDate(today));
    if (static_cast<long long>(m_records.size()) < total)
        summary += ' ' + wxString::Format(_("The first %lu by name are listed."),
                                             static_cast<unsigned long>(m_records.size()));
    summary += ' ' + wxString(_("Nothing is deleted: destroying a record is your decision, and Knotwork never "
                                "does it for you."));
    m_summary->SetLabel(summary);

    std::vector<TextTable::Row> rows;
    for (const RecordPastRetention& record : m_records) {
        const wxString lastVisit = record.lastVisit
                                       ? knotwork::ui::formatDate(*record.lastVisit)
                                       : wxString::Format(_("never (intake %s)"), knotwork::ui::formatDate(record.intakeOn));
        wxString name = toWx(record.name);
        if (record.archived)
            name += ' ' + wxString(_("(archived)"));
        rows.push_back({{name, knotwork::ui::formatDate(record.dateOfBirth, _("not known")), lastVisit,
                         knotwork::ui::formatDate(record.retentionEndedOn)}});
    }
    m_list->setRows(std::move(rows));
    m_list->fitColumnsToContent();
    m_open->Disable();
}

void RetentionDialog::openSelected()
{
    const std::optional<std::size_t> row = m_list->selectedRow();
    if (!row || *row >= m_records.size())
        return;
    const clients::ClientId client = m_records[*row].id;
    EndModal(wxID_OPEN);
    m_openChart(client);
}

} // namespace knotwork::safekeeping::ui
