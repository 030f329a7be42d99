#pragma once

#include "clients/ui/feature.h"

namespace knotwork::clients {
class ClientService;
}

namespace knotwork::clients::ui {

class NeedsAttentionPanel;

// Client records in the main window: the Client menu's record actions, File › Practice settings
// (asked once of a new practice: WelcomeDialog), and Today's "Needs attention before treatment".
// The Clients view itself is the host's.
class ClientsFeature : public Feature {
public:
    void install(FeatureHost& host) override;
    void practiceChanged(const ServiceSet& services) override;
    void practiceShown() override;

private:
    void addMenuItems();
    void showProviders();
    void showPracticeSettings();
    // A practice with no clients whose settings were never saved (nor skipped).
    bool isNewPractice();

    FeatureHost* m_host = nullptr;
    ClientService* m_service = nullptr;
    NeedsAttentionPanel* m_needsAttention = nullptr;
};

} // namespace knotwork::clients::ui
