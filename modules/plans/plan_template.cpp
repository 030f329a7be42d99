#include "plans/plan_template.h"

#include <algorithm>
#include <cmath>

#include "common/i18n.h"
#include "plans/plan_choices.h"
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
    t.goals = {goalTemplate(GoalMetric::Rom, 0, 15, 6, 0, RomDirection::RotationLeft),
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

std::optional<double> intakeBaseline(GoalMetric metric, const IntakeBaselines& intake)
{
    if (metric == GoalMetric::HeadacheDaysPerMonth && intake.headacheDaysPerMonth)
        return *intake.headacheDaysPerMonth;
    if (metric == GoalMetric::AverageIntensity && intake.usualIntensity)
        return *intake.usualIntensity;
    return std::nullopt;
}

double targetFor(const GoalTemplate& from, const Goal& goal)
{
    const MetricRange range = metricRange(goal);
    double highest = range.highest;
    if (goal.metric == GoalMetric::Rom && goal.direction)
        highest = sessions::romLimits(*goal.direction).typical;
    const double target = goal.baseline * (1 + from.relativeChange) + from.pointsChange;
    return std::clamp(std::round(target), range.lowest, std::max(highest, range.lowest));
}

} // namespace

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
        goal.target = targetFor(from, goal);
        if (goal.target == goal.baseline) {
            result.skipped.push_back(
                {from, formatMessage(_("{} is already at the template's target."),
                                     labelOf(goal.metric))});
            continue;
        }
        goal.id = static_cast<int>(plan.goals.size()) + 1;
        goal.targetDate = start + boost::gregorian::weeks(from.weeks);
        plan.goals.push_back(goal);
    }
    return result;
}

} // namespace knotwork::plans
