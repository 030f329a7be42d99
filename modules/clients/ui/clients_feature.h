#pragma once

#include "clients/ui/feature.h"

namespace knotwork::clients {
class ClientService;
}

namespace knotwork::clients::ui {

class NeedsAttentionPanel;

// Client records in the main window: the Client menu's record actions, File › Practice settings,
// and Today's "Needs attention before treatment". The Clients view itself is the host's.
class ClientsFeature : public Feature {
public:
    void install(FeatureHost& host) override;
    void practiceChanged(const ServiceSet& services) override;

private:
    void addMenuItems();
    void showProviders();
    void showPracticeSettings();

    FeatureHost* m_host = nullptr;
    ClientService* m_service = nullptr;
    NeedsAttentionPanel* m_needsAttention = nullptr;
};

} // namespace knotwork::clients::ui
