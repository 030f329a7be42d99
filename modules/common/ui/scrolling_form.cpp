#include "common/ui/scrolling_form.h"

#include <algorithm>
#include <wx/eventfilter.h>
#include <wx/textctrl.h>

namespace knotwork::ui {

namespace {

constexpr int kScrollMargin = 8;  // kept above a section scrolled to the top of the view

// A multi-line text box with more text than it shows scrolls its own text with the wheel.
bool needsTheWheel(const wxWindow& window)
{
    const auto* text = dynamic_cast<const wxTextCtrl*>(&window);
    if (!text || !text->IsMultiLine() || text->IsEmpty())
        return false;
    const int bottom = text->GetClientSize().y;
    const wxPoint first = text->PositionToCoords(0);
    const wxPoint last = text->PositionToCoords(text->GetLastPosition());
    if (first == wxDefaultPosition || last == wxDefaultPosition)
        return false;
    return first.y < 0 || last.y + text->GetCharHeight() > bottom;
}

// Where `window` begins in the view of `form`, in pixels from its top. Through the parent's client
// area: a titled box's own screen position is that of its inside, under the title.
int topIn(const wxWindow& form, const wxWindow& window)
{
    const wxWindow* parent = window.GetParent();
    const wxPoint onScreen = parent ? parent->ClientToScreen(window.GetPosition()) : window.GetScreenPosition();
    return form.ScreenToClient(onScreen).y;
}

} // namespace

// Sees every wheel event of the application first: one over a control inside the form scrolls
// the form instead, before the control acts on it. Registered while its form exists.
class ScrollingForm::WheelFilter : public wxEventFilter {
public:
    explicit WheelFilter(ScrollingForm& form) : m_form(form) { wxEvtHandler::AddFilter(this); }
    ~WheelFilter() override { wxEvtHandler::RemoveFilter(this); }

    int FilterEvent(wxEvent& event) override
    {
        if (event.GetEventType() != wxEVT_MOUSEWHEEL)
            return Event_Skip;
        auto* over = dynamic_cast<wxWindow*>(event.GetEventObject());
        if (!over || over == &m_form || !m_form.contains(*over) || needsTheWheel(*over))
            return Event_Skip;
        wxMouseEvent wheel(static_cast<wxMouseEvent&>(event));
        wheel.SetEventObject(&m_form);
        m_form.HandleOnMouseWheel(wheel);
        return Event_Processed;
    }

private:
    ScrollingForm& m_form;
};

ScrollingForm::ScrollingForm(wxWindow* parent, const wxString& name)
    : ScrollingBody(parent, name, wxVERTICAL), m_wheel(std::make_unique<WheelFilter>(*this))
{
}

ScrollingForm::~ScrollingForm() = default;

bool ScrollingForm::contains(const wxWindow& window) const
{
    for (const wxWindow* at = &window; at; at = at->GetParent()) {
        if (at == this)
            return true;
        if (at->IsTopLevel())
            return false;
    }
    return false;
}

void ScrollingForm::scrollToTop(const wxWindow& top)
{
    int unitX = 0;
    int unitY = 0;
    GetScrollPixelsPerUnit(&unitX, &unitY);
    if (unitY <= 0)
        return;
    const int inForm = CalcUnscrolledPosition(wxPoint(0, topIn(*this, top))).y;
    Scroll(-1, std::max(0, (inForm - FromDIP(kScrollMargin)) / unitY));
}

} // namespace knotwork::ui
