#pragma once

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/date_text.h"
#include "clients/client_chart.h"

namespace knotwork::clients {

// A client's chart in words, the one way it is read back outside the form: the CLI's
// `client show` (rows one after the other) and the intake summary PDF (a section each).
struct ChartSection {
    std::string title;
    std::vector<std::pair<std::string, std::string>> rows;  // label, value; empty values left out
};

// A provider's name from the care team or as typed on a letter.
using ProviderNamer = std::function<std::string(const std::optional<ProviderId>& id, const std::string& typed)>;

std::vector<ChartSection> describeChart(const ClientChart& chart, const SafetyAssessment& assessment,
                                        const ProviderNamer& providerName, const Date& today,
                                        DateFormatter formatDate = nullptr);

// "Clearance needed — Medical clearance required before massage: …": the status and why.
std::string statusLine(const SafetyAssessment& assessment);

} // namespace knotwork::clients
