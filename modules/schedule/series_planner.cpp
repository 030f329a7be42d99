#include "schedule/series_planner.h"

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <set>

namespace knotwork::schedule {

namespace {

namespace pt = boost::posix_time;
namespace gr = boost::gregorian;

constexpr int shiftDaysAtMost = 3;
constexpr int quarterHourMinutes = 15;

struct AskedVisit {
    LocalTime at;
    int phase = 0;
};

// How far the asked times run: an open-ended phase to `until`, or (respacing) `most` visits.
struct SeriesEnd {
    std::optional<Date> until;
    std::optional<std::size_t> most;
};

pt::time_duration intervalOf(const plans::FrequencyPhase& phase)
{
    return pt::hours(24 * 7 * std::max(1, phase.everyWeeks));
}

// The rhythm of the phases from `fromPhase` on, from `first` (see proposeSeries in the header).
std::vector<AskedVisit> askedTimes(const std::vector<plans::FrequencyPhase>& phases, int fromPhase,
                                   int visitsDoneInPhase, const LocalTime& first, const SeriesEnd& end)
{
    std::vector<AskedVisit> asked;
    if (first.is_special() || fromPhase < 0)
        return asked;
    const auto full = [&] { return end.most && asked.size() >= *end.most; };
    for (std::size_t index = static_cast<std::size_t>(fromPhase); index < phases.size() && !full(); ++index) {
        const plans::FrequencyPhase& phase = phases[index];
        const bool openEnded = !phase.visits;
        if (openEnded && !end.until && !end.most)
            break;
        int left = openEnded ? 0 : *phase.visits - (index == static_cast<std::size_t>(fromPhase) ? visitsDoneInPhase : 0);
        while ((openEnded || left > 0) && !full()) {
            const LocalTime at = asked.empty() ? first : asked.back().at + intervalOf(phase);
            if (openEnded && end.until && at.date() > *end.until)
                break;
            asked.push_back({at, static_cast<int>(index)});
            --left;
        }
        if (openEnded)
            break;
    }
    return asked;
}

bool freeAt(Appointment visit, const LocalTime& start, const BookContext& book)
{
    visit.start = start;
    return bookingIssues(visit, book).empty();
}

// The latest free start before `visit.start` on its day, on the quarter hour, nearer than
// `within` when given (a free start that far back loses the tie to the later one).
std::optional<LocalTime> latestFreeStartBefore(const Appointment& visit, const BookContext& book,
                                               const std::optional<pt::time_duration>& within)
{
    const Date day = visit.start.date();
    const long asked = visit.start.time_of_day().total_seconds() / 60;
    long minute = asked % quarterHourMinutes == 0 ? asked - quarterHourMinutes : asked - asked % quarterHourMinutes;
    for (; minute >= 0; minute -= quarterHourMinutes) {
        const LocalTime start = localTimeOn(day, pt::minutes(minute));
        if (within && visit.start - start >= *within)
            return std::nullopt;
        if (freeAt(visit, start, book))
            return start;
    }
    return std::nullopt;
}

std::optional<LocalTime> nearestFreeStartSameDay(const Appointment& visit, const BookContext& book)
{
    const std::optional<LocalTime> later = firstFreeStart(visit.start, visit, book);
    std::optional<pt::time_duration> within;
    if (later)
        within = *later - visit.start;
    if (const std::optional<LocalTime> earlier = latestFreeStartBefore(visit, book, within))
        return earlier;
    return later;
}

std::optional<LocalTime> freeStartOnNextDays(const Appointment& visit, const BookContext& book)
{
    for (int ahead = 1; ahead <= shiftDaysAtMost; ++ahead) {
        const Date day = visit.start.date() + gr::days(ahead);
        const LocalTime sameTime = localTimeOn(day, visit.start.time_of_day());
        if (freeAt(visit, sameTime, book))
            return sameTime;
        Appointment fromMidnight = visit;
        fromMidnight.start = localTimeOn(day, pt::minutes(0));
        if (const std::optional<LocalTime> start = firstFreeStart(fromMidnight.start, fromMidnight, book))
            return start;
    }
    return std::nullopt;
}

ProposedVisit propose(const Appointment& visit, int phase, const BookContext& book)
{
    ProposedVisit proposal;
    proposal.asked = visit.start;
    proposal.phase = phase;
    proposal.because = bookingIssues(visit, book);
    if (proposal.because.empty()) {
        proposal.booked = visit.start;
        return proposal;
    }
    proposal.booked = nearestFreeStartSameDay(visit, book);
    if (!proposal.booked)
        proposal.booked = freeStartOnNextDays(visit, book);
    proposal.fate = proposal.booked ? ProposalFate::Shifted : ProposalFate::Skipped;
    return proposal;
}

// Proposes each asked time for its visit (`visits[i]` for `asked[i]`), adding every booked
// proposal to the book before the next one is tried.
std::vector<ProposedVisit> proposeInTurn(const std::vector<AskedVisit>& asked, const std::vector<Appointment>& visits,
                                         BookContext book)
{
    std::vector<ProposedVisit> proposals;
    proposals.reserve(asked.size());
    for (std::size_t index = 0; index < asked.size(); ++index) {
        Appointment visit = visits[index];
        visit.start = asked[index].at;
        visit.status = AppointmentStatus::Booked;
        ProposedVisit proposal = propose(visit, asked[index].phase, book);
        if (visit.id != 0)
            proposal.moves = visit.id;
        if (proposal.booked) {
            visit.start = *proposal.booked;
            if (visit.id == 0)
                visit.id = -static_cast<AppointmentId>(index + 1);
            book.booked.push_back(visit);
        }
        proposals.push_back(std::move(proposal));
    }
    return proposals;
}

bool byStart(const Appointment& left, const Appointment& right)
{
    return left.start != right.start ? left.start < right.start : left.id < right.id;
}

} // namespace

std::vector<ProposedVisit> proposeSeries(const SeriesRequest& request, const BookContext& book)
{
    SeriesEnd end;
    if (!request.until.is_special())
        end.until = request.until;
    const std::vector<AskedVisit> asked =
        askedTimes(request.phases, request.fromPhase, request.visitsDoneInPhase, request.first, end);
    Appointment visit = request.visit;
    visit.id = 0;
    return proposeInTurn(asked, std::vector<Appointment>(asked.size(), visit), book);
}

LocalTime firstWeekdayAt(const Date& from, int weekday, const TimeOfDay& time, const LocalTime& now)
{
    Date day = from;
    while (day.day_of_week().as_number() != weekday)
        day += gr::days(1);
    LocalTime first = localTimeOn(day, time);
    while (first < now)
        first += gr::days(7);
    return first;
}

SeriesRequest continuedAfter(SeriesRequest request, const std::vector<LocalTime>& booked)
{
    if (booked.empty() || request.first.is_special() || request.fromPhase < 0)
        return request;
    const auto phaseCount = static_cast<int>(request.phases.size());
    request.visitsDoneInPhase += static_cast<int>(booked.size());
    while (request.fromPhase < phaseCount && request.phases[request.fromPhase].visits
           && request.visitsDoneInPhase >= *request.phases[request.fromPhase].visits) {
        request.visitsDoneInPhase -= *request.phases[request.fromPhase].visits;
        ++request.fromPhase;
    }
    if (request.fromPhase >= phaseCount)
        return request;
    const LocalTime soonest = *std::max_element(booked.begin(), booked.end())
                              + intervalOf(request.phases[request.fromPhase]);
    while (request.first < soonest)
        request.first += gr::days(7);
    return request;
}

Respacing respaceSeries(const RespaceRequest& request, const BookContext& book)
{
    std::vector<Appointment> remaining;
    std::copy_if(request.remaining.begin(), request.remaining.end(), std::back_inserter(remaining),
                 [](const Appointment& visit) { return isUpcoming(visit.status); });
    std::sort(remaining.begin(), remaining.end(), byStart);
    Respacing respacing;
    if (remaining.empty() || request.phase < 0 || static_cast<std::size_t>(request.phase) >= request.phases.size())
        return respacing;

    SeriesEnd end;
    end.most = remaining.size();
    const std::vector<AskedVisit> asked =
        askedTimes(request.phases, request.phase, request.visitsDoneInPhase, remaining.front().start, end);

    std::set<AppointmentId> moving;
    for (const Appointment& visit : remaining)
        moving.insert(visit.id);
    BookContext without = book;
    std::erase_if(without.booked, [&](const Appointment& visit) { return moving.contains(visit.id); });

    const std::vector<Appointment> kept(remaining.begin(), remaining.begin() + static_cast<std::ptrdiff_t>(asked.size()));
    respacing.visits = proposeInTurn(asked, kept, std::move(without));
    for (std::size_t index = asked.size(); index < remaining.size(); ++index)
        respacing.noLongerNeeded.push_back(remaining[index].id);
    return respacing;
}

std::vector<Appointment> restOfSeries(const std::vector<Appointment>& series, AppointmentId from)
{
    std::vector<Appointment> rest;
    const auto anchor = std::find_if(series.begin(), series.end(),
                                     [&](const Appointment& visit) { return visit.id == from; });
    if (anchor == series.end())
        return rest;
    const Appointment first = *anchor;
    std::copy_if(series.begin(), series.end(), std::back_inserter(rest), [&](const Appointment& visit) {
        return isUpcoming(visit.status) && !byStart(visit, first);
    });
    std::sort(rest.begin(), rest.end(), byStart);
    return rest;
}

std::vector<Appointment> moveRestOfSeries(const std::vector<Appointment>& series, AppointmentId from,
                                          const LocalTime& newStart)
{
    std::vector<Appointment> moved;
    const auto anchor = std::find_if(series.begin(), series.end(),
                                     [&](const Appointment& visit) { return visit.id == from; });
    if (anchor == series.end() || anchor->start == newStart)
        return moved;
    const pt::time_duration offset = newStart - anchor->start;
    for (Appointment visit : restOfSeries(series, from)) {
        visit.start += offset;
        moved.push_back(std::move(visit));
    }
    return moved;
}

} // namespace knotwork::schedule
