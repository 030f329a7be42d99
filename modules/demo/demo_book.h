#pragma once

#include <bitset>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <vector>

#include "demo/demo_random.h"
#include "plans/treatment_plan.h"
#include "schedule/schedule_store.h"
#include "sessions/soap_note.h"

namespace knotwork::demo {

// The demo practice's appointment book, filled as its notes are made: every visit of the notes is
// on it (completed and linked to its note; a note being charted today, arrived; with its plan
// when the note belongs to a plan's course), a few visits between them were cancelled (some late)
// or missed, and clients whose plan is active are booked for the coming four weeks at their
// phase's rhythm. Within one therapist's caseload no two visits overlap, buffers included; the
// weeks ahead keep to the working week and its daily cap. The same seed gives the same book.
class DemoBook {
public:
    // Reads the practice's services and working week from `store`; a treatment service of a
    // length the notes use and the practice lacks ("Treatment, 75 min") is added to it.
    DemoBook(schedule::ScheduleStore& store, std::uint64_t seed, const Date& referenceDay);

    // Before the notes are stored: each note's visit goes on the book at its time when that is
    // free, else at the free time of its day nearest to it, between 07:00 and 20:00, or on the
    // busiest days at any hour (a note being charted today only earlier: never in the future),
    // and the note's times move with it. A day with no free time left takes the visit at the
    // note's own time, on top of another: every note's visit is on the book. That happens only
    // in a demo beyond one therapist's caseload: thousands of clients over the same two and a
    // half years, or the twenty-year demo's 10,000 clients (about 200 visits a week, where one
    // therapist sees 25 to 30).
    void placeVisits(std::vector<sessions::SoapNote>& notes);

    // Once the notes are stored (`ids`, in order): the client's visits, added to `into`: those of
    // the notes, each with the plan (of `plans`, stored) whose course it belongs to, a few
    // cancellations and no-shows between them, and when the client is `stillSeen` the weeks ahead:
    // at the last plan's rhythm when it is active, or at the last visit's when the client was kept
    // on for maintenance after it ended and is still coming.
    void bookClient(clients::ClientId client, std::span<const sessions::SoapNote> notes,
                    std::span<const sessions::NoteId> ids, std::span<const plans::TreatmentPlan> plans,
                    bool stillSeen, std::vector<schedule::Appointment>& into);

private:
    static constexpr int kSlotMinutes = 15;
    static constexpr int kSlotsPerDay = 24 * 60 / kSlotMinutes;
    struct Day {
        std::bitset<kSlotsPerDay> taken;  // quarter hours held by a visit or its buffer
        int visits = 0;
    };
    // The first slot and how many a visit at `start` of `minutes` holds (its buffer included).
    struct Span {
        int first = 0;
        int slots = 0;
    };

    const schedule::Service& serviceFor(int minutes);
    Span spanOf(const TimeOfDay& start, const schedule::Service& service) const;
    bool isFree(const Day& day, const Span& span) const;
    // The free start on `date` nearest `preferred` within [earliest, latest] (slot numbers) that
    // `fits` accepts; none when there is no such start.
    template <typename Fits>
    std::optional<TimeOfDay> nearestFree(const Date& date, const TimeOfDay& preferred, const schedule::Service& service,
                                         int earliest, int latest, Fits fits);
    // Within one stretch of the day's opening hours, under the daily cap.
    std::optional<TimeOfDay> freeWithinHours(const Date& date, const TimeOfDay& preferred,
                                             const schedule::Service& service);
    void take(const Date& date, const TimeOfDay& start, const schedule::Service& service);
    schedule::Appointment visitAt(clients::ClientId client, const Date& date, const TimeOfDay& start,
                                  const schedule::Service& service) const;

    void bookMissed(clients::ClientId client, const Date& after, const sessions::SoapNote& next,
                    std::optional<long long> planId, std::vector<schedule::Appointment>& into);
    void bookAhead(clients::ClientId client, const sessions::SoapNote& last, int everyWeeks,
                   std::optional<long long> planId, std::vector<schedule::Appointment>& into);

    schedule::ScheduleStore& m_store;
    DemoRandom m_random;
    Date m_referenceDay;
    std::vector<schedule::Service> m_services;
    schedule::WorkingWeek m_week;
    std::map<Date, Day> m_days;
};

} // namespace knotwork::demo
