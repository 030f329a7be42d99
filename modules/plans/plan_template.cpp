#include "plans/plan_template.h"

#include <algorithm>
#include <cmath>

#include "common/i18n.h"
#include "plans/plan_choices.h"
#include "plans/plan_service.h"
#include "sessions/note_rules.h"

namespace knotwork::plans {

namespace {

using sessions::HomeCare;
using sessions::Muscle;
using sessions::RomDirection;
using sessions::Technique;
using sessions::TreatedRegion;

// The seed's frequency: weekly, then every two weeks while headaches are active (about three
// months), easing to every 4–6 weeks.
std::vector<FrequencyPhase> seedPhases()
{
    return {{1, std::nullopt, 6}, {2, std::nullopt, 6}, {4, 6, std::nullopt}};
}

std::set<HomeCare> seedHomeCare()
{
    return {HomeCare::SuboccipitalBallRelease, HomeCare::Stretches, HomeCare::Hydration,
            HomeCare::Sleep, HomeCare::CaffeineModeration, HomeCare::StressReduction,
            HomeCare::PhysicalActivity};
}

GoalTemplate goalTemplate(GoalMetric metric, double relativeChange, double pointsChange, int weeks,
                          int phase, std::optional<RomDirection> direction = std::nullopt)
{
    GoalTemplate goal;
    goal.metric = metric;
    goal.direction = direction;
    goal.relativeChange = relativeChange;
    goal.pointsChange = pointsChange;
    goal.weeks = weeks;
    goal.phase = phase;
    return goal;
}

// Both built-ins: the seed's phases and home care; goals for the first phase at six weeks and
// for the second at eighteen.
PlanTemplate seedTemplate(TemplateId id, std::string name, PlanFocus focus)
{
    PlanTemplate t;
    t.id = id;
    t.name = std::move(name);
    t.focus = focus;
    t.homeProgramme = seedHomeCare();
    t.phases = seedPhases();
    return t;
}

PlanTemplate tensionType()
{
    PlanTemplate t = seedTemplate(-1, _("Tension-type headache"), PlanFocus::TensionType);
    t.targetMuscles = {Muscle::Suboccipitals, Muscle::UpperTrapezius, Muscle::Sternocleidomastoid,
                       Muscle::LevatorScapulae, Muscle::SpleniusCapitis, Muscle::Temporalis,
                       Muscle::Masseter};
    t.regions = {TreatedRegion::Head, TreatedRegion::Jaw, TreatedRegion::BackOfNeck,
                 TreatedRegion::Shoulders, TreatedRegion::UpperBack};
    t.techniques = {Technique::Swedish, Technique::MyofascialRelease,
                    Technique::TriggerPointPressure, Technique::SuboccipitalRelease,
                    Technique::Stretching, Technique::Heat};
    t.precautions = _("Re-screen for red flags at every visit; stop and refer if the headache "
                      "pattern changes. Light pressure over the front of the neck.");
    t.homeProgrammeNotes = _("Suboccipital release on a tennis ball at the skull base, gently "
                             "nodding for about 30 s; stop if pain increases or spreads.");
    t.goals = {goalTemplate(GoalMetric::AverageIntensity, 0, -2, 6, 0),
               goalTemplate(GoalMetric::HeadacheDaysPerMonth, -0.5, 0, 18, 1),
               goalTemplate(GoalMetric::HdiTotal, 0, -kHdiMinimalDetectableChange, 18, 1)};
    return t;
}

PlanTemplate cervicogenic()
{
    PlanTemplate t = seedTemplate(-2, _("Cervicogenic headache"), PlanFocus::Cervicogenic);
    t.targetMuscles = {Muscle::Suboccipitals, Muscle::UpperTrapezius, Muscle::Sternocleidomastoid,
                       Muscle::LevatorScapulae, Muscle::SpleniusCapitis, Muscle::SpleniusCervicis,
                       Muscle::SemispinalisCapitis, Muscle::Scalenes};
    t.regions = {TreatedRegion::BackOfNeck, TreatedRegion::FrontOfNeck, TreatedRegion::Shoulders,
                 TreatedRegion::ShoulderBlades};
    t.techniques = {Technique::MyofascialRelease, Technique::TriggerPointPressure,
                    Technique::SuboccipitalRelease, Technique::MuscleEnergyTechnique,
                    Technique::Stretching, Technique::Heat};
    t.precautions = _("Follow the clearance's conditions; no end-range neck work when movement "
                      "reproduces dizziness or arm symptoms. Re-screen every visit.");
    t.homeProgrammeNotes = _("Gentle neck range-of-motion and chin-tuck exercises as the physical "
                             "therapist prescribed; suboccipital ball release.");
    // The flexion-rotation test on the restricted side (the side is chosen from the chart) comes
    // first: it tells cervicogenic headache apart better than active rotation (Hall et al. 2010).
    t.goals = {goalTemplate(GoalMetric::Cfrt, 0, sessions::kCfrtMeaningfulDifference, 6, 0),
               goalTemplate(GoalMetric::Rom, 0, 15, 6, 0, RomDirection::RotationLeft),
               goalTemplate(GoalMetric::Rom, 0, 15, 6, 0, RomDirection::RotationRight),
               goalTemplate(GoalMetric::HeadacheDaysPerMonth, -0.5, 0, 18, 1),
               goalTemplate(GoalMetric::NdiPercent, 0, -10, 18, 1)};
    return t;
}

Goal goalFrom(const GoalTemplate& from)
{
    Goal goal;
    goal.metric = from.metric;
    goal.direction = from.direction;
    goal.activity = from.activity;
    goal.phase = from.phase;
    return goal;
}

// The highest target a template may set: the typical range for the client's age (ROM), 44° (the
// flexion-rotation test without symptoms), else the top of the measure.
double highestTarget(const Goal& goal, const IntakeBaselines& client)
{
    if (goal.metric == GoalMetric::Rom && goal.direction)
        return sessions::typicalRomForAge(*goal.direction, client.ageYears);
    if (goal.metric == GoalMetric::Cfrt)
        return sessions::kCfrtTypical;
    return metricRange(goal).highest;
}

// The target, rounded so that reaching it means the whole change: down for a measure where less
// is better, up for the others.
double targetFor(const GoalTemplate& from, const Goal& goal, const IntakeBaselines& client)
{
    const double target = goal.baseline * (1 + from.relativeChange) + from.pointsChange;
    if (lowerIsBetter(goal.metric))
        return std::floor(target + 1e-9);
    return std::min(std::ceil(target - 1e-9), highestTarget(goal, client));
}

std::string changeText(const GoalTemplate& from, const Goal& goal)
{
    if (from.relativeChange != 0)
        return formatMessage(_("{} %"), std::lround(std::abs(from.relativeChange) * 100));
    return formatGoalValue(goal, std::abs(from.pointsChange));
}

// Why a goal is left out, when its target would be 0 or less, or no better than the baseline.
std::optional<std::string> noRoomFor(const GoalTemplate& from, const Goal& goal, const IntakeBaselines& client)
{
    if (lowerIsBetter(goal.metric)) {
        if (goal.target > metricRange(goal).lowest)
            return std::nullopt;
        return formatMessage(_("No goal for {}: a baseline of {} leaves no room for the template's change of {} "
                               "(a target of 0 is not a goal)."),
                             describeGoal(goal), formatGoalValue(goal, goal.baseline), changeText(from, goal));
    }
    if (goal.target > goal.baseline)
        return std::nullopt;
    if (goal.metric == GoalMetric::Rom)
        return formatMessage(_("No goal for {}: {} is already within the typical range for the client's age ({})."),
                             describeGoal(goal), formatGoalValue(goal, goal.baseline),
                             formatGoalValue(goal, highestTarget(goal, client)));
    return formatMessage(_("{} is already at the template's target."), describeGoal(goal));
}

// The flexion-rotation goal's side: the restricted one on the latest test on or before `day`.
// Sets the direction, or says why there is no goal.
std::optional<std::string> chooseCfrtSide(Goal& goal, const ProgressData& data, const Date& day, int cutoff)
{
    const sessions::VisitFindings* latest = nullptr;
    for (const sessions::VisitFindings& visit : data.visits)
        if (visit.visitDate <= day && (visit.cfrtLeft || visit.cfrtRight))
            latest = &visit;
    if (!latest)
        return std::string(_("No flexion-rotation test on file: record one in a note, then add the goal."));
    const auto side = sessions::assessCfrt(latest->cfrtLeft, latest->cfrtRight, cutoff).restrictedSide();
    if (!side)
        return formatMessage(_("No flexion-rotation goal: the test of {} is not restricted on either side."),
                             isoDate(latest->visitDate));
    goal.direction = *side == sessions::BodySide::Left ? RomDirection::RotationLeft : RomDirection::RotationRight;
    return std::nullopt;
}

} // namespace

std::optional<double> intakeBaseline(GoalMetric metric, const IntakeBaselines& intake)
{
    if (metric == GoalMetric::HeadacheDaysPerMonth && intake.headacheDaysPerMonth)
        return *intake.headacheDaysPerMonth;
    if (metric == GoalMetric::AverageIntensity && intake.usualIntensity)
        return *intake.usualIntensity;
    return std::nullopt;
}

PlanTemplate templateFrom(const TreatmentPlan& plan, std::string name)
{
    PlanTemplate t;
    t.name = std::move(name);
    t.focus = plan.focus;
    t.reviewAfterWeeks = std::max(1, static_cast<int>((plan.reviewDate - plan.startDate).days() / 7));
    static_cast<TreatmentCourse&>(t) = plan;
    for (const Goal& goal : plan.goals) {
        const int weeks = goal.targetDate ? static_cast<int>((*goal.targetDate - plan.startDate).days() / 7) : 12;
        t.goals.push_back(goalTemplate(goal.metric, 0, goal.target - goal.baseline, std::max(1, weeks),
                                       goal.phase, goal.direction));
        t.goals.back().activity = goal.activity;
    }
    return t;
}

std::vector<PlanTemplate> builtInTemplates()
{
    return {tensionType(), cervicogenic()};
}

InstantiatedPlan instantiate(const PlanTemplate& planTemplate, ClientId client, const Date& start,
                             const ProgressData& data, const IntakeBaselines& intake)
{
    InstantiatedPlan result;
    TreatmentPlan& plan = result.plan;
    plan.clientId = client;
    plan.focus = planTemplate.focus;
    if (planTemplate.id > 0)
        plan.templateId = planTemplate.id;
    plan.startDate = start;
    plan.reviewDate = start + boost::gregorian::weeks(planTemplate.reviewAfterWeeks);
    static_cast<TreatmentCourse&>(plan) = planTemplate;
    plan.phaseStartedOn = start;

    for (const GoalTemplate& from : planTemplate.goals) {
        Goal goal = goalFrom(from);
        if (goal.metric == GoalMetric::Cfrt && !goal.direction)
            if (const auto reason = chooseCfrtSide(goal, data, start, intake.cfrtCutoff)) {
                result.skipped.push_back({from, *reason});
                continue;
            }
        std::optional<double> baseline = baselineFor(goal, data, start);
        if (!baseline)
            baseline = intakeBaseline(goal.metric, intake);
        if (!baseline) {
            result.skipped.push_back(
                {from, formatMessage(_("No baseline on file for {}: record one, then add the goal."),
                                     labelOf(goal.metric))});
            continue;
        }
        goal.baseline = *baseline;
        goal.target = targetFor(from, goal, intake);
        if (const auto reason = noRoomFor(from, goal, intake)) {
            result.skipped.push_back({from, *reason});
            continue;
        }
        goal.id = static_cast<int>(plan.goals.size()) + 1;
        goal.targetDate = start + boost::gregorian::weeks(from.weeks);
        plan.goals.push_back(goal);
    }
    return result;
}

} // namespace knotwork::plans
