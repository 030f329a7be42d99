// The appointment book as an iCalendar file for the therapist's phone: the RFC 5545 rules a
// calendar app relies on (CRLF, folding at 75 octets, escaping, UTC times), UIDs that stay the
// same so a re-import updates, cancellations marked as such, and the privacy option that shows
// initials only. The last test reads the file back with Debian's python3-icalendar, a parser
// that owes nothing to the writer.
#include <fstream>
#include <stdexcept>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "common/utf8_text.h"
#include "schedule/ics_calendar.h"
#include "support/environment_override.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace knotwork::schedule {
namespace {

using boost::posix_time::hours;
using boost::posix_time::minutes;

Timestamp utc(const Date& day, int hour, int minute = 0)
{
    return Timestamp(boost::posix_time::ptime(day, hours(hour) + minutes(minute)));
}

CalendarEvent visit(AppointmentId id, const LocalTime& start, int length = 60)
{
    CalendarEvent event;
    event.appointment.id = id;
    event.appointment.clientId = 7;
    event.appointment.start = start;
    event.appointment.minutes = length;
    event.appointment.rowVersion = 1;
    event.clientName = "Zoë Martin";
    event.clientInitials = "Z. M.";
    event.serviceName = "Treatment, 60 min";
    return event;
}

CalendarOptions practiceOptions()
{
    CalendarOptions options;
    options.calendarName = "Calm Hands Massage";
    options.practiceIdentifier = "3f6c2a9e-knotwork";
    options.stampedAt = utc(Date(2026, 10, 1), 12);
    return options;
}

// The file's lines as written, without their CRLF.
std::vector<std::string> physicalLines(const std::string& text)
{
    std::vector<std::string> lines;
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t end = text.find("\r\n", at);
        lines.push_back(text.substr(at, end - at));
        at = end == std::string::npos ? text.size() : end + 2;
    }
    return lines;
}

// The content lines, unfolded as RFC 5545 3.1 says: a CRLF followed by one space goes.
std::vector<std::string> contentLines(std::string text)
{
    for (std::size_t at; (at = text.find("\r\n ")) != std::string::npos;)
        text.erase(at, 3);
    return physicalLines(text);
}

// The values of every `name` property, in order.
std::vector<std::string> valuesOf(const std::string& text, const std::string& name)
{
    std::vector<std::string> values;
    for (const std::string& line : contentLines(text)) {
        if (line.starts_with(name + ":"))
            values.push_back(line.substr(name.size() + 1));
    }
    return values;
}

bool isWholeUtf8(std::string_view text)
{
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t length = utf8SequenceAt(text, at).length;
        if (length == 0)
            return false;
        at += length;
    }
    return true;
}

// Every test runs in one zone with clock changes, so the UTC times are the same wherever it runs.
class IcsCalendar : public ::testing::Test {
protected:
    testing::TimeZoneOverride toronto{"America/Toronto"};
};

TEST_F(IcsCalendar, IsOnePublishedCalendarNamedForThePracticeWithOneEventPerAppointment)
{
    const std::string ics = icsCalendar({visit(1, localTimeOn(Date(2026, 11, 23), hours(10))),
                                         visit(2, localTimeOn(Date(2026, 11, 24), hours(14)))},
                                        practiceOptions());
    const std::vector<std::string> lines = contentLines(ics);
    ASSERT_GE(lines.size(), 7u);
    EXPECT_EQ(lines.front(), "BEGIN:VCALENDAR");
    EXPECT_EQ(lines[1], "VERSION:2.0");
    EXPECT_EQ(valuesOf(ics, "PRODID").size(), 1u);
    EXPECT_EQ(valuesOf(ics, "CALSCALE"), std::vector<std::string>{"GREGORIAN"});
    EXPECT_EQ(valuesOf(ics, "METHOD"), std::vector<std::string>{"PUBLISH"});
    EXPECT_EQ(valuesOf(ics, "X-WR-CALNAME"), std::vector<std::string>{"Calm Hands Massage"});
    EXPECT_EQ(valuesOf(ics, "BEGIN"), (std::vector<std::string>{"VCALENDAR", "VEVENT", "VEVENT"}));
    EXPECT_EQ(valuesOf(ics, "END"), (std::vector<std::string>{"VEVENT", "VEVENT", "VCALENDAR"}));
    EXPECT_EQ(lines.back(), "END:VCALENDAR");
    EXPECT_EQ(valuesOf(ics, "DTSTAMP"), (std::vector<std::string>{"20261001T120000Z", "20261001T120000Z"}))
        << "the export's moment comes from the caller's clock";
}

