#pragma once

#include "clients/client.h"
#include "clients/client_chart.h"

namespace knotwork::clients {

// The client a list row stands for: names, contact details and whether archived, nothing of the
// chart. What a front desk account on a clinic server, which reads no chart, shows of a client.
Client listedClient(const ClientListRow& row);

} // namespace knotwork::clients
