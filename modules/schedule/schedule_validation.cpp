#include "schedule/schedule_validation.h"

#include "common/i18n.h"
#include "common/validator.h"

namespace knotwork::schedule {

namespace {

constexpr int kShortestVisit = 5;
constexpr int kLongestVisit = 480;
constexpr int kLongestBuffer = 120;
constexpr int kMostVisitsADay = 20;
constexpr int kLongestLateWindowHours = 168;
constexpr double kHighestFee = 10000.0;
constexpr std::size_t kServiceName = 80;
constexpr std::size_t kShortText = 200;
constexpr std::size_t kVersion = 40;
constexpr std::size_t kLongText = 4000;
constexpr std::size_t kPolicyText = 20000;

// By boost::gregorian weekday number, as WorkingWeek::days.
constexpr const char* kWeekdayKeys[7] = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
constexpr const char* kWeekdayNames[7] = {N_("Sunday"), N_("Monday"), N_("Tuesday"), N_("Wednesday"),
                                          N_("Thursday"), N_("Friday"), N_("Saturday")};

void checkLength(Validator& check, int minutes, int bufferMinutes)
{
    check.inRange(std::optional<int>(minutes), kShortestVisit, kLongestVisit, "minutes", _("Length in minutes"));
    check.inRange(std::optional<int>(bufferMinutes), 0, kLongestBuffer, "buffer_minutes", _("Buffer in minutes"));
}

void checkFee(Validator& check, long long cents, std::string field, std::string_view label)
{
    check.inRange(std::optional<double>(static_cast<double>(cents) / 100.0), 0.0, kHighestFee, std::move(field), label);
}

// A start that is a moment on a day no practice could mean is refused, as other records' dates.
void checkStart(Validator& check, const LocalTime& start, const Date& today, const std::string& field,
                std::string_view label, const char* required)
{
    if (start.is_special())
        check.add(field, "required", required);
    else
        check.plausibleDate(start.date(), latestPlannedDate(today), field, label);
}

void checkCancellation(Validator& check, const Appointment& appointment)
{
    const bool cancelled = !holdsTime(appointment.status);
    if (cancelled && !appointment.cancellation)
        check.add("cancellation", "required",
                  _("Cancellation: say who called the visit off and when."));
    if (!cancelled && appointment.cancellation)
        check.add("cancellation", "status",
                  _("Cancellation: only a cancelled visit records who called it off."));
    if (!appointment.cancellation)
        return;
    if (appointment.cancellation->at.utc().is_special())
        check.add("cancellation.at", "required",
                  _("Cancellation: enter when word came that the visit is off."));
    check.singleLine(appointment.cancellation->reason, kShortText, "cancellation.reason", _("Reason"));
}

std::string stretchKey(int weekday, std::size_t index, const char* field)
{
    return std::string(kWeekdayKeys[weekday]) + "[" + std::to_string(index) + "]." + field;
}

void checkStretches(Validator& check, int weekday, const std::vector<OpeningHours>& stretches)
{
    const TimeOfDay midnight = boost::posix_time::hours(24);
    const std::string day = weekdayName(weekday);
    for (std::size_t i = 0; i < stretches.size(); ++i) {
        const OpeningHours& hours = stretches[i];
        const std::size_t number = i + 1;
        if (hours.opens.is_special() || hours.opens.is_negative() || hours.opens >= midnight)
            check.add(stretchKey(weekday, i, "opens"), "time-of-day",
                      formatMessage(_("{}, hours {}: opening must be a time of the day."), day, number));
        if (hours.closes.is_special() || hours.closes > midnight)
            check.add(stretchKey(weekday, i, "closes"), "time-of-day",
                      formatMessage(_("{}, hours {}: closing must be a time of the day, 24:00 at the latest."),
                                    day, number));
        else if (!hours.opens.is_special() && hours.closes <= hours.opens)
            check.add(stretchKey(weekday, i, "closes"), "after-opens",
                      formatMessage(_("{}, hours {}: closing must be after opening ({})."), day, number,
                                    timeOfDayText(hours.opens)));
        if (i > 0 && !hours.opens.is_special() && !stretches[i - 1].closes.is_special()
            && hours.opens <= stretches[i - 1].closes)
            check.add(stretchKey(weekday, i, "opens"), "in-order",
                      formatMessage(_("{}, hours {}: must open after hours {} close ({}); hours that "
                                      "touch are one stretch."),
                                    day, number, number - 1, timeOfDayText(stretches[i - 1].closes)));
    }
}

} // namespace

const char* weekdayKey(int weekday)
{
    return kWeekdayKeys[weekday];
}

std::string weekdayName(int weekday)
{
    return translate(kWeekdayNames[weekday]);
}

void validateAppointment(const Appointment& appointment, const Date& today)
{
    Validator check;
    if (appointment.clientId <= 0)
        check.add("client_id", "required", _("Client: choose whom the visit is for."));
    checkStart(check, appointment.start, today, "start", _("Start"),
               _("Start: enter the day and time of the visit."));
    checkLength(check, appointment.minutes, appointment.bufferMinutes);
    checkCancellation(check, appointment);
    check.multiLine(appointment.notes, kLongText, "notes", _("Notes"));
    check.throwIfAny();
}

void validateService(const Service& service)
{
    Validator check;
    check.required(service.name, "name", _("Name"));
    check.singleLine(service.name, kServiceName, "name", _("Name"));
    checkLength(check, service.minutes, service.bufferMinutes);
    checkFee(check, service.feeCents, "fee_cents", _("Fee"));
    check.throwIfAny();
}

void validateWorkingWeek(const WorkingWeek& week)
{
    Validator check;
    for (int weekday = 0; weekday < 7; ++weekday)
        checkStretches(check, weekday, week.days[weekday]);
    check.inRange(week.dailyCap, 1, kMostVisitsADay, "daily_cap", _("Most visits in a day"));
    check.throwIfAny();
}

void validateTimeOff(const TimeOff& timeOff, const Date& today)
{
    Validator check;
    checkStart(check, timeOff.from, today, "from", _("From"), _("From: enter when the time off begins."));
    if (timeOff.to.is_special())
        check.add("to", "required", _("Until: enter when the time off ends."));
    else if (!timeOff.from.is_special() && timeOff.to <= timeOff.from)
        check.add("to", "after-from", _("Until: the time off must end after it begins."));
    check.singleLine(timeOff.reason, kShortText, "reason", _("Reason"));
    check.throwIfAny();
}

void validateWaitlistEntry(const WaitlistEntry& entry, const Date& today)
{
    Validator check;
    if (entry.clientId <= 0)
        check.add("client_id", "required", _("Client: choose who would like an earlier time."));
    if (entry.serviceId <= 0)
        check.add("service_id", "required", _("Service: choose the visit they would like."));
    if (entry.from.is_special())
        check.add("from_date", "required", _("From: enter the first day that suits."));
    else
        check.plausibleDate(entry.from, latestPlannedDate(today), "from_date", _("From"));
    if (entry.until && !entry.from.is_special() && *entry.until < entry.from)
        check.add("until_date", "after-from", _("Until: the last day that suits cannot come before the first."));
    check.singleLine(entry.preferences, kShortText, "preferences", _("Preferences"));
    check.throwIfAny();
}

void validateCancellationPolicy(const CancellationPolicy& policy)
{
    Validator check;
    check.multiLine(policy.text, kPolicyText, "text", _("Policy"));
    if (!policy.text.empty())
        check.required(policy.version, "version", _("Version of the wording"));
    check.singleLine(policy.version, kVersion, "version", _("Version of the wording"));
    check.inRange(std::optional<int>(policy.lateWindowHours), 0, kLongestLateWindowHours, "late_window_hours",
                  _("Late-cancel window in hours"));
    checkFee(check, policy.lateFeeCents, "late_fee_cents", _("Late-cancel fee"));
    checkFee(check, policy.noShowFeeCents, "no_show_fee_cents", _("No-show fee"));
    check.throwIfAny();
}

} // namespace knotwork::schedule
