#pragma once

#include <string>
#include <string_view>

namespace knotwork {

// A number as typed or measured, in as few digits as say it exactly: "24", "0.5", "10.04".
std::string numberText(double value);
// A computed value (an average, a rate, a chart's tick) rounded to one decimal, whole numbers
// without one: "17.1", "70".
std::string roundedNumberText(double value);
// The value roundedNumberText shows, as a number: what is computed from a shown figure agrees
// with it.
double roundedNumber(double value);
// The count that picks the plural form of a measured amount ("1 hour", "1.5 hours"): a whole
// number is its own count; gettext's forms are for whole numbers, so a fraction takes a plural
// form, as CLDR gives English and most languages.
unsigned long pluralCount(double value);

// An amount of money in the currency's minor units as typed: "45", "45.5", "45.50"; no sign, at
// most two decimals. ValidationError(field, "amount") naming `label` otherwise.
long long parseAmountCents(std::string_view text, const std::string& field, std::string_view label);
// "45.50": minor units as parseAmountCents reads them back.
std::string amountCentsText(long long cents);

} // namespace knotwork
