#pragma once

#include <map>
#include <optional>
#include <string>
#include <wx/string.h>

#include "clients/client_service.h"

namespace knotwork::clients::ui {

// What the chart's header and tabs show of one client, read once each time the chart is shown,
// with the service the tabs' own actions (opening a letter) go through.
struct ChartContext {
    ClientService* service = nullptr;
    ClientChart chart;
    SafetyAssessment assessment;
    std::map<ProviderId, Provider> providers;  // every provider the chart mentions
    Date today{boost::gregorian::not_a_date_time};

    const Provider* provider(std::optional<ProviderId> id) const;
    // The provider's name, or `typedName` (a name written in by hand), or "—".
    wxString providerName(std::optional<ProviderId> id, const std::string& typedName = {}) const;
};

// Reads the chart, its assessment and the providers it mentions. Throws NotFoundError.
ChartContext loadChartContext(ClientService& service, ClientId id);

} // namespace knotwork::clients::ui
