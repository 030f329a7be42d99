#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "sharing/outcome_summary.h"

namespace knotwork::sharing {
namespace {

using boost::gregorian::days;

sessions::VisitFindings visit(const Date& day, int headacheDays, int rotationRight)
{
    sessions::VisitFindings findings;
    findings.visitDate = day;
    findings.diaryDays = 30;
    findings.headacheDays = headacheDays;
    findings.rom[sessions::RomDirection::RotationRight] = {rotationRight, rotationRight + 4};
    return findings;
}

plans::OutcomeMeasure ndi(const Date& day, int eachSection)
{
    plans::OutcomeMeasure measure;
    measure.kind = plans::MeasureKind::Ndi;
    measure.takenOn = day;
    measure.answers.assign(plans::kNdiSections, eachSection);
    return measure;
}

const OutcomeRow* row(const std::vector<OutcomeRow>& rows, const std::string& label)
{
    for (const OutcomeRow& candidate : rows)
        if (candidate.label == label)
            return &candidate;
    return nullptr;
}

TEST(OutcomeSummary, BaselineIsTheStartOfCareAndLatestTheLastValueInThePeriod)
{
    plans::ProgressData data;
    data.visits = {visit(Date(2026, 1, 5), 15, 50), visit(Date(2026, 3, 2), 10, 58), visit(Date(2026, 5, 4), 6, 66),
                   visit(Date(2026, 7, 6), 4, 70)};
    const auto rows = outcomesOf(data, Date(2026, 3, 1), Date(2026, 6, 30));
    const OutcomeRow* days = row(rows, "Headache days per month");
    ASSERT_TRUE(days);
    EXPECT_EQ(days->baseline.date, Date(2026, 1, 5));
    EXPECT_EQ(days->baseline.value, 15);
    EXPECT_EQ(days->latest.date, Date(2026, 5, 4)) << "a value after the period is not the latest";
    EXPECT_EQ(days->latest.value, 6);
    EXPECT_TRUE(days->improved());
    const OutcomeRow* rotation = row(rows, "Rotation right (neck ROM)");
    ASSERT_TRUE(rotation);
    EXPECT_EQ(rotation->baseline.value, 50) << "at arrival, not after treatment";
    EXPECT_EQ(rotation->change(), 16);
    EXPECT_TRUE(rotation->improved()) << "more range is better";
    EXPECT_FALSE(row(rows, "Rotation left (neck ROM)")) << "never measured, so not listed";
}

TEST(OutcomeSummary, AChangeIsCalledMeaningfulOnlyWhenItImprovesByThePublishedAmount)
{
    plans::ProgressData data;
    data.measures = {ndi(Date(2026, 1, 5), 3), ndi(Date(2026, 3, 2), 2)};  // 60 % → 40 %
    auto rows = outcomesOf(data, Date(2026, 1, 1), Date(2026, 12, 31));
    ASSERT_TRUE(row(rows, "Neck Disability Index"));
    EXPECT_TRUE(row(rows, "Neck Disability Index")->meaningful());

    data.measures = {ndi(Date(2026, 1, 5), 3), ndi(Date(2026, 3, 2), 3)};
    data.measures[1].answers[0] = 0;  // 60 % → 54 %: better, not by 10 points
    rows = outcomesOf(data, Date(2026, 1, 1), Date(2026, 12, 31));
    EXPECT_TRUE(row(rows, "Neck Disability Index")->improved());
    EXPECT_FALSE(row(rows, "Neck Disability Index")->meaningful());

    data.measures = {ndi(Date(2026, 1, 5), 1), ndi(Date(2026, 3, 2), 3)};  // 20 % → 60 %: worse
    rows = outcomesOf(data, Date(2026, 1, 1), Date(2026, 12, 31));
    EXPECT_FALSE(row(rows, "Neck Disability Index")->improved());
    EXPECT_FALSE(row(rows, "Neck Disability Index")->meaningful());
}

plans::OutcomeMeasure psfs(const Date& day, std::vector<plans::ActivityRating> activities)
{
    plans::OutcomeMeasure measure;
    measure.kind = plans::MeasureKind::Psfs;
    measure.takenOn = day;
    measure.activities = std::move(activities);
    return measure;
}

plans::OutcomeMeasure hit6(const Date& day, int total)
{
    plans::OutcomeMeasure measure;
    measure.kind = plans::MeasureKind::Hit6;
    measure.takenOn = day;
    measure.total = total;
    return measure;
}

TEST(OutcomeSummary, HalvingTheHeadacheDaysIsAResponderAndLessIsNot)
{
    plans::ProgressData data;
    data.visits = {visit(Date(2026, 1, 5), 14, 60), visit(Date(2026, 3, 2), 7, 60)};
    auto rows = outcomesOf(data, Date(2026, 1, 1), Date(2026, 12, 31));
    const OutcomeRow* days = row(rows, "Headache days per month");
    ASSERT_TRUE(days);
    EXPECT_DOUBLE_EQ(*days->reduction(), 0.5);
    EXPECT_TRUE(days->responder());
    EXPECT_TRUE(days->meaningful());

    data.visits[1].headacheDays = 8;  // 43 % fewer: better, not a responder
    rows = outcomesOf(data, Date(2026, 1, 1), Date(2026, 12, 31));
    days = row(rows, "Headache days per month");
    EXPECT_TRUE(days->improved());
    EXPECT_FALSE(days->responder());
    EXPECT_FALSE(days->meaningful());
}

TEST(OutcomeSummary, PsfsComparesTheBaselinesActivitiesTwoPointsForTheMeanThreeForOne)
{
    // Baseline: reading 3, driving 2, lifting 4 (mean 3). The follow-up adds a new activity,
    // which is left out of the mean so like is compared with like: 6, 4, 5 (mean 5, +2).
    plans::ProgressData data;
    data.measures = {psfs(Date(2026, 1, 5), {{"Reading", 3}, {"Driving", 2}, {"Lifting", 4}}),
                     psfs(Date(2026, 3, 2), {{"reading", 6}, {"Driving", 4}, {"Lifting", 5}, {"Gardening", 1}})};
    const auto rows = outcomesOf(data, Date(2026, 1, 1), Date(2026, 12, 31));
    const OutcomeRow* mean = row(rows, "PSFS (mean of activities)");
    ASSERT_TRUE(mean);
    EXPECT_DOUBLE_EQ(mean->baseline.value, 3);
    EXPECT_DOUBLE_EQ(mean->latest.value, 5);
    EXPECT_TRUE(mean->meaningful()) << "2 points of the mean";

    const OutcomeRow* reading = row(rows, "PSFS: Reading");
    ASSERT_TRUE(reading) << "matched ignoring case";
    EXPECT_DOUBLE_EQ(reading->change(), 3);
    EXPECT_TRUE(reading->meaningful()) << "3 points of one activity";
    const OutcomeRow* driving = row(rows, "PSFS: Driving");
    ASSERT_TRUE(driving);
    EXPECT_DOUBLE_EQ(driving->change(), 2);
    EXPECT_TRUE(driving->improved());
    EXPECT_FALSE(driving->meaningful()) << "2 points is not enough for one activity";
    EXPECT_FALSE(row(rows, "PSFS: Gardening")) << "not a baseline activity";
}

TEST(OutcomeSummary, Hit6IsMeaningfulFromTwoPointThreePoints)
{
    plans::ProgressData data;
    data.measures = {hit6(Date(2026, 1, 5), 60), hit6(Date(2026, 3, 2), 58)};
    auto rows = outcomesOf(data, Date(2026, 1, 1), Date(2026, 12, 31));
    ASSERT_TRUE(row(rows, "HIT-6"));
    EXPECT_TRUE(row(rows, "HIT-6")->improved());
    EXPECT_FALSE(row(rows, "HIT-6")->meaningful()) << "2 points is under 2.3";
    data.measures[1].total = 56;
    rows = outcomesOf(data, Date(2026, 1, 1), Date(2026, 12, 31));
    EXPECT_TRUE(row(rows, "HIT-6")->meaningful());
}

TEST(OutcomeSummary, AVoidedMeasureIsLeftOut)
{
    plans::ProgressData data;
    data.measures = {ndi(Date(2026, 1, 5), 3), ndi(Date(2026, 3, 2), 1)};
    data.measures[1].voidedAt = Timestamp::fromIso8601("2026-11-20T15:00:00Z");
    const auto rows = outcomesOf(data, Date(2026, 1, 1), Date(2026, 12, 31));
    ASSERT_TRUE(row(rows, "Neck Disability Index"));
    EXPECT_EQ(row(rows, "Neck Disability Index")->latest.value, 60);
}

} // namespace
} // namespace knotwork::sharing
