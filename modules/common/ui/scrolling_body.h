#pragma once

#include <wx/scrolwin.h>

class wxSizer;

namespace knotwork::ui {

// The part of a window that scrolls when the window, kept within the work area, cannot show it
// whole: fitToWorkArea (work_area.h) gives it the room there is. Put it in its window's sizer
// with a proportion and wxEXPAND, and the buttons outside it, so they are always in view.
// A scroll bar shows only when the content does not fit.
class ScrollingBody : public wxScrolledWindow {
public:
    // `directions`: wxVERTICAL, wxHORIZONTAL or wxBOTH, the ways it may scroll; the other way it
    // keeps its content's whole size.
    explicit ScrollingBody(wxWindow* parent, const wxString& name = "scrolling-body", int directions = wxBOTH);

    // Lays `content` out inside the body with `margin` around it. The windows it holds that are
    // children of the body's parent become the body's, in the order they are laid out (which is
    // also the order Tab visits them): a form built for its window moves in whole.
    void hold(wxSizer* content, int margin);

    // The size that shows all of the content, margins included.
    wxSize wholeSize();
    // The least the body needs: some of its content the ways it scrolls, all of it the others.
    wxSize smallestSize();

    // Content that grew or shrank since the last layout (a message, a wrapped line, rows added)
    // changes how far the body scrolls.
    bool Layout() override;

    // Scrolls as little as needed to show `window` (inside the body) whole, with a margin.
    void bringIntoView(const wxWindow& window);

protected:
    bool ShouldScrollToChildOnFocus(wxWindow* child) override;

private:
    // Scrolls a control reached with the keyboard into view.
    void showFocused(wxChildFocusEvent& event);

    int m_directions;
    bool m_fitting = false;
};

// True when `sizer` already holds a window of its own that scrolls a form (a wxScrolledWindow).
bool holdsScrolledForm(wxSizer& sizer);

} // namespace knotwork::ui
