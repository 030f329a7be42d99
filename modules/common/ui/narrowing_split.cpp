#include "common/ui/narrowing_split.h"

#include <algorithm>
#include <memory>
#include <wx/splitter.h>

namespace knotwork::ui {

int firstPaneWidth(int width, int firstPreferred, int firstLeast, int secondWanted)
{
    return std::max(firstLeast, std::min(firstPreferred, width - secondWanted));
}

void narrowFirstPaneFirst(wxSplitterWindow& split, const SplitWidths& widths)
{
    auto preferred = std::make_shared<int>(split.FromDIP(widths.firstPreferred));
    const int least = split.FromDIP(widths.firstLeast);
    const int wanted = split.FromDIP(widths.secondWanted);
    split.SetSashGravity(0.0);
    split.Bind(wxEVT_SIZE, [&split, preferred, least, wanted](wxSizeEvent& event) {
        event.Skip();  // the splitter then lays its panes out
        if (split.IsSplit())
            split.SetSashPosition(firstPaneWidth(event.GetSize().x, *preferred, least, wanted), false);
    });
    split.Bind(wxEVT_SPLITTER_SASH_POS_CHANGED, [preferred](wxSplitterEvent& event) {
        *preferred = event.GetSashPosition();
        event.Skip();
    });
}

} // namespace knotwork::ui
