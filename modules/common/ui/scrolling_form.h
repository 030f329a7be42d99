#pragma once

#include <memory>
#include <wx/scrolwin.h>

namespace knotwork::ui {

// A long form that scrolls inside its window the way a person expects:
// - the mouse wheel scrolls the form wherever the pointer is: over a number's arrows or a choice
//   (which would otherwise change their value) and over a text box, unless that box holds more
//   text than it shows and so needs the wheel itself;
// - clicking a field never moves the page (wx scrolls a focused control's whole box into view);
// - moving the focus with the keyboard to a field out of view scrolls just enough to show it.
class ScrollingForm : public wxScrolledWindow {
public:
    ScrollingForm(wxWindow* parent, const wxString& name);
    ~ScrollingForm() override;

    // Scrolls so that `top` (a section's first box) is at the top of the view, as far as the
    // form goes.
    void scrollToTop(const wxWindow& top);
    // Scrolls as little as needed to show `window` whole, or its top when it is taller than the view.
    void bringIntoView(const wxWindow& window);
    // Whether `window` is this form or inside it.
    bool contains(const wxWindow& window) const;

protected:
    bool ShouldScrollToChildOnFocus(wxWindow* child) override;

private:
    class WheelFilter;
    void onChildFocus(wxChildFocusEvent& event);
    // Scrolls by `pixels` (down when positive), rounded to whole scroll steps away from zero.
    void scrollBy(int pixels);

    std::unique_ptr<WheelFilter> m_wheel;
};

} // namespace knotwork::ui
