#pragma once

#include "clients/ui/feature.h"

namespace knotwork::plans {
class PlanService;
}

namespace knotwork::plans::ui {

class PlanRemindersPanel;
class PlanTab;
class ProgressTab;

// Treatment plans in the main window: the chart's Plan and Progress tabs, Client › Record
// measure… and Today's plans to look at, read again when a plan, a measure or a signed note
// changes.
class PlansFeature : public clients::ui::Feature {
public:
    void install(clients::ui::FeatureHost& host) override;
    void practiceChanged(const ServiceSet& services) override;

private:
    // Client › Record measure…: for the client the chart shows.
    void recordMeasure();
    void reload(clients::ClientId client);

    clients::ui::FeatureHost* m_host = nullptr;
    PlanService* m_service = nullptr;
    PlanTab* m_planTab = nullptr;
    ProgressTab* m_progressTab = nullptr;
    PlanRemindersPanel* m_reminders = nullptr;
};

} // namespace knotwork::plans::ui
