#include "plans/plan_validation.h"

#include <set>

#include "common/i18n.h"
#include "common/text_folding.h"
#include "common/validator.h"
#include "plans/goal_progress.h"
#include "plans/measure_scoring.h"
#include "plans/plan_choices.h"

namespace knotwork::plans {

namespace {

constexpr int kMostWeeksBetweenVisits = 26;
constexpr int kMostPhaseVisits = 52;
constexpr std::size_t kLongText = 4000;

std::string indexed(const char* list, std::size_t index)
{
    return std::string(list) + "[" + std::to_string(index) + "]";
}

void checkPhases(Validator& check, const std::vector<FrequencyPhase>& phases)
{
    if (phases.empty())
        check.add("phases", "required", _("Frequency: add at least one phase."));
    for (std::size_t i = 0; i < phases.size(); ++i) {
        const FrequencyPhase& phase = phases[i];
        const std::string key = indexed("phases", i);
        check.inRange(phase.everyWeeks, 1, kMostWeeksBetweenVisits, key + ".every_weeks",
                      _("Weeks between visits"));
        check.inRange(phase.everyWeeksMost, phase.everyWeeks + 1, kMostWeeksBetweenVisits,
                      key + ".every_weeks_most", _("Most weeks between visits"));
        check.inRange(phase.visits, 1, kMostPhaseVisits, key + ".visits", _("Visits"));
        if (!phase.visits && i + 1 < phases.size())
            check.add(key + ".visits", "open-ended-last",
                      _("Visits: only the last phase can go on without a number of visits."));
    }
}

void checkGoal(Validator& check, const Goal& goal, std::size_t index, const TreatmentPlan* plan,
               const Date& today)
{
    const std::string key = indexed("goals", index);
    if (goal.metric == GoalMetric::Rom && !goal.direction)
        check.add(key + ".direction", "required",
                  _("Direction: choose which neck movement the goal measures."));
    if (goal.metric == GoalMetric::Cfrt && goal.direction != sessions::RomDirection::RotationLeft
        && goal.direction != sessions::RomDirection::RotationRight)
        check.add(key + ".direction", "cfrt-side",
                  _("Side: the flexion-rotation test is measured turning left or right."));
    if (goal.metric == GoalMetric::PsfsActivity || goal.metric == GoalMetric::FunctionalRating)
        check.required(goal.activity, key + ".activity", _("Activity"));
    check.singleLine(goal.activity, 200, key + ".activity", _("Activity"));

    const MetricRange range = metricRange(goal);
    check.inRange(std::optional<double>(goal.baseline), range.lowest, range.highest,
                  key + ".baseline", _("Baseline"));
    check.inRange(std::optional<double>(goal.target), range.lowest, range.highest,
                  key + ".target", _("Target"));
    const bool better = lowerIsBetter(goal.metric) ? goal.target < goal.baseline
                                                   : goal.target > goal.baseline;
    if (!better)
        check.add(key + ".target", "target-direction",
                  lowerIsBetter(goal.metric)
                      ? _("Target: for this measure a goal is lower than the baseline.")
                      : _("Target: for this measure a goal is higher than the baseline."));
    if (!plan)
        return;
    if (goal.targetDate && *goal.targetDate < plan->startDate)
        check.add(key + ".target_date", "after-start",
                  _("Target date: cannot be before the plan starts."));
    else
        check.plausibleDate(goal.targetDate, latestPlannedDate(today), key + ".target_date", _("Target date"));
    if (goal.phase < 0 || goal.phase >= static_cast<int>(plan->phases.size()))
        check.add(key + ".phase", "range", _("Phase: choose one of the plan's phases."));
}

void checkGoalIds(Validator& check, const std::vector<Goal>& goals)
{
    std::set<int> ids;
    for (std::size_t i = 0; i < goals.size(); ++i)
        if (goals[i].id <= 0 || !ids.insert(goals[i].id).second)
            check.add(indexed("goals", i) + ".id", "unique", _("Goal: each goal needs its own number."));
}

void checkAnswers(Validator& check, const OutcomeMeasure& measure, std::size_t expected,
                  const char* label)
{
    if (measure.answers.size() != expected) {
        check.add("answers", "count",
                  formatMessage(_("Answers: {} takes {} answers."), label, expected));
        return;
    }
    for (std::size_t i = 0; i < expected; ++i) {
        const std::optional<int>& answer = measure.answers[i];
        if (!answer)
            continue;
        const std::string key = indexed("answers", i);
        if (measure.kind == MeasureKind::Ndi)
            check.inRange(answer, 0, 5, key, formatMessage(_("Section {}"), i + 1));
        else if (*answer != 0 && *answer != 2 && *answer != 4)
            check.add(key, "hdi-answer",
                      formatMessage(_("Item {}: answer 4 (yes), 2 (sometimes) or 0 (no)."), i + 1));
    }
}

void checkNdi(Validator& check, const OutcomeMeasure& measure)
{
    checkAnswers(check, measure, kNdiSections, "NDI");
    std::size_t skipped = 0;
    for (const auto& answer : measure.answers)
        skipped += answer ? 0 : 1;
    if (measure.answers.size() == kNdiSections && skipped > kNdiMostSkipped)
        check.add("answers", "too-many-skipped",
                  formatMessage(_("Answers: the NDI cannot be scored with {} sections skipped "
                                  "(at most {})."),
                                skipped, kNdiMostSkipped));
}

void checkHdi(Validator& check, const OutcomeMeasure& measure)
{
    checkAnswers(check, measure, kHdiItems, "HDI");
    for (std::size_t i = 0; i < measure.answers.size() && i < kHdiItems; ++i)
        if (!measure.answers[i])
            check.add(indexed("answers", i), "required",
                      formatMessage(_("Item {}: every HDI item needs an answer."), i + 1));
}

void checkActivities(Validator& check, const OutcomeMeasure& measure, std::size_t fewest,
                     std::size_t most)
{
    if (measure.activities.size() < fewest || measure.activities.size() > most)
        check.add("activities", "count",
                  fewest == most ? _("Activities: rate the one goal.")
                                 : formatMessage(_("Activities: the PSFS rates {} to {} activities."),
                                                 fewest, most));
    std::set<std::string> names;
    for (std::size_t i = 0; i < measure.activities.size(); ++i) {
        const ActivityRating& activity = measure.activities[i];
        const std::string key = indexed("activities", i);
        check.required(activity.activity, key + ".activity", _("Activity"));
        check.singleLine(activity.activity, 200, key + ".activity", _("Activity"));
        check.inRange(std::optional<int>(activity.rating), 0, 10, key + ".rating", _("Rating"));
        if (!activity.activity.empty() && !names.insert(foldForSearch(activity.activity)).second)
            check.add(key + ".activity", "unique", _("Activity: each activity is named once."));
    }
}

void checkTotal(Validator& check, const std::optional<int>& total, int low, int high)
{
    if (!total)
        check.add("total", "required", _("Score: enter the total."));
    check.inRange(total, low, high, "total", _("Score"));
}

// HIT-6 is licensed: the total alone, and only one six answers can add up to.
void checkHit6(Validator& check, const OutcomeMeasure& measure)
{
    if (!measure.answers.empty() || !measure.activities.empty())
        check.add("answers", "licensed",
                  _("Answers: HIT-6 is a licensed questionnaire; record only its total, not the "
                    "item answers."));
    checkTotal(check, measure.total, kHit6Lowest, kHit6Highest);
    if (measure.total && *measure.total >= kHit6Lowest && *measure.total <= kHit6Highest
        && !hit6TotalPossible(*measure.total))
        check.add("total", "hit6-sum",
                  formatMessage(_("Score: no six HIT-6 answers (each 6, 8, 10, 11 or 13) add up "
                                  "to {}; check the total on the form."),
                                *measure.total));
}

} // namespace

void validatePlan(const TreatmentPlan& plan, const Date& today)
{
    Validator check;
    if (plan.startDate.is_special())
        check.add("start_date", "required", _("Start date: enter the day the plan starts."));
    else
        check.plausibleDate(plan.startDate, today + boost::gregorian::years(1), "start_date", _("Start date"));
    if (plan.reviewDate.is_special())
        check.add("review_date", "required", _("Review date: enter the day to review the plan."));
    else if (!plan.startDate.is_special() && plan.reviewDate < plan.startDate)
        check.add("review_date", "after-start", _("Review date: cannot be before the start date."));
    else
        check.plausibleDate(plan.reviewDate, latestPlannedDate(today), "review_date", _("Review date"));
    if (plan.status == PlanStatus::OnHold || plan.status == PlanStatus::Discontinued)
        check.required(plan.statusReason, "status_reason", _("Reason"));
    check.multiLine(plan.statusReason, kLongText, "status_reason", _("Reason"));
    check.multiLine(plan.precautions, kLongText, "precautions", _("Precautions"));
    check.multiLine(plan.homeProgrammeNotes, kLongText, "home_programme_notes",
                    _("Home programme"));
    checkPhases(check, plan.phases);
    if (!plan.phases.empty()
        && (plan.currentPhase < 0 || plan.currentPhase >= static_cast<int>(plan.phases.size())))
        check.add("current_phase", "range", _("Current phase: choose one of the plan's phases."));
    for (std::size_t i = 0; i < plan.goals.size(); ++i)
        checkGoal(check, plan.goals[i], i, &plan, today);
    checkGoalIds(check, plan.goals);
    check.throwIfAny();
}

void validateTemplate(const PlanTemplate& planTemplate)
{
    Validator check;
    check.required(planTemplate.name, "name", _("Name"));
    check.singleLine(planTemplate.name, 200, "name", _("Name"));
    check.inRange(planTemplate.reviewAfterWeeks, 1, 52, "review_after_weeks", _("Review after"));
    check.multiLine(planTemplate.precautions, kLongText, "precautions", _("Precautions"));
    check.multiLine(planTemplate.homeProgrammeNotes, kLongText, "home_programme_notes",
                    _("Home programme"));
    checkPhases(check, planTemplate.phases);
    for (std::size_t i = 0; i < planTemplate.goals.size(); ++i) {
        const GoalTemplate& goal = planTemplate.goals[i];
        const std::string key = indexed("goals", i);
        if (goal.metric == GoalMetric::Rom && !goal.direction)
            check.add(key + ".direction", "required",
                      _("Direction: choose which neck movement the goal measures."));
        if (goal.relativeChange == 0 && goal.pointsChange == 0)
            check.add(key + ".change", "required",
                      _("Change: say how far from the baseline the target lies."));
        check.inRange(goal.weeks, 1, 104, key + ".weeks", _("Weeks"));
        if (goal.phase < 0 || goal.phase >= static_cast<int>(planTemplate.phases.size()))
            check.add(key + ".phase", "range", _("Phase: choose one of the template's phases."));
    }
    check.throwIfAny();
}

void validateMeasure(const OutcomeMeasure& measure, const Date& today)
{
    Validator check;
    if (measure.takenOn.is_special())
        check.add("taken_on", "required", _("Date: enter the day the client answered."));
    else
        check.notAfter(measure.takenOn, today, "taken_on", _("Date"));
    check.multiLine(measure.notes, kLongText, "notes", _("Notes"));
    switch (measure.kind) {
    case MeasureKind::Ndi:
        checkNdi(check, measure);
        break;
    case MeasureKind::Hdi:
        checkHdi(check, measure);
        break;
    case MeasureKind::Psfs:
        checkActivities(check, measure, 3, 5);
        break;
    case MeasureKind::FunctionalRating:
        checkActivities(check, measure, 1, 1);
        break;
    case MeasureKind::Nprs:
        checkTotal(check, measure.total, 0, 10);
        break;
    case MeasureKind::Hit6:
        checkHit6(check, measure);
        break;
    }
    check.throwIfAny();
}

} // namespace knotwork::plans
