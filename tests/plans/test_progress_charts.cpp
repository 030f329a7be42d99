#include <gtest/gtest.h>

#include "plan_fixtures.h"
#include "plans/progress_charts.h"

namespace knotwork::plans {
namespace {

using namespace testing;
using sessions::RomDirection;

const LineChart* chartTitled(const std::vector<LineChart>& charts, const std::string& title)
{
    for (const LineChart& chart : charts)
        if (chart.title == title)
            return &chart;
    return nullptr;
}

ProgressData threeVisits()
{
    ProgressData data;
    for (const auto& [on, days, intensity, rotation] :
         {std::tuple{day(2026, 9, 7), 12, 6, 55}, {day(2026, 10, 5), 9, 5, 62}, {day(2026, 11, 2), 6, 3, 70}}) {
        sessions::VisitFindings visit = testing::visit(on, days, intensity);
        visit.rom[RomDirection::RotationLeft] = {rotation, rotation + 5};
        data.visits.push_back(visit);
    }
    return data;
}

TEST(ProgressCharts, NotesGiveHeadacheDaysIntensityAndRangeOfMotion)
{
    const std::vector<LineChart> charts = progressCharts(threeVisits(), nullptr);
    ASSERT_EQ(charts.size(), kVisitChartCount) << "no measure taken, no goal asking for one";

    const LineChart* days = chartTitled(charts, "Headache days per month");
    ASSERT_NE(days, nullptr);
    ASSERT_EQ(days->series.size(), 1u);
    ASSERT_EQ(days->series[0].points.size(), 3u);
    EXPECT_DOUBLE_EQ(days->series[0].points[2].value, 6);
    EXPECT_EQ(days->series[0].points[2].date, day(2026, 11, 2));
    EXPECT_DOUBLE_EQ(days->highest, 31);

    const LineChart* rom = chartTitled(charts, "Neck rotation");
    ASSERT_NE(rom, nullptr);
    ASSERT_EQ(rom->series.size(), 1u) << "only the directions measured";
    EXPECT_EQ(rom->series[0].name, "Rotation left");
    EXPECT_DOUBLE_EQ(rom->series[0].points[0].value, 55) << "before treatment";
    const LineChart* flexion = chartTitled(charts, "Neck flexion and extension");
    ASSERT_NE(flexion, nullptr) << "a note-based chart, there before anything is measured";
    EXPECT_TRUE(flexion->empty());
    EXPECT_EQ(flexion->emptyText, "No range of motion measured yet");
}

TEST(ProgressCharts, GoalsAreDrawnOnTheirChartWithTheBandOnTheBetterSide)
{
    TreatmentPlan plan = seedPlan();
    Goal days = goalOf(GoalMetric::HeadacheDaysPerMonth, 12, 6);
    Goal rom = goalOf(GoalMetric::Rom, 55, 70);
    rom.id = 2;
    rom.direction = RomDirection::RotationLeft;
    plan.goals = {days, rom};

    const std::vector<LineChart> charts = progressCharts(threeVisits(), &plan);
    const LineChart* daysChart = chartTitled(charts, "Headache days per month");
    ASSERT_EQ(daysChart->goals.size(), 1u);
    EXPECT_DOUBLE_EQ(daysChart->goals[0].value, 6);
    EXPECT_DOUBLE_EQ(daysChart->goals[0].bandTo, 0) << "fewer days is better";
    EXPECT_EQ(daysChart->goals[0].label, "Goal 6 days");

    const LineChart* romChart = chartTitled(charts, "Neck rotation");
    ASSERT_EQ(romChart->goals.size(), 1u);
    EXPECT_DOUBLE_EQ(romChart->goals[0].bandTo, 90) << "more range is better";
    EXPECT_EQ(romChart->goals[0].label, "Goal ROM: Rotation left: 70°");
    EXPECT_EQ(romChart->goals[0].shortLabel, "Rotation left: 70°");
    EXPECT_TRUE(chartTitled(charts, "Neck flexion and extension")->goals.empty());
}

// Six lines on one chart cannot be told apart in print: the range of motion comes in pairs,
// each with its own goals, its two lines in different markers and dashes.
TEST(ProgressCharts, RangeOfMotionComesInPairsEachWithItsOwnGoals)
{
    ProgressData data;
    for (const auto& [on, base] : {std::pair{day(2026, 9, 7), 40}, {day(2026, 10, 5), 50}}) {
        sessions::VisitFindings visit = testing::visit(on, 4);
        int offset = 0;
        for (const auto direction : {RomDirection::Flexion, RomDirection::Extension, RomDirection::RotationLeft,
                                     RomDirection::RotationRight, RomDirection::LateralFlexionLeft,
                                     RomDirection::LateralFlexionRight})
            visit.rom[direction] = {base + offset++, base + 10};
        data.visits.push_back(visit);
    }
    TreatmentPlan plan = seedPlan();
    plan.goals.clear();
    int id = 1;
    for (const auto direction : {RomDirection::Extension, RomDirection::RotationLeft, RomDirection::RotationRight,
                                 RomDirection::LateralFlexionRight}) {
        Goal goal = goalOf(GoalMetric::Rom, 40, 70);
        goal.id = id++;
        goal.direction = direction;
        plan.goals.push_back(goal);
    }
    const std::vector<LineChart> charts = progressCharts(data, &plan);
    const std::tuple<std::string, std::string, std::string, std::size_t> pairs[] = {
        {"Neck flexion and extension", "Flexion", "Extension", 1},
        {"Neck rotation", "Rotation left", "Rotation right", 2},
        {"Neck lateral flexion", "Lateral flexion left", "Lateral flexion right", 1}};
    for (const auto& [title, first, second, goals] : pairs) {
        const LineChart* chart = chartTitled(charts, title);
        ASSERT_NE(chart, nullptr) << title;
        ASSERT_EQ(chart->series.size(), 2u) << title;
        EXPECT_EQ(chart->series[0].name, first);
        EXPECT_EQ(chart->series[1].name, second);
        EXPECT_NE(chart->series[0].marker, chart->series[1].marker) << title;
        EXPECT_NE(chart->series[0].dash, chart->series[1].dash) << title;
        EXPECT_EQ(chart->goals.size(), goals) << title;
    }
    EXPECT_EQ(chartTitled(charts, "Neck range of motion"), nullptr) << "no chart of all six";
    EXPECT_EQ(chartTitled(charts, "Neck rotation")->goals[1].label, "Goal ROM: Rotation right: 70°");
}

// The headache days chart shades the plan's phases, so a reader sees what spacing out did.
TEST(ProgressCharts, TheHeadacheDaysChartShadesThePlansPhases)
{
    TreatmentPlan plan = seedPlan();  // from 2 November 2026: weekly × 6, every 2 weeks × 6, every 4–6 weeks
    plan.currentPhase = 1;
    plan.phaseStartedOn = day(2026, 12, 14);
    ProgressData data;
    for (const Date& on : {day(2026, 11, 2), day(2026, 11, 16), day(2026, 12, 14), day(2026, 12, 28)})
        data.visits.push_back(testing::visit(on, 3));
    const std::vector<LineChart> charts = progressCharts(data, &plan, plan.startDate, day(2027, 1, 4));
    const LineChart* days = chartTitled(charts, "Headache days per month");
    ASSERT_EQ(days->periods.size(), 2u) << "the phases begun, not the one to come";
    EXPECT_EQ(days->periods[0].label, "Weekly × 6");
    EXPECT_EQ(days->periods[0].shortLabel, "1");
    EXPECT_EQ(days->periods[0].from, day(2026, 11, 2));
    EXPECT_EQ(days->periods[0].to, day(2026, 12, 13));
    EXPECT_EQ(days->periods[1].label, "Every 2 weeks × 6");
    EXPECT_EQ(days->periods[1].from, day(2026, 12, 14));
    EXPECT_EQ(days->periods[1].to, day(2027, 1, 4)) << "until the report's end";
    EXPECT_TRUE(chartTitled(charts, "Headache intensity")->periods.empty());
    EXPECT_TRUE(chartTitled(progressCharts(data, nullptr), "Headache days per month")->periods.empty())
        << "no plan, no phases";
}

TEST(ProgressCharts, MeasuresAppearOnceTakenOrAskedForByAGoal)
{
    ProgressData data = threeVisits();
    OutcomeMeasure ndi;
    ndi.kind = MeasureKind::Ndi;
    ndi.takenOn = day(2026, 9, 7);
    ndi.answers = {2, 2, 2, 2, 2, 2, 2, 2, 2, 2};
    data.measures.push_back(ndi);
    OutcomeMeasure voided = ndi;
    voided.takenOn = day(2026, 10, 5);
    voided.voidedAt = Timestamp::fromIso8601("2026-11-20T15:00:00Z");
    data.measures.push_back(voided);
    data.measures.push_back(psfs(day(2026, 9, 7), {{"Reading", 3}, {"Driving", 5}}));
    data.measures.push_back(psfs(day(2026, 11, 2), {{"Driving", 7}, {"Reading", 6}}));

    TreatmentPlan plan = seedPlan();
    plan.goals = {goalOf(GoalMetric::HdiTotal, 50, 21)};
    const std::vector<LineChart> charts = progressCharts(data, &plan);

    const LineChart* ndiChart = chartTitled(charts, "Neck Disability Index");
    ASSERT_NE(ndiChart, nullptr);
    ASSERT_EQ(ndiChart->series[0].points.size(), 1u) << "the voided one is left out";
    EXPECT_DOUBLE_EQ(ndiChart->series[0].points[0].value, 40);

    const LineChart* hdiChart = chartTitled(charts, "Headache Disability Index");
    ASSERT_NE(hdiChart, nullptr) << "the goal asks for it";
    EXPECT_TRUE(hdiChart->empty());

    const LineChart* psfsChart = chartTitled(charts, "Patient-Specific Functional Scale");
    ASSERT_NE(psfsChart, nullptr);
    ASSERT_EQ(psfsChart->series.size(), 2u);
    EXPECT_EQ(psfsChart->series[0].name, "Reading");
    EXPECT_DOUBLE_EQ(psfsChart->series[0].points[1].value, 6);
}

TEST(ProgressCharts, NeckPainIsChartedOnItsZeroToTenScaleWithItsGoal)
{
    ProgressData data = threeVisits();
    for (const auto& [on, total] : {std::pair{day(2026, 9, 7), 7}, {day(2026, 10, 5), 5}, {day(2026, 11, 2), 4}}) {
        OutcomeMeasure nprs;
        nprs.kind = MeasureKind::Nprs;
        nprs.takenOn = on;
        nprs.total = total;
        data.measures.push_back(nprs);
    }
    TreatmentPlan plan = seedPlan();
    plan.goals = {goalOf(GoalMetric::Nprs, 7, 3)};

    const std::vector<LineChart> charts = progressCharts(data, &plan);
    const LineChart* nprs = chartTitled(charts, "Neck pain (NPRS)");
    ASSERT_NE(nprs, nullptr);
    EXPECT_DOUBLE_EQ(nprs->lowest, 0);
    EXPECT_DOUBLE_EQ(nprs->highest, 10);
    EXPECT_EQ(nprs->unit, "0 no pain – 10 worst imaginable");
    ASSERT_EQ(nprs->series.size(), 1u);
    ASSERT_EQ(nprs->series[0].points.size(), 3u);
    EXPECT_DOUBLE_EQ(nprs->series[0].points[2].value, 4);
    ASSERT_EQ(nprs->goals.size(), 1u);
    EXPECT_DOUBLE_EQ(nprs->goals[0].value, 3);
    EXPECT_DOUBLE_EQ(nprs->goals[0].bandTo, 0) << "less pain is better";
    EXPECT_EQ(nprs->goals[0].label, "Goal 3/10");

    // Without a measure or a goal asking for one, no empty NPRS chart.
    EXPECT_EQ(chartTitled(progressCharts(threeVisits(), nullptr), "Neck pain (NPRS)"), nullptr);
}

TEST(ProgressCharts, PointsBeforeTheStartAreLeftOut)
{
    const std::vector<LineChart> charts = progressCharts(threeVisits(), nullptr, day(2026, 10, 1));
    EXPECT_EQ(chartTitled(charts, "Headache days per month")->series[0].points.size(), 2u);
}

} // namespace
} // namespace knotwork::plans
