#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "clients/client_service.h"
#include "common/unit_of_work.h"
#include "schedule/attendance.h"
#include "schedule/booking_check.h"
#include "schedule/schedule_store.h"
#include "schedule/series_planner.h"

namespace knotwork::schedule {

// Booking issues (booking_check.h) never forbid a booking: the therapist decides. A screen first
// asks for the plan (planBooking, previewMove, previewSeries…), shows its issues, and saves with
// IssuesAccepted once the therapist has seen them; a command saves with IssuesRefused and shows
// the ValidationError ("start", rule "booking-issues") that lists them, then may save again with
// IssuesAccepted (`--anyway`).
enum class Issues { Refused, Accepted };

// What booking a visit would mean, before anything is saved.
struct BookingPlan {
    std::vector<BookingIssue> issues;
    // The client's safety screening asks for a referral or a clearance: only a referral visit
    // (Appointment::referralOnly) may be booked, for talking it through, never for massage.
    bool referralOnlyRequired = false;
    // The intake's precautions ("Pregnant (positioning)"), empty when there are none: shown with
    // the visit, never a block.
    std::string precautions;
};

// When a note started from a visit says it took place (SessionService::openNote).
struct NoteStart {
    Date visitDate{boost::gregorian::not_a_date_time};
    TimeOfDay visitTime;
};
NoteStart noteStartOf(const Appointment& visit);

// A visit's client as the book's screens show them: the names and the precautions ("" when none).
struct VisitClient {
    clients::Client client;
    std::string precautions;
};

// A re-spacing worked out for the therapist to confirm: the series' upcoming visits as they were
// read (their rowVersions guard the apply against changes made meanwhile) and what to do with them.
struct RespacePreview {
    std::vector<Appointment> remaining;
    Respacing respacing;
};

// A change to the rest of a series, previewed: each visit as it would be saved, with its issues.
struct SeriesChange {
    Appointment visit;
    std::vector<BookingIssue> issues;
};

// The use cases of the appointment book, the same for the GUI and the CLI. Every write is one
// action of the UnitOfWork; values are validated first (ValidationError with every problem); a
// stale rowVersion is a ConflictError that changes nothing; an unknown visit, client or service
// is a NotFoundError. The time ("now", "today") is the client service's clock.
class ScheduleService {
public:
    ScheduleService(ScheduleStore& book, clients::ClientService& clients, UnitOfWork& actions);

    // For a front desk account on a clinic server, which may not read a client's chart: the book
    // then judges whether only a referral visit may be booked by the safety status the client list
    // shows (stored with every change of the chart, an expired clearance counted as none), and
    // shows no precautions.
    void judgeSafetyByListStatus() { m_safetyByListStatus = true; }

    // Reading is open to screens and commands; every write goes through the use cases below.
    ScheduleStore& book() { return m_book; }
    const Clock& clock() const { return m_clients.clock(); }
    // The stored visit; NotFoundError if unknown.
    Appointment visit(AppointmentId id) { return stored(id); }

    // ---- One visit --------------------------------------------------------------------------

    // The issues of putting `visit` on the book (visit.id set: moving that visit), whether only a
    // referral visit may be booked for its client, and the client's precautions. Validates the
    // visit first; NotFoundError for an unknown client.
    BookingPlan planBooking(const Appointment& visit);
    // The client's precautions for a visit's screens ("" when none); NotFoundError for an unknown client.
    std::string precautionsOf(ClientId client);
    // The same from a chart the caller has already read.
    std::string precautionsOf(const clients::ClientChart& chart);
    // The client of each of `visits` with their precautions, read at once (a day's or a week's
    // visits); NotFoundError for an unknown client.
    std::map<ClientId, VisitClient> visitClients(const std::vector<Appointment>& visits);
    // Whether the client's screening lets only a referral visit be booked.
    bool referralOnlyRequired(ClientId client);

