#include "common/chart_ticks.h"

#include <algorithm>
#include <cmath>

namespace knotwork {

std::vector<Date> monthTicks(const Date& from, const Date& to, int most)
{
    const int months = (to.year() - from.year()) * 12 + (to.month() - from.month()) + 1;
    int step = 1;
    for (int candidate : {1, 2, 3, 6, 12, 24, 60})
        if ((step = candidate) * most >= months)
            break;
    std::vector<Date> ticks;
    Date month(from.year(), from.month(), 1);
    if (month < from)
        month += boost::gregorian::months(1);
    // Keep ticks on months divisible by the step, so a year's ticks read Jan, Apr, Jul, Oct.
    while (month <= to && (month.month() - 1) % step != 0)
        month += boost::gregorian::months(1);
    for (; month <= to; month += boost::gregorian::months(step))
        ticks.push_back(month);
    return ticks;
}

double niceStep(double lowest, double highest, int most)
{
    const double range = std::max(1e-9, highest - lowest);
    const double magnitude = std::pow(10, std::floor(std::log10(range / most)));
    for (double multiple : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (range / (multiple * magnitude) <= most)
            return multiple * magnitude;
    return 10 * magnitude;
}

} // namespace knotwork
