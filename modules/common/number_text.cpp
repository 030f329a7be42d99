#include "common/number_text.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

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

} // namespace knotwork
