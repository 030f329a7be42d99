#include "schedule/ics_calendar.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "common/i18n.h"
#include "common/local_time.h"
#include "common/utf8_text.h"
#include "schedule/ics_text.h"

namespace knotwork::schedule {

namespace {

bool isCombiningMark(char32_t code)
{
    return (code >= 0x0300 && code <= 0x036F) || (code >= 0x1AB0 && code <= 0x1AFF)
        || (code >= 0x1DC0 && code <= 0x1DFF) || (code >= 0x20D0 && code <= 0x20FF)
        || (code >= 0xFE20 && code <= 0xFE2F);
}

// The first letter of `name` with the combining marks that follow it, and a period; nothing when
// the name has no letter to start from.
std::string initialWithPeriod(std::string_view name)
{
    std::size_t at = 0;
    while (at < name.size() && static_cast<unsigned char>(name[at]) < 0x80
           && !std::isalnum(static_cast<unsigned char>(name[at])))
        ++at;
    if (at >= name.size())
        return {};
    const std::size_t first = at;
    Utf8Sequence sequence = utf8SequenceAt(name, at);
    if (sequence.length == 0)
        return {};
    at += sequence.length;
    while (at < name.size() && (sequence = utf8SequenceAt(name, at)).length != 0 && isCombiningMark(sequence.code))
        at += sequence.length;
    return std::string(name.substr(first, at - first)) + '.';
}

std::string icsSummary(const CalendarEvent& event, bool initialsOnly)
{
    const std::string& who = initialsOnly ? event.clientInitials : event.clientName;
    std::string summary;
    if (who.empty() || event.serviceName.empty())
        summary = who + event.serviceName;
    else
        /* TRANSLATORS: a calendar event: the client and the service, "Z. M. – Treatment, 60 min" */
        summary = formatMessage(_("{} – {}"), who, event.serviceName);
    if (!holdsTime(event.appointment.status))
        /* TRANSLATORS: a calendar event the client or the therapist called off */
        summary = formatMessage(_("Cancelled: {}"), summary);
    return summary;
}

class IcsLines {
public:
    void add(std::string_view name, std::string_view value)
    {
        std::string line(name);
        line += ':';
        line += value;
        m_text += foldedIcsLine(line);
        m_text += "\r\n";
    }
    void addText(std::string_view name, std::string_view value) { add(name, icsText(value)); }
    void addMoment(std::string_view name, const Timestamp& moment) { add(name, moment.compact()); }

    std::string take() { return std::move(m_text); }

private:
    std::string m_text;
};

void addIcsEvent(IcsLines& lines, const CalendarEvent& event, const CalendarOptions& options)
{
    const Appointment& appointment = event.appointment;
    if (appointment.start.is_special())
        throw std::invalid_argument("icsCalendar: appointment " + std::to_string(appointment.id)
                                    + " has no start");
    const Timestamp start = utcOfLocal(appointment.start);
    // The visit lasts its minutes of real time: the wall-clock end would make a visit across a
    // daylight-saving change an hour too long or, in the spring gap, end before it starts.
    const Timestamp end(start.utc() + boost::posix_time::minutes(appointment.minutes));
    const bool cancelled = !holdsTime(appointment.status);  // a cancellation or a late one

    lines.add("BEGIN", "VEVENT");
    lines.addText("UID", "appointment-" + std::to_string(appointment.id) + "@" + options.practiceIdentifier);
    lines.addMoment("DTSTAMP", options.stampedAt);
    lines.addMoment("DTSTART", start);
    lines.addMoment("DTEND", end);
    lines.addText("SUMMARY", icsSummary(event, options.initialsOnly));
    lines.add("STATUS", cancelled ? "CANCELLED" : "CONFIRMED");
    lines.add("TRANSP", cancelled ? "TRANSPARENT" : "OPAQUE");
    lines.add("SEQUENCE", std::to_string(std::max(0, appointment.rowVersion)));
    if (appointment.createdAt)
        lines.addMoment("CREATED", *appointment.createdAt);
    if (appointment.updatedAt || appointment.createdAt)
        lines.addMoment("LAST-MODIFIED", appointment.updatedAt ? *appointment.updatedAt : *appointment.createdAt);
    lines.add("END", "VEVENT");
}

} // namespace

std::string clientInitials(const clients::Client& client)
{
    const std::string& known = client.preferredName.empty() ? client.givenNames : client.preferredName;
    const std::string given = initialWithPeriod(known);
    const std::string family = initialWithPeriod(client.familyName);
    return given.empty() || family.empty() ? given + family : given + ' ' + family;
}

CalendarEvent calendarEventOf(const Appointment& appointment, const clients::Client& client, const Service& service)
{
    return {appointment, clients::fullName(client), clientInitials(client), service.name};
}

std::string icsCalendar(const std::vector<CalendarEvent>& events, const CalendarOptions& options)
{
    if (options.practiceIdentifier.empty())
        throw std::invalid_argument("icsCalendar: no practice identifier for the events' UIDs");
    if (options.stampedAt.utc().is_special())
        throw std::invalid_argument("icsCalendar: no moment for DTSTAMP");

    IcsLines lines;
    lines.add("BEGIN", "VCALENDAR");
    lines.add("VERSION", "2.0");
    lines.add("PRODID", "-//Knotwork//Knotwork appointment book//EN");
    lines.add("CALSCALE", "GREGORIAN");
    lines.add("METHOD", "PUBLISH");
    if (!options.calendarName.empty())
        lines.addText("X-WR-CALNAME", options.calendarName);
    for (const CalendarEvent& event : events)
        addIcsEvent(lines, event, options);
    lines.add("END", "VCALENDAR");
    return lines.take();
}

} // namespace knotwork::schedule
