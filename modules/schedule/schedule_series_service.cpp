// ScheduleService: a plan's series, booked, re-spaced, moved or cancelled together.
#include <algorithm>

#include "common/error.h"
#include "common/i18n.h"
#include "schedule/schedule_service.h"
#include "schedule/schedule_validation.h"

namespace knotwork::schedule {

namespace {

// How far ahead a series' book is read when the request names no end: the plausible limit.
constexpr int kSeriesYears = 2;

} // namespace

std::vector<ProposedVisit> ScheduleService::previewSeries(const SeriesRequest& asked)
{
    if (asked.first.is_not_a_date_time())
        return {};
    // The plan's visits already on the book carry its series on: booking the plan twice does not
    // book its visits twice.
    std::vector<LocalTime> booked;
    if (asked.visit.planId)
        for (const Appointment& visit : m_book.appointmentsOf(asked.visit.clientId))
            if (visit.planId == asked.visit.planId && isUpcoming(visit.status)
                && visit.start >= LocalTime(m_clients.today()))
                booked.push_back(visit.start);
    const SeriesRequest request = continuedAfter(asked, booked);
    const LocalTime last = request.until.is_not_a_date()
        ? request.first + boost::gregorian::years(kSeriesYears)
        : std::max(request.first, LocalTime(request.until));
    return proposeSeries(request, bookAround(request.first, last));
}

SeriesId ScheduleService::bookSeries(const std::vector<ProposedVisit>& confirmed, const Appointment& visit,
                                     Issues issues)
{
    std::vector<Appointment> series;
    for (const ProposedVisit& proposal : confirmed) {
        if (!proposal.booked)
            continue;
        Appointment one = visit;
        one.id = -static_cast<AppointmentId>(series.size() + 1);  // earlier proposals, as the planner names them
        one.start = *proposal.booked;
        one.status = AppointmentStatus::Booked;
        one.cancellation.reset();
        one.noteId.reset();
        one.seriesId.reset();
        series.push_back(one);
    }
    if (series.empty())
        throw ValidationError("series", "no-visits", _("No visit of the series has a time: there is nothing to book."));
    return m_actions.result([&] {
        for (const Appointment& one : series) {
            std::vector<Appointment> others;
            std::ranges::copy_if(series, std::back_inserter(others),
                                 [&](const Appointment& other) { return other.id != one.id; });
            requireBookable(one, others, issues);
        }
        for (Appointment& one : series)
            one.id = 0;
        return m_book.addSeries(series);
    });
}

RespacePreview ScheduleService::previewRespace(SeriesId series, const std::vector<plans::FrequencyPhase>& phases,
                                               int phase, int visitsDoneInPhase)
{
    RespacePreview preview;
    const LocalTime now(m_clients.today());
    for (const Appointment& visit : m_book.appointmentsInSeries(series))
        if (isUpcoming(visit.status) && visit.start >= now)
            preview.remaining.push_back(visit);
    if (preview.remaining.empty())
        return preview;
    const RespaceRequest request{preview.remaining, phases, phase, visitsDoneInPhase};
    const LocalTime last = preview.remaining.back().start + boost::gregorian::years(kSeriesYears);
    preview.respacing = respaceSeries(request, bookAround(preview.remaining.front().start, last));
    return preview;
}

std::vector<Appointment> ScheduleService::applyRespace(const RespacePreview& preview, const std::string& reason)
{
    return m_actions.result([&] {
        auto previewed = [&](AppointmentId id) {
            const auto found = std::ranges::find(preview.remaining, id, &Appointment::id);
            if (found == preview.remaining.end())
                throw ValidationError("series", "not-in-preview",
                                      _("The re-spacing names a visit it was not worked out for; preview it again."));
            return current(found->id, found->rowVersion);
        };
        std::vector<Appointment> done;
        for (const ProposedVisit& proposal : preview.respacing.visits) {
            if (!proposal.moves || !proposal.booked)
                continue;
            Appointment visit = previewed(*proposal.moves);
            if (visit.start == *proposal.booked)
                continue;
            visit.start = *proposal.booked;
            validateAppointment(visit, m_clients.today());
            done.push_back(saved(visit));
        }
        for (AppointmentId id : preview.respacing.noLongerNeeded)
            done.push_back(cancelled(previewed(id), CancelledBy::Therapist, reason));
        return done;
    });
}

std::vector<SeriesChange> ScheduleService::previewMoveRest(AppointmentId from, const LocalTime& newStart)
{
    const std::vector<Appointment> moved =
        moveRestOfSeries(m_book.appointmentsInSeries(seriesOf(stored(from))), from, newStart);
    std::vector<SeriesChange> changes;
    for (const Appointment& one : moved) {
        validateAppointment(one, m_clients.today());
        changes.push_back({one, issuesOf(one, moved)});
    }
    return changes;
}

std::vector<Appointment> ScheduleService::moveRest(AppointmentId from, int rowVersion, const LocalTime& newStart,
                                                   Issues issues)
{
    return m_actions.result([&] {
        const SeriesId series = seriesOf(current(from, rowVersion));
        const std::vector<Appointment> moved = moveRestOfSeries(m_book.appointmentsInSeries(series), from, newStart);
        for (const Appointment& one : moved)
            requireBookable(one, moved, issues);
        std::vector<Appointment> done;
        for (const Appointment& one : moved)
            done.push_back(saved(one));
        return done;
    });
}

std::vector<Appointment> ScheduleService::cancelRest(AppointmentId from, int rowVersion, CancelledBy by,
                                                     const std::string& reason)
{
    return m_actions.result([&] {
        const SeriesId series = seriesOf(current(from, rowVersion));
        std::vector<Appointment> done;
        for (const Appointment& one : restOfSeries(m_book.appointmentsInSeries(series), from))
            done.push_back(cancelled(one, by, reason));
        return done;
    });
}

} // namespace knotwork::schedule
