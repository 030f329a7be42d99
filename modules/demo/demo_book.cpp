#include "demo/demo_book.h"

#include <algorithm>
#include <array>
#include <fmt/format.h>

#include "sessions/note_rules.h"

namespace knotwork::demo {

using namespace knotwork::schedule;
using boost::gregorian::days;
using boost::posix_time::hours;
using boost::posix_time::minutes;
using sessions::SoapNote;

namespace {

// Past visits began between 07:00 and 20:00 (the notes' times are 09:00–17:00; a busy day spreads
// into an early and an evening visit). The demo's busiest days, beyond one therapist's day, spill
// into the rest of the day.
constexpr int kEarliestPastSlot = 7 * 4;
constexpr int kLatestPastSlot = 20 * 4;
constexpr int kLastSlotOfDay = 24 * 4 - 1;
const TimeOfDay kTodayFrom = boost::posix_time::hours(13);

constexpr std::array kClientReasons{"Unwell", "Work deadline", "Car trouble", "Family matter", "Child is sick"};
constexpr std::array kTherapistReasons{"Therapist unwell", "Therapist at a course"};

int lengthOf(const SoapNote& note)
{
    return note.plan.durationMinutes.value_or(60);
}

int minuteOfDay(const TimeOfDay& time)
{
    return static_cast<int>(time.total_seconds() / 60);
}

bool isWeekend(const Date& day)
{
    const int weekday = day.day_of_week().as_number();
    return weekday == 0 || weekday == 6;
}

// The plan whose course the visit on `day` belongs to: begun by then, and open or closed since.
std::optional<long long> planOn(std::span<const plans::TreatmentPlan> plans, const Date& day)
{
    const auto covers = [&day](const plans::TreatmentPlan& plan) {
        return plan.startDate <= day && (plan.open() || !plan.statusChangedOn || *plan.statusChangedOn >= day);
    };
    if (const auto found = std::ranges::find_if(plans, covers); found != plans.end())
        return found->id;
    return std::nullopt;
}

} // namespace

DemoBook::DemoBook(ScheduleStore& store, std::uint64_t seed, const Date& referenceDay)
    : m_store(store), m_random(seed), m_referenceDay(referenceDay), m_services(store.services()),
      m_week(store.workingWeek())
{
}

const Service& DemoBook::serviceFor(int length)
{
    const auto matches = [length](const Service& service) {
        return service.kind == ServiceKind::Treatment && service.offered && service.minutes == length;
    };
    if (const auto found = std::ranges::find_if(m_services, matches); found != m_services.end())
        return *found;
    Service added;
    added.kind = ServiceKind::Treatment;
    added.name = fmt::format("Treatment, {} min", length);
    added.minutes = length;
    added.id = m_store.addService(added);
    added.rowVersion = 1;
    return m_services.emplace_back(added);
}

DemoBook::Span DemoBook::spanOf(const TimeOfDay& start, const Service& service) const
{
    return {minuteOfDay(start) / kSlotMinutes,
            (service.minutes + service.bufferMinutes + kSlotMinutes - 1) / kSlotMinutes};
}

bool DemoBook::isFree(const Day& day, const Span& span) const
{
    if (span.first < 0 || span.first + span.slots > kSlotsPerDay)
        return false;
    for (int slot = span.first; slot < span.first + span.slots; ++slot)
        if (day.taken.test(static_cast<std::size_t>(slot)))
            return false;
    return true;
}

template <typename Fits>
std::optional<TimeOfDay> DemoBook::nearestFree(const Date& date, const TimeOfDay& preferred, const Service& service,
                                               int earliest, int latest, Fits fits)
{
    const Day& day = m_days[date];
    const int wanted = std::clamp(minuteOfDay(preferred) / kSlotMinutes, earliest, latest);
    for (int offset = 0; offset < kSlotsPerDay; ++offset)
        for (const int slot : {wanted + offset, wanted - offset}) {
            if (slot < earliest || slot > latest)
                continue;
            const TimeOfDay start = minutes(slot * kSlotMinutes);
            if (isFree(day, spanOf(start, service)) && fits(start))
                return start;
        }
    return std::nullopt;
}

std::optional<TimeOfDay> DemoBook::freeWithinHours(const Date& date, const TimeOfDay& preferred,
                                                   const Service& service)
{
    const std::vector<OpeningHours>& stretches = m_week.days.at(date.day_of_week().as_number());
    if (stretches.empty() || (m_week.dailyCap && m_days[date].visits >= *m_week.dailyCap))
        return std::nullopt;
    const auto withinOneStretch = [&](const TimeOfDay& start) {
        return std::ranges::any_of(stretches, [&](const OpeningHours& open) {
            return start >= open.opens && start + minutes(service.minutes) <= open.closes;
        });
    };
    // The reference day's visits still to come are its afternoon's: a demo opened at midday has
    // the day's clients ahead of it.
    const TimeOfDay earliest = date == m_referenceDay ? std::max(stretches.front().opens, kTodayFrom)
                                                      : stretches.front().opens;
    return nearestFree(date, std::max(preferred, earliest), service, minuteOfDay(earliest) / kSlotMinutes,
                       minuteOfDay(stretches.back().closes) / kSlotMinutes, withinOneStretch);
}

void DemoBook::take(const Date& date, const TimeOfDay& start, const Service& service)
{
    Day& day = m_days[date];
    const Span span = spanOf(start, service);
    for (int slot = span.first; slot < span.first + span.slots; ++slot)
        day.taken.set(static_cast<std::size_t>(slot));
    ++day.visits;
}

Appointment DemoBook::visitAt(clients::ClientId client, const Date& date, const TimeOfDay& start,
                              const Service& service) const
{
    Appointment visit;
    visit.clientId = client;
    visit.serviceId = service.id;
    visit.start = localTimeOn(date, start);
    visit.minutes = service.minutes;
    visit.bufferMinutes = service.bufferMinutes;
    return visit;
}

void DemoBook::placeVisits(std::vector<SoapNote>& notes)
{
    for (SoapNote& note : notes) {
        const Service& service = serviceFor(lengthOf(note));
        const auto anyTime = [](const TimeOfDay&) { return true; };
        const int now = minuteOfDay(*note.visitTime) / kSlotMinutes;  // a note being charted: not later
        const int latest = note.signedNote() ? kLatestPastSlot : std::min(kLatestPastSlot, now);
        std::optional<TimeOfDay> start =
            nearestFree(note.visitDate, *note.visitTime, service, kEarliestPastSlot, latest, anyTime);
        if (!start)
            start = nearestFree(note.visitDate, *note.visitTime, service, 0,
                                note.signedNote() ? kLastSlotOfDay : now, anyTime);
        if (!start)
            start = note.visitTime;
        take(note.visitDate, *start, service);
        const auto moved = *start - *note.visitTime;
        note.visitTime = *start;
        for (std::optional<Timestamp>* moment : {&note.createdAt, &note.signedAt})
            if (*moment)
                **moment = Timestamp((*moment)->utc() + moved);
        for (sessions::Addendum& addendum : note.addenda)
            addendum.writtenAt = Timestamp(addendum.writtenAt.utc() + moved);
        if (note.signedAt)
            note.lateEntry = sessions::isLateEntry(note.visitDate, note.visitTime, *note.signedAt);
    }
}

void DemoBook::bookClient(clients::ClientId client, std::span<const SoapNote> notes,
                          std::span<const sessions::NoteId> ids, std::span<const plans::TreatmentPlan> plans,
                          bool stillSeen, std::vector<Appointment>& into)
{
    std::optional<Date> previous;
    for (std::size_t i = 0; i < notes.size(); ++i) {
        const SoapNote& note = notes[i];
        const std::optional<long long> planId = planOn(plans, note.visitDate);
        if (previous && note.signedNote())
            bookMissed(client, *previous, note, planId, into);
        Appointment visit = visitAt(client, note.visitDate, *note.visitTime, serviceFor(lengthOf(note)));
        visit.status = note.signedNote() ? AppointmentStatus::Completed : AppointmentStatus::Arrived;
        visit.noteId = ids[i];
        visit.planId = planId;
        into.push_back(std::move(visit));
        previous = note.visitDate;
    }
    if (!stillSeen || notes.empty() || plans.empty())
        return;
    const SoapNote& last = notes.back();
    const plans::TreatmentPlan& plan = plans.back();
    if (plan.status == plans::PlanStatus::Active) {
        if (const plans::FrequencyPhase* phase = plan.phase())
            bookAhead(client, last, phase->everyWeeks, plan.id, into);
    } else if (last.signedNote() && plan.statusChangedOn && last.visitDate > *plan.statusChangedOn
               && last.plan.nextVisitInWeeks
               && last.visitDate + days(7 * (*last.plan.nextVisitInWeeks + 1)) >= m_referenceDay) {
        // Kept on for maintenance after the plan ended, and still coming.
        bookAhead(client, last, *last.plan.nextVisitInWeeks, std::nullopt, into);
    }
}

// Now and then the visit before `next` did not happen: called off with notice (by the client, or
// now and then the therapist), by the client too late for the policy's 24 hours, or missed.
void DemoBook::bookMissed(clients::ClientId client, const Date& after, const SoapNote& next,
                          std::optional<long long> planId, std::vector<Appointment>& into)
{
    const int roll = m_random.below(100);
    if (roll >= 7)
        return;
    const AppointmentStatus status = roll < 3   ? AppointmentStatus::Cancelled
                                     : roll < 5 ? AppointmentStatus::LateCancelled
                                                : AppointmentStatus::NoShow;
    const Date day = next.visitDate - days(m_random.between(2, 6));
    const Service& service = serviceFor(lengthOf(next));
    if (day <= after || isWeekend(day))
        return;
    const auto start = nearestFree(day, *next.visitTime, service, kEarliestPastSlot, kLatestPastSlot,
                                   [](const TimeOfDay&) { return true; });
    if (!start)
        return;
    if (holdsTime(status))
        take(day, *start, service);
    Appointment visit = visitAt(client, day, *start, service);
    visit.status = status;
    visit.planId = planId;
    if (status != AppointmentStatus::NoShow) {
        const bool byTherapist = status == AppointmentStatus::Cancelled && m_random.percent(25);
        const auto notice = status == AppointmentStatus::LateCancelled ? hours(m_random.between(2, 20))
                                                                       : hours(m_random.between(26, 120));
        visit.cancellation = Cancellation{byTherapist ? CancelledBy::Therapist : CancelledBy::Client,
                                          utcOfLocal(visit.start - notice),
                                          byTherapist ? m_random.pick(kTherapistReasons) : m_random.pick(kClientReasons)};
    }
    into.push_back(std::move(visit));
}

// Every `everyWeeks` (the plan's current rhythm, or a maintenance client's) from the last visit,
// over the coming four weeks, near the client's usual time. A client already overdue is booked
// within the week, or (now and then) not yet: Today's recall then lists them.
void DemoBook::bookAhead(clients::ClientId client, const SoapNote& last, int everyWeeks, std::optional<long long> planId,
                         std::vector<Appointment>& into)
{
    if (!last.visitTime)
        return;
    const auto every = days(7 * everyWeeks);
    Date next = last.visitDate + every;
    if (next <= m_referenceDay) {
        if (!m_random.percent(60))
            return;
        next = m_referenceDay + days(m_random.between(0, 5));
    }
    const Date horizon = m_referenceDay + days(27);
    const Service& service = serviceFor(lengthOf(last));
    for (; next <= horizon; next += every)
        for (const int shift : {0, 1, -1, 2, -2, 3, -3}) {
            const Date day = next + days(shift);
            if (day < m_referenceDay || day > horizon)
                continue;
            if (const auto start = freeWithinHours(day, *last.visitTime, service)) {
                take(day, *start, service);
                Appointment visit = visitAt(client, day, *start, service);
                visit.planId = planId;
                into.push_back(std::move(visit));
                break;
            }
        }
}

} // namespace knotwork::demo
