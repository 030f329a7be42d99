#pragma once

#include <optional>
#include <vector>

#include "clients/client_store.h"
#include "demo/demo_random.h"

namespace knotwork::demo {

// The care-team directory the demo clients are referred from.
struct DemoProviders {
    std::vector<clients::Provider> all;  // with their stored ids
    const clients::Provider& anyOf(DemoRandom& random, clients::ProviderRole role) const;
};

// One synthetic client's clinical file: a headache history drawn from the mix a headache-focused
// practice sees (DOMAIN.md), the diagnosis by a care-team provider, screening with the odd red
// flag, clearances for some of the blocked, consents, and the assessment of it all. The first
// visit is within the last two and a half years, or with `years`, within that many years (the
// client an adult then, the clearance given then running for four months to a year: renewed as
// the visits need it, renewClearances).
clients::ClientStore::ImportedClient makeDemoClientFile(DemoRandom& random, const DemoProviders& providers,
                                                        const Date& referenceDay,
                                                        std::optional<int> years = std::nullopt);

// What the client's safety status is computed from, as on file.
clients::SafetyRecord safetyRecordOf(const clients::ClientStore::ImportedClient& file);

} // namespace knotwork::demo
