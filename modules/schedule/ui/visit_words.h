#pragma once

#include <map>
#include <vector>

#include "clients/client_service.h"
#include "schedule/schedule_service.h"
#include "schedule/ui/schedule_text.h"

namespace knotwork::schedule::ui {

// The words of each visit (schedule_text.h): its client's names and precautions, read at once for
// all the visits' clients, its service's name, and "Referral only" on a referral visit.
std::map<AppointmentId, VisitWords> readVisitWords(const std::vector<Appointment>& visits, ScheduleService& schedule);

// The issues in words (describeIssue), the other visit named by its client when `words` knows
// it, one per line.
wxString issuesInWords(const std::vector<BookingIssue>& issues, const std::map<AppointmentId, VisitWords>& words);

} // namespace knotwork::schedule::ui
