#pragma once

#include "clients/ui/feature.h"
#include "reports/ui/reports_view.h"

namespace knotwork::reports::ui {

class ReportsTab;

// Reports in the main window: the chart's Reports tab (the disclosure log) and the Reports view (a
// provider's clients, one report or a batch), both read again when a report is written. A batch
// runs off the screen's thread on a connection of its own, which only app/ can open: it comes in
// as `runBatch`.
class ReportsFeature : public clients::ui::Feature {
public:
    using RunBatch = decltype(ReportsView::Actions::runBatch);

    explicit ReportsFeature(RunBatch runBatch);

    void install(clients::ui::FeatureHost& host) override;
    void practiceChanged(const ServiceSet& services) override;

private:
    RunBatch m_runBatch;
    ReportsTab* m_tab = nullptr;
    ReportsView* m_view = nullptr;
};

} // namespace knotwork::reports::ui
