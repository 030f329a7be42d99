#include "plans/phase_history.h"

#include <algorithm>

namespace knotwork::plans {

namespace {

using boost::gregorian::days;
using boost::gregorian::weeks;

// Phase `k`'s start, estimated from phase k − 1's start and plan: the visit after its planned
// visits, else its planned weeks on the calendar; kept after `previous` and before `latest`.
Date estimatedStart(const FrequencyPhase& before, const Date& previous, const std::vector<Date>& visitDates,
                    const Date& latest)
{
    const int planned = before.visits.value_or(1);
    std::vector<Date> inPhase;
    for (const Date& visit : visitDates)
        if (visit >= previous && visit < latest)
            inPhase.push_back(visit);
    const Date start = static_cast<int>(inPhase.size()) > planned
                           ? inPhase[static_cast<std::size_t>(planned)]
                           : previous + weeks(before.everyWeeks * planned);
    return std::clamp(start, previous + days(1), std::max(previous + days(1), latest - days(1)));
}

} // namespace

std::vector<PhaseSpan> phaseSpans(const TreatmentPlan& plan, std::vector<Date> visitDates, const Date& until)
{
    if (plan.phases.empty() || plan.startDate.is_special() || until < plan.startDate)
        return {};
    std::ranges::sort(visitDates);
    const int current = std::clamp(plan.currentPhase, 0, static_cast<int>(plan.phases.size()) - 1);
    const bool currentRecorded = current > 0 && !plan.phaseStartedOn.is_special() && plan.phaseStartedOn > plan.startDate;
    // The bound no phase before the current one reaches.
    const Date latest = currentRecorded ? plan.phaseStartedOn : until + days(1);

    std::vector<PhaseSpan> spans{{0, plan.startDate, until, false}};
    for (int k = 1; k <= current; ++k) {
        const Date previous = spans.back().from;
        const bool recorded = k == current && currentRecorded;
        // Room for each phase still to come before the bound: a day each.
        const Date bound = latest - days(current - k);
        const Date start = recorded ? plan.phaseStartedOn
                                    : estimatedStart(plan.phases[static_cast<std::size_t>(k - 1)], previous,
                                                     visitDates, bound);
        if (start <= previous)
            break;
        spans.push_back({k, start, until, !recorded});
    }
    for (std::size_t i = 0; i + 1 < spans.size(); ++i)
        spans[i].to = spans[i + 1].from - days(1);
    std::erase_if(spans, [&until](const PhaseSpan& span) { return span.from > until; });
    if (!spans.empty())
        spans.back().to = until;
    return spans;
}

Date phasesEnd(const TreatmentPlan& plan, const std::vector<Date>& visitDates, const Date& until)
{
    if (plan.open())
        return until;
    Date last(boost::gregorian::neg_infin);
    for (const Date& visit : visitDates)
        if (visit <= until)
            last = std::max(last, visit);
    return last.is_special() ? until : last;
}

std::optional<double> PhaseDiary::perMonth() const
{
    return diaryDays > 0 ? std::optional<double>(30.0 * headacheDays / diaryDays) : std::nullopt;
}

std::vector<PhaseDiary> diaryByPhase(const std::vector<PhaseSpan>& spans,
                                     const std::vector<sessions::VisitFindings>& visits)
{
    if (spans.empty())
        return {};
    PhaseDiary before;
    std::vector<PhaseDiary> phases;
    for (const PhaseSpan& span : spans)
        phases.push_back({span, 0, 0, 0, 0});
    for (const sessions::VisitFindings& visit : visits) {
        for (PhaseDiary& phase : phases)
            if (visit.visitDate >= phase.span->from && visit.visitDate <= phase.span->to)
                ++phase.visits;
        if (visit.diaryDays <= 0 || !visit.headacheDays)
            continue;
        const Date lastDiaryDay = visit.visitDate - days(1);
        PhaseDiary* into = lastDiaryDay < spans.front().from ? &before : nullptr;
        for (PhaseDiary& phase : phases)
            if (lastDiaryDay >= phase.span->from && lastDiaryDay <= phase.span->to)
                into = &phase;
        if (!into)
            continue;
        ++into->diaries;
        into->headacheDays += *visit.headacheDays;
        into->diaryDays += visit.diaryDays;
    }
    if (before.diaries > 0)
        phases.insert(phases.begin(), before);
    return phases;
}

} // namespace knotwork::plans
