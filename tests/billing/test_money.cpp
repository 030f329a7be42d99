// Money's arithmetic: tax rounded on every total, a tax-included share, a package's shares, the
// 8-minute rule, and amounts as people read and type them.
#include <gtest/gtest.h>

#include "billing/money.h"
#include "common/error.h"

namespace knotwork::billing {
namespace {

TEST(Tax, IsRoundedToTheNearestCentWithHalvesAwayFromZero)
{
    EXPECT_EQ(taxOn(9500, 1300), 1235);  // $95.00 at 13 %: $12.35 exactly
    EXPECT_EQ(taxOn(50, 1300), 7);       // 6.5 cents rounds up
    EXPECT_EQ(taxOn(-50, 1300), -7);     // and a refund's the same way down
    EXPECT_EQ(taxOn(11, 1300), 1);       // 1.43 rounds down
    EXPECT_EQ(taxOn(9999, 500), 500);    // GST 5 % of $99.99 is 499.95 → $5.00
    EXPECT_EQ(taxOn(9500, 0), 0);
}

TEST(Tax, IncludedInAFeeLeavesAnAmountWhoseTaxAddsBackToTheFee)
{
    for (Cents gross = 1; gross <= 20'000; gross += 7) {
        const Cents tax = taxIncludedIn(gross, 1300);
        EXPECT_LE(std::llabs(taxOn(gross - tax, 1300) - tax), 1) << gross;
        EXPECT_GE(tax, 0);
    }
    EXPECT_EQ(taxIncludedIn(11300, 1300), 1300);  // $113.00 with 13 % in it: $100 + $13
    EXPECT_EQ(taxIncludedIn(4000, 0), 0);
}

TEST(PackageShares, AddUpToThePriceExactlyWithTheOddCentsFirst)
{
    EXPECT_EQ(shareOf(40000, 3, 0), 13334);
    EXPECT_EQ(shareOf(40000, 3, 1), 13333);
    EXPECT_EQ(shareOf(40000, 3, 2), 13333);
    for (int parts : {1, 2, 5, 7, 10}) {
        Cents sum = 0;
        for (int i = 0; i < parts; ++i)
            sum += shareOf(45'001, parts, i);
        EXPECT_EQ(sum, 45'001) << parts;
    }
}

TEST(EightMinuteRule, CountsFifteenMinuteUnitsWithAnEightMinuteRemainderAsOneMore)
{
    EXPECT_EQ(billingUnits(7), 0);
    EXPECT_EQ(billingUnits(8), 1);
    EXPECT_EQ(billingUnits(22), 1);
    EXPECT_EQ(billingUnits(23), 2);
    EXPECT_EQ(billingUnits(30), 2);
    EXPECT_EQ(billingUnits(37), 2);
    EXPECT_EQ(billingUnits(38), 3);
    EXPECT_EQ(billingUnits(45), 3);
    EXPECT_EQ(billingUnits(52), 3);
    EXPECT_EQ(billingUnits(53), 4);
    EXPECT_EQ(billingUnits(60), 4);
    EXPECT_EQ(billingUnits(90), 6);
}

TEST(MoneyText, ReadsWithTheCurrencysSymbolAndThousands)
{
    EXPECT_EQ(moneyText(123456, "CAD"), "$1,234.56");
    EXPECT_EQ(moneyText(-4000, "USD"), "-$40.00");
    EXPECT_EQ(moneyText(5, "CAD"), "$0.05");
    EXPECT_EQ(moneyText(1250, "EUR"), "€12.50");
    EXPECT_EQ(moneyText(1250, "CHF"), "12.50 CHF");
    EXPECT_EQ(plainMoney(-123456), "-1234.56");
    EXPECT_EQ(plainMoney(0), "0.00");
}

TEST(MoneyText, ParsesWhatPeopleTypeAndRefusesTheRestNamingTheField)
{
    EXPECT_EQ(parseMoney("85", "amount"), 8500);
    EXPECT_EQ(parseMoney("85.5", "amount"), 8550);
    EXPECT_EQ(parseMoney("$1,085.05", "amount"), 108505);
    EXPECT_EQ(parseMoney(".50", "amount"), 50);
    for (const char* bad : {"", "-5", "1.234", "abc", "1e3", ".", "12.3.4", "99999999999999"}) {
        try {
            parseMoney(bad, "payments[0].amount");
            ADD_FAILURE() << bad;
        } catch (const ValidationError& error) {
            EXPECT_EQ(error.field(), "payments[0].amount") << bad;
            EXPECT_EQ(error.rule(), "money") << bad;
        }
    }
}

} // namespace
} // namespace knotwork::billing
