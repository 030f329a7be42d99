#include "schedule/week_layout.h"

#include <algorithm>
#include <cstdlib>
#include <tuple>

namespace knotwork::schedule {

namespace {

constexpr int kMinutesPerDay = 24 * 60;
constexpr int kDaysPerWeek = 7;

int minuteOfDay(const LocalTime& time)
{
    return static_cast<int>(time.time_of_day().total_seconds() / 60);
}

// The boost weekday number (0 Sunday) of the layout's day (0 Monday).
int weekdayOf(int day)
{
    return (day + 1) % kDaysPerWeek;
}

VisitBlock blockOf(const Appointment& visit, const Date& monday, const BookContext& book)
{
    VisitBlock block;
    block.visit = visit;
    block.day = static_cast<int>((visit.start.date() - monday).days());
    block.top = minuteOfDay(visit.start);
    block.bottom = std::min(block.top + visit.minutes, kMinutesPerDay);
    block.bufferBottom = std::min(block.bottom + visit.bufferMinutes, kMinutesPerDay);
    block.issues = bookingIssues(visit, book);
    return block;
}

// Within each run of visits whose time and buffers meet, each takes the first lane free at its
// start, and the run shares the day's width among as many lanes as it used.
void assignLanes(std::vector<VisitBlock>& blocks)
{
    std::size_t runStart = 0;
    std::vector<int> laneEnds;
    const auto closeRun = [&](std::size_t runEnd) {
        for (std::size_t i = runStart; i < runEnd; ++i)
            blocks[i].lanes = static_cast<int>(laneEnds.size());
        laneEnds.clear();
        runStart = runEnd;
    };
    int runBottom = 0;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        VisitBlock& block = blocks[i];
        if (i > runStart && (block.day != blocks[runStart].day || block.top >= runBottom))
            closeRun(i);
        if (i == runStart)
            runBottom = 0;
        const auto free = std::ranges::find_if(laneEnds, [&](int end) { return end <= block.top; });
        block.lane = static_cast<int>(free - laneEnds.begin());
        if (free == laneEnds.end())
            laneEnds.push_back(block.bufferBottom);
        else
            *free = block.bufferBottom;
        runBottom = std::max(runBottom, block.bufferBottom);
    }
    closeRun(blocks.size());
}

// The rows: the week's opening hours and every visit with its buffer, out to whole hours.
void fitRows(WeekLayout& layout, const WorkingWeek& week)
{
    int first = kMinutesPerDay;
    int last = 0;
    for (const auto& day : week.days)
        for (const OpeningHours& hours : day) {
            first = std::min(first, static_cast<int>(hours.opens.total_seconds() / 60));
            last = std::max(last, static_cast<int>(hours.closes.total_seconds() / 60));
        }
    for (const VisitBlock& block : layout.visits) {
        first = std::min(first, block.top);
        last = std::max(last, block.bufferBottom);
    }
    if (first >= last)
        return;  // the default rows
    layout.firstMinute = first / 60 * 60;
    layout.lastMinute = std::min((last + 59) / 60 * 60, kMinutesPerDay);
}

void addClosedStretches(WeekLayout& layout, const WorkingWeek& week)
{
    for (int day = 0; day < kDaysPerWeek; ++day) {
        int cursor = layout.firstMinute;
        for (const OpeningHours& hours : week.days.at(weekdayOf(day))) {
            const int opens = static_cast<int>(hours.opens.total_seconds() / 60);
            const int closes = static_cast<int>(hours.closes.total_seconds() / 60);
            if (opens > cursor)
                layout.closed.push_back({day, cursor, std::min(opens, layout.lastMinute)});
            cursor = std::max(cursor, closes);
        }
        if (cursor < layout.lastMinute)
            layout.closed.push_back({day, cursor, layout.lastMinute});
    }
    std::erase_if(layout.closed, [](const DayStretch& stretch) { return stretch.top >= stretch.bottom; });
}

void addTimeOff(WeekLayout& layout, const std::vector<TimeOff>& timeOff)
{
    for (const TimeOff& away : timeOff)
        for (int day = 0; day < kDaysPerWeek; ++day) {
            const LocalTime dayFrom = localTimeOn(layout.monday + boost::gregorian::days(day), {});
            const LocalTime dayTo = dayFrom + boost::gregorian::days(1);
            if (away.to <= dayFrom || away.from >= dayTo)
                continue;
            const int top = away.from <= dayFrom ? 0 : minuteOfDay(away.from);
            const int bottom = away.to >= dayTo ? kMinutesPerDay : minuteOfDay(away.to);
            const DayStretch stretch{day, std::max(top, layout.firstMinute), std::min(bottom, layout.lastMinute)};
            if (stretch.top < stretch.bottom)
                layout.timeOff.push_back({stretch, away.reason});
        }
}

} // namespace

Date weekStartOf(const Date& day)
{
    const int sinceMonday = (day.day_of_week().as_number() + 6) % kDaysPerWeek;
    return day - boost::gregorian::days(sinceMonday);
}

WeekLayout layoutWeek(const Date& anyDay, const BookContext& book)
{
    WeekLayout layout;
    layout.monday = weekStartOf(anyDay);
    const LocalTime weekFrom = localTimeOn(layout.monday, {});
    const LocalTime weekTo = weekFrom + boost::gregorian::days(kDaysPerWeek);
    for (const Appointment& visit : book.booked)
        if (holdsTime(visit.status) && weekFrom <= visit.start && visit.start < weekTo)
            layout.visits.push_back(blockOf(visit, layout.monday, book));
    std::ranges::sort(layout.visits, [](const VisitBlock& a, const VisitBlock& b) {
        return std::tie(a.day, a.top, a.bottom, a.visit.id) < std::tie(b.day, b.top, b.bottom, b.visit.id);
    });
    assignLanes(layout.visits);
    fitRows(layout, book.week);
    addClosedStretches(layout, book.week);
    addTimeOff(layout, book.timeOff);
    return layout;
}

std::optional<std::size_t> stepSelection(const WeekLayout& layout, std::optional<std::size_t> from, WeekStep step)
{
    const std::vector<VisitBlock>& visits = layout.visits;
    if (visits.empty())
        return std::nullopt;
    if (!from || *from >= visits.size())
        return 0;
    const std::size_t at = *from;
    const VisitBlock& current = visits[at];
    switch (step) {
    case WeekStep::EarlierSameDay:
        return at > 0 && visits[at - 1].day == current.day ? at - 1 : at;
    case WeekStep::LaterSameDay:
        return at + 1 < visits.size() && visits[at + 1].day == current.day ? at + 1 : at;
    case WeekStep::PreviousDay:
    case WeekStep::NextDay:
        break;
    }
    const int direction = step == WeekStep::NextDay ? 1 : -1;
    for (int day = current.day + direction; day >= 0 && day < kDaysPerWeek; day += direction) {
        std::optional<std::size_t> nearest;
        for (std::size_t i = 0; i < visits.size(); ++i)
            if (visits[i].day == day
                && (!nearest || std::abs(visits[i].top - current.top) < std::abs(visits[*nearest].top - current.top)))
                nearest = i;
        if (nearest)
            return nearest;
    }
    return at;
}

} // namespace knotwork::schedule
