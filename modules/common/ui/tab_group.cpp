#include "common/ui/tab_group.h"

#include <algorithm>
#include <wx/window.h>

namespace knotwork::ui {

namespace {

bool canFocus(const wxWindow& member)
{
    return member.IsShownOnScreen() && member.IsEnabled();
}

// The member a key of the group moves to from `index`, skipping hidden and disabled ones and
// staying at either end.
std::size_t movedTo(int key, std::size_t index, const std::vector<wxWindow*>& members)
{
    const auto last = static_cast<std::ptrdiff_t>(members.size()) - 1;
    auto at = static_cast<std::ptrdiff_t>(index);
    std::ptrdiff_t step = 1;
    switch (key) {
    case WXK_UP:
    case WXK_NUMPAD_UP:
    case WXK_LEFT:
    case WXK_NUMPAD_LEFT: step = -1; break;
    case WXK_HOME:
    case WXK_NUMPAD_HOME: at = -1; break;
    case WXK_END:
    case WXK_NUMPAD_END: at = last + 1; step = -1; break;
    default: break;
    }
    for (std::ptrdiff_t next = at + step; next >= 0 && next <= last; next += step)
        if (canFocus(*members[static_cast<std::size_t>(next)]))
            return static_cast<std::size_t>(next);
    return index;
}

bool movesInGroup(int key, GroupArrows arrows)
{
    switch (key) {
    case WXK_UP:
    case WXK_NUMPAD_UP:
    case WXK_DOWN:
    case WXK_NUMPAD_DOWN: return true;
    case WXK_LEFT:
    case WXK_NUMPAD_LEFT:
    case WXK_RIGHT:
    case WXK_NUMPAD_RIGHT:
    case WXK_HOME:
    case WXK_NUMPAD_HOME:
    case WXK_END:
    case WXK_NUMPAD_END: return arrows == GroupArrows::All;
    default: return false;
    }
}

} // namespace

void oneTabStop(const std::vector<wxWindow*>& members, GroupArrows arrows)
{
    if (members.size() < 2)
        return;
    for (std::size_t index = 0; index < members.size(); ++index) {
        members[index]->Bind(wxEVT_KEY_DOWN, [members, index, arrows](wxKeyEvent& event) {
            const int key = event.GetKeyCode();
            if (key == WXK_TAB && (event.GetModifiers() & ~wxMOD_SHIFT) == 0) {
                // GTK moves the focus on from the member focused now: the group's end.
                members[movedTo(event.ShiftDown() ? WXK_HOME : WXK_END, index, members)]->SetFocus();
                event.Skip();
                return;
            }
            if (event.HasAnyModifiers()) {
                event.Skip();
                return;
            }
            if (!movesInGroup(key, arrows)) {
                event.Skip();  // a yes/no row's Left, Space on a check box
                return;
            }
            // At either end the focus stays: an arrow never leaves the group.
            members[movedTo(key, index, members)]->SetFocus();
        });
    }
}

} // namespace knotwork::ui
