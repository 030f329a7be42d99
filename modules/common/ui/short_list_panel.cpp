#include "common/ui/short_list_panel.h"

#include <algorithm>
#include <wx/button.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "common/ui/wrapping_text.h"

namespace knotwork::ui {

ShortListPanel::ShortListPanel(wxWindow* parent, const wxString& name, const wxString& heading,
                               const wxString& explanation)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, name)
{
    auto* title = new wxStaticText(this, wxID_ANY, heading);
    title->SetFont(GetFont().Scaled(1.2f).Bold());
    auto* text = new WrappingText(this, explanation, "short-list-explanation");
    m_rows = new wxFlexGridSizer(3, FromDIP(wxSize(16, 6)));
    m_rows->AddGrowableCol(1);
    m_more = new wxStaticText(this, wxID_ANY, wxString());
    m_more->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(title);
    column->AddSpacer(FromDIP(4));
    column->Add(text, wxSizerFlags().Expand());
    column->AddSpacer(FromDIP(8));
    column->Add(m_rows, wxSizerFlags().Expand());
    column->Add(m_more, wxSizerFlags().Border(wxTOP, FromDIP(6)));
    SetSizer(column);
}

void ShortListPanel::setRows(const std::vector<ShortListRow>& rows)
{
    Freeze();
    m_rows->Clear(true);  // destroys the rows' windows; destroying them one by one in a loop
                          // would change the sizer's list while it is being walked
    const std::size_t shown = std::min(rows.size(), kShown);
    for (std::size_t i = 0; i < shown; ++i) {
        const ShortListRow& row = rows[i];
        auto* name = new wxStaticText(this, wxID_ANY, row.name);
        name->SetFont(name->GetFont().Bold());
        auto* detail = new WrappingText(this, row.detail, "short-list-detail");
        detail->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        auto* button = new wxButton(this, wxID_ANY, row.buttonLabel, wxDefaultPosition, wxDefaultSize, 0,
                                    wxDefaultValidator, row.buttonName);
        button->SetToolTip(row.tooltip);
        button->Bind(wxEVT_BUTTON, [this, action = row.action](wxCommandEvent&) { CallAfter(action); });
        m_rows->Add(name, wxSizerFlags().CentreVertical());
        auto* cell = new wxBoxSizer(wxVERTICAL);  // the column's width, wrapped; level with the name
        cell->AddStretchSpacer();
        cell->Add(detail, wxSizerFlags().Expand());
        cell->AddStretchSpacer();
        m_rows->Add(cell, wxSizerFlags().Expand());
        m_rows->Add(button);
    }
    const std::size_t hidden = rows.size() - shown;
    m_more->SetLabel(hidden == 0 ? wxString()
                                 : wxString::Format(wxPLURAL("and %d more", "and %d more", static_cast<int>(hidden)),
                                                    static_cast<int>(hidden)));
    m_more->Show(hidden > 0);
    Layout();
    Thaw();
}

} // namespace knotwork::ui
