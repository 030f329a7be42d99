#include "common/number_text.h"

#include <cmath>
#include <fmt/format.h>

namespace knotwork {

std::string numberText(double value)
{
    return fmt::format("{}", value);
}

std::string roundedNumberText(double value)
{
    const double rounded = std::round(value * 10) / 10;
    if (rounded == std::floor(rounded))
        return fmt::format("{}", static_cast<long long>(rounded));
    return fmt::format("{:.1f}", rounded);
}

} // namespace knotwork
