#include "app/gui/record_findings_dialog.h"

#include <wx/button.h>
#include <wx/clipbrd.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "app/gui/record_check_text.h"
#include "common/ui/form_grid.h"
#include "common/ui/text_table.h"
#include "common/ui/work_area.h"
#include "common/ui/wx_text.h"

namespace knotwork::gui {

namespace {
constexpr int kTextWidth = 700;
}

RecordFindingsDialog::RecordFindingsDialog(wxWindow* parent, const app::PracticeLocation& practice,
                                           const integrity::IntegrityReport& report)
    : wxDialog(parent, wxID_ANY, _("Problems in the records"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "record-findings-dialog")
{
    const int count = static_cast<int>(report.findings.size());
    auto* intro = new wxStaticText(
        this, wxID_ANY,
        wxString::Format(wxPLURAL("The check of %s found %d problem, listed below. A record that was changed, "
                                  "removed or added outside Knotwork, or a damaged file, shows here. Restore a "
                                  "backup from before the change, and keep this list (Copy) for whoever looks "
                                  "into it.",
                                  "The check of %s found %d problems, listed below. Records that were changed, "
                                  "removed or added outside Knotwork, or a damaged file, show here. Restore a "
                                  "backup from before the change, and keep this list (Copy) for whoever looks "
                                  "into it.",
                                  count),
                         ui::toWx(practice.name()), count),
        wxDefaultPosition, wxDefaultSize, 0, "record-findings-intro");
    intro->Wrap(FromDIP(kTextWidth));

    m_list = new ui::TextTable(this, "record-findings", _("Problems found in the records"),
                               {{_("Area"), 110}, {_("Record"), 250}, {_("Problem"), 330}},
                               FromDIP(wxSize(kTextWidth, 240)));
    std::vector<ui::TextTable::Row> rows;
    m_text = wxString::Format(_("Check of %s"), ui::toWx(practice.display())) + "\n";
    for (const integrity::IntegrityFinding& finding : recordsFirst(report)) {
        rows.push_back({{ui::toWx(integrity::areaName(finding.area)), ui::toWx(finding.subject),
                         ui::toWx(finding.problem)}});
        m_text += findingLine(finding) + "\n";
    }
    m_list->setRows(std::move(rows));

    const wxString counts = recordCheckCounts(report);
    m_text += counts + "\n";
    auto* checked = new wxStaticText(this, wxID_ANY, counts, wxDefaultPosition, wxDefaultSize, 0,
                                     "record-findings-counts");
    checked->Wrap(FromDIP(kTextWidth));
    checked->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));

    auto* copyButton = new wxButton(this, wxID_COPY, _("&Copy"), wxDefaultPosition, wxDefaultSize, 0,
                                    wxDefaultValidator, "record-findings.copy");
    copyButton->SetToolTip(_("Put the list of problems on the clipboard"));
    copyButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { copy(); });
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(copyButton);
    buttons->AddStretchSpacer();
    auto* close = new wxButton(this, wxID_CLOSE, _("C&lose"), wxDefaultPosition, wxDefaultSize, 0,
                               wxDefaultValidator, "record-findings.close");
    close->SetDefault();
    buttons->Add(close);
    SetEscapeId(wxID_CLOSE);
    SetAffirmativeId(wxID_CLOSE);

    const int gap = ui::groupGap(*this);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(intro, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    sizer->Add(m_list, wxSizerFlags(1).Expand().Border(wxALL, gap));
    sizer->Add(checked, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, gap));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, gap));
    SetSizer(sizer);
    ui::fitToWorkArea(*this);
    Centre();
    ui::keepWithinWorkArea(*this);
    m_list->SetFocus();
}

wxString RecordFindingsDialog::asText() const
{
    return m_text;
}

void RecordFindingsDialog::copy()
{
    wxClipboardLocker locker;
    if (!!locker)
        wxTheClipboard->SetData(new wxTextDataObject(m_text));
}

} // namespace knotwork::gui
