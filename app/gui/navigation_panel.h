#pragma once

#include <cstddef>
#include <wx/bmpbndl.h>
#include <wx/panel.h>

class wxDataViewListCtrl;
class wxSimplebook;

namespace knotwork::gui {

// The left-hand navigation: one row per view, icon beside label, and the page it shows to the
// right. It is the platform's own list, so a screen reader says the view chosen; arrow keys move
// between views; Tab moves on into the page.
class NavigationPanel : public wxPanel {
public:
    explicit NavigationPanel(wxWindow* parent);

    // The parent for pages passed to addPage.
    wxWindow* pageParent();
    void addPage(wxWindow* page, const wxString& label, const wxBitmapBundle& icon);

    void select(std::size_t index);
    std::size_t selection() const;

private:
    wxDataViewListCtrl* m_list;
    wxSimplebook* m_pages;
};

} // namespace knotwork::gui
