#include "app/gui/import_problems_dialog.h"

#include <wx/button.h>
#include <wx/sizer.h>

#include "common/ui/form_grid.h"
#include "common/ui/text_table.h"
#include "common/ui/work_area.h"
#include <wx/stattext.h>
#include "common/ui/wx_text.h"

namespace knotwork::gui {

ImportProblemsDialog::ImportProblemsDialog(wxWindow* parent, const std::filesystem::path& archive,
                                           const std::vector<FieldProblem>& problems)
    : wxDialog(parent, wxID_ANY, _("The archive was not imported"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "import-problems-dialog")
{
    const int count = static_cast<int>(problems.size());
    auto* intro = new wxStaticText(
        this, wxID_ANY,
        wxString::Format(wxPLURAL("%s was not imported because of %d problem in its records, listed below. "
                                  "Nothing was created or changed.",
                                  "%s was not imported because of %d problems in its records, listed below. "
                                  "Nothing was created or changed.",
                                  count),
                         ui::pathToWx(archive.filename()), count),
        wxDefaultPosition, wxDefaultSize, 0, "import-problems-intro");
    intro->Wrap(FromDIP(640));
    m_list = new ui::TextTable(this, "import-problems", _("Problems in the archive"),
                               {{_("Problem (the record and field it is in, then the rule)"), 640}}, FromDIP(wxSize(660, 260)));
    std::vector<ui::TextTable::Row> rows;
    for (const FieldProblem& problem : problems)
        rows.push_back({{ui::toWx(problem.message)}});  // the message names the record and field
    m_list->setRows(std::move(rows));

    const int gap = ui::groupGap(*this);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(intro, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    sizer->Add(m_list, wxSizerFlags(1).Expand().Border(wxALL, gap));
    sizer->Add(CreateStdDialogButtonSizer(wxOK), wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    SetSizer(sizer);
    ui::fitToWorkArea(*this);
    Centre();
    ui::keepWithinWorkArea(*this);  // centred on a main window larger than the screen's work area
    m_list->SetFocus();
}

} // namespace knotwork::gui