    // Saves a new visit, Booked. Refused with a ValidationError: invalid values; "client_id"
    // (rule "archived") for an archived client; "referral_only"
    // (rule "referral-only-required") when the screening asks for a referral or a clearance and
    // the visit is not a referral visit; "start" (rule "booking-issues") when it has issues and
    // they were not accepted. Returns the visit as saved.
    Appointment book(const Appointment& visit, Issues issues);
    // The visit at a new time and length, checked like a new booking (not against itself).
    BookingPlan previewMove(AppointmentId id, const LocalTime& newStart, int newMinutes);
    Appointment move(AppointmentId id, int rowVersion, const LocalTime& newStart, int newMinutes, Issues issues);

    // Calls off an upcoming visit. A client's word with less notice than the policy's window
    // (noticeMinutes, across daylight-saving changes) makes it LateCancelled; a therapist's
    // cancellation is never late. `reason` is one line, required. The word came now (the clock).
    Appointment cancel(AppointmentId id, int rowVersion, CancelledBy by, const std::string& reason);
    // A booked visit whose start has passed, without the client: NoShow.
    Appointment markNoShow(AppointmentId id, int rowVersion);
    // The client is here: a booked visit becomes Arrived.
    Appointment markArrived(AppointmentId id, int rowVersion);
    // The visit happened and `noteId` is its session note: Completed, the note linked. A booked or
    // arrived visit, or a completed one with no note yet.
    Appointment complete(AppointmentId id, int rowVersion, long long noteId);
    // Start note, as one action: `openNote` stores the visit's session note (or finds the one
    // begun for it) from the visit's day and time and returns its id, and the visit is completed
    // with it. If anything is refused, neither the note nor the visit is changed. A visit that
    // has its note already is returned as it is.
    Appointment startNote(AppointmentId id, int rowVersion, const std::function<long long(const NoteStart&)>& openNote);

    // ---- A plan's series --------------------------------------------------------------------

    // The series for the therapist to confirm (series_planner.h proposeSeries) against the book.
    // With request.visit.planId, the plan's upcoming visits already booked for the client (from
    // today) count as its visits and the series goes on after them (continuedAfter): a plan
    // booked twice proposes only what the first booking left out.
    std::vector<ProposedVisit> previewSeries(const SeriesRequest& request);
    // Saves the confirmed proposals (skipped ones are left out) as one series of `visit` (its
    // client, service, minutes, buffer, plan, referral flag, notes), all or none, checked as
    // book() checks each. Returns the series id.
    SeriesId bookSeries(const std::vector<ProposedVisit>& confirmed, const Appointment& visit, Issues issues);

    // When the plan moves to `phase`: the series' upcoming visits from today re-spaced (respaceSeries).
    RespacePreview previewRespace(SeriesId series, const std::vector<plans::FrequencyPhase>& phases, int phase,
                                  int visitsDoneInPhase);
    // In one action: each kept visit moved to its proposed time (skipped ones keep theirs), and
    // those no longer needed cancelled by the therapist with `reason`. ConflictError when any of
    // the previewed visits changed meanwhile. Returns the visits saved, in order.
    std::vector<Appointment> applyRespace(const RespacePreview& preview, const std::string& reason);

    // "Edit the rest of the series": the visit `from` and the later upcoming ones of its series
    // moved by the offset that takes `from` to `newStart` (moveRestOfSeries), each with its issues.
    std::vector<SeriesChange> previewMoveRest(AppointmentId from, const LocalTime& newStart);
    // Saves that move in one action; `rowVersion` is the visit `from`'s. Returns the visits moved.
    std::vector<Appointment> moveRest(AppointmentId from, int rowVersion, const LocalTime& newStart, Issues issues);
    // "Cancel the rest of the series": the visit `from` and the later upcoming ones, in one action,
    // each cancelled as cancel() does. Returns the visits cancelled.
    std::vector<Appointment> cancelRest(AppointmentId from, int rowVersion, CancelledBy by, const std::string& reason);

