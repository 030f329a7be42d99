#include <gtest/gtest.h>

#include "sessions/medication_overuse.h"

namespace knotwork::sessions {
namespace {

using clients::AcuteMedication;

DiaryMonth month(int year, int number, std::optional<double> medicationDays)
{
    DiaryMonth diary;
    diary.month = Date(static_cast<unsigned short>(year), static_cast<unsigned short>(number), 1);
    diary.visits = 2;
    diary.medicationDaysPerMonth = medicationDays;
    return diary;
}

TEST(MedicationOveruse, SimplePainkillersCountFromFifteenDaysTheOthersFromTen)
{
    EXPECT_EQ(overuseThreshold({AcuteMedication::SimplePainkiller}), 15);
    EXPECT_EQ(overuseThreshold({AcuteMedication::Triptan}), 10);
    EXPECT_EQ(overuseThreshold({AcuteMedication::CombinationPainkiller}), 10);
    EXPECT_EQ(overuseThreshold({AcuteMedication::SimplePainkiller, AcuteMedication::Opioid}), 10);
    EXPECT_EQ(overuseThreshold({}), 10) << "a kind not on the intake is counted the stricter way";
}

TEST(MedicationOveruse, TakesThreeMonthsInARowAtTheThreshold)
{
    const std::vector<DiaryMonth> triptans{month(2026, 7, 4), month(2026, 8, 10), month(2026, 9, 12), month(2026, 10, 11)};
    const auto found = medicationOveruse(triptans, {AcuteMedication::Triptan});
    ASSERT_TRUE(found);
    EXPECT_EQ(found->threshold, 10);
    ASSERT_EQ(found->months.size(), 3u);
    EXPECT_EQ(found->months.front().month, Date(2026, 8, 1));
    EXPECT_EQ(overuseAdvice(*found),
              "Medication on 10, 12 and 11 days a month (2026-08 to 2026-10; 10 or more for this kind of medication): "
              "possible medication-overuse headache (ICHD-3 8.2). Suggest the client speak to their prescriber.");

    EXPECT_FALSE(medicationOveruse(triptans, {AcuteMedication::SimplePainkiller})) << "below 15 on simple painkillers";
    EXPECT_FALSE(medicationOveruse({month(2026, 8, 12), month(2026, 9, 9.4), month(2026, 10, 12)}, {}))
        << "one month under ten breaks the run";
    EXPECT_FALSE(medicationOveruse({month(2026, 6, 12), month(2026, 8, 12), month(2026, 9, 12)}, {}))
        << "a month without a visit between: not three months in a row";
    EXPECT_FALSE(medicationOveruse({month(2026, 9, 20), month(2026, 10, 20)}, {})) << "only two months";
    EXPECT_FALSE(medicationOveruse({month(2026, 8, 12), month(2026, 9, std::nullopt), month(2026, 10, 12)}, {}));
    EXPECT_TRUE(medicationOveruse({month(2026, 8, 15), month(2026, 9, 16), month(2026, 10, 15)},
                                  {AcuteMedication::SimplePainkiller}));
}

} // namespace
} // namespace knotwork::sessions
