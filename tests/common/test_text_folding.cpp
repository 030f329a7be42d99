#include <gtest/gtest.h>

#include "common/calendar_date.h"
#include "common/error.h"
#include "common/text_folding.h"

namespace knotwork {
namespace {

TEST(TextFolding, IgnoresCaseAndAccentsTheWayAPersonReadsNames)
{
    EXPECT_EQ(foldForSearch("Zoë"), "zoe");
    EXPECT_EQ(foldForSearch("ZOË"), "zoe");
    EXPECT_EQ(foldForSearch("Nguyễn"), "nguyen");
    EXPECT_EQ(foldForSearch("Łukasz"), "lukasz");
    EXPECT_EQ(foldForSearch("Søren Ørsted"), "soren orsted");
    EXPECT_EQ(foldForSearch("José Dvořák-Çelik"), "jose dvorak-celik");
    EXPECT_EQ(foldForSearch("Ólafsdóttir"), "olafsdottir");
    EXPECT_EQ(foldForSearch("O'Brien"), "o'brien");
}

TEST(TextFolding, OtherScriptsBecomeLatinLetters)
{
    EXPECT_EQ(foldForSearch("Παπαδόπουλος"), "papadopoulos");
    EXPECT_EQ(foldForSearch("Иванова"), "ivanova");
}

TEST(TextFolding, PhoneNumbersCompareByDigits)
{
    EXPECT_EQ(phoneDigits("+1 (416) 555-0142"), "14165550142");
    EXPECT_EQ(phoneDigits("no digits"), "");
}

TEST(CalendarDate, ReadsAndWritesIsoDays)
{
    EXPECT_EQ(isoDate(parseIsoDate("2026-02-28", "date")), "2026-02-28");
    for (const char* bad : {"2026-02-30", "26-02-01", "2026/02/01", "", "2026-13-01"}) {
        try {
            parseIsoDate(bad, "date_of_birth");
            FAIL() << bad;
        } catch (const ValidationError& error) {
            EXPECT_EQ(error.field(), "date_of_birth");
            EXPECT_EQ(error.rule(), "date");
        }
    }
}

} // namespace
} // namespace knotwork
