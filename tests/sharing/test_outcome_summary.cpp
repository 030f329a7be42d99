#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "sharing/outcome_summary.h"

namespace knotwork::sharing {
namespace {

using plans::Judgement;

sessions::VisitFindings visit(const Date& day, int headacheDays, int rotationRight, int diaryDays = 30)
{
    sessions::VisitFindings findings;
    findings.visitDate = day;
    findings.diaryDays = diaryDays;
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

constexpr const char* kRotation = "Rotation right (neck ROM)";

TEST(OutcomeSummary, BaselineIsTheFirstVisitAndNowTheLastThreeVisitsOfThePeriod)
{
    plans::ProgressData data;
    data.visits = {visit(Date(2026, 1, 5), 15, 50), visit(Date(2026, 2, 2), 12, 54), visit(Date(2026, 3, 2), 10, 58),
                   visit(Date(2026, 4, 6), 8, 62), visit(Date(2026, 5, 4), 6, 66), visit(Date(2026, 7, 6), 4, 70)};
    const auto rows = outcomesOf(data, Date(2026, 3, 1), Date(2026, 6, 30));
    const OutcomeRow* days = row(rows, "Headache days");
    ASSERT_TRUE(days);
    EXPECT_EQ(days->baseline.last, Date(2026, 1, 5));
    EXPECT_EQ(days->baseline.days, 15);
    EXPECT_EQ(days->current.first, Date(2026, 3, 2)) << "the last three visits within the period";
    EXPECT_EQ(days->current.last, Date(2026, 5, 4)) << "a visit after the period is not now";
    EXPECT_EQ(days->current.count, 3);
    EXPECT_EQ(days->current.days, 24) << "the diaries' counts added up";
    EXPECT_EQ(days->current.diaryDays, 90) << "over the days they cover";
    EXPECT_DOUBLE_EQ(days->current.value, 8);
    const OutcomeRow* rotation = row(rows, kRotation);
    ASSERT_TRUE(rotation);
    EXPECT_EQ(rotation->baseline.value, 50) << "at arrival, not after treatment";
    EXPECT_DOUBLE_EQ(rotation->current.value, 62) << "the mean of 58, 62 and 66";
    EXPECT_EQ(rotation->judgement(), Judgement::Better) << "12° more range, over the 10° of measurement error";
    EXPECT_FALSE(row(rows, "Rotation left (neck ROM)")) << "never measured, so not listed";
    EXPECT_FALSE(days->lastReport) << "no earlier report asked for";
}

TEST(OutcomeSummary, ARangeOfMotionChangeUnderThePracticesFigureIsNoMeaningfulChange)
{
    plans::ProgressData data;
    data.visits = {visit(Date(2026, 1, 5), 10, 50), visit(Date(2026, 2, 2), 10, 59)};
    auto rows = outcomesOf(data, Date(2026, 1, 1), Date(2026, 12, 31));
    EXPECT_EQ(row(rows, kRotation)->judgement(), Judgement::NoMeaningfulChange) << "+9° is within 10°";
    data.thresholds.romDegrees = 5;  // the practice's own figure
    rows = outcomesOf(data, Date(2026, 1, 1), Date(2026, 12, 31));
    EXPECT_EQ(row(rows, kRotation)->judgement(), Judgement::Better);
    data.visits[1].rom[sessions::RomDirection::RotationRight] = {42, 45};
    rows = outcomesOf(data, Date(2026, 1, 1), Date(2026, 12, 31));
    EXPECT_EQ(row(rows, kRotation)->judgement(), Judgement::Worse);
}

TEST(OutcomeSummary, ATurnForTheWorseOverTheLastVisitsIsJudgedAgainstTheVisitsBeforeThem)
{
    plans::ProgressData data;
    // 50° at the start, up to 80° by the fourth visit, then back down to about 64°: still better
    // than the start, but worse over the last three visits.
    data.visits = {visit(Date(2026, 1, 5), 10, 50), visit(Date(2026, 2, 2), 8, 76), visit(Date(2026, 3, 2), 7, 78),
                   visit(Date(2026, 4, 6), 6, 80), visit(Date(2026, 5, 4), 6, 66), visit(Date(2026, 6, 1), 6, 64),
                   visit(Date(2026, 6, 29), 6, 62)};
    const auto rows = outcomesOf(data, Date(2026, 1, 1), Date(2026, 12, 31));
    const OutcomeRow* rotation = row(rows, kRotation);
    ASSERT_TRUE(rotation);
    EXPECT_EQ(rotation->judgement(), Judgement::Better) << "64° against 50° at the start";
    EXPECT_EQ(rotation->recent, Judgement::Worse) << "64° against 78° over the three visits before";
    EXPECT_EQ(row(rows, "Headache days")->recent, Judgement::NoMeaningfulChange);
}

TEST(OutcomeSummary, TheLastReportsColumnHoldsTheValuesAsOfItsPeriodsEnd)
{
    plans::ProgressData data;
    data.visits = {visit(Date(2026, 1, 5), 12, 50), visit(Date(2026, 2, 2), 10, 54), visit(Date(2026, 3, 2), 8, 58),
                   visit(Date(2026, 4, 6), 6, 62), visit(Date(2026, 5, 4), 5, 66), visit(Date(2026, 6, 1), 4, 70)};
    const auto rows = outcomesOf(data, Date(2026, 4, 1), Date(2026, 6, 30), Date(2026, 3, 31));
    const OutcomeRow* rotation = row(rows, kRotation);
    ASSERT_TRUE(rotation);
    ASSERT_TRUE(rotation->lastReport);
    EXPECT_EQ(rotation->lastReport->last, Date(2026, 3, 2));
    EXPECT_DOUBLE_EQ(rotation->lastReport->value, 56) << "the mean of 54 and 58, the visits after the baseline";
    EXPECT_DOUBLE_EQ(rotation->current.value, 66);
    EXPECT_EQ(rotation->sinceLastReport(), Judgement::Better);
    const OutcomeRow* days = row(rows, "Headache days");
    EXPECT_EQ(days->lastReport->days, 18);
    EXPECT_EQ(days->lastReport->diaryDays, 60);
}

TEST(OutcomeSummary, NdiIsCountedInPointsOfFiftyAndJudgedByFivePoints)
{
    plans::ProgressData data;
    data.measures = {ndi(Date(2026, 1, 5), 3), ndi(Date(2026, 3, 2), 2)};  // 30 → 20 of 50
    auto rows = outcomesOf(data, Date(2026, 1, 1), Date(2026, 12, 31));
    const OutcomeRow* index = row(rows, "Neck Disability Index");
    ASSERT_TRUE(index);
    EXPECT_DOUBLE_EQ(index->baseline.value, 30);
    EXPECT_DOUBLE_EQ(index->current.value, 20);
    EXPECT_EQ(index->judgement(), Judgement::Better);

    data.measures[1] = ndi(Date(2026, 3, 2), 3);
    data.measures[1].answers[0] = 0;  // 30 → 27 of 50: 3 points, under 5
    rows = outcomesOf(data, Date(2026, 1, 1), Date(2026, 12, 31));
    EXPECT_EQ(row(rows, "Neck Disability Index")->judgement(), Judgement::NoMeaningfulChange);

    data.measures = {ndi(Date(2026, 1, 5), 1), ndi(Date(2026, 3, 2), 3)};  // 10 → 30 of 50
    rows = outcomesOf(data, Date(2026, 1, 1), Date(2026, 12, 31));
    EXPECT_EQ(row(rows, "Neck Disability Index")->judgement(), Judgement::Worse);
}

plans::OutcomeMeasure psfs(const Date& day, std::vector<plans::ActivityRating> activities)
{
    plans::OutcomeMeasure measure;
    measure.kind = plans::MeasureKind::Psfs;
    measure.takenOn = day;
    measure.activities = std::move(activities);
    return measure;
}

plans::OutcomeMeasure scored(plans::MeasureKind kind, const Date& day, int total)
{
    plans::OutcomeMeasure measure;
    measure.kind = kind;
    measure.takenOn = day;
    measure.total = total;
    return measure;
}

TEST(OutcomeSummary, HalvingTheHeadacheDaysIsAResponderAndLessIsNoMeaningfulChange)
{
    plans::ProgressData data;
    data.visits = {visit(Date(2026, 1, 5), 14, 60), visit(Date(2026, 3, 2), 7, 60)};
    auto rows = outcomesOf(data, Date(2026, 1, 1), Date(2026, 12, 31));
    const OutcomeRow* days = row(rows, "Headache days");
    ASSERT_TRUE(days);
    EXPECT_DOUBLE_EQ(*days->reduction(), 0.5);
    EXPECT_EQ(days->judgement(), Judgement::Better);

    data.visits[1].headacheDays = 8;  // 43 % fewer: not a responder
    rows = outcomesOf(data, Date(2026, 1, 1), Date(2026, 12, 31));
    EXPECT_EQ(row(rows, "Headache days")->judgement(), Judgement::NoMeaningfulChange);

    data.visits[1].headacheDays = 21;  // half as many again
    rows = outcomesOf(data, Date(2026, 1, 1), Date(2026, 12, 31));
    EXPECT_EQ(row(rows, "Headache days")->judgement(), Judgement::Worse);
}

TEST(OutcomeSummary, MedicationDaysAreCountedButNotJudged)
{
    plans::ProgressData data;
    data.visits = {visit(Date(2026, 1, 5), 10, 60, 14), visit(Date(2026, 3, 2), 4, 60, 14)};
    data.visits[0].medicationDays = 6;
    data.visits[1].medicationDays = 1;
    const auto rows = outcomesOf(data, Date(2026, 1, 1), Date(2026, 12, 31));
    const OutcomeRow* medication = row(rows, "Medication days");
    ASSERT_TRUE(medication);
    EXPECT_EQ(medication->baseline.days, 6);
    EXPECT_EQ(medication->baseline.diaryDays, 14);
    EXPECT_EQ(medication->judgement(), Judgement::NotJudged) << "no published threshold";
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
    EXPECT_DOUBLE_EQ(mean->current.value, 5);
    EXPECT_EQ(mean->judgement(), Judgement::Better) << "2 points of the mean";

    const OutcomeRow* reading = row(rows, "PSFS: Reading");
    ASSERT_TRUE(reading) << "matched ignoring case";
    EXPECT_DOUBLE_EQ(reading->change(), 3);
    EXPECT_EQ(reading->judgement(), Judgement::Better) << "3 points of one activity";
    const OutcomeRow* driving = row(rows, "PSFS: Driving");
    ASSERT_TRUE(driving);
    EXPECT_DOUBLE_EQ(driving->change(), 2);
    EXPECT_EQ(driving->judgement(), Judgement::NoMeaningfulChange) << "2 points is not enough for one activity";
    EXPECT_FALSE(row(rows, "PSFS: Gardening")) << "not a baseline activity";
}

TEST(OutcomeSummary, EachQuestionnaireHasItsOwnThreshold)
{
    struct Case {
        plans::MeasureKind kind;
        const char* label;
        int baseline, under, reaching;  // a change under the threshold, one reaching it
    };
    // HIT-6: 2.3 points; NPRS: 1.5 points.
    for (const Case& c : {Case{plans::MeasureKind::Hit6, "HIT-6", 60, 58, 56},
                          Case{plans::MeasureKind::Nprs, "Neck pain (NPRS)", 6, 5, 4}}) {
        plans::ProgressData data;
        data.measures = {scored(c.kind, Date(2026, 1, 5), c.baseline), scored(c.kind, Date(2026, 3, 2), c.under)};
        auto rows = outcomesOf(data, Date(2026, 1, 1), Date(2026, 12, 31));
        ASSERT_TRUE(row(rows, c.label)) << c.label;
        EXPECT_EQ(row(rows, c.label)->judgement(), Judgement::NoMeaningfulChange) << c.label;
        data.measures[1].total = c.reaching;
        rows = outcomesOf(data, Date(2026, 1, 1), Date(2026, 12, 31));
        EXPECT_EQ(row(rows, c.label)->judgement(), Judgement::Better) << c.label;
    }
}

TEST(OutcomeSummary, AVoidedMeasureIsLeftOut)
{
    plans::ProgressData data;
    data.measures = {ndi(Date(2026, 1, 5), 3), ndi(Date(2026, 3, 2), 1)};
    data.measures[1].voidedAt = Timestamp::fromIso8601("2026-11-20T15:00:00Z");
    const auto rows = outcomesOf(data, Date(2026, 1, 1), Date(2026, 12, 31));
    ASSERT_TRUE(row(rows, "Neck Disability Index"));
    EXPECT_EQ(row(rows, "Neck Disability Index")->current.value, 30);
}

} // namespace
} // namespace knotwork::sharing