TEST_F(IcsCalendar, AnEmptyBookIsACalendarWithoutEvents)
{
    const std::string ics = icsCalendar({}, practiceOptions());
    EXPECT_EQ(valuesOf(ics, "BEGIN"), std::vector<std::string>{"VCALENDAR"});
    EXPECT_TRUE(valuesOf(ics, "UID").empty());
}

TEST_F(IcsCalendar, EveryLineEndsInCrlfAndNoneIsLongerThan75Octets)
{
    CalendarEvent longName = visit(1, localTimeOn(Date(2026, 11, 23), hours(10)));
    longName.clientName = "Maria-Concepción Éléonore Ånström-Żółkiewska de la Peña y Øvergård Nguyễn";
    longName.serviceName = "Initial assessment and treatment, 90 min, with extended intake";
    CalendarOptions options = practiceOptions();
    options.calendarName = std::string(120, 'N');
    const std::string ics = icsCalendar({longName, visit(2, localTimeOn(Date(2026, 11, 24), hours(9)))}, options);

    ASSERT_TRUE(ics.ends_with("END:VCALENDAR\r\n"));
    for (std::size_t at = 0; (at = ics.find('\n', at)) != std::string::npos; ++at)
        ASSERT_TRUE(at > 0 && ics[at - 1] == '\r') << "a bare LF at octet " << at;
    for (std::size_t at = 0; (at = ics.find('\r', at)) != std::string::npos; ++at)
        ASSERT_TRUE(at + 1 < ics.size() && ics[at + 1] == '\n') << "a bare CR at octet " << at;
    int folded = 0;
    for (const std::string& line : physicalLines(ics)) {
        EXPECT_LE(line.size(), 75u) << line;
        folded += line.starts_with(" ");
    }
    EXPECT_GE(folded, 2) << "the long name and the long calendar name were folded";
}

TEST_F(IcsCalendar, ALongAccentedNameFoldsBetweenCharactersAndUnfoldsToTheOriginal)
{
    CalendarEvent event = visit(1, localTimeOn(Date(2026, 11, 23), hours(10)));
    event.clientName = "Éléonore-Françoise Ōtsuka-Żółkiewska Ængströms Þórðardóttir Ñúñez Ğüneş Łódź Çelik";
    event.serviceName = "Treatment";
    const std::string contentLine = "SUMMARY:" + event.clientName + " – Treatment";
    ASSERT_EQ(static_cast<unsigned char>(contentLine[75]) & 0xC0, 0x80) << "the 76th octet is inside an \"ó\"";
    const std::string ics = icsCalendar({event}, practiceOptions());

    const std::vector<std::string> lines = physicalLines(ics);
    const auto summary = std::find_if(lines.begin(), lines.end(),
                                      [](const std::string& line) { return line.starts_with("SUMMARY:"); });
    ASSERT_NE(summary, lines.end());
    ASSERT_TRUE(summary + 1 != lines.end() && (summary + 1)->starts_with(" ")) << "the summary was folded";
    EXPECT_EQ(*summary, contentLine.substr(0, 74)) << "folded before the \"ó\", not inside it";
    for (auto line = summary; line == summary || line->starts_with(" "); ++line) {
        EXPECT_LE(line->size(), 75u);
        EXPECT_TRUE(isWholeUtf8(*line)) << "a character was cut at the fold: " << *line;
    }
    EXPECT_EQ(valuesOf(ics, "SUMMARY"), std::vector<std::string>{event.clientName + " – Treatment"});
}

TEST_F(IcsCalendar, TextValuesEscapeBackslashSemicolonCommaAndNewline)
{
    CalendarEvent event = visit(1, localTimeOn(Date(2026, 11, 23), hours(10)));
    event.clientName = "Martin; Zoë \\ \"Zo\"";
    event.serviceName = "Treatment, 60 min\nback";
    CalendarOptions options = practiceOptions();
    options.calendarName = "Calm Hands, Massage; Therapy";
    const std::string ics = icsCalendar({event}, options);

    EXPECT_EQ(valuesOf(ics, "SUMMARY"),
              std::vector<std::string>{"Martin\\; Zoë \\\\ \"Zo\" – Treatment\\, 60 min\\nback"});
    EXPECT_EQ(valuesOf(ics, "X-WR-CALNAME"), std::vector<std::string>{"Calm Hands\\, Massage\\; Therapy"});
}

