#pragma once

#include <optional>
#include <vector>

#include "plans/treatment_plan.h"
#include "sessions/visit_findings.h"

namespace knotwork::plans {

// When one frequency phase of a plan ran.
struct PhaseSpan {
    int phase = 0;  // index into the plan's phases
    Date from{boost::gregorian::not_a_date_time};
    Date to{boost::gregorian::not_a_date_time};  // the last day, inclusive
    // The plan records only when it began and when its current phase began; a phase in between
    // has an estimated start (see phaseSpans).
    bool startEstimated = false;
};

// The phases of `plan` from its start up to its current phase, the last running until `until`
// (phases begun after `until` are left out). A phase between the first and the current one is
// taken to begin at the visit after its predecessor's planned visits (of `visitDates`), or,
// short of visits, once the predecessor's planned weeks have passed; it always begins after its
// predecessor and before the current phase.
std::vector<PhaseSpan> phaseSpans(const TreatmentPlan& plan, std::vector<Date> visitDates, const Date& until);

// Where a plan's last phase ends for a report up to `until`: `until` while the plan is open; a
// completed or discontinued plan's at its last visit (of `visitDates`) by then.
Date phasesEnd(const TreatmentPlan& plan, const std::vector<Date>& visitDates, const Date& until);

// The headache diary over one phase, or before the plan (no span: the diary brought to the first
// visit). Raw counts, so a reader sees what a scaled figure rests on.
struct PhaseDiary {
    std::optional<PhaseSpan> span;
    int visits = 0;        // signed visits in the phase
    int diaries = 0;       // diaries counted
    int headacheDays = 0;  // over the diaries' days
    int diaryDays = 0;     // the days the diaries covered

    // Headache days scaled to 30 days; none without diary days.
    std::optional<double> perMonth() const;
};

// Each visit's diary counts in the phase its days fell in: the phase of the day before the
// visit, since a diary covers the days since the visit before. Diaries of days before the plan
// began form the first row (when there are any); diaries after the last span are left out.
std::vector<PhaseDiary> diaryByPhase(const std::vector<PhaseSpan>& spans,
                                     const std::vector<sessions::VisitFindings>& visits);

} // namespace knotwork::plans
