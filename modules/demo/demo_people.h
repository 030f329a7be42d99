#pragma once

#include <string>
#include <vector>

#include "clients/client.h"
#include "clients/provider.h"
#include "demo/demo_random.h"

namespace knotwork::demo {

// Who the synthetic clients and providers are: names from many languages (so accents, letters
// outside Latin-1 and apostrophes appear as they do in a real caseload), contact details in the
// reserved 555-01xx range and example.com, an occupation that fits their age (demo_life.h) with
// its screen hours; adults on the day given (over years of history, their first visit).
clients::Client makeDemoClient(DemoRandom& random, const Date& referenceDay);
clients::Provider makeDemoProvider(DemoRandom& random, clients::ProviderRole role);

} // namespace knotwork::demo
