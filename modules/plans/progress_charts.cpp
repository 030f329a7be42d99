#include "plans/progress_charts.h"

#include <algorithm>
#include <map>

#include "common/i18n.h"
#include "common/optional_number.h"
#include "plans/measure_scoring.h"
#include "plans/phase_history.h"
#include "plans/plan_reminders.h"
#include "plans/plan_choices.h"
#include "plans/plan_service.h"
#include "sessions/note_rules.h"
#include "sessions/session_choices.h"

namespace knotwork::plans {

namespace {

constexpr Colour kGoalColour{22, 128, 84};

class ChartBuilder {
public:
    ChartBuilder(const ProgressData& data, const TreatmentPlan* plan, const std::optional<Date>& since,
                 const std::optional<Date>& until)
        : m_data(data), m_plan(plan), m_since(since), m_until(until)
    {
    }

    bool keep(const Date& date) const { return !m_since || date >= *m_since; }

    template <typename ValueOf>
    ChartSeries visitSeries(std::string name, std::size_t look, ValueOf valueOf) const
    {
        ChartSeries series = styledSeries(std::move(name), look);
        for (const sessions::VisitFindings& visit : m_data.visits)
            if (const std::optional<double> value = valueOf(visit); value && keep(visit.visitDate))
                series.points.push_back({visit.visitDate, *value});
        return series;
    }

    ChartSeries measureSeries(std::string name, MeasureKind kind) const
    {
        ChartSeries series = styledSeries(std::move(name), 0);
        for (const OutcomeMeasure& measure : m_data.measures)
            if (measure.kind == kind && !measure.voided() && keep(measure.takenOn))
                if (const auto score = headlineScore(measure))
                    series.points.push_back({measure.takenOn, *score});
        return series;
    }

    // Each goal of the plan that `matches`, as a dashed line over its target band.
    template <typename Matches>
    void addGoals(LineChart& chart, Matches matches) const
    {
        if (!m_plan)
            return;
        for (const Goal& goal : m_plan->goals) {
            if (!matches(goal))
                continue;
            const std::string target = formatGoalValue(goal, goal.target);
            const bool named = goal.metric == GoalMetric::Rom || goal.metric == GoalMetric::PsfsActivity;
            const std::string label = named ? formatMessage(_("Goal {}: {}"), describeGoal(goal), target)
                                            : formatMessage(_("Goal {}"), target);
            std::string shortLabel = formatMessage(_("Goal {}"), target);
            if (goal.metric == GoalMetric::Rom && goal.direction)
                shortLabel = formatMessage(_("{}: {}"), labelOf(*goal.direction), target);
            chart.goals.push_back({label, goal.target, lowerIsBetter(goal.metric) ? chart.lowest : chart.highest,
                                   kGoalColour, shortLabel});
        }
    }

    bool hasGoal(GoalMetric metric) const
    {
        return m_plan && std::ranges::any_of(m_plan->goals, [metric](const Goal& g) { return g.metric == metric; });
    }

    const ProgressData& data() const { return m_data; }

