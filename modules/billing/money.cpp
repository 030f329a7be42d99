#include "billing/money.h"

#include <cstdlib>
#include <fmt/format.h>

#include "common/error.h"
#include "common/i18n.h"

namespace knotwork::billing {

namespace {

// a / b rounded to the nearest whole, halves away from zero; b > 0.
Cents roundedQuotient(Cents a, Cents b)
{
    const Cents magnitude = (std::llabs(a) * 2 + b) / (2 * b);
    return a < 0 ? -magnitude : magnitude;
}

// "1,234.56" for a non-negative amount.
std::string groupedAmount(Cents amount)
{
    std::string whole = std::to_string(amount / 100);
    for (int at = static_cast<int>(whole.size()) - 3; at > 0; at -= 3)
        whole.insert(static_cast<std::size_t>(at), ",");
    return fmt::format("{}.{:02}", whole, amount % 100);
}

const char* symbolOf(const std::string& currency)
{
    if (currency == "CAD" || currency == "USD" || currency == "AUD" || currency == "NZD")
        return "$";
    if (currency == "EUR")
        return "€";
    if (currency == "GBP")
        return "£";
    return nullptr;
}

} // namespace

Cents taxOn(Cents amount, int basisPoints)
{
    return roundedQuotient(amount * basisPoints, kBasisPointsPerWhole);
}

Cents taxIncludedIn(Cents gross, int basisPoints)
{
    const Cents beforeTax = roundedQuotient(gross * kBasisPointsPerWhole, kBasisPointsPerWhole + basisPoints);
    return gross - beforeTax;
}

Cents shareOf(Cents whole, int parts, int index)
{
    const Cents base = whole / parts;
    return base + (index < whole % parts ? 1 : 0);
}

int billingUnits(int minutes)
{
    return minutes < 8 ? 0 : (minutes + 7) / 15;
}

std::string moneyText(Cents amount, const std::string& currency)
{
    const std::string sign = amount < 0 ? "-" : "";
    const std::string digits = groupedAmount(std::llabs(amount));
    if (const char* symbol = symbolOf(currency))
        return sign + symbol + digits;
    return sign + digits + " " + currency;
}

std::string plainMoney(Cents amount)
{
    const std::string sign = amount < 0 ? "-" : "";
    const Cents magnitude = std::llabs(amount);
    return fmt::format("{}{}.{:02}", sign, magnitude / 100, magnitude % 100);
}

Cents parseMoney(const std::string& text, const std::string& field)
{
    const auto refuse = [&] {
        throw ValidationError(field, "money",
                              formatMessage(_("\"{}\" is not an amount: write it like 85 or 85.50."), text));
    };
    std::string digits;
    for (char c : text) {
        if (c == '$' || c == ',' || c == ' ')
            continue;
        digits += c;
    }
    const auto point = digits.find('.');
    const std::string whole = digits.substr(0, point);
    const std::string fraction = point == std::string::npos ? "" : digits.substr(point + 1);
    if (whole.empty() && fraction.empty())
        refuse();
    if (whole.size() > 12 || fraction.size() > 2)
        refuse();
    for (char c : whole + fraction)
        if (c < '0' || c > '9')
            refuse();
    const Cents units = whole.empty() ? 0 : std::stoll(whole);
    const Cents cents = fraction.empty() ? 0 : std::stoll(fraction) * (fraction.size() == 1 ? 10 : 1);
    return units * 100 + cents;
}

} // namespace knotwork::billing