TEST_F(IcsCalendar, TimesAreInUtcAcrossTheDaylightSavingChanges)
{
    // 10:00 on the wall clock on either side of the autumn change (2026-11-01) and of the spring
    // change (2027-03-14): the same time for the client, an hour apart in UTC.
    const std::string ics = icsCalendar({visit(1, localTimeOn(Date(2026, 10, 31), hours(10))),
                                         visit(2, localTimeOn(Date(2026, 11, 2), hours(10))),
                                         visit(3, localTimeOn(Date(2027, 3, 13), hours(10)), 90),
                                         visit(4, localTimeOn(Date(2027, 3, 15), hours(10)), 90)},
                                        practiceOptions());
    EXPECT_EQ(valuesOf(ics, "DTSTART"), (std::vector<std::string>{"20261031T140000Z", "20261102T150000Z",
                                                                   "20270313T150000Z", "20270315T140000Z"}));
    EXPECT_EQ(valuesOf(ics, "DTEND"), (std::vector<std::string>{"20261031T150000Z", "20261102T160000Z",
                                                                 "20270313T163000Z", "20270315T153000Z"}));
}

TEST_F(IcsCalendar, AVisitDuringTheNightOfAChangeLastsItsLengthAndEndsAfterItStarts)
{
    // 01:30 on 2026-11-01 is its first occurrence (summer time, 05:30Z); 02:30 on 2027-03-14 does
    // not exist and is read after the change (03:30 summer time, 07:30Z).
    const std::string ics = icsCalendar({visit(1, localTimeOn(Date(2026, 11, 1), hours(1) + minutes(30))),
                                         visit(2, localTimeOn(Date(2027, 3, 14), hours(2) + minutes(30)), 30)},
                                        practiceOptions());
    EXPECT_EQ(valuesOf(ics, "DTSTART"), (std::vector<std::string>{"20261101T053000Z", "20270314T073000Z"}));
    EXPECT_EQ(valuesOf(ics, "DTEND"), (std::vector<std::string>{"20261101T063000Z", "20270314T080000Z"}));
}

TEST_F(IcsCalendar, TheUidStaysTheSameWhenTheVisitChangesSoAReimportUpdatesIt)
{
    CalendarEvent event = visit(42, localTimeOn(Date(2026, 11, 23), hours(10)));
    const std::string first = icsCalendar({event}, practiceOptions());

    event.appointment.start = localTimeOn(Date(2026, 11, 25), hours(15));
    event.appointment.rowVersion = 3;
    event.appointment.updatedAt = utc(Date(2026, 10, 2), 9, 15);
    event.appointment.createdAt = utc(Date(2026, 9, 1), 8);
    CalendarOptions later = practiceOptions();
    later.stampedAt = utc(Date(2026, 10, 2), 10);
    const std::string second = icsCalendar({event}, later);

    EXPECT_EQ(valuesOf(first, "UID"), std::vector<std::string>{"appointment-42@3f6c2a9e-knotwork"});
    EXPECT_EQ(valuesOf(second, "UID"), valuesOf(first, "UID"));
    EXPECT_EQ(valuesOf(first, "SEQUENCE"), std::vector<std::string>{"1"});
    EXPECT_EQ(valuesOf(second, "SEQUENCE"), std::vector<std::string>{"3"}) << "a newer version of the event";
    EXPECT_EQ(valuesOf(second, "DTSTART"), std::vector<std::string>{"20261125T200000Z"});
    EXPECT_EQ(valuesOf(second, "DTSTAMP"), std::vector<std::string>{"20261002T100000Z"});
    EXPECT_EQ(valuesOf(second, "LAST-MODIFIED"), std::vector<std::string>{"20261002T091500Z"});
    EXPECT_EQ(valuesOf(second, "CREATED"), std::vector<std::string>{"20260901T080000Z"});
    EXPECT_TRUE(valuesOf(first, "LAST-MODIFIED").empty()) << "not known, not written";
    EXPECT_TRUE(valuesOf(first, "CREATED").empty());

    CalendarOptions otherPractice = practiceOptions();
    otherPractice.practiceIdentifier = "another-practice";
    EXPECT_EQ(valuesOf(icsCalendar({event}, otherPractice), "UID"),
              std::vector<std::string>{"appointment-42@another-practice"});
}

