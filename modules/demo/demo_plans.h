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
// its notes and intake: the built-in template for the diagnosis on file, started at the first
// visit with the first note's findings as baselines; phases advanced at the notes' rhythm; an
// HDI and/or NDI and a PSFS at the first visit and every sixth after, and for a neck focus the
// NPRS every third (with a goal two points down), starting where the intake's headache days and
// intensity put them and moving as the course does. PSFS activities fit the client's age and life
// (demo_life.h). No goal is met before a third of its time frame, nor before three weeks. The
// plan is completed when the course ended with most goals met, discontinued with the reason that
// fits (little change and referred back, moved away, stopped booking, clearance lapsed) or still
// active. Nothing for a client without a tension-type or cervicogenic diagnosis or without visits.
void addDemoPlan(DemoRandom& random, const clients::ClientStore::ImportedClient& file,
                 clients::ClientId id, const DemoCourse& course, const std::string& therapist,
                 const Date& referenceDay, DemoPlanRecords& into);

} // namespace knotwork::demo
