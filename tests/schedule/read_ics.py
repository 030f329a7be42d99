"""Reads an iCalendar file with Debian's python3-icalendar, a parser independent of Knotwork's
writer, and prints what it understood as JSON: the calendar's properties and each event's fields,
times as UTC "YYYY-MM-DDTHH:MM:SSZ". Used by tests/schedule/test_ics_calendar.cpp."""
import datetime
import json
import sys

import icalendar


def utc(value):
    moment = value.dt
    if moment.tzinfo is None or moment.utcoffset() != datetime.timedelta(0):
        raise SystemExit(f"not a UTC time: {value.to_ical()!r}")
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def main(path):
    with open(path, "rb") as file:
        calendar = icalendar.Calendar.from_ical(file.read())
    if calendar.errors:
        raise SystemExit(f"parse errors: {calendar.errors}")
    events = []
    for event in calendar.walk("VEVENT"):
        if event.errors:
            raise SystemExit(f"parse errors: {event.errors}")
        fields = {
            "uid": str(event["UID"]),
            "dtstamp": utc(event["DTSTAMP"]),
            "dtstart": utc(event["DTSTART"]),
            "dtend": utc(event["DTEND"]),
            "summary": str(event["SUMMARY"]),
            "status": str(event["STATUS"]),
            "sequence": int(event["SEQUENCE"]),
        }
        if "LAST-MODIFIED" in event:
            fields["last_modified"] = utc(event["LAST-MODIFIED"])
        events.append(fields)
    print(json.dumps({
        "version": str(calendar["VERSION"]),
        "prodid": str(calendar["PRODID"]),
        "calscale": str(calendar["CALSCALE"]),
        "method": str(calendar["METHOD"]),
        "name": str(calendar["X-WR-CALNAME"]),
        "events": events,
    }, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
