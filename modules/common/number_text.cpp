#include "common/number_text.h"

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

} // namespace knotwork
