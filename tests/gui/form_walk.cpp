#include "form_walk.h"

#include <wx/choice.h>
#include <wx/scrolwin.h>
#include <wx/textctrl.h>
#include <wx/toplevel.h>
#include <wx/uiaction.h>

#include "common/ui/accessibility.h"
#include "common/ui/scale_buttons.h"
#include "common/ui/wx_text.h"
#include "gui_test_support.h"

namespace knotwork::gui::testing {

using knotwork::ui::accessibleLabelledBy;
using knotwork::ui::accessibleName;
using knotwork::ui::toUtf8;

void pressKey(wxWindow& control, int key, wxChar typed)
{
    wxKeyEvent event(wxEVT_KEY_DOWN);
    event.m_keyCode = key;
    event.m_uniChar = typed;
    event.SetEventObject(&control);
    control.GetEventHandler()->ProcessEvent(event);
    processEvents();
}

std::vector<wxWindow*> tabStops(wxWindow& start, std::size_t most)
{
    wxWindow* top = wxGetTopLevelParent(&start);
    top->Raise();
    // Without a window manager, keys go where the pointer is.
    wxUIActionSimulator().MouseMove(top->GetScreenRect().GetPosition() + wxPoint(40, 40));
    start.SetFocus();
    processEvents();
    wxWindow* first = wxWindow::FindFocus();
    std::vector<wxWindow*> stops{first};
    for (wxWindow* at = first; stops.size() < most;) {
        wxUIActionSimulator().Char(WXK_TAB);
        processEvents();
        // A choice's inner GTK button has the focus when wx finds none: a stop all the same.
        wxWindow* next = wxWindow::FindFocus();
        if (next == first || (next && next == at))
            break;
        stops.push_back(next);
        at = next;
    }
    return stops;
}

std::string outOfOrder(const std::vector<wxWindow*>& stops, wxScrolledWindow& form)
{
    std::string wrong;
    const wxWindow* before = nullptr;
    wxRect was;
    for (wxWindow* stop : stops) {
        if (!stop || !form.IsDescendant(stop)) {
            before = nullptr;  // Tab went out of the form (to a choice, the buttons) and back in
            continue;
        }
        const wxRect at(form.CalcUnscrolledPosition(form.ScreenToClient(stop->GetScreenPosition())), stop->GetSize());
        const bool above = at.GetBottom() < was.GetTop();
        const bool leftOnTheSameLine = at.GetTop() <= was.GetBottom() && at.GetRight() < was.GetLeft();
        if (before && (above || leftOnTheSameLine))
            wrong += before->GetName().utf8_string() + " -> " + stop->GetName().utf8_string() + "\n";
        before = stop;
        was = at;
    }
    return wrong;
}

std::string badlyNamed(wxWindow& root)
{
    std::string bad;
    for (wxWindow* child : root.GetChildren()) {
        bad += badlyNamed(*child);
        const bool field = dynamic_cast<wxTextCtrl*>(child) || dynamic_cast<wxChoice*>(child)
                           || dynamic_cast<knotwork::ui::ScaleButtons*>(child);
        if (!field || !child->IsShownOnScreen())
            continue;
        wxString label = accessibleLabelledBy(*child);
        label.EndsWith(" *", &label);
        const wxString name = accessibleName(*child);
        if (name.empty() || !name.StartsWith(label))
            bad += child->GetName().utf8_string() + ": " + toUtf8(name) + " (" + toUtf8(label) + ")\n";
    }
    return bad;
}

} // namespace knotwork::gui::testing