TEST_F(IcsCalendar, CancelledVisitsAreExportedAsCancelledAndEverythingElseAsConfirmed)
{
    std::vector<CalendarEvent> events;
    for (const AppointmentStatus status :
         {AppointmentStatus::Booked, AppointmentStatus::Arrived, AppointmentStatus::Completed,
          AppointmentStatus::Cancelled, AppointmentStatus::LateCancelled, AppointmentStatus::NoShow}) {
        events.push_back(visit(static_cast<AppointmentId>(events.size() + 1),
                               localTimeOn(Date(2026, 11, 23), hours(9 + static_cast<int>(events.size())))));
        events.back().appointment.status = status;
    }
    const std::string ics = icsCalendar(events, practiceOptions());
    EXPECT_EQ(valuesOf(ics, "STATUS"), (std::vector<std::string>{"CONFIRMED", "CONFIRMED", "CONFIRMED",
                                                                  "CANCELLED", "CANCELLED", "CONFIRMED"}));
    EXPECT_EQ(valuesOf(ics, "TRANSP"), (std::vector<std::string>{"OPAQUE", "OPAQUE", "OPAQUE", "TRANSPARENT",
                                                                  "TRANSPARENT", "OPAQUE"}))
        << "a cancelled visit frees the time";
    const std::vector<std::string> summaries = valuesOf(ics, "SUMMARY");
    ASSERT_EQ(summaries.size(), 6u);
    EXPECT_EQ(summaries[0], "Zoë Martin – Treatment\\, 60 min");
    EXPECT_EQ(summaries[3], "Cancelled: Zoë Martin – Treatment\\, 60 min")
        << "marked for calendars that show cancelled events anyway";
    EXPECT_EQ(summaries[4], summaries[3]);
}

TEST_F(IcsCalendar, WithInitialsOnlyNoPartOfTheNameIsInTheFile)
{
    CalendarEvent event = visit(1, localTimeOn(Date(2026, 11, 23), hours(10)));
    event.clientName = "Zoë Martinez-Okafor";
    event.clientInitials = "Z. M.";
    CalendarEvent cancelled = event;
    cancelled.appointment.id = 2;
    cancelled.appointment.status = AppointmentStatus::LateCancelled;
    CalendarOptions options = practiceOptions();
    options.initialsOnly = true;
    const std::string ics = icsCalendar({event, cancelled}, options);

    EXPECT_EQ(valuesOf(ics, "SUMMARY"), (std::vector<std::string>{"Z. M. – Treatment\\, 60 min",
                                                                   "Cancelled: Z. M. – Treatment\\, 60 min"}));
    const std::string unfolded = [&] {
        std::string all;
        for (const std::string& line : contentLines(ics))
            all += line + '\n';
        return all;
    }();
    for (const char* part : {"Zoë", "Martinez", "Okafor"})
        EXPECT_EQ(unfolded.find(part), std::string::npos) << part;
}

TEST_F(IcsCalendar, NothingClinicalEverGoesIn)
{
    CalendarEvent event = visit(1, localTimeOn(Date(2026, 11, 23), hours(10)));
    event.appointment.notes = "Left shoulder after the fall; ask about the headaches";
    event.appointment.referralOnly = true;
    event.appointment.planId = 5;
    event.appointment.noteId = 9;
    event.appointment.status = AppointmentStatus::Cancelled;
    event.appointment.cancellation = Cancellation{CancelledBy::Client, utc(Date(2026, 11, 20), 15), "migraine"};
    const std::string ics = icsCalendar({event}, practiceOptions());

    for (const char* clinical : {"shoulder", "headaches", "migraine", "eferral", "DESCRIPTION", "COMMENT"})
        EXPECT_EQ(ics.find(clinical), std::string::npos) << clinical;
}

TEST_F(IcsCalendar, RefusesToWriteWithoutAPracticeIdentifierOrAnExportMoment)
{
    const std::vector<CalendarEvent> events{visit(1, localTimeOn(Date(2026, 11, 23), hours(10)))};
    CalendarOptions noIdentifier = practiceOptions();
    noIdentifier.practiceIdentifier.clear();
    EXPECT_THROW(icsCalendar(events, noIdentifier), std::invalid_argument) << "the UIDs would not be stable";
    CalendarOptions noMoment = practiceOptions();
    noMoment.stampedAt = Timestamp(boost::posix_time::not_a_date_time);
    EXPECT_THROW(icsCalendar(events, noMoment), std::invalid_argument);
    std::vector<CalendarEvent> noStart = events;
    noStart.front().appointment.start = LocalTime(boost::posix_time::not_a_date_time);
    EXPECT_THROW(icsCalendar(noStart, practiceOptions()), std::invalid_argument);
}

TEST(CalendarEventOf, ShowsTheClientsFullNameTheirInitialsAndTheService)
{
    clients::Client client;
    client.givenNames = "Zoë Anne";
    client.familyName = "Martin";
    Service service;
    service.name = "Follow up, 30 min";
    Appointment appointment;
    appointment.id = 3;
    const CalendarEvent event = calendarEventOf(appointment, client, service);
    EXPECT_EQ(event.appointment, appointment);
    EXPECT_EQ(event.clientName, "Zoë Anne Martin");
    EXPECT_EQ(event.clientInitials, "Z. M.");
    EXPECT_EQ(event.serviceName, "Follow up, 30 min");
}

