// Numbers and days in words: one way to write them wherever the domain describes a record.
#include <gtest/gtest.h>

#include "common/date_text.h"
#include "common/error.h"
#include "common/number_text.h"

namespace knotwork {
namespace {

TEST(NumberText, SaysATypedNumberExactlyAndWholeNumbersWithoutDecimals)
{
    EXPECT_EQ(numberText(24), "24");
    EXPECT_EQ(numberText(0.5), "0.5");
    EXPECT_EQ(numberText(10.04), "10.04") << "a value out of range is shown as typed";
}

TEST(NumberText, AMeasuredAmountPicksTheSingularOnlyForOne)
{
    EXPECT_EQ(pluralCount(1), 1u) << "1 hour";
    EXPECT_EQ(pluralCount(7), 7u);
    EXPECT_EQ(pluralCount(0), 0u);
    EXPECT_GE(pluralCount(1.5), 2u) << "1.5 hours";
    EXPECT_GE(pluralCount(0.5), 2u) << "0.5 hours";
}

TEST(NumberText, RoundsAComputedValueToOneDecimal)
{
    EXPECT_EQ(roundedNumberText(17.142857), "17.1");
    EXPECT_EQ(roundedNumberText(69.96), "70");
    EXPECT_EQ(roundedNumberText(2.25), "2.3");
    EXPECT_EQ(roundedNumberText(-1.5), "-1.5");
}

TEST(AmountText, ReadsAnAmountAsTypedAndWritesItBackInTheSameForm)
{
    EXPECT_EQ(parseAmountCents("45", "fee", "Fee"), 4500);
    EXPECT_EQ(parseAmountCents("45.5", "fee", "Fee"), 4550);
    EXPECT_EQ(parseAmountCents("0.05", "fee", "Fee"), 5);
    EXPECT_EQ(amountCentsText(4550), "45.50");
    EXPECT_EQ(amountCentsText(5), "0.05");
    EXPECT_EQ(amountCentsText(-120), "-1.20");
    for (const char* typed : {"", "-5", "4,50", "4.505", "45.", ".5", "1e3", "45 "}) {
        try {
            parseAmountCents(typed, "fee", "Fee");
            ADD_FAILURE() << "accepted \"" << typed << "\"";
        } catch (const ValidationError& error) {
            EXPECT_EQ(error.field() + " " + error.rule(), "fee amount") << typed;
        }
    }
}

std::string dayFirst(const Date& date)
{
    return std::to_string(date.day()) + "/" + std::to_string(date.month().as_number()) + "/" +
           std::to_string(date.year());
}

TEST(DateText, IsIsoUnlessTheCallerSaysHowItsReaderWritesDays)
{
    EXPECT_EQ(dateText(Date(2026, 11, 3), nullptr), "2026-11-03");
    EXPECT_EQ(dateText(Date(2026, 11, 3), &dayFirst), "3/11/2026");
}

} // namespace
} // namespace knotwork
