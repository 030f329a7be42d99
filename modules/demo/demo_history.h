#pragma once

#include <string>
#include <vector>

#include "clients/client_store.h"
#include "demo/demo_notes.h"
#include "demo/demo_random.h"

namespace knotwork::demo {

// One client's years with a practice that has run for years (DemoOptions::years), oldest course
// first: a course of care from their first visit; after an improving course's plan ends, for many
// of those clients, maintenance visits every 4–6 weeks for one to five years; for some whose care
// ended years ago, a second course when the headaches came back. The referrer's clearance of a
// client who needs one is renewed as their visits need it (a renewal a few days before the first
// visit it has lapsed for, running four months to a year), so nobody is treated while screening
// blocks treatment; it is left to lapse once the visits stop. `file`'s clearances and assessment
// are updated. Nothing for a client who may not be treated.
std::vector<DemoCourse> makeDemoHistory(DemoRandom& random, clients::ClientStore::ImportedClient& file,
                                        const std::string& therapist, const Date& referenceDay);

} // namespace knotwork::demo
