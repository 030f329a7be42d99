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