    // ---- Reports and the waitlist -----------------------------------------------------------

    Attendance attendance(ClientId client, const Date& from, const Date& to);
    // The open waitlist entries the time a cancelled visit freed could serve, oldest first: the
    // entry's service (with its buffer) fits in the visit's time and buffer, the day is within
    // the entry's from/until, and the entry is not the freed visit's own client.
    std::vector<WaitlistEntry> waitlistFor(AppointmentId freed);
    // Puts a client on the waitlist, added now. Refused with a ValidationError for invalid values
    // (validateWaitlistEntry), "client_id" (rule "archived") for an archived client and
    // "service_id" (rule "unknown") for a service the practice does not have. Returns the entry as
    // saved.
    WaitlistEntry addToWaitlist(const WaitlistEntry& entry);
    // The entry is no longer wanted: closed now. NotFoundError if unknown, ConflictError if closed.
    void closeWaitlistEntry(WaitlistId id);
    // "Offer this time to…", in one action: the entry's client booked at the time the cancelled
    // visit `freed` left (the entry's service, its length and buffer; a referral visit when the
    // client's screening asks for one) — or, when the entry names a booking they would move from,
    // that booking moved there — and the entry closed. Refused with a ValidationError "entry"
    // (rule "not-offered") unless the entry is one waitlistFor(freed) offers, and as book() is.
    Appointment offerFreedTime(AppointmentId freed, WaitlistId entry, Issues issues);

    // ---- The calendar file ------------------------------------------------------------------

    // The visits starting on the days from `from` to `to` (both included), cancelled ones too, as
    // an iCalendar file (ics_calendar.h) named after the practice ("Knotwork appointments" until it
    // has a name) and stamped now. Its UIDs are
    // the practice's calendar identifier's, made by the first export (ScheduleStore::
    // calendarIdentifier). `initialsOnly`: the events show the clients' initials, never names.
    struct CalendarFile {
        std::string ics;
        std::size_t events = 0;
    };
    CalendarFile calendarFile(const Date& from, const Date& to, bool initialsOnly);

private:
    // The book around [from, to): the week, the time off and the visits a day either side.
    BookContext bookAround(const LocalTime& from, const LocalTime& to);
    // The issues of `visit` against the book, where `replacing` stands in for the booked visits of
    // the same ids (a series moving together) and adds those not saved yet (ids below zero).
    std::vector<BookingIssue> issuesOf(const Appointment& visit, const std::vector<Appointment>& replacing = {});
    // Validation, then the safety gate and (unless accepted) the issues as one ValidationError.
    // Returns the issues.
    std::vector<BookingIssue> requireBookable(const Appointment& visit, const std::vector<Appointment>& replacing,
                                              Issues accepted);
    // What booking the client needs to know: whether they are archived, whether only a referral
    // visit may be booked, and their precautions. NotFoundError for an unknown client.
    struct ClientSafety {
        bool archived = false;
        bool blocksTreatment = false;
        std::string precautions;
    };
    ClientSafety safetyOf(ClientId client);
    // The stored visit; NotFoundError if unknown.
    Appointment stored(AppointmentId id);
    // The series of a visit; ValidationError when it is not part of one.
    static SeriesId seriesOf(const Appointment& visit);
    // The stored visit, NotFoundError if unknown, ConflictError if its rowVersion is not `rowVersion`.
    Appointment current(AppointmentId id, int rowVersion);
    Appointment saved(Appointment visit);
    Appointment cancelled(Appointment visit, CancelledBy by, const std::string& reason);
    // ValidationError unless the visit may be completed: booked, under way, or completed without its note.
    static void requireCompletable(const Appointment& visit);
    // The visit saved Completed with its note; requireCompletable first.
    Appointment completed(Appointment visit, long long noteId);

    ScheduleStore& m_book;
    clients::ClientService& m_clients;
    UnitOfWork& m_actions;
    bool m_safetyByListStatus = false;
};

} // namespace knotwork::schedule
