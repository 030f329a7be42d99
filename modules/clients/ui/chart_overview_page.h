#pragma once

#include "clients/ui/chart_context.h"
#include "clients/ui/fact_sheet.h"

namespace knotwork::clients::ui {

// The chart's first tab: how to reach the client, their emergency contact, the care team (with
// a "No share consent" badge where records may not be shared), consents and the latest screening.
class ChartOverviewPage : public FactSheet {
public:
    explicit ChartOverviewPage(wxWindow* parent);
    void show(const ChartContext& context);

private:
    void addContact(const ChartContext& context);
    void addCareTeam(const ChartContext& context);
    void addConsents(const ChartContext& context);
    void addLatestScreening(const ChartContext& context);
};

} // namespace knotwork::clients::ui
