#include <gtest/gtest.h>

#include "sessions/diary_summary.h"

namespace knotwork::sessions {
namespace {

Date day(int year, int month, int dayOfMonth)
{
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                static_cast<unsigned short>(dayOfMonth));
}

VisitFindings diary(const Date& on, int diaryDays, int headacheDays, int intensity,
                    std::optional<int> medicationDays = std::nullopt)
{
    VisitFindings visit;
    visit.visitDate = on;
    visit.diaryDays = diaryDays;
    visit.headacheDays = headacheDays;
    visit.averageIntensity = intensity;
    visit.medicationDays = medicationDays;
    return visit;
}

TEST(MonthlyDiary, EachNotesDiaryCountsInTheMonthOfItsVisitScaledToThirtyDays)
{
    const std::vector<DiaryMonth> months = monthlyDiary({
        diary(day(2026, 10, 5), 28, 12, 6, 8),
        diary(day(2026, 10, 12), 7, 2, 5, 1),
        diary(day(2026, 10, 26), 14, 3, 4),
        diary(day(2026, 11, 23), 28, 4, 3, 2),
    });
    ASSERT_EQ(months.size(), 2u);

    const DiaryMonth& october = months[0];
    EXPECT_EQ(october.month, day(2026, 10, 1));
    EXPECT_EQ(october.visits, 3);
    EXPECT_EQ(october.diaryDays, 49);
    EXPECT_DOUBLE_EQ(*october.headacheDaysPerMonth, 17 * 30.0 / 49);
    EXPECT_DOUBLE_EQ(*october.averageIntensity, 5);
    // Medication days only over the diaries that recorded them: 9 in 35 days.
    EXPECT_DOUBLE_EQ(*october.medicationDaysPerMonth, 9 * 30.0 / 35);

    EXPECT_EQ(months[1].month, day(2026, 11, 1));
    EXPECT_DOUBLE_EQ(*months[1].headacheDaysPerMonth, 4 * 30.0 / 28);
}

TEST(MonthlyDiary, MonthsWithoutVisitsAreLeftOutAndMissingValuesStayMissing)
{
    sessions::VisitFindings noDiary = diary(day(2026, 9, 7), 28, 0, 0);
    noDiary.headacheDays.reset();
    noDiary.averageIntensity.reset();
    const std::vector<DiaryMonth> months = monthlyDiary({noDiary, diary(day(2026, 12, 7), 30, 6, 4)});
    ASSERT_EQ(months.size(), 2u);
    EXPECT_FALSE(months[0].headacheDaysPerMonth);
    EXPECT_FALSE(months[0].averageIntensity);
    EXPECT_FALSE(months[0].medicationDaysPerMonth);
    EXPECT_EQ(months[1].month, day(2026, 12, 1));
    EXPECT_TRUE(monthlyDiary({}).empty());
}

} // namespace
} // namespace knotwork::sessions