TEST(ClientInitials, AreTheFirstLettersOfTheNameTheClientGoesByAndOfTheFamilyName)
{
    clients::Client client;
    client.givenNames = "Robert";
    client.familyName = "Smith";
    EXPECT_EQ(clientInitials(client), "R. S.");
    client.preferredName = "Bob";
    EXPECT_EQ(clientInitials(client), "B. S.");
    client.preferredName.clear();
    client.givenNames = "Łukasz";
    client.familyName = "'t Hooft";
    EXPECT_EQ(clientInitials(client), "Ł. t.");
    client.givenNames = "E\xCC\x81milie";  // E and a combining acute accent
    client.familyName = "";
    EXPECT_EQ(clientInitials(client), "E\xCC\x81.");
    client.givenNames = "";
    EXPECT_EQ(clientInitials(client), "");
}

// What an independent parser reads in the file: python3-icalendar (scripts/packages.txt). Its
// version in Debian 12 (4.0.3) reads an escaped backslash followed by an "n" (\\n in the file)
// as a backslash and a line break, against RFC 5545, so no text here has a backslash before an "n".
nlohmann::json readWithPythonIcalendar(const std::string& ics)
{
    const testing::TempDir folder;
    const auto path = folder / "book.ics";
    std::ofstream(path, std::ios::binary) << ics;
    const auto read = testing::runProcess({"/usr/bin/python3", KNOTWORK_READ_ICS, path.string()});
    if (read.exitCode != 0)
        throw std::runtime_error("python3-icalendar could not read the file: " + read.err);
    return nlohmann::json::parse(read.out);
}

TEST_F(IcsCalendar, AnIndependentParserReadsEveryEventAsWritten)
{
    CalendarEvent autumn = visit(11, localTimeOn(Date(2026, 10, 31), hours(10)));
    autumn.clientName = "Éléonore-Françoise Ōtsuka-Żółkiewska; \"Léo\", Ængström \\ Þórðardóttir Ñúñez";
    autumn.appointment.rowVersion = 4;
    autumn.appointment.updatedAt = utc(Date(2026, 9, 30), 8, 5);
    CalendarEvent winter = visit(12, localTimeOn(Date(2026, 11, 2), hours(10)), 45);
    winter.serviceName = "Follow up\nshort";
    winter.appointment.status = AppointmentStatus::LateCancelled;
    CalendarOptions options = practiceOptions();
    options.calendarName = "Calm Hands, Massage";
    const nlohmann::json calendar = readWithPythonIcalendar(icsCalendar({autumn, winter}, options));

    EXPECT_EQ(calendar["version"], "2.0");
    EXPECT_EQ(calendar["calscale"], "GREGORIAN");
    EXPECT_EQ(calendar["method"], "PUBLISH");
    EXPECT_EQ(calendar["name"], "Calm Hands, Massage");
    ASSERT_EQ(calendar["events"].size(), 2u);
    const nlohmann::json& first = calendar["events"][0];
    EXPECT_EQ(first["uid"], "appointment-11@3f6c2a9e-knotwork");
    EXPECT_EQ(first["dtstamp"], "2026-10-01T12:00:00Z");
    EXPECT_EQ(first["dtstart"], "2026-10-31T14:00:00Z");
    EXPECT_EQ(first["dtend"], "2026-10-31T15:00:00Z");
    EXPECT_EQ(first["summary"], autumn.clientName + " – Treatment, 60 min");
    EXPECT_EQ(first["status"], "CONFIRMED");
    EXPECT_EQ(first["sequence"], 4);
    EXPECT_EQ(first["last_modified"], "2026-09-30T08:05:00Z");
    const nlohmann::json& second = calendar["events"][1];
    EXPECT_EQ(second["uid"], "appointment-12@3f6c2a9e-knotwork");
    EXPECT_EQ(second["dtstart"], "2026-11-02T15:00:00Z");
    EXPECT_EQ(second["dtend"], "2026-11-02T15:45:00Z");
    EXPECT_EQ(second["summary"], "Cancelled: Zoë Martin – Follow up\nshort");
    EXPECT_EQ(second["status"], "CANCELLED");
    EXPECT_EQ(second["sequence"], 1);
    EXPECT_FALSE(second.contains("last_modified"));
}

} // namespace
} // namespace knotwork::schedule
