#pragma once

#include <functional>
#include <vector>
#include <wx/string.h>

#include "clients/ui/chart_context.h"

class wxWindow;

namespace knotwork::clients::ui {

// A button of the chart's header that a tab brings with it ("New note"): pressed, it runs
// `run`; it is enabled for a client when `enabled` says so (always, without it).
struct ChartAction {
    wxString label;    // with its mnemonic: "Ne&w note…"
    wxString name;     // the button's window name, for tests and accessibility tools
    wxString tooltip;
    std::function<void()> run;
    std::function<bool(const ChartContext&)> enabled{};
};

// A tab of the client chart that another feature provides (session notes, later plans): the
// clients module may not know those features, so app/ adds them through
// ClientChartPanel::addTab. The tab's window is a child of the chart's notebook, which owns it.
class ChartTab {
public:
    virtual ~ChartTab() = default;

    virtual wxWindow* window() = 0;
    // The chart shows (or read again) this client.
    virtual void show(const ChartContext& context) = 0;
    // The chart shows nobody, or the practice is closing: forget the client and any service.
    virtual void clear() = 0;
    // Buttons the tab puts in the chart's header, before the chart's own.
    virtual std::vector<ChartAction> actions() { return {}; }
};

} // namespace knotwork::clients::ui
