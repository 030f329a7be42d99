#include "schedule/schedule_service.h"

#include <algorithm>

#include "clients/listed_client.h"
#include "clients/screening.h"
#include "common/error.h"
#include "common/i18n.h"
#include "common/validator.h"
#include "schedule/schedule_validation.h"

namespace knotwork::schedule {

namespace {

using boost::gregorian::days;

std::string issuesText(const std::vector<BookingIssue>& issues)
{
    std::string text;
    for (const BookingIssue& issue : issues)
        text += (text.empty() ? "" : "; ") + describeIssue(issue);
    return text;
}

} // namespace

NoteStart noteStartOf(const Appointment& visit)
{
    return {visit.start.date(), visit.start.time_of_day()};
}

ScheduleService::ScheduleService(ScheduleStore& book, clients::ClientService& clients, UnitOfWork& actions)
    : m_book(book), m_clients(clients), m_actions(actions)
{
}

BookContext ScheduleService::bookAround(const LocalTime& from, const LocalTime& to)
{
    // A day either side: a visit late the evening before may still hold the room with its buffer.
    const LocalTime first(from.date() - days(1));
    const LocalTime last(to.date() + days(2));
    return {m_book.workingWeek(), m_book.timeOffBetween(first, last), m_book.appointmentsBetween(first, last)};
}

std::vector<BookingIssue> ScheduleService::issuesOf(const Appointment& visit, const std::vector<Appointment>& replacing)
{
    LocalTime from = visit.start;
    LocalTime to = visit.freeFrom();
    for (const Appointment& other : replacing) {
        from = std::min(from, other.start);
        to = std::max(to, other.freeFrom());
    }
    BookContext book = bookAround(from, to);
    std::erase_if(book.booked, [&](const Appointment& booked) {
        return std::ranges::any_of(replacing, [&](const Appointment& other) { return other.id == booked.id; });
    });
    book.booked.insert(book.booked.end(), replacing.begin(), replacing.end());
    return bookingIssues(visit, book);
}

bool ScheduleService::referralOnlyRequired(ClientId client)
{
    return safetyOf(client).blocksTreatment;
}

ScheduleService::ClientSafety ScheduleService::safetyOf(ClientId client)
{
    if (m_safetyByListStatus) {
        const clients::ClientListRow listed = m_clients.clients().listRow(client, m_clients.today());
        clients::SafetyAssessment stored;
        stored.status = listed.status;
        return {listed.archived, stored.blocksTreatment(), {}};
    }
    const clients::ClientChart chart = m_clients.clients().chart(client);
    const clients::SafetyAssessment safety = m_clients.assess(chart);
    return {chart.client.archived, safety.blocksTreatment(), clients::precautionsText(safety.precautions)};
}

std::string ScheduleService::precautionsOf(ClientId client)
{
    return safetyOf(client).precautions;
}

std::string ScheduleService::precautionsOf(const clients::ClientChart& chart)
{
    return clients::precautionsText(m_clients.assess(chart).precautions);
}

std::map<ClientId, VisitClient> ScheduleService::visitClients(const std::vector<Appointment>& visits)
{
    std::vector<ClientId> ids;
    for (const Appointment& visit : visits)
        ids.push_back(visit.clientId);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::map<ClientId, VisitClient> found;
    if (m_safetyByListStatus) {
        for (const ClientId id : ids)
            found.emplace(id, VisitClient{clients::listedClient(m_clients.clients().listRow(id, m_clients.today())), {}});
        return found;
    }
    for (clients::VisitingClient& visiting : m_clients.clients().visitingClients(ids))
        found.emplace(visiting.client.id,
                        VisitClient{std::move(visiting.client), clients::precautionsText(visiting.healthFlags)});
    for (const ClientId id : ids)
        if (!found.contains(id))
            throw NotFoundError(formatMessage(_("There is no client number {} in this practice."), id));
    return found;
}

std::vector<BookingIssue> ScheduleService::requireBookable(const Appointment& visit,
                                                           const std::vector<Appointment>& replacing,
                                                           Issues accepted)
{
    validateAppointment(visit, m_clients.today());
    Validator validator;
    const ClientSafety safety = safetyOf(visit.clientId);
    if (safety.archived)
        validator.add("client_id", "archived",
                      _("The client is archived: restore the client before booking a visit."));
    if (!visit.referralOnly && safety.blocksTreatment)
        validator.add("referral_only", "referral-only-required",
                      _("The client's safety screening asks for a referral or a physician's clearance: "
                        "book this visit as a referral visit (to talk it through and refer, no massage) "
                        "until a clearance is recorded."));
    std::vector<BookingIssue> issues = issuesOf(visit, replacing);
    if (!issues.empty() && accepted == Issues::Refused)
        validator.add("start", "booking-issues",
                      formatMessage(_("This time has issues: {}. Choose another time, or book it anyway."),
                                    issuesText(issues)));
    validator.throwIfAny();
    return issues;
}

BookingPlan ScheduleService::planBooking(const Appointment& visit)
{
    validateAppointment(visit, m_clients.today());
    const ClientSafety safety = safetyOf(visit.clientId);
    return {issuesOf(visit), safety.blocksTreatment, safety.precautions};
}

Appointment ScheduleService::stored(AppointmentId id)
{
    std::optional<Appointment> visit = m_book.findAppointment(id);
    if (!visit)
        throw NotFoundError(formatMessage(_("There is no appointment {} on the book."), id));
    return *visit;
}

SeriesId ScheduleService::seriesOf(const Appointment& visit)
{
    if (!visit.seriesId)
        throw ValidationError("series", "not-in-series", _("This visit is not part of a series."));
    return *visit.seriesId;
}

Appointment ScheduleService::current(AppointmentId id, int rowVersion)
{
    Appointment visit = stored(id);
    if (visit.rowVersion != rowVersion)
        throw ConflictError(_("This appointment was changed elsewhere since it was opened; nothing was "
                              "changed. Open it again to see the latest version."));
    return visit;
}

Appointment ScheduleService::saved(Appointment visit)
{
    visit.rowVersion = m_book.updateAppointment(visit);
    return *m_book.findAppointment(visit.id);
}

Appointment ScheduleService::book(const Appointment& visit, Issues issues)
{
    Appointment fresh = visit;
    fresh.id = 0;
    fresh.status = AppointmentStatus::Booked;
    fresh.cancellation.reset();
    fresh.noteId.reset();
    return m_actions.result([&] {
        requireBookable(fresh, {}, issues);
        return *m_book.findAppointment(m_book.addAppointment(fresh));
    });
}

namespace {

void requireStatus(const Appointment& visit, std::initializer_list<AppointmentStatus> allowed, const char* message)
{
    if (std::ranges::find(allowed, visit.status) == allowed.end())
        throw ValidationError("status", "wrong-status", message);
}

Appointment movedTo(Appointment visit, const LocalTime& newStart, int newMinutes)
{
    visit.start = newStart;
    visit.minutes = newMinutes;
    return visit;
}

} // namespace

BookingPlan ScheduleService::previewMove(AppointmentId id, const LocalTime& newStart, int newMinutes)
{
    return planBooking(movedTo(stored(id), newStart, newMinutes));
}

Appointment ScheduleService::move(AppointmentId id, int rowVersion, const LocalTime& newStart, int newMinutes,
                                  Issues issues)
{
    return m_actions.result([&] {
        Appointment visit = movedTo(current(id, rowVersion), newStart, newMinutes);
        requireStatus(visit, {AppointmentStatus::Booked}, _("Only a booked visit can be moved."));
        requireBookable(visit, {}, issues);
        return saved(visit);
    });
}

Appointment ScheduleService::cancelled(Appointment visit, CancelledBy by, const std::string& reason)
{
    requireStatus(visit, {AppointmentStatus::Booked, AppointmentStatus::Arrived},
                  _("Only a visit still to come can be cancelled."));
    const Cancellation cancellation{by, m_clients.clock().now(), reason};
    const bool late = by == CancelledBy::Client
        && noticeMinutes(visit, cancellation) < 60LL * m_book.cancellationPolicy().lateWindowHours;
    visit.status = late ? AppointmentStatus::LateCancelled : AppointmentStatus::Cancelled;
    visit.cancellation = cancellation;
    validateAppointment(visit, m_clients.today());
    return saved(visit);
}

Appointment ScheduleService::cancel(AppointmentId id, int rowVersion, CancelledBy by, const std::string& reason)
{
    return m_actions.result([&] { return cancelled(current(id, rowVersion), by, reason); });
}

Appointment ScheduleService::markNoShow(AppointmentId id, int rowVersion)
{
    return m_actions.result([&] {
        Appointment visit = current(id, rowVersion);
        requireStatus(visit, {AppointmentStatus::Booked}, _("Only a booked visit can be marked as a no-show."));
        if (utcOfLocal(visit.start).utc() > m_clients.clock().now().utc())
            throw ValidationError("status", "not-started",
                                  _("A visit can be marked as a no-show only once its start has passed."));
        visit.status = AppointmentStatus::NoShow;
        return saved(visit);
    });
}

Appointment ScheduleService::markArrived(AppointmentId id, int rowVersion)
{
    return m_actions.result([&] {
        Appointment visit = current(id, rowVersion);
        requireStatus(visit, {AppointmentStatus::Booked}, _("Only a booked visit can be marked as arrived."));
        visit.status = AppointmentStatus::Arrived;
        return saved(visit);
    });
}

Appointment ScheduleService::complete(AppointmentId id, int rowVersion, long long noteId)
{
    return m_actions.result([&] {
        const Appointment visit = current(id, rowVersion);
        requireCompletable(visit);
        return completed(visit, noteId);
    });
}

Appointment ScheduleService::startNote(AppointmentId id, int rowVersion,
                                       const std::function<long long(const NoteStart&)>& openNote)
{
    return m_actions.result([&] {
        Appointment visit = current(id, rowVersion);
        if (visit.noteId)
            return visit;
        requireCompletable(visit);
        return completed(visit, openNote(noteStartOf(visit)));
    });
}

void ScheduleService::requireCompletable(const Appointment& visit)
{
    const bool noteMissing = visit.status == AppointmentStatus::Completed && !visit.noteId;
    if (!noteMissing)
        requireStatus(visit, {AppointmentStatus::Booked, AppointmentStatus::Arrived},
                      _("Only a visit that is booked or under way can be completed."));
}

Appointment ScheduleService::completed(Appointment visit, long long noteId)
{
    visit.status = AppointmentStatus::Completed;
    visit.noteId = noteId;
    return saved(visit);
}

} // namespace knotwork::schedule
