// The therapist's assessment block: what a report needs before it leaves (each refusal names its
// field and rule), the goals' outcomes, a closed plan's end date and home programme, and the facts
// from the data offered for insertion.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "common/error.h"
#include "common/locale_date.h"
#include "sharing/assessment.h"
#include "sharing/assessment_suggestions.h"
#include "support/environment_override.h"
#include "support/sample_report.h"

namespace knotwork::sharing {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using boost::gregorian::days;

ProgressReportData sample() { return knotwork::testing::sampleProgressReport(40, Date(2025, 1, 6)); }

AssessmentBlock words(const std::string& progress, const std::string& goalsOrCriteria = "", const std::string& reason = "")
{
    return {progress, "", goalsOrCriteria, reason};
}

// The rule `block` breaks for `plan` ("field/rule"), or "" when it passes.
std::string refusal(const AssessmentBlock& block, const std::optional<plans::PlanProgress>& plan)
{
    try {
        validateAssessment(block, plan);
        return "";
    } catch (const ValidationError& error) {
        return error.field() + "/" + error.rule();
    }
}

void meetEveryGoal(plans::PlanProgress& plan)
{
    for (plans::GoalProgress& goal : plan.goals) {
        goal.met = true;
        goal.metSince = plan.plan.startDate + days(30);
    }
}

TEST(Assessment, ProgressInWordsIsRequiredEvenWithoutAPlan)
{
    EXPECT_EQ(refusal(words(""), std::nullopt), "progress/required");
    EXPECT_EQ(refusal(words(" \n ", "", "x"), std::nullopt), "progress/required");
    try {
        validateAssessment(words(""), std::nullopt);
    } catch (const ValidationError& error) {
        EXPECT_THAT(error.what(), HasSubstr("Progress in words: required"));
    }
    EXPECT_EQ(refusal(words("Fewer headache days."), std::nullopt), "");
}

TEST(Assessment, AnOpenPlanNeedsTheReasonCareContinues)
{
    ProgressReportData data = sample();
    ASSERT_FALSE(everyGoalMetWhileVisitsContinue(data.plan));
    EXPECT_EQ(refusal(words("Better."), data.plan), "reason/required-while-open");
    data.plan->plan.status = plans::PlanStatus::OnHold;
    EXPECT_EQ(refusal(words("Better."), data.plan), "reason/required-while-open");
    EXPECT_EQ(refusal(words("Better.", "", "Rotation is not yet at its target."), data.plan), "");
}

TEST(Assessment, EveryGoalMetWhileVisitsContinueAsksForNewGoalsCriteriaOrTheReason)
{
    ProgressReportData data = sample();
    meetEveryGoal(*data.plan);
    ASSERT_TRUE(everyGoalMetWhileVisitsContinue(data.plan));
    EXPECT_EQ(refusal(words("Better."), data.plan), "goals_or_criteria/all-goals-met");
    try {
        validateAssessment(words("Better."), data.plan);
    } catch (const ValidationError& error) {
        EXPECT_THAT(error.what(), HasSubstr("every goal of the plan is met and visits continue"));
    }
    EXPECT_EQ(refusal(words("Better.", "", "Flare-ups in winter."), data.plan), "");
    // New goals alone do not say why care continues while the plan is open.
    EXPECT_EQ(refusal(words("Better.", "Discharge when two months pass without a flare-up."), data.plan),
              "reason/required-while-open");
    // On hold, visits do not continue: no prompt.
    data.plan->plan.status = plans::PlanStatus::OnHold;
    EXPECT_FALSE(everyGoalMetWhileVisitsContinue(data.plan));
}

TEST(Assessment, AClosedPlanNeedsOnlyTheProgressInWords)
{
    ProgressReportData data = sample();
    data.plan->plan.status = plans::PlanStatus::Completed;
    EXPECT_EQ(refusal(words(""), data.plan), "progress/required");
    EXPECT_EQ(refusal(words("Goals met; discharged."), data.plan), "");
}

TEST(Assessment, GoalsMetAreCountedWithThoseReachedAfterTheirTargetDate)
{
    plans::PlanProgress plan;
    plans::GoalProgress onTime;
    onTime.goal.targetDate = Date(2026, 3, 1);
    onTime.met = true;
    onTime.firstMet = onTime.metSince = Date(2026, 3, 1);
    plans::GoalProgress late = onTime;
    late.firstMet = late.metSince = Date(2026, 3, 2);
    plans::GoalProgress open;
    open.goal.targetDate = Date(2026, 3, 1);
    plan.goals = {onTime, late, open};
    EXPECT_EQ(goalsMetText(plan), "2 of 3 goals met (1 after its target date)");
    plan.plan.status = plans::PlanStatus::Discontinued;
    EXPECT_EQ(plans::statusOn(open, Date(2026, 2, 1), plan.plan.status), plans::GoalStatus::NotMet)
        << "what a closed plan did not reach was not met, whatever its target date";
    plan.plan.status = plans::PlanStatus::Active;
    EXPECT_EQ(plans::statusOn(open, Date(2026, 2, 1), plan.plan.status), plans::GoalStatus::InProgress);
}

TEST(Assessment, AClosedPlanEndsTheDayItsStatusChangedNeverItsStart)
{
    // 15:00 UTC is the 20th in Toronto (and already the 21st east of UTC+9).
    const testing::TimeZoneOverride toronto("America/Toronto");
    plans::TreatmentPlan plan;
    plan.startDate = Date(2025, 9, 9);
    plan.status = plans::PlanStatus::Completed;
    plan.updatedAt = Timestamp::fromIso8601("2026-10-20T15:00:00Z");
    EXPECT_EQ(planEndDate(plan, Date(2026, 11, 23)), Date(2026, 10, 20)) << "closed before the day was recorded";
    plan.statusChangedOn = Date(2026, 6, 1);
    EXPECT_EQ(planEndDate(plan, Date(2026, 11, 23)), Date(2026, 6, 1));
    EXPECT_EQ(planEndDate(plan, Date(2026, 5, 1)), Date(2026, 5, 1)) << "never after the day written";
}

TEST(Assessment, TheDischargeKeepsThePlansAndTheLastGivenHomeProgramme)
{
    ProgressReportData data = sample();
    EXPECT_FALSE(dischargeOf(data.plan, data.planHomeProgrammeNotes, data.notes, data.header.written));
    data.plan->plan.status = plans::PlanStatus::Discontinued;
    data.plan->plan.statusReason = "The client moved away.";
    data.plan->plan.statusChangedOn = data.header.written - days(1);
    data.notes.back().plan.homeCare = {sessions::HomeCare::Hydration, sessions::HomeCare::Stretches};
    data.notes.back().plan.homeCareNotes = "Chin tucks, ten twice a day.";
    const std::optional<Discharge> discharge =
        dischargeOf(data.plan, data.planHomeProgrammeNotes, data.notes, data.header.written);
    ASSERT_TRUE(discharge);
    EXPECT_EQ(discharge->endedOn, data.header.written - days(1));
    EXPECT_EQ(discharge->status, plans::PlanStatus::Discontinued);
    EXPECT_EQ(discharge->reason, "The client moved away.");
    EXPECT_EQ(discharge->homeProgramme,
              (std::set{sessions::HomeCare::SuboccipitalBallRelease, sessions::HomeCare::Hydration,
                        sessions::HomeCare::Stretches}));
    ASSERT_EQ(discharge->homeProgrammeWords.size(), 2u);
    EXPECT_EQ(discharge->homeProgrammeWords[0], data.planHomeProgrammeNotes);
    EXPECT_THAT(discharge->homeProgrammeWords[1], HasSubstr("Chin tucks, ten twice a day."));
    EXPECT_THAT(discharge->homeProgrammeWords[1], HasSubstr(mediumDate(data.notes.back().visitDate)));
}

TEST(AssessmentSuggestions, AreFactsFromTheDataNeverTheTherapistsWords)
{
    const ProgressReportData data = sample();
    const std::vector<std::string> facts = assessmentSuggestions(data);
    const std::string since = mediumDate(Date(2025, 1, 6));
    EXPECT_THAT(facts, Contains("Headache days per month: 17 days → " +
                                plans::formatGoalValue(data.plan->goals[0].goal, data.plan->goals[0].latest->value) +
                                " since " + since));
    EXPECT_THAT(facts, Contains(HasSubstr("of 3 goals met")));
    EXPECT_THAT(facts, Contains("40 visits, the last " + mediumDate(data.notes.back().visitDate)));
    EXPECT_THAT(facts, Contains("Plan phase 3 of 3: Every 4–6 weeks"));
    for (const std::string& fact : facts)
        EXPECT_THAT(fact, Not(HasSubstr("discharge"))) << fact;
}

TEST(AssessmentSuggestions, AClosedPlanOffersItsEndAndReasonInsteadOfItsPhase)
{
    ProgressReportData data = sample();
    data.plan->plan.status = plans::PlanStatus::Completed;
    data.discharge = Discharge{Date(2026, 6, 1), plans::PlanStatus::Completed, "Goals met.", {}, {}};
    const std::vector<std::string> facts = assessmentSuggestions(data);
    EXPECT_THAT(facts, Contains("Plan completed on " + mediumDate(Date(2026, 6, 1)) + ": Goals met."));
    EXPECT_THAT(facts, Not(Contains(HasSubstr("Plan phase"))));
    ProgressReportData nothing;
    EXPECT_THAT(assessmentSuggestions(nothing), IsEmpty());
}

} // namespace
} // namespace knotwork::sharing
