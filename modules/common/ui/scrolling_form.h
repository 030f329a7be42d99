#pragma once

#include <memory>

#include "common/ui/scrolling_body.h"

namespace knotwork::ui {

// A long form that scrolls up and down inside its window the way a person expects. As a
// ScrollingBody, clicking a field never moves the page and a field reached with the keyboard
// scrolls just enough to be seen; and the mouse wheel scrolls the form wherever the pointer is:
// over a number's arrows or a choice (which would otherwise change their value) and over a text
// box, unless that box holds more text than it shows and so needs the wheel itself.
class ScrollingForm : public ScrollingBody {
public:
    ScrollingForm(wxWindow* parent, const wxString& name);
    ~ScrollingForm() override;

    // Scrolls so that `top` (a section's first box) is at the top of the view, as far as the
    // form goes.
    void scrollToTop(const wxWindow& top);
    // Whether `window` is this form or inside it.
    bool contains(const wxWindow& window) const;

private:
    class WheelFilter;

    std::unique_ptr<WheelFilter> m_wheel;
};

} // namespace knotwork::ui
