#pragma once

#include <functional>

#include "clients/ui/chart_context.h"
#include "clients/ui/fact_sheet.h"

namespace knotwork::clients::ui {

// The chart's first tab: how to reach the client, their emergency contact, the care team (with
// a "No share consent" badge where records may not be shared), consents and the screening: the
// flags on record, withdrawals, and the actions that lift a flag or extend a lapsed clearance.
class ChartOverviewPage : public FactSheet {
public:
    struct ScreeningActions {
        std::function<void()> withdrawFlag;
        std::function<void()> extendClearance;
    };
    ChartOverviewPage(wxWindow* parent, ScreeningActions actions);
    void show(const ChartContext& context);

private:
    void addContact(const ChartContext& context);
    void addCareTeam(const ChartContext& context);
    void addConsents(const ChartContext& context);
    void addScreening(const ChartContext& context);
    void addButton(wxSizer* row, const wxString& label, const wxString& name, const std::function<void()>& run);

    ScreeningActions m_actions;
};

} // namespace knotwork::clients::ui
