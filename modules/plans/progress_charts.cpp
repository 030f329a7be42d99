#include "plans/progress_charts.h"

#include <algorithm>
#include <map>

#include "common/i18n.h"
#include "plans/measure_scoring.h"
#include "plans/plan_choices.h"
#include "plans/plan_service.h"
#include "sessions/note_rules.h"
#include "sessions/session_choices.h"

namespace knotwork::plans {

namespace {

// Distinct in colour and in lightness, so they read in grey print too.
constexpr Colour kPalette[] = {{31, 104, 178}, {214, 118, 23}, {46, 139, 87},
                               {160, 60, 150}, {120, 120, 120}, {190, 50, 50}};
constexpr Colour kGoalColour{22, 128, 84};

class ChartBuilder {
public:
    ChartBuilder(const ProgressData& data, const TreatmentPlan* plan, const std::optional<Date>& since)
        : m_data(data), m_plan(plan), m_since(since)
    {
    }

    bool keep(const Date& date) const { return !m_since || date >= *m_since; }

    template <typename ValueOf>
    ChartSeries visitSeries(std::string name, Colour colour, ValueOf valueOf) const
    {
        ChartSeries series{std::move(name), colour, {}};
        for (const sessions::VisitFindings& visit : m_data.visits)
            if (const std::optional<double> value = valueOf(visit); value && keep(visit.visitDate))
                series.points.push_back({visit.visitDate, *value});
        return series;
    }

    ChartSeries measureSeries(std::string name, Colour colour, MeasureKind kind) const
    {
        ChartSeries series{std::move(name), colour, {}};
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
            const std::string label = goal.metric == GoalMetric::Rom || goal.metric == GoalMetric::PsfsActivity
                                          ? formatMessage(_("Goal {}: {}"), describeGoal(goal), target)
                                          : formatMessage(_("Goal {}"), target);
            chart.goals.push_back({label, goal.target, lowerIsBetter(goal.metric) ? chart.lowest : chart.highest,
                                   kGoalColour});
        }
    }

    bool hasGoal(GoalMetric metric) const
    {
        return m_plan && std::ranges::any_of(m_plan->goals, [metric](const Goal& g) { return g.metric == metric; });
    }

    const ProgressData& data() const { return m_data; }

private:
    const ProgressData& m_data;
    const TreatmentPlan* m_plan;
    std::optional<Date> m_since;
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

std::optional<double> asDouble(const std::optional<int>& value)
{
    return value ? std::optional<double>(*value) : std::nullopt;
}

LineChart headacheDaysChart(const ChartBuilder& build)
{
    LineChart chart = chartOf(_("Headache days per month"), _("days in 30"), 31,
                              _("No headache diary in a signed note yet"));
    chart.series.push_back(build.visitSeries(_("Headache days"), kPalette[0],
                                             [](const auto& visit) { return visit.headacheDaysPerMonth(); }));
    build.addGoals(chart, [](const Goal& goal) { return goal.metric == GoalMetric::HeadacheDaysPerMonth; });
    return chart;
}

LineChart intensityChart(const ChartBuilder& build)
{
    LineChart chart = chartOf(_("Headache intensity"), _("0–10"), 10, _("No intensity in a signed note yet"));
    chart.series.push_back(build.visitSeries(_("Average"), kPalette[0],
                                             [](const auto& visit) { return asDouble(visit.averageIntensity); }));
    chart.series.push_back(build.visitSeries(_("Worst"), kPalette[1],
                                             [](const auto& visit) { return asDouble(visit.worstIntensity); }));
    build.addGoals(chart, [](const Goal& goal) { return goal.metric == GoalMetric::AverageIntensity; });
    return chart;
}

LineChart romChart(const ChartBuilder& build)
{
    LineChart chart = chartOf(_("Neck range of motion"), _("degrees, at the start of each visit"), 90,
                              _("No range of motion measured yet"));
    std::size_t colour = 0;
    for (const auto& direction : choices<sessions::RomDirection>()) {
        ChartSeries series = build.visitSeries(
            labelOf(direction.value), kPalette[colour++ % std::size(kPalette)],
            [&direction](const auto& visit) { return asDouble(visit.romAtArrival(direction.value)); });
        if (!series.points.empty())
            chart.series.push_back(std::move(series));
    }
    build.addGoals(chart, [](const Goal& goal) { return goal.metric == GoalMetric::Rom; });
    return chart;
}

void addMeasureChart(std::vector<LineChart>& charts, const ChartBuilder& build, MeasureKind kind,
                     GoalMetric metric, std::string title, std::string unit, double highest)
{
    LineChart chart = chartOf(std::move(title), std::move(unit), highest,
                              formatMessage(_("No {} recorded yet"), labelOf(kind)));
    chart.series.push_back(build.measureSeries(labelOf(kind), kPalette[0], kind));
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
                chart.series.push_back({rating.activity, kPalette[found->second % std::size(kPalette)], {}});
            chart.series[found->second].points.push_back({measure.takenOn, double(rating.rating)});
        }
    }
    build.addGoals(chart, [](const Goal& goal) { return goal.metric == GoalMetric::PsfsActivity; });
    if (!chart.empty() || build.hasGoal(GoalMetric::PsfsActivity))
        charts.push_back(std::move(chart));
}

} // namespace

std::vector<LineChart> progressCharts(const ProgressData& data, const TreatmentPlan* plan,
                                      const std::optional<Date>& since)
{
    const ChartBuilder build(data, plan, since);
    std::vector<LineChart> charts{headacheDaysChart(build), intensityChart(build), romChart(build)};
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
