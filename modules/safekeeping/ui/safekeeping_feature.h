#pragma once

#include "clients/ui/feature.h"

namespace knotwork::safekeeping {
class RetentionService;
}

namespace knotwork::safekeeping::ui {

// Keeping records: File › Records past retention…, the list the practice's retention rule
// allows it to stop keeping (only a list: nothing is destroyed).
class SafekeepingFeature : public clients::ui::Feature {
public:
    void install(clients::ui::FeatureHost& host) override;
    void practiceChanged(const ServiceSet& services) override;

private:
    void showRecordsPastRetention();

    clients::ui::FeatureHost* m_host = nullptr;
    RetentionService* m_retention = nullptr;
};

} // namespace knotwork::safekeeping::ui
