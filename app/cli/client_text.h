#pragma once

#include <string>
#include <utility>
#include <vector>

#include "clients/chart_text.h"
#include "clients/client_service.h"

namespace knotwork::cli {

using Rows = std::vector<std::pair<std::string, std::string>>;

// A client's chart as the labelled rows `client show` prints, provider names looked up.
Rows chartRows(const clients::ClientChart& chart, const clients::SafetyAssessment& assessment,
               clients::ProviderQueries& providers, const Date& today);

using clients::statusLine;

} // namespace knotwork::cli
