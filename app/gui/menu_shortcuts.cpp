#include "app/gui/menu_shortcuts.h"

#include <memory>
#include <wx/frame.h>
#include <wx/menu.h>
#include <wx/textentry.h>

namespace knotwork::gui {

namespace {

int acceleratorFlags(const wxKeyEvent& key)
{
    int flags = wxACCEL_NORMAL;
    if (key.RawControlDown())
        flags |= wxACCEL_CTRL;
    if (key.ShiftDown())
        flags |= wxACCEL_SHIFT;
    if (key.AltDown())
        flags |= wxACCEL_ALT;
    return flags;
}

wxMenuItem* itemIn(const wxMenu& menu, int flags, int keyCode)
{
    for (wxMenuItem* item : menu.GetMenuItems()) {
        if (wxMenu* submenu = item->GetSubMenu()) {
            if (wxMenuItem* found = itemIn(*submenu, flags, keyCode))
                return found;
            continue;
        }
        const std::unique_ptr<wxAcceleratorEntry> accelerator(item->GetAccel());
        if (accelerator && accelerator->GetFlags() == flags && wxToupper(accelerator->GetKeyCode()) == keyCode)
            return item;
    }
    return nullptr;
}

bool editsText(const wxWindow* window)
{
    return dynamic_cast<const wxTextEntry*>(window) != nullptr;
}

} // namespace

wxMenuItem* menuItemForKey(wxFrame& frame, const wxKeyEvent& key)
{
    const wxMenuBar* bar = frame.GetMenuBar();
    const int flags = acceleratorFlags(key);
    if (!bar || !(flags & wxACCEL_CTRL))  // the control's own keys (arrows, letters, F1) stay its own
        return nullptr;
    const int keyCode = wxToupper(key.GetKeyCode());
    for (std::size_t menu = 0; menu < bar->GetMenuCount(); ++menu)
        if (wxMenuItem* item = itemIn(*bar->GetMenu(menu), flags, keyCode))
            return item;
    return nullptr;
}

void putMenuShortcutsFirst(wxFrame& frame)
{
    frame.Bind(wxEVT_CHAR_HOOK, [&frame](wxKeyEvent& key) {
        if (!editsText(wxWindow::FindFocus())) {
            if (wxMenuItem* item = menuItemForKey(frame, key)) {
                frame.GetMenuBar()->UpdateMenus();  // an item's state follows the chart shown
                if (item->IsEnabled()) {
                    wxCommandEvent chosen(wxEVT_MENU, item->GetId());
                    chosen.SetEventObject(&frame);
                    frame.ProcessWindowEvent(chosen);
                    return;
                }
            }
        }
        key.Skip();
    });
}

} // namespace knotwork::gui
