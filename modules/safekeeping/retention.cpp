#include "safekeeping/retention.h"

#include <algorithm>

#include "common/i18n.h"

namespace knotwork::safekeeping {

namespace {

using boost::gregorian::days;
using boost::gregorian::gregorian_calendar;

constexpr int kOntarioYears = 10;
constexpr int kAdultAge = 18;

Date tenYearsAfterAdulthood(const Date& born)
{
    return addYears(addYears(born, kAdultAge), kOntarioYears);
}

// The latest day whose image under `later` (never decreasing) is on or before `day`; `years` is
// about how far `later` moves a day, so the search starts next to the answer.
template <typename Later>
Date latestMappedOnOrBefore(const Date& day, int years, Later later)
{
    const int year = day.year() - years;
    const int lastDay = gregorian_calendar::end_of_month_day(year, day.month());
    Date candidate(year, day.month(), std::min<int>(day.day(), lastDay));
    while (later(candidate) > day)
        candidate -= days(1);
    while (later(candidate + days(1)) <= day)
        candidate += days(1);
    return candidate;
}

} // namespace

Date addYears(const Date& day, int years)
{
    const int year = day.year() + years;
    if (day.month() == 2 && day.day() == 29 && !gregorian_calendar::is_leap_year(year))
        return Date(year, 3, 1);
    return Date(year, day.month(), day.day());
}

Date retentionEndsOn(const Date& lastVisit, const std::optional<Date>& dateOfBirth,
                     const clients::RetentionSettings& settings)
{
    if (settings.rule == clients::RetentionRule::YearsAfterLastVisit)
        return addYears(lastVisit, settings.years);
    const Date afterLastVisit = addYears(lastVisit, kOntarioYears);
    return dateOfBirth ? std::max(afterLastVisit, tenYearsAfterAdulthood(*dateOfBirth)) : afterLastVisit;
}

RetentionCutoffs retentionCutoffs(const Date& day, const clients::RetentionSettings& settings)
{
    const bool ontario = settings.rule == clients::RetentionRule::Ontario;
    const int years = ontario ? kOntarioYears : settings.years;
    RetentionCutoffs cutoffs{latestMappedOnOrBefore(day, years, [years](const Date& d) { return addYears(d, years); }),
                             std::nullopt};
    if (ontario)
        cutoffs.bornOnOrBefore = latestMappedOnOrBefore(day, kAdultAge + kOntarioYears, &tenYearsAfterAdulthood);
    return cutoffs;
}

std::string describeRetention(const clients::RetentionSettings& settings)
{
    if (settings.rule == clients::RetentionRule::Ontario)
        return _("Ontario's rule: a client's record is kept for ten years after the last visit, or for ten years "
                 "after the client's 18th birthday if that is later.");
    return formatMessage(P_("A client's record is kept for {} year after the last visit.",
                            "A client's record is kept for {} years after the last visit.", settings.years),
                         settings.years);
}

} // namespace knotwork::safekeeping
