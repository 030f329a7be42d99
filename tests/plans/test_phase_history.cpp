#include <gtest/gtest.h>

#include "plan_fixtures.h"
#include "plans/phase_history.h"

namespace knotwork::plans {
namespace {

using namespace testing;

// Weekly visits from 2 November 2026 for six weeks, then every two weeks.
std::vector<Date> visitDates()
{
    std::vector<Date> dates;
    for (int week = 0; week < 6; ++week)
        dates.push_back(day(2026, 11, 2) + boost::gregorian::weeks(week));
    for (int fortnight = 0; fortnight < 5; ++fortnight)
        dates.push_back(day(2026, 12, 14) + boost::gregorian::weeks(2 * fortnight));
    return dates;
}

TEST(PhaseHistory, TheRecordedStartsAreKeptAndAPhaseBetweenBeginsAfterThePlannedVisits)
{
    TreatmentPlan plan = seedPlan();  // weekly × 6, every 2 weeks × 6, every 4–6 weeks
    plan.currentPhase = 2;
    plan.phaseStartedOn = day(2027, 2, 22);
    const std::vector<PhaseSpan> spans = phaseSpans(plan, visitDates(), day(2027, 4, 1));
    ASSERT_EQ(spans.size(), 3u);
    EXPECT_EQ(spans[0].from, day(2026, 11, 2));
    EXPECT_FALSE(spans[0].startEstimated) << "the plan's start is on record";
    EXPECT_EQ(spans[1].from, day(2026, 12, 14)) << "the visit after the six weekly ones";
    EXPECT_TRUE(spans[1].startEstimated);
    EXPECT_EQ(spans[0].to, day(2026, 12, 13));
    EXPECT_EQ(spans[2].from, day(2027, 2, 22));
    EXPECT_FALSE(spans[2].startEstimated) << "the current phase's start is on record";
    EXPECT_EQ(spans[1].to, day(2027, 2, 21));
    EXPECT_EQ(spans[2].to, day(2027, 4, 1));
}

TEST(PhaseHistory, ShortOfVisitsAPhaseBeginsWhenItsPlannedWeeksHavePassed)
{
    TreatmentPlan plan = seedPlan();
    plan.currentPhase = 2;
    plan.phaseStartedOn = day(2027, 3, 1);
    const std::vector<PhaseSpan> spans = phaseSpans(plan, {day(2026, 11, 2), day(2026, 11, 9)}, day(2027, 4, 1));
    ASSERT_EQ(spans.size(), 3u);
    EXPECT_EQ(spans[1].from, day(2026, 12, 14)) << "six weeks after the start";
    EXPECT_TRUE(spans[1].startEstimated);

    // An estimate never reaches the current phase's recorded start.
    plan.phaseStartedOn = day(2026, 11, 20);
    const std::vector<PhaseSpan> early = phaseSpans(plan, {}, day(2027, 4, 1));
    ASSERT_EQ(early.size(), 3u);
    EXPECT_LT(early[0].from, early[1].from);
    EXPECT_LT(early[1].from, early[2].from);
    EXPECT_EQ(early[2].from, day(2026, 11, 20));
}

TEST(PhaseHistory, OnlyThePhasesBegunByTheEndAreListed)
{
    TreatmentPlan plan = seedPlan();
    EXPECT_EQ(phaseSpans(plan, visitDates(), day(2026, 12, 1)).size(), 1u) << "the first phase runs on";
    plan.currentPhase = 1;
    plan.phaseStartedOn = day(2026, 12, 14);
    const std::vector<PhaseSpan> spans = phaseSpans(plan, visitDates(), day(2026, 12, 1));
    ASSERT_EQ(spans.size(), 1u) << "a report ending before the second phase";
    EXPECT_EQ(spans[0].to, day(2026, 12, 1));
    EXPECT_TRUE(phaseSpans(plan, visitDates(), day(2026, 10, 1)).empty()) << "before the plan";
}

TEST(PhaseHistory, AnEndedPlansLastPhaseEndsAtItsLastVisit)
{
    TreatmentPlan plan = seedPlan();
    EXPECT_EQ(phasesEnd(plan, visitDates(), day(2027, 3, 1)), day(2027, 3, 1)) << "an open plan runs on";
    plan.status = PlanStatus::Completed;
    EXPECT_EQ(phasesEnd(plan, visitDates(), day(2027, 3, 1)), day(2027, 2, 8));
    EXPECT_EQ(phasesEnd(plan, visitDates(), day(2026, 12, 1)), day(2026, 11, 30)) << "the last visit by then";
    plan.status = PlanStatus::Discontinued;
    EXPECT_EQ(phasesEnd(plan, {}, day(2027, 3, 1)), day(2027, 3, 1)) << "no visit: the report's end";
}

TEST(PhaseHistory, EachDiaryCountsInThePhaseItsDaysFellIn)
{
    TreatmentPlan plan = seedPlan();
    plan.currentPhase = 1;
    plan.phaseStartedOn = day(2026, 12, 14);
    const std::vector<PhaseSpan> spans = phaseSpans(plan, visitDates(), day(2027, 1, 31));
    std::vector<sessions::VisitFindings> visits;
    auto add = [&visits](const Date& on, int headacheDays, int diaryDays) {
        sessions::VisitFindings found = visit(on, headacheDays);
        found.diaryDays = diaryDays;
        visits.push_back(found);
    };
    add(day(2026, 11, 2), 9, 28);   // the diary brought to the first visit: before care
    add(day(2026, 11, 9), 2, 7);
    add(day(2026, 12, 7), 1, 28);
    add(day(2026, 12, 14), 1, 7);   // the first visit of phase 2 carries a diary of phase 1's days
    add(day(2026, 12, 28), 2, 14);
    add(day(2027, 1, 11), 1, 14);
    sessions::VisitFindings referral = visit(day(2027, 1, 20), std::nullopt);
    referral.diaryDays = 0;
    visits.push_back(referral);

    const std::vector<PhaseDiary> phases = diaryByPhase(spans, visits);
    ASSERT_EQ(phases.size(), 3u);
    EXPECT_FALSE(phases[0].span) << "before care";
    EXPECT_EQ(phases[0].headacheDays, 9);
    EXPECT_EQ(phases[0].diaryDays, 28);

    EXPECT_EQ(phases[1].span->phase, 0);
    EXPECT_EQ(phases[1].headacheDays, 4);
    EXPECT_EQ(phases[1].diaryDays, 42);
    EXPECT_EQ(phases[1].diaries, 3);
    EXPECT_EQ(phases[1].visits, 3) << "the visits on its days: 2 Nov, 9 Nov, 7 Dec";
    ASSERT_TRUE(phases[1].perMonth());
    EXPECT_NEAR(*phases[1].perMonth(), 30.0 * 4 / 42, 1e-9);

    EXPECT_EQ(phases[2].span->phase, 1);
    EXPECT_EQ(phases[2].headacheDays, 3);
    EXPECT_EQ(phases[2].diaryDays, 28);
    EXPECT_EQ(phases[2].visits, 4) << "a visit without a diary still counts as a visit";

    EXPECT_FALSE(PhaseDiary{}.perMonth()) << "no days, no rate";
}

} // namespace
} // namespace knotwork::plans
