#include "window_fit_checks.h"

#include <algorithm>
#include <sstream>
#include <wx/anybutton.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/radiobut.h>
#include <wx/scrolwin.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/toplevel.h>

#include "clients/ui/badge.h"
#include "common/ui/native_size.h"
#include "common/ui/wx_text.h"
#include "support/process.h"

namespace knotwork::gui::testing {

namespace {

std::string describe(const wxRect& rect)
{
    std::ostringstream text;
    text << rect.width << "x" << rect.height << " at " << rect.x << "," << rect.y;
    return text.str();
}

std::string describe(const wxSize& size)
{
    return std::to_string(size.x) + "x" + std::to_string(size.y);
}

std::string describe(const wxWindow& window)
{
    std::string text = ui::toUtf8(window.GetClassInfo()->GetClassName());
    if (!window.GetName().empty())
        text += " \"" + ui::toUtf8(window.GetName()) + "\"";
    const wxString label = window.GetLabel();
    if (!label.empty())
        text += " labelled \"" + ui::toUtf8(label.Left(60)) + "\"";
    return text;
}

// The client area of `window` on the screen.
wxRect clientRect(const wxWindow& window)
{
    return wxRect(window.ClientToScreen(wxPoint(0, 0)), window.GetClientSize());
}

// The part of `window` that is shown, or could be scrolled into view, on the screen.
wxRect reachableRect(const wxWindow& window, const wxTopLevelWindow& top)
{
    wxRect rect = window.GetScreenRect();
    for (const wxWindow* parent = window.GetParent(); parent; parent = parent->GetParent()) {
        if (const auto* scrolled = dynamic_cast<const wxScrolledWindow*>(parent)) {
            // Its whole virtual area can be scrolled into view; the scrolled window itself is
            // checked on its own.
            const wxPoint origin = scrolled->ClientToScreen(scrolled->CalcScrolledPosition(wxPoint(0, 0)));
            return rect.Intersect(wxRect(origin, scrolled->GetVirtualSize()));
        }
        // A top-level window's status and menu bars lie outside its client area.
        rect.Intersect(parent == &top ? top.GetScreenRect() : clientRect(*parent));
        if (parent == &top)
            break;
    }
    return rect;
}

// GTK draws a box's frame and title a little outside the rectangle wx gives it; what matters
// is the fields inside it.
bool isBoxFrame(const wxWindow& window)
{
    return dynamic_cast<const wxStaticBox*>(&window) != nullptr;
}

// The size a control needs to show its words: its best size, or less where the code set a smaller
// minimum on purpose (the compact buttons of a 0–10 scale).
wxSize neededSize(const wxWindow& window)
{
    const wxSize best = window.GetBestSize();
    const wxSize least = window.GetMinSize();
    return wxSize(least.x >= 0 ? std::min(least.x, best.x) : best.x, least.y >= 0 ? std::min(least.y, best.y) : best.y);
}

// Controls whose words are cut when they are smaller than they need, either way.
bool needsItsBestSize(const wxWindow& window)
{
    return dynamic_cast<const wxAnyButton*>(&window) || dynamic_cast<const wxStaticText*>(&window)
        || dynamic_cast<const clients::ui::Badge*>(&window) || dynamic_cast<const wxCheckBox*>(&window)
        || dynamic_cast<const wxRadioButton*>(&window);
}

// Controls of one line, cut when they are less tall than they need. A choice may be narrower
// than its longest item: the list it drops down shows them whole.
bool needsItsBestHeight(const wxWindow& window)
{
    const auto* text = dynamic_cast<const wxTextCtrl*>(&window);
    return (text && !text->IsMultiLine()) || dynamic_cast<const wxComboBox*>(&window)
        || dynamic_cast<const wxChoice*>(&window);
}

// GTK draws no label at all in a button narrower than its minimum (a scale's buttons went blank
// so): the width it needs, 0 for other controls.
int widthToDrawItsLabel(const wxWindow& window)
{
    return dynamic_cast<const wxAnyButton*>(&window) ? ui::nativeMinimumWidth(const_cast<wxWindow&>(window)) : 0;
}

void checkChildren(const wxWindow& parent, const wxTopLevelWindow& top, std::vector<std::string>& problems)
{
    for (const wxWindow* window : parent.GetChildren()) {
        if (window->IsTopLevel() || !window->IsShownOnScreen())
            continue;
        const wxRect whole = window->GetScreenRect();
        const wxRect shown = reachableRect(*window, top);
        const wxSize best = neededSize(*window);
        if (shown.GetSize() != whole.GetSize() && !isBoxFrame(*window))
            problems.push_back(describe(*window) + " is cut: " + describe(shown.GetSize()) + " of its "
                               + describe(whole.GetSize()) + " shows");
        else if (needsItsBestSize(*window) && (whole.width < best.x || whole.height < best.y))
            problems.push_back(describe(*window) + " is " + describe(whole.GetSize()) + ", less than the "
                               + describe(best) + " it needs");
        else if (const int least = widthToDrawItsLabel(*window);
                 ui::nativeAllocatedWidth(const_cast<wxWindow&>(*window)) < least)
            problems.push_back(describe(*window) + " is narrower than the " + std::to_string(least)
                               + " pixels GTK needs to draw its label");
        else if (needsItsBestHeight(*window) && whole.height < best.y)
            problems.push_back(describe(*window) + " is " + std::to_string(whole.height) + " high, less than the "
                               + std::to_string(best.y) + " it needs");
        else
            checkChildren(*window, top, problems);
    }
}

} // namespace

std::optional<wxRect> shownWindowRect(const std::string& title)
{
    const auto found = knotwork::testing::runProcess({"/usr/bin/xwininfo", "-name", title});
    if (found.exitCode != 0)
        return std::nullopt;
    const auto number = [&](const std::string& field) {
        const std::size_t at = found.out.find(field + ":");
        return at == std::string::npos ? 0 : std::stoi(found.out.substr(at + field.size() + 1));
    };
    return wxRect(number("Absolute upper-left X"), number("Absolute upper-left Y"), number("Width"), number("Height"));
}

wxRect workAreaOf(const Screen& screen)
{
    return wxRect(0, kDesktopPanelHeight, screen.width, screen.height - kDesktopPanelHeight);
}

std::string nameOf(const Screen& screen)
{
    return std::to_string(screen.width) + "x" + std::to_string(screen.height);
}

void PrintTo(const Screen& screen, std::ostream* out)
{
    *out << nameOf(screen);
}

std::vector<std::string> fitProblems(wxTopLevelWindow& window, const wxRect& area)
{
    std::vector<std::string> problems;
    if (!area.Contains(window.GetScreenRect()))
        problems.push_back(describe(window) + " sticks out of the work area " + describe(area) + ": it is "
                           + describe(window.GetScreenRect()));
    checkChildren(window, window, problems);
    return problems;
}

} // namespace knotwork::gui::testing
