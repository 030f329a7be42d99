#pragma once

#include <string>

namespace knotwork::billing {

// Money is whole minor units of the practice's currency (cents), never floating point.
using Cents = long long;

// Tax rates are basis points: 1300 is 13 %, the Ontario HST.
inline constexpr int kBasisPointsPerWhole = 10'000;

// The tax on `amount` at `basisPoints`, rounded to the nearest cent, halves away from zero (the
// CRA's rule for a total): 13 % of $0.50 is $0.07 (6.5 → 7), of -$0.50 is -$0.07.
Cents taxOn(Cents amount, int basisPoints);

// The part of a tax-inclusive `gross` that is tax at `basisPoints`, so that gross - tax is the
// amount before tax and taxOn(gross - tax) is within a cent of tax: a prepaid package's share.
Cents taxIncludedIn(Cents gross, int basisPoints);

// `whole` split into `parts` shares that add up to it exactly: the first `whole % parts` shares
// are one cent more. A package's price over its visits. parts >= 1.
Cents shareOf(Cents whole, int parts, int index);

// The units of a timed CPT code under the CMS 8-minute rule: 15-minute units, a remainder of 8
// minutes or more counting as one more; under 8 minutes bills nothing. 60 min: 4, 52: 3, 53: 4.
int billingUnits(int minutes);

// "$1,234.56", "-$40.00", "€12.50" or "12.50 CHF": the amount for people to read, in the
// currency (ISO 4217 code) with its usual symbol when it has one.
std::string moneyText(Cents amount, const std::string& currency);
// "1234.56", "-40.00": for CSV files and JSON, never localised.
std::string plainMoney(Cents amount);
// Reads what people type: "85", "85.5", "85.50", "$1,085.00"; ValidationError naming `field`
// (rule "money") when it is not an amount with at most two decimals, or is negative.
Cents parseMoney(const std::string& text, const std::string& field);

} // namespace knotwork::billing
