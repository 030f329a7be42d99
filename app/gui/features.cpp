#include "app/gui/features.h"

#include "clients/ui/clients_feature.h"
#include "plans/ui/plans_feature.h"
#include "reports/ui/reports_feature.h"
#include "safekeeping/ui/safekeeping_feature.h"
#include "sessions/ui/sessions_feature.h"

namespace knotwork::gui {

std::vector<std::unique_ptr<clients::ui::Feature>> knotworkFeatures()
{
    auto reports = std::make_unique<reports::ui::ReportsFeature>();
    // A signed note's documents (its PDF, the client's home-care handout) are offered beside it.
    std::vector<sessions::ui::SessionsTab::NoteAction> noteDocuments;
    for (auto& document : reports->noteDocuments())
        noteDocuments.push_back({document.label, document.name, document.tooltip, std::move(document.open)});

    std::vector<std::unique_ptr<clients::ui::Feature>> features;
    features.push_back(std::make_unique<clients::ui::ClientsFeature>());
    features.push_back(std::make_unique<sessions::ui::SessionsFeature>(std::move(noteDocuments)));
    features.push_back(std::make_unique<plans::ui::PlansFeature>());
    features.push_back(std::move(reports));
    features.push_back(std::make_unique<safekeeping::ui::SafekeepingFeature>());
    return features;
}

} // namespace knotwork::gui
