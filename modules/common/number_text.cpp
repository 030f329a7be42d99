#include "common/number_text.h"

#include <algorithm>
#include <cmath>
#include <charconv>
#include <cstdlib>
#include <fmt/format.h>

#include "common/error.h"
#include "common/i18n.h"

namespace knotwork {

std::string numberText(double value)
{
    return fmt::format("{}", value);
}

double roundedNumber(double value)
{
    return std::round(value * 10) / 10;
}

std::string roundedNumberText(double value)
{
    const double rounded = roundedNumber(value);
    if (rounded == std::floor(rounded))
        return fmt::format("{}", static_cast<long long>(rounded));
    return fmt::format("{:.1f}", rounded);
}

unsigned long pluralCount(double value)
{
    const double magnitude = std::abs(value);
    if (magnitude == std::floor(magnitude) && magnitude < 1e9)
        return static_cast<unsigned long>(magnitude);
    return std::max(2UL, static_cast<unsigned long>(std::min(std::ceil(magnitude), 1e9)));
}

long long parseAmountCents(std::string_view text, const std::string& field, std::string_view label)
{
    const std::size_t point = text.find('.');
    const std::string_view whole = text.substr(0, point);
    const std::string_view part = point == std::string_view::npos ? std::string_view() : text.substr(point + 1);
    auto digits = [](std::string_view run) { return std::ranges::all_of(run, [](char c) { return c >= '0' && c <= '9'; }); };
    long long units = 0;
    const bool read = !whole.empty() && whole.size() <= 12 && digits(whole) && digits(part) && part.size() <= 2
        && (point == std::string_view::npos || !part.empty())
        && std::from_chars(whole.data(), whole.data() + whole.size(), units).ec == std::errc();
    if (!read)
        throw ValidationError(field, "amount",
                              formatMessage(_("{}: enter an amount like 45 or 45.50, not \"{}\"."), label, text));
    long long cents = 0;
    for (std::size_t i = 0; i < 2; ++i)
        cents = cents * 10 + (i < part.size() ? part[i] - '0' : 0);
    return units * 100 + cents;
}

std::string amountCentsText(long long cents)
{
    const std::string sign = cents < 0 ? "-" : "";
    const long long whole = std::llabs(cents) / 100, part = std::llabs(cents) % 100;
    return sign + std::to_string(whole) + (part < 10 ? ".0" : ".") + std::to_string(part);
}

} // namespace knotwork
