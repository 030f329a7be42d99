#include "schedule/book_settings_service.h"

#include <algorithm>
#include <charconv>

#include "common/error.h"
#include "common/i18n.h"
#include "common/validator.h"
#include "schedule/schedule_validation.h"

namespace knotwork::schedule {

using boost::gregorian::days;

TimeOff timeOffDays(const Date& first, const Date& last, std::string reason)
{
    TimeOff timeOff;
    timeOff.from = LocalTime(first);
    timeOff.to = LocalTime(last + days(1));
    timeOff.reason = std::move(reason);
    return timeOff;
}

std::string nextPolicyVersion(const std::string& version, const Date& today)
{
    const std::string year = std::to_string(static_cast<int>(today.year()));
    const std::string prefix = year + "-";
    int number = 0;
    if (version.starts_with(prefix)) {
        const char* first = version.data() + prefix.size();
        const char* last = version.data() + version.size();
        const auto [end, error] = std::from_chars(first, last, number);
        if (error != std::errc() || end != last)
            number = 0;
    }
    return prefix + std::to_string(number + 1);
}

BookSettingsService::BookSettingsService(ScheduleStore& book, const Clock& clock, UnitOfWork& actions)
    : m_book(book), m_clock(clock), m_actions(actions)
{
}

Service BookSettingsService::service(ServiceId id)
{
    for (Service& one : m_book.services())
        if (one.id == id)
            return one;
    throw NotFoundError(formatMessage(_("There is no service number {} in this practice."), id));
}

Service BookSettingsService::addService(const Service& service)
{
    Service fresh = service;
    fresh.id = 0;
    fresh.offered = true;
    validateService(fresh);
    return m_actions.result([&] { return this->service(m_book.addService(fresh)); });
}

Service BookSettingsService::editService(const Service& service)
{
    validateService(service);
    return m_actions.result([&] {
        const Service before = this->service(service.id);
        if (before.rowVersion != service.rowVersion)
            throw ConflictError(_("This service was changed elsewhere since you opened it. Nothing was "
                                  "overwritten: open it again to see the latest version."));
        m_book.updateService(service);
        return this->service(service.id);
    });
}

Service BookSettingsService::retireService(ServiceId id, int rowVersion)
{
    return m_actions.result([&] {
        Service retired = service(id);
        if (!retired.offered)
            throw ValidationError("offered", "retired",
                                  formatMessage(_("The service \"{}\" is already retired."), retired.name));
        retired.offered = false;
        retired.rowVersion = rowVersion;
        return editService(retired);
    });
}

void BookSettingsService::setWorkingWeek(const WorkingWeek& week)
{
    validateWorkingWeek(week);
    m_actions.run([&] { m_book.setWorkingWeek(week); });
}

WorkingWeek BookSettingsService::setOpeningHours(int weekday, const std::vector<OpeningHours>& hours)
{
    if (weekday < 0 || weekday > 6)
        throw ValidationError("weekday", "choice", _("Weekday: choose a day of the week."));
    return m_actions.result([&] {
        WorkingWeek week = m_book.workingWeek();
        week.days[static_cast<std::size_t>(weekday)] = hours;
        setWorkingWeek(week);
        return week;
    });
}

WorkingWeek BookSettingsService::setDailyCap(std::optional<int> cap)
{
    return m_actions.result([&] {
        WorkingWeek week = m_book.workingWeek();
        week.dailyCap = cap;
        setWorkingWeek(week);
        return week;
    });
}

std::vector<TimeOff> BookSettingsService::timeOffFrom(const Date& from)
{
    return m_book.timeOffBetween(LocalTime(from), LocalTime(latestPlannedDate(m_clock.today()) + days(2)));
}

std::vector<Appointment> BookSettingsService::visitsDuring(const TimeOff& timeOff)
{
    // A day before: a visit that starts the evening before may run into the time off.
    std::vector<Appointment> visits = m_book.appointmentsBetween(timeOff.from - days(1), timeOff.to);
    std::erase_if(visits, [&](const Appointment& visit) {
        return !isUpcoming(visit.status) || visit.end() <= timeOff.from || visit.start >= timeOff.to;
    });
    return visits;
}

TimeOffAdded BookSettingsService::addTimeOff(const TimeOff& timeOff)
{
    validateTimeOff(timeOff, m_clock.today());
    return m_actions.result([&] {
        TimeOffAdded added{timeOff, visitsDuring(timeOff)};
        added.timeOff.id = m_book.addTimeOff(timeOff);
        return added;
    });
}

void BookSettingsService::removeTimeOff(long long id)
{
    m_actions.run([&] { m_book.removeTimeOff(id); });
}

CancellationPolicy BookSettingsService::setCancellationPolicy(const CancellationPolicy& policy)
{
    return m_actions.result([&] {
        const CancellationPolicy before = m_book.cancellationPolicy();
        CancellationPolicy saved = policy;
        saved.version = before.version;
        if (policy.text != before.text)
            saved.version = nextPolicyVersion(before.version, m_clock.today());
        validateCancellationPolicy(saved);
        m_book.setCancellationPolicy(saved);
        return m_book.cancellationPolicy();
    });
}

} // namespace knotwork::schedule
