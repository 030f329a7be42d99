#include "schedule/booking_check.h"

#include <algorithm>
#include <stdexcept>

#include "common/i18n.h"
#include "schedule/schedule_choices.h"

namespace knotwork::schedule {

namespace {

// Half-open stretches [from, to) meet when each starts before the other ends.
bool meets(const LocalTime& from, const LocalTime& to, const LocalTime& otherFrom, const LocalTime& otherTo)
{
    return from < to && otherFrom < otherTo && from < otherTo && otherFrom < to;
}

// Only the visit itself lies within the hours: the buffer after the last visit of a stretch is
// the therapist's tidying up and may run past closing. Stretches that touch (09:00–12:00,
// 12:00–18:00) are one stretch, as validateWorkingWeek tells the therapist.
bool withinOneStretch(const Appointment& visit, const WorkingWeek& week)
{
    const Date day = visit.start.date();
    std::optional<LocalTime> opens;
    std::optional<LocalTime> closes;
    for (const OpeningHours& hours : week.days.at(day.day_of_week().as_number())) {
        if (!closes || localTimeOn(day, hours.opens) > *closes)
            opens = localTimeOn(day, hours.opens);
        closes = std::max(closes.value_or(*opens), localTimeOn(day, hours.closes));
        if (*opens <= visit.start && visit.end() <= *closes)
            return true;
    }
    return false;
}

bool isOther(const Appointment& booked, const Appointment& visit)
{
    // A proposal not yet saved (id 0) is never the visit being moved.
    return holdsTime(booked.status) && (visit.id == 0 || booked.id != visit.id);
}

bool overlaps(const Appointment& visit, const Appointment& other)
{
    return meets(visit.start, visit.end(), other.start, other.end());
}

// Each visit's buffer keeps the next client out; two buffers may run side by side.
bool meetsBuffer(const Appointment& visit, const Appointment& other)
{
    return meets(visit.start, visit.end(), other.end(), other.freeFrom())
        || meets(visit.end(), visit.freeFrom(), other.start, other.end());
}

int visitsHoldingTimeOn(const Date& day, const Appointment& visit, const std::vector<Appointment>& booked)
{
    return static_cast<int>(std::count_if(booked.begin(), booked.end(), [&](const Appointment& other) {
        return isOther(other, visit) && other.start.date() == day;
    }));
}

// The book's visits in the order of their starts, so the issues read like the day.
std::vector<const Appointment*> othersInOrder(const Appointment& visit, const std::vector<Appointment>& booked)
{
    std::vector<const Appointment*> others;
    for (const Appointment& other : booked)
        if (isOther(other, visit))
            others.push_back(&other);
    std::stable_sort(others.begin(), others.end(),
                     [](const Appointment* a, const Appointment* b) { return a->start < b->start; });
    return others;
}

BookingIssue issueWith(BookingIssueKind kind, AppointmentId other)
{
    BookingIssue issue;
    issue.kind = kind;
    issue.other = other;
    return issue;
}

} // namespace

std::vector<BookingIssue> bookingIssues(const Appointment& visit, const BookContext& book)
{
    if (visit.start.is_special())
        throw std::invalid_argument("bookingIssues: the visit has no start");
    std::vector<BookingIssue> issues;
    if (!withinOneStretch(visit, book.week))
        issues.push_back(BookingIssue{BookingIssueKind::OutsideHours, std::nullopt, {}});
    for (const TimeOff& away : book.timeOff)
        if (meets(visit.start, visit.freeFrom(), away.from, away.to))
            issues.push_back(BookingIssue{BookingIssueKind::TimeOff, std::nullopt, away.reason});

    const std::vector<const Appointment*> others = othersInOrder(visit, book.booked);
    for (const Appointment* other : others)
        if (overlaps(visit, *other))
            issues.push_back(issueWith(BookingIssueKind::Overlap, other->id));
    for (const Appointment* other : others)
        if (!overlaps(visit, *other) && meetsBuffer(visit, *other))
            issues.push_back(issueWith(BookingIssueKind::IntoBuffer, other->id));

    if (book.week.dailyCap
        && visitsHoldingTimeOn(visit.start.date(), visit, book.booked) >= *book.week.dailyCap)
        issues.push_back(BookingIssue{BookingIssueKind::DailyCap, std::nullopt, {}});
    return issues;
}

std::string describeIssue(const BookingIssue& issue)
{
    if (issue.kind == BookingIssueKind::TimeOff && !issue.timeOffReason.empty())
        return formatMessage(_("During time off: {}"), issue.timeOffReason);
    return labelOf(issue.kind);
}

std::optional<LocalTime> firstFreeStart(const LocalTime& from, const Appointment& visit, const BookContext& book)
{
    if (from.is_special())
        throw std::invalid_argument("firstFreeStart: no time to start from");
    const Date day = from.date();
    const long long quarter = 15;
    const long long sinceMidnight = from.time_of_day().total_seconds();
    // Round up to the next quarter hour (a start with seconds counts as the minute after).
    const long long firstQuarter = (sinceMidnight + quarter * 60 - 1) / (quarter * 60);
    Appointment candidate = visit;
    for (long long q = firstQuarter; q < 24 * 60 / quarter; ++q) {
        candidate.start = localTimeOn(day, boost::posix_time::minutes(q * quarter));
        if (bookingIssues(candidate, book).empty())
            return candidate.start;
    }
    return std::nullopt;
}

} // namespace knotwork::schedule
