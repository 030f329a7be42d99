#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "clients/client_store.h"
#include "demo/demo_random.h"
#include "sessions/soap_note.h"

namespace knotwork::demo {

// How a demo client's headaches go under treatment: the three stories a practice knows.
enum class CourseKind {
    Improving,     // headache days, intensity and tenderness fall; range of motion returns
    NotImproving,  // about the same for months, then referred back to the physician
    DroppedOut,    // a few weekly visits, then no more
};

struct DemoCourse {
    CourseKind kind = CourseKind::Improving;
    std::vector<sessions::SoapNote> notes;  // oldest first; signed, but for a possible draft today
    bool discharged = false;  // the plan's last visit discharged the client to their home programme
    // The last notes, after the plan's course ended: maintenance visits with no plan.
    std::size_t maintenanceVisits = 0;

    // The notes of the plan's course: all of them but the maintenance visits.
    std::span<const sessions::SoapNote> ofPlan() const
    {
        return std::span(notes).first(notes.size() - maintenanceVisits);
    }
};

// Where a course of a practice with years of history falls (demo_history.h): from `from` (a
// returning client's second course; the intake's day for the first), ended by the plan's end,
// not by the reference day: an improving plan ends (completed or discharged) once the headaches
// have settled from the eleventh to thirteenth visit, at the latest four visits on, after which a client kept on for maintenance comes every 4–6 weeks without a
// plan for `maintenanceWeeks`. The referrer's clearance is renewed as the visits need it
// (demo_history.h), so its expiry does not end the course.
struct CourseSpan {
    Date from{boost::gregorian::not_a_date_time};
    int maintenanceWeeks = 0;
};

// How far along a course of this kind is, from 0 at the first visit towards 1 once improved (an
// improving course is about half-way after six weeks): the notes' diaries and the plan's measures
// follow it, so a goal is met when it plausibly could be.
double courseProgress(CourseKind kind, int daysSinceFirstVisit);

// The session notes of one demo client from their first treatment to the reference day (or
// until they were archived, dropped out or their clearance lapsed), at the seed article's rhythm:
// weekly, then every two weeks, then every 4–6 weeks. The first visit's diary agrees with the
// intake (headache days within 2 a month or 20 %, usual intensity within a point, medication days
// in the same share of headache days, the intake's medicines named); each visit says how the home
// care given at the last one was kept, and what the range of motion was measured with. A goal of
// the plan is not met before a third of its time frame, nor before three weeks (demo_plans.h).
// Nothing for a client who may not be treated (no consent, screening blocks treatment). Every
// note passes validateNote. Visit times
// are this computer's local time; notes are begun at the visit and signed after it in that zone,
// and a visit on the reference day is at most a draft (nothing is signed in the future).
// With a `span`, the course of a practice with years of history, as CourseSpan says.
DemoCourse makeDemoCourse(DemoRandom& random, const clients::ClientStore::ImportedClient& file,
                          clients::ClientId id, const std::string& therapist,
                          const Date& referenceDay, const std::optional<CourseSpan>& span = std::nullopt);

} // namespace knotwork::demo