    // The plan's frequency phases as shaded stretches, named, up to `until` or the last visit.
    std::vector<ChartPeriod> phasePeriods() const
    {
        if (!m_plan || m_data.visits.empty())
            return {};
        std::vector<Date> visitDates;
        for (const sessions::VisitFindings& visit : m_data.visits)
            visitDates.push_back(visit.visitDate);
        const Date until = phasesEnd(*m_plan, visitDates, m_until ? *m_until : *std::ranges::max_element(visitDates));
        std::vector<ChartPeriod> periods;
        for (const PhaseSpan& span : phaseSpans(*m_plan, visitDates, until))
            periods.push_back({std::max(span.from, m_since.value_or(span.from)), span.to,
                               describePhase(m_plan->phases[static_cast<std::size_t>(span.phase)]),
                               std::to_string(span.phase + 1)});
        std::erase_if(periods, [](const ChartPeriod& period) { return period.to < period.from; });
        return periods;
    }

private:
    const ProgressData& m_data;
    const TreatmentPlan* m_plan;
    std::optional<Date> m_since;
    std::optional<Date> m_until;
};

LineChart chartOf(std::string title, std::string unit, double highest, std::string emptyText)
{
    LineChart chart;
    chart.title = std::move(title);
    chart.unit = std::move(unit);
    chart.highest = highest;
    chart.emptyText = std::move(emptyText);
    return chart;
}

LineChart headacheDaysChart(const ChartBuilder& build)
{
    LineChart chart = chartOf(_("Headache days per month"), _("days in 30"), 31,
                              _("No headache diary in a signed note yet"));
    chart.series.push_back(build.visitSeries(_("Headache days"), 0,
                                             [](const auto& visit) { return visit.headacheDaysPerMonth(); }));
    build.addGoals(chart, [](const Goal& goal) { return goal.metric == GoalMetric::HeadacheDaysPerMonth; });
    chart.periods = build.phasePeriods();
    return chart;
}

LineChart intensityChart(const ChartBuilder& build)
{
    LineChart chart = chartOf(_("Headache intensity"), _("0–10"), 10, _("No intensity in a signed note yet"));
    chart.series.push_back(build.visitSeries(_("Average"), 0,
                                             [](const auto& visit) { return asDouble(visit.averageIntensity); }));
    chart.series.push_back(build.visitSeries(_("Worst"), 1,
                                             [](const auto& visit) { return asDouble(visit.worstIntensity); }));
    build.addGoals(chart, [](const Goal& goal) { return goal.metric == GoalMetric::AverageIntensity; });
    return chart;
}

// The neck's range of motion in pairs that belong together, each with its own goals: six lines
// on one chart cannot be told apart at print size.
LineChart romPairChart(const ChartBuilder& build, std::string title, sessions::RomDirection first,
                       sessions::RomDirection second)
{
    LineChart chart = chartOf(std::move(title), _("degrees, at the start of each visit"), 90,
                              _("No range of motion measured yet"));
    std::size_t look = 0;
    for (const sessions::RomDirection direction : {first, second}) {
        ChartSeries series = build.visitSeries(labelOf(direction), look++, [direction](const auto& visit) {
            return asDouble(visit.romAtArrival(direction));
        });
        if (!series.points.empty())
            chart.series.push_back(std::move(series));
    }
    build.addGoals(chart, [first, second](const Goal& goal) {
        return goal.metric == GoalMetric::Rom && (goal.direction == first || goal.direction == second);
    });
    return chart;
}

void addMeasureChart(std::vector<LineChart>& charts, const ChartBuilder& build, MeasureKind kind,
                     GoalMetric metric, std::string title, std::string unit, double highest)
{
    LineChart chart = chartOf(std::move(title), std::move(unit), highest,
                              formatMessage(_("No {} recorded yet"), labelOf(kind)));
    chart.series.push_back(build.measureSeries(labelOf(kind), kind));
    build.addGoals(chart, [metric](const Goal& goal) { return goal.metric == metric; });
    if (!chart.empty() || build.hasGoal(metric))
        charts.push_back(std::move(chart));
}

// One series per activity the client named, in the order first named.
void addPsfsChart(std::vector<LineChart>& charts, const ChartBuilder& build)
{
    LineChart chart = chartOf(_("Patient-Specific Functional Scale"), _("0 unable – 10 as before"), 10,
                              _("No PSFS recorded yet"));
    std::map<std::string, std::size_t> seriesOf;
    for (const OutcomeMeasure& measure : build.data().measures) {
        if (measure.kind != MeasureKind::Psfs || measure.voided() || !build.keep(measure.takenOn))
            continue;
        for (const ActivityRating& rating : measure.activities) {
            auto [found, added] = seriesOf.try_emplace(rating.activity, chart.series.size());
            if (added)
                chart.series.push_back(styledSeries(rating.activity, found->second));
            chart.series[found->second].points.push_back({measure.takenOn, double(rating.rating)});
        }
    }
    build.addGoals(chart, [](const Goal& goal) { return goal.metric == GoalMetric::PsfsActivity; });
    if (!chart.empty() || build.hasGoal(GoalMetric::PsfsActivity))
        charts.push_back(std::move(chart));
}

} // namespace

std::vector<LineChart> progressCharts(const ProgressData& data, const TreatmentPlan* plan,
                                      const std::optional<Date>& since, const std::optional<Date>& until)
{
    using sessions::RomDirection;
    const ChartBuilder build(data, plan, since, until);
    std::vector<LineChart> charts{
        headacheDaysChart(build), intensityChart(build),
        romPairChart(build, _("Neck flexion and extension"), RomDirection::Flexion, RomDirection::Extension),
        romPairChart(build, _("Neck rotation"), RomDirection::RotationLeft, RomDirection::RotationRight),
        romPairChart(build, _("Neck lateral flexion"), RomDirection::LateralFlexionLeft,
                     RomDirection::LateralFlexionRight)};
    addMeasureChart(charts, build, MeasureKind::Nprs, GoalMetric::Nprs, _("Neck pain (NPRS)"),
                    _("0 no pain – 10 worst imaginable"), 10);
    addMeasureChart(charts, build, MeasureKind::Ndi, GoalMetric::NdiPercent, _("Neck Disability Index"),
                    _("% of the most"), 100);
    addMeasureChart(charts, build, MeasureKind::Hdi, GoalMetric::HdiTotal, _("Headache Disability Index"),
                    _("0–100"), 100);
    addPsfsChart(charts, build);
    return charts;
}

} // namespace knotwork::plans
