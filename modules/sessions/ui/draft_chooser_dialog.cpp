#include "sessions/ui/draft_chooser_dialog.h"

#include <algorithm>
#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "common/ui/spacing.h"
#include "common/ui/work_area.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_time.h"
#include "common/ui/wx_text.h"
#include "sessions/ui/session_text.h"

namespace knotwork::sessions::ui {

namespace {
using knotwork::ui::kWindowMargin;
}

DraftChooserDialog::DraftChooserDialog(wxWindow* parent, const std::vector<DraftRef>& drafts)
    : wxDialog(parent, wxID_ANY, _("Unsigned session notes"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER, "draft-chooser"),
      m_drafts(drafts)
{
    auto* intro = new wxStaticText(this, wxID_ANY,
                                   _("These notes were kept as drafts and are not part of the record until "
                                     "they are signed. Choose the ones to open in the note editor."));
    intro->Wrap(FromDIP(520));
    m_list = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                    wxDV_MULTIPLE | wxDV_ROW_LINES, wxDefaultValidator);
    m_list->SetName("draft-list");
    m_list->AppendTextColumn(_("Client"), wxDATAVIEW_CELL_INERT, FromDIP(220));
    m_list->AppendTextColumn(_("Visit"), wxDATAVIEW_CELL_INERT, FromDIP(110));
    m_list->AppendTextColumn(_("Last saved"), wxDATAVIEW_CELL_INERT, FromDIP(160));
    for (const DraftRef& draft : m_drafts) {
        wxVector<wxVariant> row;
        row.push_back(knotwork::ui::toWx(draft.clientName));
        row.push_back(knotwork::ui::formatDate(draft.visitDate));
        row.push_back(knotwork::ui::formatMoment(draft.savedAt));
        m_list->AppendItem(row);
    }
    m_list->SetMinSize(FromDIP(wxSize(520, 200)));
    m_list->SelectAll();
    m_list->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { EndModal(wxID_OK); });
    m_list->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED,
                 [this](wxDataViewEvent&) { FindWindow(wxID_OK)->Enable(m_list->GetSelectedItemsCount() > 0); });

    auto* buttons = new wxStdDialogButtonSizer;
    auto* open = new wxButton(this, wxID_OK, _("&Open"));
    open->SetDefault();
    buttons->AddButton(open);
    buttons->AddButton(new wxButton(this, wxID_CANCEL));
    buttons->Realize();

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(intro, wxSizerFlags().Border(wxALL, FromDIP(kWindowMargin)));
    column->Add(m_list, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, FromDIP(kWindowMargin)));
    column->Add(buttons, wxSizerFlags().Expand().Border(wxALL, FromDIP(kWindowMargin)));
    SetSizerAndFit(column);
    Centre();
    knotwork::ui::keepWithinWorkArea(*this);
    m_list->SetFocus();
}

std::vector<NoteId> DraftChooserDialog::chosen() const
{
    std::vector<NoteId> ids;
    for (unsigned row = 0; row < m_drafts.size(); ++row)
        if (m_list->IsRowSelected(static_cast<int>(row)))
            ids.push_back(m_drafts[row].id);
    return ids;
}

void DraftChooserDialog::choose(const std::vector<NoteId>& notes)
{
    m_list->UnselectAll();
    for (unsigned row = 0; row < m_drafts.size(); ++row)
        if (std::find(notes.begin(), notes.end(), m_drafts[row].id) != notes.end())
            m_list->SelectRow(row);
}

} // namespace knotwork::sessions::ui
