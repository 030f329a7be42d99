#include "app/cli/appointment_text.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "clients/listed_client.h"
#include "common/i18n.h"
#include "common/number_text.h"
#include "schedule/schedule_choices.h"
#include "schedule/schedule_json.h"
#include "schedule/schedule_validation.h"

namespace knotwork::cli {

using namespace knotwork::schedule;

LocalTime localTimeOption(const std::string& text, const std::string& option)
{
    std::string iso = text;
    if (const std::size_t space = iso.find(' '); space != std::string::npos)
        iso[space] = 'T';
    try {
        return parseIsoLocalTime(iso, option);
    } catch (const ValidationError&) {
        throw ValidationError(option, "local-time",
                              formatMessage(_("{} must be a day and a time like \"2026-12-08 10:00\", not \"{}\"."),
                                            option, text));
    }
}

Service chosenService(ScheduleService& schedule, long long serviceId, int minutes)
{
    const std::vector<Service> services = schedule.book().services();
    if (serviceId != 0) {
        const auto found = std::ranges::find(services, serviceId, &Service::id);
        if (found == services.end())
            throw NotFoundError(formatMessage(_("There is no service {}; `schedule services` lists them."), serviceId));
        return *found;
    }
    const auto treatment = std::ranges::find_if(services, [minutes](const Service& service) {
        return service.offered && service.kind == ServiceKind::Treatment && service.minutes == minutes;
    });
    if (treatment == services.end())
        throw ValidationError("--service", "required",
                              formatMessage(_("No treatment offered lasts {} minutes: choose the service with --service "
                                              "(`schedule services` lists them)."),
                                            minutes));
    return *treatment;
}

VisitNames::VisitNames(PracticeAccess& practice) : m_practice(practice), m_services(practice.schedule().book().services())
{
}

std::string VisitNames::client(ClientId id)
{
    auto found = m_clients.find(id);
    if (found == m_clients.end())
        found = m_clients
                    .emplace(id, clients::fullName(clients::listedClient(
                                     m_practice.clients().listRow(id, m_practice.service().today()))))
                    .first;
    return found->second;
}

std::string VisitNames::service(ServiceId id) const
{
    const auto found = std::ranges::find(m_services, id, &Service::id);
    return found == m_services.end() ? std::to_string(id) : found->name;
}

int weekdayOption(const std::string& text, const std::string& option)
{
    std::string typed;
    for (const char c : text)
        typed += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (int day = 0; day < 7; ++day)
        if (typed.size() >= 3 && std::string_view(schedule::weekdayKey(day)).starts_with(typed))
            return day;
    throw ValidationError(option, "choice",
                          formatMessage(_("{} must be a day of the week, like mon or monday; not \"{}\"."), option,
                                        text));
}

std::string startText(const LocalTime& start)
{
    return isoDate(start.date()) + " " + timeOfDayText(start.time_of_day());
}

std::string amountText(long long cents)
{
    return amountCentsText(cents);
}

std::string flagsText(const Appointment& visit)
{
    std::vector<std::string> flags;
    if (visit.referralOnly)
        flags.push_back(_("referral only"));
    if (visit.status == AppointmentStatus::LateCancelled)
        flags.push_back(_("late-cancelled"));
    if (visit.seriesId)
        flags.push_back(formatMessage(_("series {}"), *visit.seriesId));
    if (visit.noteId)
        flags.push_back(formatMessage(_("note {}"), *visit.noteId));
    std::string text;
    for (const std::string& flag : flags)
        text += (text.empty() ? "" : ", ") + flag;
    return text;
}

std::string issueText(const BookingIssue& issue, ScheduleStore& book)
{
    if (!issue.other)
        return describeIssue(issue);
    if (*issue.other < 0)
        return formatMessage(_("{} (visit {} of this series)"), describeIssue(issue), -*issue.other);
    const std::optional<Appointment> other = book.findAppointment(*issue.other);
    if (!other)
        return formatMessage(_("{} (appointment {})"), describeIssue(issue), *issue.other);
    return formatMessage(_("{} (appointment {} at {})"), describeIssue(issue), other->id, startText(other->start));
}

ValidationError commandLineRefusal(const ValidationError& refusal, const std::vector<std::string>& issues,
                                   const std::string& anyway)
{
    std::vector<FieldProblem> problems;
    for (FieldProblem problem : refusal.problems()) {
        if (problem.rule == "booking-issues" && issues.empty()) {
            problem.message += "\n" + anyway;
        } else if (problem.rule == "booking-issues") {
            problem.message = _("This time has issues:");
            for (const std::string& issue : issues)
                problem.message += "\n  - " + issue;
            problem.message += "\n" + anyway;
        } else if (problem.rule == "referral-only-required") {
            problem.message = _("Only a referral visit can be booked for this client: the safety screening asks for a "
                                "referral or a physician's clearance. Book one with `appointment add --referral-only` "
                                "(to talk it through and refer, no massage), or record the clearance first "
                                "(`client clear`).");
        }
        problems.push_back(std::move(problem));
    }
    return ValidationError(std::move(problems));
}

std::vector<std::string> visitTableHeaders()
{
    return {_("ID"), _("Start"), _("Minutes"), _("Client"), _("Service"), _("Status"), _("Flags")};
}

std::vector<std::string> visitTableRow(const Appointment& visit, VisitNames& names)
{
    return {std::to_string(visit.id), startText(visit.start), std::to_string(visit.minutes),
            names.client(visit.clientId), names.service(visit.serviceId), labelOf(visit.status), flagsText(visit)};
}

void printVisits(const CliContext& context, const std::vector<Appointment>& visits, VisitNames& names)
{
    std::vector<std::vector<std::string>> table;
    for (const Appointment& visit : visits)
        table.push_back(visitTableRow(visit, names));
    context.printTable(visitTableHeaders(), table);
}

nlohmann::json visitJson(const Appointment& visit, VisitNames& names)
{
    nlohmann::json json = visit;
    json["client_name"] = names.client(visit.clientId);
    json["service_name"] = names.service(visit.serviceId);
    return json;
}

void printWaitlist(const CliContext& context, const std::vector<WaitlistEntry>& entries, VisitNames& names)
{
    std::vector<std::vector<std::string>> table;
    for (const WaitlistEntry& entry : entries)
        table.push_back({std::to_string(entry.id), names.client(entry.clientId), names.service(entry.serviceId),
                         isoDate(entry.from), entry.until ? isoDate(*entry.until) : "\u2014", entry.preferences});
    context.printTable({_("Entry"), _("Client"), _("Service"), _("From"), _("Until"), _("Preferences")}, table);
}

nlohmann::json waitlistJson(const WaitlistEntry& entry, VisitNames& names)
{
    nlohmann::json json = entry;
    json["client_name"] = names.client(entry.clientId);
    json["service_name"] = names.service(entry.serviceId);
    return json;
}

} // namespace knotwork::cli
