#include "app/gui/navigation_panel.h"

#include <algorithm>
#include <wx/image.h>
#include <wx/imaglist.h>
#include <wx/listctrl.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/statline.h>

namespace knotwork::gui {

namespace {

constexpr int kIconSize = 24;
const wxSize kIconPadding(10, 8);     // around each icon, which also sets the row height
constexpr int kListWidth = 176;

// The icon on a transparent canvas with room around it: the list control has no row padding
// of its own, and rows as tall as their text would be hard to hit on a touchpad.
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
    m_list = new wxListView(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                            wxLC_REPORT | wxLC_NO_HEADER | wxLC_SINGLE_SEL | wxBORDER_NONE,
                            wxDefaultValidator, "navigation");
    const wxSize cell = FromDIP(wxSize(kIconSize, kIconSize) + 2 * kIconPadding);
    m_list->AssignImageList(new wxImageList(cell.x, cell.y), wxIMAGE_LIST_SMALL);
    m_list->AppendColumn(wxEmptyString);
    m_list->SetFont(GetFont().Scaled(1.1f));
    m_list->SetMinSize(FromDIP(wxSize(kListWidth, -1)));
    m_pages = new wxSimplebook(this);

    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(m_list, wxSizerFlags().Expand());
    row->Add(new wxStaticLine(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLI_VERTICAL),
             wxSizerFlags().Expand());
    row->Add(m_pages, wxSizerFlags(1).Expand());
    SetSizer(row);

    m_list->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        m_list->SetColumnWidth(0, m_list->GetClientSize().x);
        event.Skip();
    });
    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        m_pages->ChangeSelection(static_cast<size_t>(event.GetIndex()));
    });
    // A click below the last row would leave no view chosen; keep the current one.
    m_list->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) {
        CallAfter([this] {
            if (m_list->GetFirstSelected() == -1)
                m_list->Select(m_pages->GetSelection());
        });
    });
}

wxWindow* NavigationPanel::pageParent()
{
    return m_pages;
}

void NavigationPanel::addPage(wxWindow* page, const wxString& label, const wxBitmapBundle& icon)
{
    wxImageList* images = m_list->GetImageList(wxIMAGE_LIST_SMALL);
    const int image = images->Add(paddedIcon(icon, FromDIP(wxSize(kIconSize, kIconSize)), FromDIP(kIconPadding)));
    m_list->InsertItem(m_list->GetItemCount(), label, image);
    m_pages->AddPage(page, label);
    if (m_list->GetItemCount() == 1)
        select(0);
}

void NavigationPanel::select(std::size_t index)
{
    m_list->Select(static_cast<long>(index));
    m_list->Focus(static_cast<long>(index));
    m_pages->ChangeSelection(index);
}

std::size_t NavigationPanel::selection() const
{
    return static_cast<std::size_t>(m_pages->GetSelection());
}

} // namespace knotwork::gui
