#pragma once

#include <vector>

#include "clients/client_store.h"
#include "demo/demo_notes.h"
#include "demo/demo_random.h"
#include "plans/outcome_measure.h"
#include "plans/treatment_plan.h"

namespace knotwork::demo {

struct DemoPlanRecords {
    std::vector<plans::TreatmentPlan> plans;
    std::vector<plans::OutcomeMeasure> measures;
};

// The treatment plan and outcome measures of one demo client's course of care, consistent with
// its notes: the built-in template for the diagnosis on file, started at the first visit with
// the first note's findings as baselines; phases advanced at the notes' rhythm; an HDI and/or NDI
// and a PSFS at the first visit and every sixth after, moving as the headache days did; the plan
// completed, discontinued (not improving, dropped out) or still active. Nothing for a client
// without a tension-type or cervicogenic diagnosis or without visits.
void addDemoPlan(DemoRandom& random, const clients::ClientStore::ImportedClient& file,
                 clients::ClientId id, const DemoCourse& course, const std::string& therapist,
                 const Date& referenceDay, DemoPlanRecords& into);

} // namespace knotwork::demo
