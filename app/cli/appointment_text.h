#pragma once
// What the appointment and schedule commands share: reading a time and a service from the
// command line, the names a visit is shown with, a booking refusal said in the CLI's terms, and a
// visit as a table row, as rows and as JSON.

#include <map>
#include <string>
#include <vector>
#include <nlohmann/json_fwd.hpp>

#include "app/cli/practice_access.h"
#include "schedule/schedule_service.h"

namespace knotwork::cli {

// --start "2026-12-08 10:00" (or 2026-12-08T10:00); ValidationError naming the option otherwise.
LocalTime localTimeOption(const std::string& text, const std::string& option);

// "mon" or "monday" (any case): boost's weekday number, 0 Sunday … 6 Saturday; ValidationError
// naming the option otherwise.
int weekdayOption(const std::string& text, const std::string& option);

// The service a visit is booked as: --service when given (NotFoundError for an unknown one), else
// the offered treatment lasting `minutes` (ValidationError naming --service when there is none).
schedule::Service chosenService(schedule::ScheduleService& schedule, long long serviceId, int minutes);

// "Zoë Martin", "Treatment, 60 min": each client's chart read once per command.
class VisitNames {
public:
    explicit VisitNames(PracticeAccess& practice);
    std::string client(schedule::ClientId id);
    std::string service(schedule::ServiceId id) const;

private:
    PracticeAccess& m_practice;
    std::map<schedule::ClientId, std::string> m_clients;
    std::vector<schedule::Service> m_services;
};

// "2026-12-08 10:00"
std::string startText(const LocalTime& start);
// "12.50": an amount in the currency's minor units.
std::string amountText(long long cents);
// "referral only, series 7, note 12": what a list shows beside the status.
std::string flagsText(const schedule::Appointment& visit);
// The issue in words with the visit it meets: "Overlaps another visit (appointment 41 at 10:00)".
std::string issueText(const schedule::BookingIssue& issue, schedule::ScheduleStore& book);

// A booking refused by ScheduleService, said for the command line: its issues one per line and
// (the service's own words when `issues` is empty) and that `anyway` ("Add --anyway to book it
// anyway.") saves it regardless; the safety gate naming
// `appointment add --referral-only`. Other problems are kept as they are.
ValidationError commandLineRefusal(const ValidationError& refusal, const std::vector<std::string>& issues,
                                   const std::string& anyway);

// The table of `appointment list` and of the visits a command changed.
std::vector<std::string> visitTableHeaders();
std::vector<std::string> visitTableRow(const schedule::Appointment& visit, VisitNames& names);
void printVisits(const CliContext& context, const std::vector<schedule::Appointment>& visits, VisitNames& names);
// The visit's JSON (schedule_json.h) with "client_name" and "service_name".
nlohmann::json visitJson(const schedule::Appointment& visit, VisitNames& names);
// The waitlist's entries as a table (number, client, service, days, preferences), and one entry's
// JSON with "client_name" and "service_name".
void printWaitlist(const CliContext& context, const std::vector<schedule::WaitlistEntry>& entries, VisitNames& names);
nlohmann::json waitlistJson(const schedule::WaitlistEntry& entry, VisitNames& names);

} // namespace knotwork::cli
