#include <gtest/gtest.h>

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

Clearance clearanceAt(const char* recorded, std::set<SafetyIssue> covers, std::optional<Date> expires = {})
{
    Clearance clearance;
    clearance.providerName = "Dr Amara Okafor";
    clearance.clearedOn = Date(2026, 11, 1);
    clearance.recordedAt = Timestamp::fromIso8601(recorded);
    clearance.covers = std::move(covers);
    clearance.expiresOn = expires;
    return clearance;
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

TEST(SafetyScreening, TreatmentWhileBlockedNeedsARecordedReason)
{
    const auto blocked = assessSafety(History{screeningAt("2026-11-01T10:00:00Z", {SafetyIssue::VisionChanges})}, {}, kToday);
    try {
        requireTreatmentAllowed(blocked, "   ");
        FAIL() << "a blank reason was accepted";
    } catch (const ValidationError& error) {
        EXPECT_EQ(error.field(), "override_reason");
        EXPECT_EQ(error.rule(), "override-needs-reason");
        EXPECT_NE(std::string(error.what()).find("Vision changes"), std::string::npos);
    }
    EXPECT_NO_THROW(requireTreatmentAllowed(blocked, "Physician consulted by phone, letter to follow"));
    EXPECT_NO_THROW(requireTreatmentAllowed(assessSafety(History{}, {}, kToday), ""));
}

TEST(SafetyScreening, ExplanationsNameTheIssuesInWords)
{
    const auto assessment = assessSafety(History{screeningAt("2026-11-01T10:00:00Z", {SafetyIssue::ClusterHeadache})}, {}, kToday);
    EXPECT_EQ(statusLabel(assessment.status), "Clearance needed");
    EXPECT_NE(statusExplanation(assessment).find("Cluster headache"), std::string::npos);
}

} // namespace
} // namespace knotwork::clients
