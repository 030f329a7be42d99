#include "app/gui/navigation_panel.h"

#include "common/ui/accessibility.h"

#include <algorithm>
#include <wx/image.h>
#include <wx/dataview.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/statline.h>

namespace knotwork::gui {

namespace {

constexpr int kIconSize = 24;
const wxSize kIconPadding(10, 8);     // around each icon, which also sets the row height
constexpr int kListWidth = 176;

// The icon on a transparent canvas with room around it: the list sets no row height of its own, and rows as tall as their text would be hard to hit on a touchpad.
wxBitmap paddedIcon(const wxBitmapBundle& icon, const wxSize& iconSize, const wxSize& padding)
{
    const wxImage glyph = icon.GetBitmap(iconSize).ConvertToImage();
    wxImage canvas(iconSize + 2 * padding);
    canvas.InitAlpha();
    std::fill_n(canvas.GetAlpha(), canvas.GetWidth() * canvas.GetHeight(), wxIMAGE_ALPHA_TRANSPARENT);
    canvas.Paste(glyph, padding.x, padding.y);  // takes the glyph's own alpha
    return wxBitmap(canvas);
}

} // namespace

NavigationPanel::NavigationPanel(wxWindow* parent)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTAB_TRAVERSAL, "navigation-panel")
{
    m_list = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                    wxDV_SINGLE | wxDV_NO_HEADER | wxBORDER_NONE);
    m_list->SetName("navigation");
    m_list->AppendIconTextColumn(wxEmptyString, wxDATAVIEW_CELL_INERT, FromDIP(kListWidth));
    m_list->SetFont(GetFont().Scaled(1.1f));
    m_list->SetMinSize(FromDIP(wxSize(kListWidth, -1)));
    knotwork::ui::setAccessibleName(*m_list, _("Views"));
    m_pages = new wxSimplebook(this);

    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(m_list, wxSizerFlags().Expand());
    row->Add(new wxStaticLine(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLI_VERTICAL),
             wxSizerFlags().Expand());
    row->Add(m_pages, wxSizerFlags(1).Expand());
    SetSizer(row);

    m_list->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) {
        const int row = m_list->GetSelectedRow();
        if (row != wxNOT_FOUND)
            m_pages->ChangeSelection(static_cast<size_t>(row));
        else  // Ctrl+click on the chosen row would leave no view chosen; keep the current one
            CallAfter([this] {
                if (m_list->GetSelectedRow() == wxNOT_FOUND)
                    m_list->SelectRow(static_cast<unsigned>(m_pages->GetSelection()));
            });
    });
}

wxWindow* NavigationPanel::pageParent()
{
    return m_pages;
}

void NavigationPanel::addPage(wxWindow* page, const wxString& label, const wxBitmapBundle& icon)
{
    const wxBitmap padded = paddedIcon(icon, FromDIP(wxSize(kIconSize, kIconSize)), FromDIP(kIconPadding));
    wxVector<wxVariant> row;
    wxVariant cell;
    cell << wxDataViewIconText(label, wxBitmapBundle(padded));
    row.push_back(cell);
    m_list->AppendItem(row);
    m_pages->AddPage(page, label);
    if (m_list->GetItemCount() == 1)
        select(0);
}

void NavigationPanel::select(std::size_t index)
{
    const wxDataViewItem item = m_list->RowToItem(static_cast<int>(index));
    m_list->Select(item);
    m_list->SetCurrentItem(item);
    m_pages->ChangeSelection(index);
}

std::size_t NavigationPanel::selection() const
{
    return static_cast<std::size_t>(m_pages->GetSelection());
}

} // namespace knotwork::gui
