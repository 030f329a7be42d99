// Who the treatment plans recall and why: a visit due with nothing booked, a client not seen for
// longer than the phase allows, a questionnaire due at the next visit; on fixed dates, across
// month ends and a leap day.
#include <gtest/gtest.h>

#include "plans/plan_choices.h"
#include "schedule/recall.h"

namespace knotwork::schedule {
namespace {

using boost::posix_time::hours;
using plans::FrequencyPhase;
using plans::GoalMetric;
using plans::MeasureKind;
using plans::PlanStatus;

constexpr FrequencyPhase kWeekly{1, std::nullopt, 6};
constexpr FrequencyPhase kFortnightly{2, std::nullopt, 6};
constexpr FrequencyPhase kMaintenance{4, 6, std::nullopt};

plans::Goal goalOn(GoalMetric metric)
{
    plans::Goal goal;
    goal.metric = metric;
    goal.activity = metric == GoalMetric::PsfsActivity ? "Reading" : "";
    return goal;
}

// Weekly × 6, then every 2 weeks × 6, then every 4–6 weeks, begun on `start` in `phase`.
plans::TreatmentPlan planIn(int phase, const Date& phaseStarted, std::vector<GoalMetric> metrics = {})
{
    plans::TreatmentPlan plan;
    plan.id = 40;
    plan.clientId = 7;
    plan.phases = {kWeekly, kFortnightly, kMaintenance};
    plan.currentPhase = phase;
    plan.startDate = Date(2026, 6, 1);
    plan.phaseStartedOn = phaseStarted;
    for (const GoalMetric metric : metrics)
        plan.goals.push_back(goalOn(metric));
    return plan;
}

RecallFacts clientWith(plans::TreatmentPlan plan, std::optional<Date> lastVisit)
{
    RecallFacts facts;
    facts.clientId = plan.clientId;
    facts.openPlan = std::move(plan);
    facts.lastVisit = lastVisit;
    return facts;
}

Appointment bookedOn(const Date& day, AppointmentStatus status = AppointmentStatus::Booked)
{
    Appointment visit;
    visit.clientId = 7;
    visit.start = localTimeOn(day, hours(10));
    visit.status = status;
    return visit;
}

std::vector<RecallReason> reasons(const std::vector<RecallItem>& items)
{
    std::vector<RecallReason> result;
    for (const RecallItem& item : items)
        result.push_back(item.reason);
    return result;
}

std::string spelledOut(const Date& day)
{
    return "day " + isoDate(day);
}

// The client's only row on `today` is of `reason`, due on `dueOn`, and says `words`.
void expectOnlyRow(const RecallFacts& facts, const Date& today, RecallReason reason, const Date& dueOn,
                   const std::string& words)
{
    const std::vector<RecallItem> items = recallItems(facts, today, spelledOut);
    ASSERT_EQ(reasons(items), std::vector{reason}) << "on " << isoDate(today);
    EXPECT_EQ(items[0].dueOn, dueOn);
    EXPECT_NE(items[0].sentence.find(words), std::string::npos) << items[0].sentence;
}

TEST(Recall, AVisitFallsDueWhenThePhasesIntervalHasPassedAndNothingIsBooked)
{
    const RecallFacts facts = clientWith(planIn(0, Date(2026, 11, 2)), Date(2026, 11, 23));
    EXPECT_TRUE(recallItems(facts, Date(2026, 11, 29)).empty()) << "six days after a weekly visit";

    const std::vector<RecallItem> dueToday = recallItems(facts, Date(2026, 11, 30));
    ASSERT_EQ(reasons(dueToday), std::vector{RecallReason::VisitDue});
    EXPECT_EQ(dueToday[0].clientId, 7);
    EXPECT_EQ(dueToday[0].planId, 40);
    EXPECT_EQ(dueToday[0].dueOn, Date(2026, 11, 30));
    EXPECT_EQ(dueToday[0].daysOverdue, 0);
    EXPECT_FALSE(dueToday[0].nextBooked);
    EXPECT_EQ(dueToday[0].sentence, "A visit is due today. Plan: Weekly × 6. Nothing is booked.");

    EXPECT_EQ(reasons(recallItems(facts, Date(2026, 12, 1))), std::vector{RecallReason::NotSeen})
        << "a day later a weekly client has not been seen for longer than a week";

    // Every 4–6 weeks from 1 Oct: due since 29 Oct.
    const RecallFacts maintenance = clientWith(planIn(2, Date(2026, 8, 20)), Date(2026, 10, 1));
    const std::vector<RecallItem> late = recallItems(maintenance, Date(2026, 11, 3), spelledOut);
    ASSERT_EQ(reasons(late), std::vector{RecallReason::VisitDue});
    EXPECT_EQ(late[0].dueOn, Date(2026, 10, 29));
    EXPECT_EQ(late[0].daysOverdue, 5);
    EXPECT_EQ(late[0].sentence, "A visit has been due for 5 days, since day 2026-10-29. "
                                "Plan: Every 4–6 weeks. Nothing is booked.");
}

TEST(Recall, AVisitBookedInsideTheIntervalClearsTheVisitDue)
{
    // Every 4–6 weeks from 20 Oct: due from 17 Nov, allowed until 1 Dec.
    RecallFacts facts = clientWith(planIn(2, Date(2026, 8, 20)), Date(2026, 10, 20));
    const Date today(2026, 11, 24);
    facts.nextAppointment = bookedOn(Date(2026, 12, 1));
    EXPECT_TRUE(recallItems(facts, today).empty()) << "booked on the last day the plan allows";

    facts.nextAppointment = bookedOn(Date(2026, 11, 24), AppointmentStatus::Arrived);
    EXPECT_TRUE(recallItems(facts, today).empty()) << "the client is here today";

    facts.nextAppointment = bookedOn(Date(2026, 11, 27), AppointmentStatus::Cancelled);
    EXPECT_EQ(reasons(recallItems(facts, today)), std::vector{RecallReason::VisitDue})
        << "a cancelled visit books nothing";

    facts.nextAppointment = bookedOn(Date(2026, 11, 23), AppointmentStatus::NoShow);
    EXPECT_EQ(reasons(recallItems(facts, today)), std::vector{RecallReason::VisitDue})
        << "a visit in the past is not the next one";
}

TEST(Recall, AVisitBookedLaterThanThePlanAllowsLeavesTheVisitDue)
{
    RecallFacts facts = clientWith(planIn(2, Date(2026, 8, 20)), Date(2026, 10, 20));
    facts.nextAppointment = bookedOn(Date(2026, 12, 2));
    const std::vector<RecallItem> items = recallItems(facts, Date(2026, 11, 24), spelledOut);
    ASSERT_EQ(reasons(items), std::vector{RecallReason::VisitDue}) << "six weeks and a day";
    EXPECT_EQ(items[0].nextBooked, localTimeOn(Date(2026, 12, 2), hours(10)));
    EXPECT_NE(items[0].sentence.find("The next booked visit, day 2026-12-02 at "), std::string::npos)
        << items[0].sentence;
    EXPECT_NE(items[0].sentence.find("is later than the plan allows."), std::string::npos);

    // A new plan's first visit, due on 24 Nov and weekly: booked within a week of that day, or
    // of today once that has passed.
    const plans::TreatmentPlan fresh = planIn(0, Date(2026, 11, 24));
    EXPECT_TRUE(bookingClearsVisitDue(fresh, std::nullopt, Date(2026, 12, 1), Date(2026, 11, 24)));
    EXPECT_FALSE(bookingClearsVisitDue(fresh, std::nullopt, Date(2026, 12, 2), Date(2026, 11, 24)));
    EXPECT_TRUE(bookingClearsVisitDue(fresh, std::nullopt, Date(2026, 12, 8), Date(2026, 12, 1)));
}

TEST(Recall, AClientNotSeenForLongerThanTheUpperEndOfThePhaseIsListed)
{
    RecallFacts facts = clientWith(planIn(2, Date(2026, 8, 20)), Date(2026, 10, 1));
    // Every 4–6 weeks: due from 29 Oct, allowed until 12 Nov.
    EXPECT_EQ(reasons(recallItems(facts, Date(2026, 11, 5))), std::vector{RecallReason::VisitDue});
    EXPECT_EQ(reasons(recallItems(facts, Date(2026, 11, 12))), std::vector{RecallReason::VisitDue})
        << "six weeks exactly is within every 4–6 weeks";

    const std::vector<RecallItem> lapsed = recallItems(facts, Date(2026, 11, 13), spelledOut);
    ASSERT_EQ(reasons(lapsed), std::vector{RecallReason::NotSeen}) << "one row, not a visit due too";
    EXPECT_EQ(lapsed[0].dueOn, Date(2026, 11, 13));
    EXPECT_EQ(lapsed[0].daysOverdue, 0);
    EXPECT_EQ(lapsed[0].sentence, "Not seen since day 2026-10-01: 1 day longer than the plan allows. "
                                  "Plan: Every 4–6 weeks. Nothing is booked.");

    facts.nextAppointment = bookedOn(Date(2026, 11, 16));
    const std::vector<RecallItem> booked = recallItems(facts, Date(2026, 11, 13), spelledOut);
    ASSERT_EQ(reasons(booked), std::vector{RecallReason::NotSeen}) << "the rhythm lapsed all the same";
    EXPECT_EQ(booked[0].nextBooked, localTimeOn(Date(2026, 11, 16), hours(10)));
    EXPECT_NE(booked[0].sentence.find("The next visit is booked for day 2026-11-16 at "), std::string::npos)
        << booked[0].sentence;
}

TEST(Recall, AQuestionnaireFallsDueAtTheNextVisitFourWeeksAfterTheLast)
{
    RecallFacts facts = clientWith(planIn(1, Date(2026, 10, 5), {GoalMetric::NdiPercent}), Date(2026, 11, 16));
    facts.nextAppointment = bookedOn(Date(2026, 11, 30));
    facts.lastTaken[MeasureKind::Ndi] = Date(2026, 11, 2);
    const Date today(2026, 11, 25);

    const std::vector<RecallItem> items = recallItems(facts, today, spelledOut);
    ASSERT_EQ(reasons(items), std::vector{RecallReason::RemeasureDue}) << "the visit itself is booked";
    EXPECT_EQ(items[0].dueOn, Date(2026, 11, 30));
    EXPECT_EQ(items[0].daysOverdue, -5) << "due at a visit still ahead";
    const DueMeasure expected{MeasureKind::Ndi, RemeasureCause::Interval, Date(2026, 11, 30), Date(2026, 11, 2)};
    EXPECT_EQ(items[0].measures, std::vector{expected});
    EXPECT_NE(items[0].sentence.find("Re-take at the visit on day 2026-11-30 at "), std::string::npos)
        << items[0].sentence;
    EXPECT_NE(items[0].sentence.find("NDI (last taken day 2026-11-02)."), std::string::npos) << items[0].sentence;

    facts.lastTaken[MeasureKind::Ndi] = Date(2026, 11, 3);
    EXPECT_TRUE(recallItems(facts, today).empty()) << "27 days old at the booked visit";
}

TEST(Recall, OnlyTheQuestionnairesThePlansGoalsUseAreRecalled)
{
    RecallFacts facts = clientWith(planIn(1, Date(2026, 10, 5), {GoalMetric::Nprs, GoalMetric::HeadacheDaysPerMonth,
                                                                 GoalMetric::PsfsActivity, GoalMetric::HdiTotal}),
                                   Date(2026, 11, 16));
    facts.nextAppointment = bookedOn(Date(2026, 11, 30));
    facts.lastTaken[MeasureKind::Ndi] = Date(2026, 1, 5);   // no NDI goal
    facts.lastTaken[MeasureKind::Nprs] = Date(2026, 1, 5);  // asked aloud at the visit
    facts.lastTaken[MeasureKind::Psfs] = Date(2026, 11, 16);
    EXPECT_EQ(recalledMeasuresOf(*facts.openPlan), (std::vector{MeasureKind::Hdi, MeasureKind::Psfs}));

    const std::vector<DueMeasure> due = measuresDue(facts, Date(2026, 11, 25));
    ASSERT_EQ(due.size(), 1u);
    EXPECT_EQ(due[0].kind, MeasureKind::Hdi);
    EXPECT_EQ(due[0].cause, RemeasureCause::NeverTaken) << "the goal's baseline is missing";
    EXPECT_EQ(due[0].dueOn, Date(2026, 6, 1)) << "since the plan began";
    EXPECT_FALSE(due[0].lastTaken);
}

TEST(Recall, EachQuestionnaireIsRetakenAtThePhasesLastPlannedVisit)
{
    RecallFacts facts = clientWith(planIn(0, Date(2026, 11, 2), {GoalMetric::NdiPercent}), Date(2026, 12, 7));
    facts.nextAppointment = bookedOn(Date(2026, 12, 14));
    facts.lastTaken[MeasureKind::Ndi] = Date(2026, 11, 23);  // 21 days before the visit
    const Date today(2026, 12, 10);

    facts.visitsInPhase = 4;
    EXPECT_TRUE(measuresDue(facts, today).empty()) << "the fifth visit of six";

    facts.visitsInPhase = 5;
    const std::vector<DueMeasure> due = measuresDue(facts, today);
    ASSERT_EQ(due.size(), 1u);
    EXPECT_EQ(due[0].cause, RemeasureCause::EndOfPhase);
    EXPECT_EQ(due[0].dueOn, Date(2026, 12, 14));
    const std::vector<RecallItem> items = recallItems(facts, today);
    ASSERT_EQ(reasons(items), std::vector{RecallReason::RemeasureDue});
    EXPECT_NE(items[0].sentence.find("NDI (the phase ends)"), std::string::npos) << items[0].sentence;

    facts.visitsInPhase = 7;
    EXPECT_EQ(measuresDue(facts, today).size(), 1u) << "past its planned visits, the phase still ends next";

    facts.lastTaken[MeasureKind::Ndi] = Date(2026, 12, 1);  // 13 days before the visit
    EXPECT_TRUE(measuresDue(facts, today).empty()) << "taken in the last two weeks";
}

TEST(Recall, WithoutABookingTheNextVisitIsTheDayItIsDue)
{
    RecallFacts facts = clientWith(planIn(2, Date(2026, 8, 20), {GoalMetric::NdiPercent}), Date(2026, 11, 2));
    facts.lastTaken[MeasureKind::Ndi] = Date(2026, 11, 2);
    // Due again on 30 Nov, four weeks on: that visit is when the NDI is four weeks old.
    const std::vector<DueMeasure> due = measuresDue(facts, Date(2026, 11, 10));
    ASSERT_EQ(due.size(), 1u);
    EXPECT_EQ(due[0].dueOn, Date(2026, 11, 30));
    const std::vector<RecallItem> items = recallItems(facts, Date(2026, 11, 10));
    ASSERT_EQ(reasons(items), std::vector{RecallReason::RemeasureDue});
    EXPECT_NE(items[0].sentence.find("Re-take at the next visit: NDI"), std::string::npos) << items[0].sentence;
}

TEST(Recall, PlansOnHoldOrClosedRecallNobody)
{
    for (const PlanStatus status : {PlanStatus::OnHold, PlanStatus::Completed, PlanStatus::Discontinued}) {
        plans::TreatmentPlan plan = planIn(0, Date(2026, 6, 1), {GoalMetric::NdiPercent, GoalMetric::HdiTotal});
        plan.status = status;
        plan.statusChangedOn = Date(2026, 7, 1);
        const RecallFacts facts = clientWith(plan, Date(2026, 6, 29));
        EXPECT_TRUE(recallItems(facts, Date(2026, 12, 1)).empty()) << keyOf(status);
        EXPECT_TRUE(measuresDue(facts, Date(2026, 12, 1)).empty()) << keyOf(status);
    }
    RecallFacts noPlan;
    noPlan.clientId = 8;
    noPlan.lastVisit = Date(2025, 1, 1);
    EXPECT_TRUE(recallItems(noPlan, Date(2026, 12, 1)).empty());
}

TEST(Recall, AResumedPlanCountsFromTheDayCareResumed)
{
    plans::TreatmentPlan plan = planIn(1, Date(2026, 7, 6));
    plan.statusChangedOn = Date(2026, 11, 20);  // back from a hold
    const RecallFacts facts = clientWith(plan, Date(2026, 8, 3));

    // The hold was agreed, not a lapse.
    expectOnlyRow(facts, Date(2026, 11, 23), RecallReason::VisitDue, Date(2026, 11, 20),
                  "A visit has been due for 3 days, since day 2026-11-20.");
    expectOnlyRow(facts, Date(2026, 12, 5), RecallReason::NotSeen, Date(2026, 12, 5),
                  "No visit since care resumed on day 2026-11-20: 1 day longer");
}

TEST(Recall, AReturningClientsNewPlanCountsFromItsStart)
{
    plans::TreatmentPlan plan = planIn(0, Date(2026, 11, 20));
    plan.startDate = Date(2026, 11, 20);
    const RecallFacts facts = clientWith(plan, Date(2025, 6, 2));  // seen under an earlier plan

    EXPECT_TRUE(recallItems(facts, Date(2026, 11, 19)).empty());
    // Not a lapse of this plan.
    expectOnlyRow(facts, Date(2026, 11, 23), RecallReason::VisitDue, Date(2026, 11, 20),
                  "A visit has been due for 3 days, since day 2026-11-20.");
    expectOnlyRow(facts, Date(2026, 11, 29), RecallReason::NotSeen, Date(2026, 11, 28),
                  "No visit since the plan began on day 2026-11-20: 2 days longer");
}

TEST(Recall, TheFirstVisitOfAPhaseIsDueAtTheNewPhasesInterval)
{
    // Moved to every 2 weeks at the visit of 16 Nov: the next is due on 30 Nov, not 23 Nov.
    const RecallFacts moved = clientWith(planIn(1, Date(2026, 11, 16)), Date(2026, 11, 16));
    EXPECT_EQ(visitDueOn(*moved.openPlan, moved.lastVisit), Date(2026, 11, 30));
    EXPECT_TRUE(recallItems(moved, Date(2026, 11, 23)).empty());
    EXPECT_EQ(reasons(recallItems(moved, Date(2026, 11, 30))), std::vector{RecallReason::VisitDue});

    // A new plan without a visit yet: its first visit is due the day its phase began.
    const RecallFacts fresh = clientWith(planIn(0, Date(2026, 11, 24)), std::nullopt);
    EXPECT_TRUE(recallItems(fresh, Date(2026, 11, 23)).empty());
    const std::vector<RecallItem> items = recallItems(fresh, Date(2026, 11, 26), spelledOut);
    ASSERT_EQ(reasons(items), std::vector{RecallReason::VisitDue}) << "never seen: not a lapse";
    EXPECT_EQ(items[0].sentence, "The plan's first visit has been due for 2 days, since day 2026-11-24. "
                                 "Plan: Weekly × 6. Nothing is booked.");
    EXPECT_FALSE(lastDayAllowed(*fresh.openPlan, fresh.lastVisit));
}

TEST(Recall, IntervalsRunAcrossMonthEndsAndTheLeapDay)
{
    // Every 4–6 weeks from 1 Feb 2028: due on the leap day, allowed until 14 Mar.
    const RecallFacts leap = clientWith(planIn(2, Date(2027, 12, 1)), Date(2028, 2, 1));
    EXPECT_EQ(visitDueOn(*leap.openPlan, leap.lastVisit), Date(2028, 2, 29));
    EXPECT_TRUE(recallItems(leap, Date(2028, 2, 28)).empty());
    EXPECT_EQ(recallItems(leap, Date(2028, 2, 29)).at(0).dueOn, Date(2028, 2, 29));
    EXPECT_EQ(lastDayAllowed(*leap.openPlan, leap.lastVisit), Date(2028, 3, 14));

    // Six weeks from 18 Jan 2028 end on the leap day; the day after is a lapse.
    const RecallFacts lapse = clientWith(planIn(2, Date(2027, 12, 1)), Date(2028, 1, 18));
    EXPECT_EQ(reasons(recallItems(lapse, Date(2028, 2, 29))), std::vector{RecallReason::VisitDue});
    const std::vector<RecallItem> lapsed = recallItems(lapse, Date(2028, 3, 1));
    ASSERT_EQ(reasons(lapsed), std::vector{RecallReason::NotSeen});
    EXPECT_EQ(lapsed[0].dueOn, Date(2028, 3, 1));

    // Every 2 weeks from New Year's Eve: due on 14 Jan.
    const RecallFacts yearEnd = clientWith(planIn(1, Date(2026, 12, 3)), Date(2026, 12, 31));
    EXPECT_EQ(visitDueOn(*yearEnd.openPlan, yearEnd.lastVisit), Date(2027, 1, 14));

    // An NDI of 31 Jan 2027 is four weeks old on 28 Feb.
    RecallFacts measured = clientWith(planIn(1, Date(2027, 1, 3), {GoalMetric::NdiPercent}), Date(2027, 2, 21));
    measured.lastTaken[MeasureKind::Ndi] = Date(2027, 1, 31);
    measured.nextAppointment = bookedOn(Date(2027, 2, 27));
    EXPECT_TRUE(measuresDue(measured, Date(2027, 2, 24)).empty());
    measured.nextAppointment = bookedOn(Date(2027, 2, 28));
    ASSERT_EQ(measuresDue(measured, Date(2027, 2, 24)).size(), 1u);
    EXPECT_EQ(measuresDue(measured, Date(2027, 2, 24))[0].dueOn, Date(2027, 2, 28));
}

TEST(Recall, TheListPutsTheMostOverdueFirst)
{
    const Date today(2026, 12, 1);
    // Client 1: every 4–6 weeks, last seen 30 Oct: due 27 Nov.
    RecallFacts due = clientWith(planIn(2, Date(2026, 8, 1)), Date(2026, 10, 30));
    due.clientId = 1;
    // Client 2: every 4–6 weeks, last seen 1 Oct: not seen since, lapsed on 13 Nov.
    RecallFacts lapsed = clientWith(planIn(2, Date(2026, 8, 1)), Date(2026, 10, 1));
    lapsed.clientId = 2;
    // Client 3: booked on 3 Dec, with an HDI of 29 Oct due at that visit (26 Nov) and a PSFS never
    // taken (due since the plan began on 1 Jun).
    RecallFacts measures = clientWith(planIn(1, Date(2026, 11, 2), {GoalMetric::HdiTotal, GoalMetric::PsfsActivity}),
                                      Date(2026, 11, 23));
    measures.clientId = 3;
    measures.nextAppointment = bookedOn(Date(2026, 12, 3));
    measures.lastTaken[MeasureKind::Hdi] = Date(2026, 10, 29);
    // Client 4: due 27 Nov as well, like client 1.
    RecallFacts tie = clientWith(planIn(2, Date(2026, 8, 1)), Date(2026, 10, 30));
    tie.clientId = 4;
    // Client 5: on hold.
    RecallFacts held = clientWith(planIn(0, Date(2026, 1, 6)), Date(2026, 1, 20));
    held.clientId = 5;
    held.openPlan->status = PlanStatus::OnHold;

    const std::vector<RecallItem> list = recallList({tie, held, due, measures, lapsed}, today);
    std::vector<std::pair<clients::ClientId, RecallReason>> rows;
    for (const RecallItem& item : list)
        rows.emplace_back(item.clientId, item.reason);
    const std::vector<std::pair<clients::ClientId, RecallReason>> expected{
        {3, RecallReason::RemeasureDue}, {2, RecallReason::NotSeen}, {1, RecallReason::VisitDue},
        {4, RecallReason::VisitDue}};
    EXPECT_EQ(rows, expected);
    EXPECT_EQ(list[0].dueOn, Date(2026, 6, 1));
    ASSERT_EQ(list[0].measures.size(), 2u);
    EXPECT_EQ(list[0].measures[0].kind, MeasureKind::Hdi);
    EXPECT_EQ(list[0].measures[1].cause, RemeasureCause::NeverTaken);
    EXPECT_EQ(list[1].daysOverdue, 18);
    EXPECT_EQ(list[2].daysOverdue, 4);
}

TEST(Recall, OnTheSameDayALapseComesBeforeAVisitDueAndAQuestionnaire)
{
    const Date today(2026, 12, 1);
    RecallFacts measure = clientWith(planIn(1, Date(2026, 11, 2), {GoalMetric::NdiPercent}), Date(2026, 11, 23));
    measure.clientId = 1;
    measure.nextAppointment = bookedOn(Date(2026, 12, 7));
    measure.lastTaken[MeasureKind::Ndi] = Date(2026, 10, 20);  // due 17 Nov
    RecallFacts visit = clientWith(planIn(2, Date(2026, 8, 1)), Date(2026, 10, 20));  // due 17 Nov
    visit.clientId = 2;
    RecallFacts lapse = clientWith(planIn(2, Date(2026, 8, 1)), Date(2026, 10, 5));  // lapsed 17 Nov
    lapse.clientId = 3;
    const std::vector<RecallItem> list = recallList({measure, visit, lapse}, today);
    std::vector<clients::ClientId> order;
    for (const RecallItem& item : list) {
        EXPECT_EQ(item.dueOn, Date(2026, 11, 17));
        order.push_back(item.clientId);
    }
    EXPECT_EQ(order, (std::vector<clients::ClientId>{3, 2, 1}));
}

TEST(Recall, ReasonsHaveStableKeysForTheCommandLine)
{
    EXPECT_EQ(keyOf(RecallReason::NotSeen), "not_seen");
    EXPECT_EQ(keyOf(RecallReason::VisitDue), "visit_due");
    EXPECT_EQ(keyOf(RecallReason::RemeasureDue), "remeasure_due");
    EXPECT_EQ(keyOf(RemeasureCause::EndOfPhase), "end_of_phase");
    EXPECT_EQ(labelOf(RecallReason::VisitDue), "Visit due");
}

} // namespace
} // namespace knotwork::schedule
