#include "plans/goal_progress.h"

#include <algorithm>
#include <cmath>

#include "common/number_text.h"
#include "common/optional_number.h"
#include "plans/measure_scoring.h"
#include "plans/psfs_comparison.h"
#include "sessions/note_rules.h"

namespace knotwork::plans {

namespace {

std::optional<double> visitValue(const Goal& goal, const sessions::VisitFindings& visit)
{
    switch (goal.metric) {
    case GoalMetric::HeadacheDaysPerMonth:
        return visit.headacheDaysPerMonth();
    case GoalMetric::AverageIntensity:
        if (visit.averageIntensity)
            return *visit.averageIntensity;
        return std::nullopt;
    case GoalMetric::Rom:
        if (goal.direction)
            if (const auto degrees = visit.romAtArrival(*goal.direction))
                return *degrees;
        return std::nullopt;
    case GoalMetric::Cfrt: {
        const std::optional<int>& degrees =
            goal.direction == sessions::RomDirection::RotationLeft ? visit.cfrtLeft : visit.cfrtRight;
        if (degrees)
            return *degrees;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

std::optional<double> measureValue(const Goal& goal, const OutcomeMeasure& measure)
{
    switch (goal.metric) {
    case GoalMetric::NdiPercent:
        return measure.kind == MeasureKind::Ndi ? headlineScore(measure) : std::nullopt;
    case GoalMetric::HdiTotal:
        return measure.kind == MeasureKind::Hdi ? headlineScore(measure) : std::nullopt;
    case GoalMetric::Nprs:
        return measure.kind == MeasureKind::Nprs ? asDouble(measure.total) : std::nullopt;
    case GoalMetric::PsfsActivity:
        return measure.kind == MeasureKind::Psfs ? asDouble(activityRating(measure, goal.activity))
                                                 : std::nullopt;
    case GoalMetric::FunctionalRating:
        return measure.kind == MeasureKind::FunctionalRating
                   ? asDouble(activityRating(measure, goal.activity))
                   : std::nullopt;
    default:
        return std::nullopt;
    }
}

bool fromNotes(GoalMetric metric)
{
    return metric == GoalMetric::HeadacheDaysPerMonth || metric == GoalMetric::AverageIntensity
           || metric == GoalMetric::Rom || metric == GoalMetric::Cfrt;
}

// Improvement from `from` to `to` in the metric's better direction.
double improvement(GoalMetric metric, double from, double to)
{
    return lowerIsBetter(metric) ? from - to : to - from;
}

Trend trendOf(GoalMetric metric, const std::vector<MetricPoint>& series, const MeasureThresholds& thresholds)
{
    if (series.size() < 2)
        return Trend::NotEnoughData;
    // The latest value against the mean of up to three before it: one odd week is not a trend.
    const std::size_t earlier = std::min<std::size_t>(3, series.size() - 1);
    double sum = 0;
    for (std::size_t i = series.size() - 1 - earlier; i < series.size() - 1; ++i)
        sum += series[i].value;
    switch (judge(ruleFor(measureOf(metric), thresholds), sum / earlier, series.back().value)) {
    case Judgement::Better:
        return Trend::Improving;
    case Judgement::Worse:
        return Trend::Worsening;
    default:
        return Trend::Steady;
    }
}

} // namespace

bool lowerIsBetter(GoalMetric metric)
{
    switch (metric) {
    case GoalMetric::HeadacheDaysPerMonth:
    case GoalMetric::AverageIntensity:
    case GoalMetric::NdiPercent:
    case GoalMetric::HdiTotal:
    case GoalMetric::Nprs:
        return true;
    default:
        return false;
    }
}

MetricRange metricRange(const Goal& goal)
{
    switch (goal.metric) {
    case GoalMetric::HeadacheDaysPerMonth:
        return {0, 31};
    case GoalMetric::Rom:
        return {0, goal.direction ? double(sessions::romLimits(*goal.direction).highest) : 180.0};
    case GoalMetric::NdiPercent:
    case GoalMetric::HdiTotal:
        return {0, 100};
    case GoalMetric::Cfrt:
        return {0, sessions::kCfrtHighest};
    default:
        return {0, 10};
    }
}

std::vector<MetricPoint> seriesOf(const Goal& goal, const ProgressData& data)
{
    std::vector<MetricPoint> series;
    if (fromNotes(goal.metric)) {
        for (const sessions::VisitFindings& visit : data.visits)
            if (const auto value = visitValue(goal, visit))
                series.push_back({visit.visitDate, *value});
    } else {
        for (const OutcomeMeasure& measure : data.measures)
            if (!measure.voided())
                if (const auto value = measureValue(goal, measure))
                    series.push_back({measure.takenOn, *value});
    }
    return series;
}

GoalStatus statusOf(const GoalProgress& progress, const std::optional<Date>& asOf)
{
    const std::optional<Date>& targetDate = progress.goal.targetDate;
    if (progress.met)
        return targetDate && progress.firstMet && *progress.firstMet > *targetDate ? GoalStatus::MetLate
                                                                                   : GoalStatus::Met;
    if (targetDate && asOf && *asOf > *targetDate)
        return GoalStatus::NotMet;
    return GoalStatus::InProgress;
}

GoalStatus statusOn(const GoalProgress& progress, const Date& day, PlanStatus planStatus)
{
    const GoalStatus status = statusOf(progress, day);
    const bool ended = planStatus == PlanStatus::Completed || planStatus == PlanStatus::Discontinued;
    return ended && status == GoalStatus::InProgress ? GoalStatus::NotMet : status;
}

GoalProgress progressOf(const Goal& goal, const ProgressData& data, const Date& planStart,
                        const std::optional<Date>& asOf)
{
    GoalProgress progress;
    progress.goal = goal;
    // Computed from the figures as shown (one decimal): 8.64 → 8.57 days is no change, as
    // "8.6 → 8.6 days" says, and 6.04 days meets a target of 6.
    for (const MetricPoint& point : seriesOf(goal, data))
        if (point.date >= planStart)
            progress.series.push_back({point.date, roundedNumber(point.value)});
    if (progress.series.empty()) {
        progress.status = statusOf(progress, asOf);
        return progress;
    }
    progress.latest = progress.series.back();
    const double baseline = roundedNumber(goal.baseline);
    const double target = roundedNumber(goal.target);
    const double needed = improvement(goal.metric, baseline, target);
    const double made = improvement(goal.metric, baseline, progress.latest->value);
    if (needed > 0)
        progress.fractionOfWay = made / needed;
    progress.unchanged = made == 0;
    for (const MetricPoint& point : progress.series) {
        const bool meets = improvement(goal.metric, target, point.value) >= 0;
        if (meets && !progress.firstMet)
            progress.firstMet = point.date;
        if (meets && !progress.metSince)
            progress.metSince = point.date;
        else if (!meets)
            progress.metSince.reset();
    }
    progress.met = progress.metSince.has_value();
    progress.trend = trendOf(goal.metric, progress.series, data.thresholds);
    progress.status = statusOf(progress, asOf);
    if (goal.metric == GoalMetric::HeadacheDaysPerMonth) {
        progress.reduction = headacheDayReduction(baseline, progress.latest->value);
        progress.responder = isResponder(baseline, progress.latest->value);
    }
    return progress;
}

std::vector<GoalProgress> progressOf(const TreatmentPlan& plan, const ProgressData& data,
                                     const std::optional<Date>& asOf)
{
    std::vector<GoalProgress> all;
    for (const Goal& goal : plan.goals)
        all.push_back(progressOf(goal, data, plan.startDate, asOf));
    return all;
}

std::optional<MetricPoint> latestRecorded(const Goal& goal, const ProgressData& data, const Date& day)
{
    std::optional<MetricPoint> latest;
    for (const MetricPoint& point : seriesOf(goal, data))
        if (point.date <= day)
            latest = point;
    return latest;
}

std::optional<double> baselineFor(const Goal& goal, const ProgressData& data, const Date& day)
{
    if (const auto latest = latestRecorded(goal, data, day))
        return roundedNumber(latest->value);
    return std::nullopt;
}

} // namespace knotwork::plans
