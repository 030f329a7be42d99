#pragma once

#include <optional>
#include <string>

#include "clients/client.h"
#include "common/local_time.h"
#include "common/timestamp.h"

namespace knotwork::schedule {

using AppointmentId = long long;
using SeriesId = long long;
using ServiceId = long long;
using clients::ClientId;

enum class AppointmentStatus {
    Booked,         // still to come
    Arrived,        // the client is here: the visit is under way
    Completed,      // the visit happened; its note is linked once started
    Cancelled,      // with enough notice, by the client or the therapist
    LateCancelled,  // by the client inside the policy's window (the policy's fee may apply)
    NoShow,         // the client did not come and did not say
};

enum class CancelledBy { Client, Therapist };

// Who called off a visit, when word came, and why; the notice it gave is the time from `at` to
// the visit's start.
struct Cancellation {
    CancelledBy by = CancelledBy::Client;
    Timestamp at{boost::posix_time::not_a_date_time};
    std::string reason;

    friend bool operator==(const Cancellation&, const Cancellation&) = default;
};

// One visit on the book. Start and length are the client's; the buffer after it (turnover,
// laundry) is the therapist's and comes from the service when booked.
struct Appointment {
    AppointmentId id = 0;
    ClientId clientId = 0;
    ServiceId serviceId = 0;
    LocalTime start{boost::posix_time::not_a_date_time};
    int minutes = 60;        // 5–480
    int bufferMinutes = 0;   // 0–120, after the visit
    AppointmentStatus status = AppointmentStatus::Booked;
    std::optional<Cancellation> cancellation;  // Cancelled and LateCancelled only
    std::optional<long long> noteId;           // the visit's session note, once started
    std::optional<long long> planId;           // the treatment plan it serves
    std::optional<SeriesId> seriesId;          // booked with others from the plan's phases
    // Booked while the client's safety screening asks for a referral or a clearance: the visit is
    // for talking it through and referring, never for massage (modules/clients/screening.h).
    bool referralOnly = false;
    std::string notes;

    int rowVersion = 0;
    std::optional<Timestamp> createdAt;
    std::optional<Timestamp> updatedAt;

    LocalTime end() const { return start + boost::posix_time::minutes(minutes); }
    // When the room is ready for the next client.
    LocalTime freeFrom() const { return end() + boost::posix_time::minutes(bufferMinutes); }

    friend bool operator==(const Appointment&, const Appointment&) = default;
};

// Whether the visit holds its time on the book (for conflicts, the daily cap, free slots):
// every status but the two cancellations.
bool holdsTime(AppointmentStatus status);
// Whether the visit is still to happen or under way: booked or arrived.
bool isUpcoming(AppointmentStatus status);
// Whether the client counts as having missed it: a late cancellation or a no-show, the two the
// progress report's attendance line and the cancellation policy count.
bool isMissed(AppointmentStatus status);
// Whether a check-out charges for the visit: it took place (arrived, completed) or was missed.
bool mayCheckOut(AppointmentStatus status);

// The notice a cancellation gave, in whole minutes (negative when word came after the start).
long long noticeMinutes(const Appointment& appointment, const Cancellation& cancellation);

} // namespace knotwork::schedule
