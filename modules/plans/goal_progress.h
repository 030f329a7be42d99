#pragma once

#include <optional>
#include <set>
#include <vector>

#include "clients/headache_profile.h"
#include "plans/measure_thresholds.h"
#include "plans/outcome_measure.h"
#include "plans/treatment_plan.h"
#include "sessions/visit_findings.h"

namespace knotwork::plans {

// Everything progress is computed from: a client's signed notes' findings and measures, oldest
// first (voided measures left out).
struct ProgressData {
    std::vector<sessions::VisitFindings> visits;
    std::vector<OutcomeMeasure> measures;
    std::set<clients::AcuteMedication> acuteMedications;  // from the intake: the overuse threshold
    MeasureThresholds thresholds;  // the practice's: when a change counts (measure_thresholds.h)
};

struct MetricPoint {
    Date date{boost::gregorian::not_a_date_time};
    double value = 0;

    friend bool operator==(const MetricPoint&, const MetricPoint&) = default;
};

// What a goal measures, as a series over time, oldest first: each note's diary or ROM, each
// measure's score (a PSFS activity matched by name, ignoring case).
std::vector<MetricPoint> seriesOf(const Goal& goal, const ProgressData& data);

// Whether less is better for the metric (headache days, intensity, NDI, HDI, NPRS) or more (ROM,
// PSFS, functional ratings).
bool lowerIsBetter(GoalMetric metric);
// The values a goal of this metric can take: 0–31 days, 0–10, 0–100 %, degrees to the highest
// a form accepts.
struct MetricRange {
    double lowest = 0;
    double highest = 0;
};
MetricRange metricRange(const Goal& goal);

// The latest value against the mean of up to three before it, judged by the measure's threshold
// (measure_thresholds.h): steady is no meaningful change.
enum class Trend { NotEnoughData, Improving, Steady, Worsening };

// Met: the values meet the target now, first reached by its target date (or it has none). Met
// late: first reached after the target date. Not met: the target date has passed without it.
enum class GoalStatus { InProgress, Met, MetLate, NotMet };

struct GoalProgress {
    Goal goal;
    std::vector<MetricPoint> series;  // from the plan's start
    std::optional<MetricPoint> latest;
    // How far from baseline to target the latest value is: 0 at baseline, 1 at target; below 0
    // when worse than baseline, above 1 past the target. Like everything here, computed from the
    // values as shown (one decimal).
    std::optional<double> fractionOfWay;
    // The latest value shows the same as the baseline.
    bool unchanged = false;
    bool met = false;
    // Since when the values have met the target without a break (set when met).
    std::optional<Date> metSince;
    // The first value that met the target, even if a later one fell short.
    std::optional<Date> firstMet;
    GoalStatus status = GoalStatus::InProgress;  // as of the day progress was computed for
    Trend trend = Trend::NotEnoughData;
    // Headache-day goals: how far the latest fell from the baseline (0.5: halved), and whether
    // that makes the client a responder (a reduction of 50 % or more).
    std::optional<double> reduction;
    bool responder = false;
};

// Progress of one goal from the plan's start date: baseline → latest → target. The status is
// as of `asOf`; without it a target date never counts as passed.
GoalProgress progressOf(const Goal& goal, const ProgressData& data, const Date& planStart,
                        const std::optional<Date>& asOf = std::nullopt);
std::vector<GoalProgress> progressOf(const TreatmentPlan& plan, const ProgressData& data,
                                     const std::optional<Date>& asOf = std::nullopt);
// The goal's status on `asOf` (none: a target date never counts as passed).
GoalStatus statusOf(const GoalProgress& progress, const std::optional<Date>& asOf);
// The goal's status on `day` in a plan of `planStatus`: a completed or discontinued plan leaves
// no goal in progress (what was not met by its end was not met).
GoalStatus statusOn(const GoalProgress& progress, const Date& day, PlanStatus planStatus);

// The latest value recorded for what the goal measures on or before `day` (a signed note's
// finding or a measure), with its date; none when nothing was recorded.
std::optional<MetricPoint> latestRecorded(const Goal& goal, const ProgressData& data, const Date& day);
// The value a new goal would start from: the latest on or before `day`, if any, as shown (one
// decimal: 8.6 headache days, not 8.571…).
std::optional<double> baselineFor(const Goal& goal, const ProgressData& data, const Date& day);

} // namespace knotwork::plans
