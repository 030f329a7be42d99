#pragma once

#include <string>
#include <vector>

#include "clients/client.h"
#include "common/timestamp.h"
#include "schedule/appointment.h"
#include "schedule/service.h"

namespace knotwork::schedule {

// The appointment book as an iCalendar file (RFC 5545) for the therapist's phone calendar
// (docs/CALENDAR-EXPORT.md).
//
// Only what a calendar needs to show the day goes in: when, who (or only their initials) and the
// service. Nothing clinical ever does: no notes (the appointment's included), no plan, no
// screening, referral or precaution, no cancellation reason.

// One appointment with the names its calendar entry shows, assembled by the caller.
struct CalendarEvent {
    Appointment appointment;     // its id, start, length, status, rowVersion and updatedAt
    std::string clientName;      // "Zoë Martin"
    std::string clientInitials;  // "Z. M.": all a calendar shows with CalendarOptions::initialsOnly
    std::string serviceName;     // "Treatment, 60 min"
};

// "Z. M.": the first letter of the name the client goes by (the preferred name, or else the first
// given name) and of the family name, each followed by a period. A letter written with a
// combining accent keeps it.
std::string clientInitials(const clients::Client& client);

// The event for `appointment`: the client's full name (clients::fullName), their initials and the
// service's name.
CalendarEvent calendarEventOf(const Appointment& appointment, const clients::Client& client,
                              const Service& service);

struct CalendarOptions {
    std::string calendarName;  // the practice's name: what the calendar app calls the calendar
    // What keeps each event's UID the same from one export to the next ("appointment-42@<this>"),
    // so that importing a newer file updates the events instead of adding them twice: an
    // identifier the practice keeps for good (not its name, which may change). Required.
    std::string practiceIdentifier;
    // Privacy: the events show the clients' initials, never their names.
    bool initialsOnly = false;
    // The moment of the export (DTSTAMP): the practice's Clock, read by the caller. Required.
    Timestamp stampedAt{boost::posix_time::not_a_date_time};
};

// The whole file: one VCALENDAR (VERSION 2.0, PRODID, CALSCALE GREGORIAN, METHOD PUBLISH, the
// calendar's name) with one VEVENT per event, in the order given. Each event has its stable UID,
// DTSTAMP, DTSTART and DTEND in UTC (the start's wall-clock time in this computer's time zone
// through utcOfLocal, the end the visit's length later), the summary ("Z. M. – Treatment, 60 min"),
// STATUS CONFIRMED or, for a cancellation or late cancellation, CANCELLED (with the summary marked
// as cancelled, for calendars that show such events anyway, and TRANSP TRANSPARENT so it does not
// show the time as busy), SEQUENCE from the appointment's rowVersion, and CREATED and
// LAST-MODIFIED when the appointment knows them. Lines end in CRLF and are folded at 75 octets.
// Throws std::invalid_argument when the practice identifier or the export's moment is missing, or
// an appointment has no start.
std::string icsCalendar(const std::vector<CalendarEvent>& events, const CalendarOptions& options);

} // namespace knotwork::schedule
