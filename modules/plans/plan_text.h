#pragma once

#include <string>
#include <vector>

#include "plans/plan_service.h"
#include "sessions/note_text.h"

namespace knotwork::plans {

// A plan and its progress in words, the one way they are read back: the CLI's `plan show`, the
// chart's plan view and the progress report. `formatDate` puts dates in the caller's locale (ISO
// when not given).

// Focus and dates, frequency, treatment, home programme and precautions.
std::vector<sessions::NoteSection> describePlan(const TreatmentPlan& plan,
                                                DateFormatter formatDate = nullptr);

// "Phase 2 of 3: every 2 weeks × 6 · 4 visits since 14 Dec 2026".
std::string phaseLine(const PlanProgress& progress, DateFormatter formatDate = nullptr);

// One goal as a row of the goals table: baseline → latest → target, how far, which way (judged by
// the measure's threshold, measure_thresholds.h), and its status.
struct GoalRow {
    std::string goal;      // "Headache days per month"
    std::string baseline;  // "12 days"
    std::string latest;    // "8 days (30 Nov 2026)" or "—"
    // "12 → 8 days", "12 → —" before any value, "8.6 days, no change" when the latest shows as
    // the baseline.
    std::string change;
    std::string target;    // "6 days by 8 Mar 2027"
    std::string way;       // "67 %" or "—"
    std::string trend;     // "improving"
    // Headache-day goals: "responder (58 % fewer days)", "not yet a responder (25 % fewer
    // days)"; empty for other goals or before a value.
    std::string responder;
    // "Met since 3 Oct 2025", "Met late: reached on 4 Jun 2026, target date 13 Jan 2026", "Not
    // met by 13 Jan 2026", "In progress".
    std::string status;
    bool met = false;  // met or met late
    bool notMet = false;  // the target date passed without it
    bool unchanged = false;  // a latest value that shows as the baseline
};
GoalRow describeGoalProgress(const GoalProgress& progress,
                             DateFormatter formatDate = nullptr);
// The row as one sentence, for a screen reader or a pane too narrow for the table: "Headache
// days per month: 12 days at the start, 9 days (16 Nov 2026) now, 50 % of the way to 6 days by
// 8 Mar 2027; trend: improving."
std::string goalSentence(const GoalRow& row);

// What the plan asks of the therapist, one sentence each.
std::vector<std::string> describeReminders(const PlanProgress& progress,
                                           DateFormatter formatDate = nullptr);

} // namespace knotwork::plans
