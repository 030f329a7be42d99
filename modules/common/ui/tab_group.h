#pragma once
#include <vector>

class wxWindow;

namespace knotwork::ui {

// How the arrow keys move between the members of a group that is one Tab stop.
enum class GroupArrows {
    All,       // every arrow: check boxes, the section links
    UpDown,    // Up and Down only: Left and Right answer a yes/no row
};

// Makes `members` (in reading order) one stop of the Tab cycle, as a list is: Tab goes on past the
// last member and Shift+Tab back before the first, wherever in the group the focus is; the arrow
// keys move to the member before or after (Home and End to the ends). Mouse clicks are as before.
void oneTabStop(const std::vector<wxWindow*>& members, GroupArrows arrows = GroupArrows::All);

} // namespace knotwork::ui
