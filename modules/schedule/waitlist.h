#pragma once

#include <optional>
#include <string>

#include "schedule/appointment.h"

namespace knotwork::schedule {

using WaitlistId = long long;

// A client who would like an earlier slot than the one they have (or any slot at all), offered
// one when a cancellation frees it.
struct WaitlistEntry {
    WaitlistId id = 0;
    ClientId clientId = 0;
    ServiceId serviceId = 0;
    std::optional<AppointmentId> instead;  // the booking they would move from, if any
    Date from{boost::gregorian::not_a_date_time};  // the first day that suits
    std::optional<Date> until;                     // the last day that suits
    std::string preferences;                       // "mornings, not Wednesdays"
    Timestamp addedAt{boost::posix_time::not_a_date_time};
    std::optional<Timestamp> closedAt;             // offered and taken, or no longer wanted

    friend bool operator==(const WaitlistEntry&, const WaitlistEntry&) = default;
};

} // namespace knotwork::schedule
