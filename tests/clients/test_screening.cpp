#include <gtest/gtest.h>

#include "clients/client_choices.h"
#include "clients/screening.h"
#include "common/error.h"

namespace knotwork::clients {
namespace {

const Date kToday(2026, 11, 23);

Screening screeningAt(const char* when, std::set<SafetyIssue> issues)
{
    Screening screening;
    screening.screenedAt = Timestamp::fromIso8601(when);
    screening.issues = std::move(issues);
    return screening;
}

using History = std::vector<Screening>;

Screening visitScreeningAt(const char* when, std::set<SafetyIssue> found)
{
    Screening screening = screeningAt(when, std::move(found));
    screening.kind = ScreeningKind::Visit;
    return screening;
}

FlagWithdrawal withdrawalAt(const char* when, SafetyIssue issue, WithdrawalReason reason)
{
    FlagWithdrawal withdrawal;
    withdrawal.issue = issue;
    withdrawal.reason = reason;
    withdrawal.details = "Dr Amara Okafor confirmed by phone";
    withdrawal.withdrawnAt = Timestamp::fromIso8601(when);
    return withdrawal;
}

Clearance clearanceAt(const char* recorded, std::set<SafetyIssue> covers, std::optional<Date> expires = {})
{
    static long long nextId = 1;
    Clearance clearance;
    clearance.providerName = "Dr Amara Okafor";
    clearance.clearedOn = Date(2026, 11, 1);
    clearance.recordedAt = Timestamp::fromIso8601(recorded);
    clearance.covers = std::move(covers);
    clearance.expiresOn = expires;
    clearance.id = nextId++;
    return clearance;
}

SafetyAssessment assessSafety(const History& history, const std::vector<Clearance>& clearances, const Date& today,
                              const std::vector<FlagWithdrawal>& withdrawals = {})
{
    return clients::assessSafety({history, withdrawals, clearances}, today);
}

TEST(SafetyScreening, NothingFoundOrNoScreeningIsClear)
{
    EXPECT_EQ(assessSafety(History{}, {}, kToday).status, SafetyStatus::Clear);
    const auto assessment = assessSafety(History{screeningAt("2026-11-01T10:00:00Z", {})}, {}, kToday);
    EXPECT_EQ(assessment.status, SafetyStatus::Clear);
    EXPECT_FALSE(assessment.blocksTreatment());
}

TEST(SafetyScreening, AnyRedFlagMeansReferBeforeTreatment)
{
    for (const SafetyIssue flag : {SafetyIssue::FeverOrSystemicIllness, SafetyIssue::SuddenSevereOnset,
                                   SafetyIssue::ArterySymptomsWithNeckPain, SafetyIssue::PregnancyOrPostpartum}) {
        const auto assessment = assessSafety(History{screeningAt("2026-11-01T10:00:00Z", {flag})}, {}, kToday);
        EXPECT_EQ(assessment.status, SafetyStatus::ReferBeforeTreatment);
        EXPECT_TRUE(assessment.blocksTreatment());
        EXPECT_EQ(assessment.openIssues, std::set{flag});
    }
}

TEST(SafetyScreening, ClusterHeadacheAndRecentTraumaNeedClearance)
{
    for (const SafetyIssue issue : {SafetyIssue::ClusterHeadache, SafetyIssue::RecentHeadOrNeckTrauma}) {
        const auto assessment = assessSafety(History{screeningAt("2026-11-01T10:00:00Z", {issue})}, {}, kToday);
        EXPECT_EQ(assessment.status, SafetyStatus::ClearanceRequired);
        EXPECT_TRUE(assessment.blocksTreatment());
    }
}

TEST(SafetyScreening, ARedFlagOutranksAClearanceRequirement)
{
    const auto assessment = assessSafety(
        History{screeningAt("2026-11-01T10:00:00Z", {SafetyIssue::RecentHeadOrNeckTrauma, SafetyIssue::VisionChanges})}, {}, kToday);
    EXPECT_EQ(assessment.status, SafetyStatus::ReferBeforeTreatment);
}

TEST(SafetyScreening, PainkillerOveruseSuggestsAReferralWithoutBlocking)
{
    const auto assessment = assessSafety(History{screeningAt("2026-11-01T10:00:00Z", {SafetyIssue::PainkillerOveruse})}, {}, kToday);
    EXPECT_EQ(assessment.status, SafetyStatus::Clear);
    EXPECT_FALSE(assessment.blocksTreatment());
    EXPECT_EQ(assessment.advisories, std::set{SafetyIssue::PainkillerOveruse});
    EXPECT_NE(statusExplanation(assessment).find("Suggest a referral"), std::string::npos);
}

TEST(SafetyScreening, AClearanceCoveringTheOpenIssuesClearsTheClient)
{
    const std::vector history{screeningAt("2026-11-01T10:00:00Z", {SafetyIssue::RecentHeadOrNeckTrauma})};
    const auto assessment = assessSafety(
        history, {clearanceAt("2026-11-05T09:00:00Z", {SafetyIssue::RecentHeadOrNeckTrauma}, Date(2027, 5, 1))}, kToday);
    EXPECT_EQ(assessment.status, SafetyStatus::Cleared);
    EXPECT_FALSE(assessment.blocksTreatment());
    EXPECT_EQ(assessment.clearedUntil, Date(2027, 5, 1));
    EXPECT_EQ(statusWithoutClearances(assessment), SafetyStatus::ClearanceRequired);
}

TEST(SafetyScreening, AnExpiredClearanceReopensTheStatus)
{
    const std::vector history{screeningAt("2026-01-01T10:00:00Z", {SafetyIssue::ClusterHeadache})};
    const auto assessment = assessSafety(
        history, {clearanceAt("2026-01-05T09:00:00Z", {SafetyIssue::ClusterHeadache}, Date(2026, 11, 22))}, kToday);
    EXPECT_EQ(assessment.status, SafetyStatus::ClearanceRequired);
    ASSERT_EQ(assessment.expiredClearances.size(), 1u);
    // On its last day it still holds.
    EXPECT_EQ(assessSafety(history, {clearanceAt("2026-01-05T09:00:00Z", {SafetyIssue::ClusterHeadache}, kToday)}, kToday).status,
              SafetyStatus::Cleared);
}

TEST(SafetyScreening, ANewRedFlagAfterAClearanceReopensTheStatus)
{
    const std::vector history{
        screeningAt("2026-11-01T10:00:00Z", {SafetyIssue::RecentHeadOrNeckTrauma}),
        screeningAt("2026-11-20T10:00:00Z", {SafetyIssue::RecentHeadOrNeckTrauma, SafetyIssue::VisionChanges}),
    };
    const auto assessment = assessSafety(history, {clearanceAt("2026-11-05T09:00:00Z", {SafetyIssue::RecentHeadOrNeckTrauma})}, kToday);
    EXPECT_EQ(assessment.status, SafetyStatus::ReferBeforeTreatment);
    EXPECT_EQ(assessment.openIssues, std::set{SafetyIssue::VisionChanges});
    EXPECT_EQ(assessment.clearedIssues, std::set{SafetyIssue::RecentHeadOrNeckTrauma});
}

TEST(SafetyScreening, AnIssueThatWentAwayAndCameBackIsNew)
{
    // A second accident after the first was cleared and resolved.
    const std::vector history{
        screeningAt("2026-03-01T10:00:00Z", {SafetyIssue::RecentHeadOrNeckTrauma}),
        screeningAt("2026-06-01T10:00:00Z", {}),
        screeningAt("2026-11-20T10:00:00Z", {SafetyIssue::RecentHeadOrNeckTrauma}),
    };
    const auto assessment = assessSafety(history, {clearanceAt("2026-03-05T09:00:00Z", {SafetyIssue::RecentHeadOrNeckTrauma})}, kToday);
    EXPECT_EQ(assessment.status, SafetyStatus::ClearanceRequired);
}

TEST(SafetyScreening, AClearanceGivenInTheFutureDoesNotCountYet)
{
    Clearance later = clearanceAt("2026-11-05T09:00:00Z", {SafetyIssue::ClusterHeadache});
    later.clearedOn = Date(2026, 12, 1);
    EXPECT_EQ(assessSafety(History{screeningAt("2026-11-01T10:00:00Z", {SafetyIssue::ClusterHeadache})}, {later}, kToday).status,
              SafetyStatus::ClearanceRequired);
}

TEST(SafetyScreening, EveryBlockingFindingStopsTreatmentWithoutAnOverride)
{
    for (const Choice<SafetyIssue>& choice : choices<SafetyIssue>()) {
        SCOPED_TRACE(std::string(choice.key));
        const auto assessment = assessSafety(History{screeningAt("2026-11-01T10:00:00Z", {choice.value})}, {}, kToday);
        if (choice.value == SafetyIssue::PainkillerOveruse) {
            EXPECT_NO_THROW(requireTreatmentAllowed(assessment));
            continue;
        }
        EXPECT_TRUE(assessment.blocksTreatment());
        try {
            requireTreatmentAllowed(assessment);
            ADD_FAILURE() << "treatment was allowed";
        } catch (const ValidationError& error) {
            EXPECT_EQ(error.field(), "safety");
            EXPECT_EQ(error.rule(), issueKind(choice.value) == IssueKind::RedFlag ? "refer-before-treatment"
                                                                                   : "clearance-required");
            EXPECT_NE(std::string(error.what()).find(labelOf(choice.value)), std::string::npos);
            EXPECT_NE(std::string(error.what()).find("referral visit"), std::string::npos);
        }
    }
    EXPECT_NO_THROW(requireTreatmentAllowed(assessSafety(History{}, {}, kToday)));
}

TEST(SafetyScreening, CurrentFlagsAreTheOnesAskedAtEveryVisit)
{
    const std::set<SafetyIssue> current(currentFlags().begin(), currentFlags().end());
    EXPECT_EQ(current, (std::set{SafetyIssue::FeverOrSystemicIllness, SafetyIssue::NeurologicalDeficit,
                                 SafetyIssue::SuddenSevereOnset, SafetyIssue::Positional,
                                 SafetyIssue::CoughStrainOrExertion, SafetyIssue::VisionChanges,
                                 SafetyIssue::ArterySymptomsWithNeckPain}));
    for (const SafetyIssue history : {SafetyIssue::CancerOrImmuneSuppression, SafetyIssue::NewHeadacheAfterFifty,
                                      SafetyIssue::RecentHeadOrNeckTrauma, SafetyIssue::PregnancyOrPostpartum})
        EXPECT_FALSE(isCurrentFlag(history));
}

TEST(SafetyScreening, AFlagUntickedAtARescreenStaysOpen)
{
    // Vision changes reported at one visit, "no" at the next: still open until cleared or withdrawn.
    const History history{
        screeningAt("2026-10-01T10:00:00Z", {}),
        visitScreeningAt("2026-11-01T10:00:00Z", {SafetyIssue::VisionChanges}),
        visitScreeningAt("2026-11-15T10:00:00Z", {}),
    };
    const auto assessment = assessSafety(history, {}, kToday);
    EXPECT_EQ(assessment.status, SafetyStatus::ReferBeforeTreatment);
    EXPECT_EQ(assessment.openIssues, std::set{SafetyIssue::VisionChanges});
    // Un-ticking it on a later intake does not lift it either.
    History intakeAgain = history;
    intakeAgain.push_back(screeningAt("2026-11-20T10:00:00Z", {}));
    EXPECT_EQ(assessSafety(intakeAgain, {}, kToday).status, SafetyStatus::ReferBeforeTreatment);
}

TEST(SafetyScreening, AVisitRescreenDoesNotTouchHistoryFlags)
{
    // Cancer history cleared once; visits that ask only the current flags do not re-raise it.
    const History history{
        screeningAt("2026-03-01T10:00:00Z", {SafetyIssue::CancerOrImmuneSuppression}),
        visitScreeningAt("2026-04-01T10:00:00Z", {}),
        screeningAt("2026-05-01T10:00:00Z", {SafetyIssue::CancerOrImmuneSuppression}),
    };
    const auto assessment = assessSafety(history, {clearanceAt("2026-03-05T09:00:00Z", {SafetyIssue::CancerOrImmuneSuppression})}, kToday);
    EXPECT_EQ(assessment.status, SafetyStatus::Cleared);
}

TEST(SafetyScreening, AWithdrawalWithAReasonLiftsAFlag)
{
    const History history{screeningAt("2026-11-01T10:00:00Z", {SafetyIssue::FeverOrSystemicIllness})};
    const auto withdrawn = assessSafety(history, {}, kToday,
        {withdrawalAt("2026-11-10T10:00:00Z", SafetyIssue::FeverOrSystemicIllness, WithdrawalReason::ResolvedConfirmedByProvider)});
    EXPECT_EQ(withdrawn.status, SafetyStatus::Clear);
    EXPECT_TRUE(withdrawn.raisedAt.empty());
    // A withdrawal of another flag, or one recorded before the flag was raised again, lifts nothing.
    EXPECT_EQ(assessSafety(history, {}, kToday,
                  {withdrawalAt("2026-11-10T10:00:00Z", SafetyIssue::VisionChanges, WithdrawalReason::EnteredInError)}).status,
              SafetyStatus::ReferBeforeTreatment);
    History again = history;
    again.push_back(visitScreeningAt("2026-11-12T10:00:00Z", {}));
    again.push_back(visitScreeningAt("2026-11-20T10:00:00Z", {SafetyIssue::FeverOrSystemicIllness}));
    EXPECT_EQ(assessSafety(again, {}, kToday,
                  {withdrawalAt("2026-11-10T10:00:00Z", SafetyIssue::FeverOrSystemicIllness, WithdrawalReason::EnteredInError)}).status,
              SafetyStatus::ReferBeforeTreatment);
}

TEST(SafetyScreening, ALapsedClearanceWithNothingNewMayBeExtendedOnce)
{
    const History history{screeningAt("2026-01-01T10:00:00Z", {SafetyIssue::RecentHeadOrNeckTrauma})};
    Clearance lapsed = clearanceAt("2026-01-05T09:00:00Z", {SafetyIssue::RecentHeadOrNeckTrauma}, Date(2026, 11, 1));
    const auto before = assessSafety(history, {lapsed}, kToday);
    EXPECT_EQ(before.status, SafetyStatus::ClearanceRequired);
    EXPECT_EQ(before.extendableClearanceId, lapsed.id);
    EXPECT_NE(statusExplanation(before).find("extend it once"), std::string::npos);

    lapsed.extension = ClearanceExtension{Date(2026, 12, 20), "New letter requested from Dr Okafor", Timestamp::fromIso8601("2026-11-23T10:00:00Z"), ""};
    const auto extended = assessSafety(history, {lapsed}, kToday);
    EXPECT_EQ(extended.status, SafetyStatus::Cleared);
    EXPECT_EQ(extended.clearedUntil, Date(2026, 12, 20));
    EXPECT_TRUE(extended.expiredClearances.empty()) << "a lapsed clearance is not news while a current one holds";
    // Once the extension lapses too, it cannot be extended again.
    const auto lapsedAgain = assessSafety(history, {lapsed}, Date(2026, 12, 21));
    EXPECT_EQ(lapsedAgain.status, SafetyStatus::ClearanceRequired);
    EXPECT_FALSE(lapsedAgain.extendableClearanceId);
}

TEST(SafetyScreening, ALapsedClearanceCannotBeExtendedOverSomethingNew)
{
    const History history{
        screeningAt("2026-01-01T10:00:00Z", {SafetyIssue::RecentHeadOrNeckTrauma}),
        visitScreeningAt("2026-11-20T10:00:00Z", {SafetyIssue::VisionChanges}),
    };
    const auto assessment = assessSafety(
        history, {clearanceAt("2026-01-05T09:00:00Z", {SafetyIssue::RecentHeadOrNeckTrauma}, Date(2026, 11, 1))}, kToday);
    EXPECT_EQ(assessment.status, SafetyStatus::ReferBeforeTreatment);
    EXPECT_FALSE(assessment.extendableClearanceId);
}

TEST(SafetyScreening, AProvidersClusterOrPostTraumaticDiagnosisNeedsAClearance)
{
    for (const auto& [type, issue] : {std::pair{HeadacheType::Cluster, SafetyIssue::ClusterHeadache},
                                      std::pair{HeadacheType::PostTraumatic, SafetyIssue::RecentHeadOrNeckTrauma}}) {
        const std::vector<Diagnosis> diagnoses{{type, std::nullopt, "Dr Amara Okafor", Date(2026, 10, 1), ""}};
        const History history{screeningAt("2026-11-01T10:00:00Z", {})};
        const auto assessment = clients::assessSafety({history, {}, {}, diagnoses, {}}, kToday);
        EXPECT_EQ(assessment.status, SafetyStatus::ClearanceRequired);
        EXPECT_EQ(assessment.openIssues, std::set{issue});
        EXPECT_NE(statusExplanation(assessment).find("provider's diagnosis on file"), std::string::npos);
        const std::vector<Clearance> cleared{clearanceAt("2026-11-05T09:00:00Z", {issue})};
        EXPECT_EQ(clients::assessSafety({history, {}, cleared, diagnoses, {}}, kToday).status, SafetyStatus::Cleared);
    }
    const std::vector<Diagnosis> tension{{HeadacheType::TensionType, std::nullopt, "Dr Okafor", std::nullopt, ""}};
    EXPECT_EQ(clients::assessSafety({History{}, {}, {}, tension, {}}, kToday).status, SafetyStatus::Clear);
}

TEST(SafetyScreening, PrecautionsAreShownNeverABlockAndTheStatusDoesNotSayNothingStands)
{
    const History history{screeningAt("2026-11-01T10:00:00Z", {})};
    EXPECT_NE(statusExplanation(assessSafety(history, {}, kToday)).find("No red flag or contraindication"), std::string::npos);
    for (const Choice<HealthFlag>& flag : choices<HealthFlag>()) {
        SCOPED_TRACE(std::string(flag.key));
        const auto assessment = clients::assessSafety({history, {}, {}, {}, {flag.value}}, kToday);
        EXPECT_EQ(assessment.status, SafetyStatus::Clear);
        EXPECT_FALSE(assessment.blocksTreatment());
        EXPECT_EQ(assessment.precautions, std::set{flag.value});
        const std::string text = statusExplanation(assessment);
        EXPECT_EQ(text.find("contraindication"), std::string::npos) << text;
        EXPECT_NE(text.find(labelOf(flag.value)), std::string::npos) << text;
        EXPECT_FALSE(precautionAdvice(flag.value).empty());
    }
    EXPECT_EQ(precautionsText({HealthFlag::Pregnancy, HealthFlag::Osteoporosis}),
              "Pregnant (positioning); Osteoporosis (lighter pressure, no manipulation)");
}

TEST(SafetyScreening, ExplanationsNameTheIssuesInWords)
{
    const auto assessment = assessSafety(History{screeningAt("2026-11-01T10:00:00Z", {SafetyIssue::ClusterHeadache})}, {}, kToday);
    EXPECT_EQ(statusLabel(assessment.status), "Clearance needed");
    EXPECT_NE(statusExplanation(assessment).find("Cluster headache"), std::string::npos);
}

} // namespace
} // namespace knotwork::clients
