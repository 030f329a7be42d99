#pragma once

#include <string>

#include "common/calendar_date.h"
#include "schedule/appointment.h"
#include "schedule/cancellation_policy.h"
#include "schedule/service.h"
#include "schedule/waitlist.h"
#include "schedule/working_week.h"

namespace knotwork::schedule {

// "monday": a weekday's key by boost's number (0 Sunday … 6 Saturday), as the working week's
// fields and JSON name it.
const char* weekdayKey(int weekday);
// "Monday", translated.
std::string weekdayName(int weekday);

// The rules the book's records keep before they are saved, whichever front end typed them. Each
// throws one ValidationError listing every problem; field keys are the snake_case names of the
// fields ("buffer_minutes", "cancellation.reason"), and a working week's hours are named by
// weekday and stretch as a rows editor marks them ("monday[1].closes": Monday's second stretch).

// A visit: a start on a plausible day (1900 up to two years after `today`), 5–480 minutes, a
// buffer of 0–120 minutes, notes as multi-line text; a client; a cancellation exactly when the
// status is a cancellation, with the moment word came and a one-line reason.
void validateAppointment(const Appointment& appointment, const Date& today);

// A service: a one-line name of 1–80 characters, 5–480 minutes, a buffer of 0–120 minutes, a
// fee from 0 to 10 000.00.
void validateService(const Service& service);

// The opening hours: each stretch opens before it closes, within the day (closing at 24:00 is
// midnight), and after the day's earlier stretch has closed (stretches that touch are one
// stretch: enter 09:00–18:00, not 09:00–12:00 and 12:00–18:00); a daily cap of 1–20, or none.
void validateWorkingWeek(const WorkingWeek& week);

// Time off: a start on a plausible day (as a visit's), an end after it, a one-line reason.
void validateTimeOff(const TimeOff& timeOff, const Date& today);

// The policy: a late-cancel window of 0–168 hours, fees from 0 to 10 000.00, the text as
// multi-line text, and a one-line version whenever there is text (acceptances record it).
void validateCancellationPolicy(const CancellationPolicy& policy);

// A waitlist entry: a client and a service, a first day that suits on a plausible day (as a
// visit's start), a last day on or after it, preferences as one line.
void validateWaitlistEntry(const WaitlistEntry& entry, const Date& today);

} // namespace knotwork::schedule
