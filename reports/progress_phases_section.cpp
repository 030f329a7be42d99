// The headache diary phase by phase: whether spacing out the visits held the gains.
#include <fmt/format.h>

#include "common/i18n.h"
#include "common/locale_date.h"
#include "plans/phase_history.h"
#include "plans/plan_reminders.h"
#include "reports/progress_sections.h"

namespace knotwork::reports {

using sharing::ProgressReportData;

namespace {

// "12 headache days in 84 days, 4.0 per 30 days": the raw count first, the scaled figure named.
std::string diaryText(const plans::PhaseDiary& diary)
{
    if (diary.diaryDays == 0)
        return _("No diary in this phase");
    const std::string count = formatMessage(P_("{} headache day in {} days", "{} headache days in {} days",
                                               diary.headacheDays),
                                            diary.headacheDays, diary.diaryDays);
    return formatMessage(_("{}, {:.1f} per 30 days"), count, *diary.perMonth());
}

std::string phaseName(const plans::TreatmentPlan& plan, const plans::PhaseDiary& diary)
{
    if (!diary.span)
        return _("Before care");
    return formatMessage(_("{}. {}"), diary.span->phase + 1,
                         plans::describePhase(plan.phases[static_cast<std::size_t>(diary.span->phase)]));
}

std::string datesText(const plans::PhaseDiary& diary, const Date& planStart)
{
    if (!diary.span)
        return formatMessage(P_("the day before {1}", "the {0} days before {1}", diary.diaryDays), diary.diaryDays,
                             mediumDate(planStart));
    const std::string dates = formatMessage(_("{} to {}"), mediumDate(diary.span->from), mediumDate(diary.span->to));
    return diary.span->startEstimated ? formatMessage(_("{} (start estimated)"), dates) : dates;
}

} // namespace

void writeHeadachePhases(DocumentWriter& writer, const ProgressReportData& data)
{
    if (!data.plan || data.plan->plan.phases.size() < 2)
        return;
    const plans::TreatmentPlan& plan = data.plan->plan;
    std::vector<sessions::VisitFindings> visits;
    std::vector<Date> visitDates;
    for (const sessions::VisitFindings& visit : data.progress.visits)
        if (visit.visitDate <= data.to) {
            visits.push_back(visit);
            visitDates.push_back(visit.visitDate);
        }
    std::vector<plans::PhaseSpan> spans = plans::phaseSpans(plan, visitDates, plans::phasesEnd(plan, visitDates, data.to));
    // A period that begins after the plan did: the phases as far as the period shows them.
    const bool clipped = data.from > plan.startDate;
    if (clipped) {
        std::erase_if(spans, [&](const plans::PhaseSpan& span) { return span.to < data.from; });
        std::erase_if(visits, [&](const sessions::VisitFindings& visit) { return visit.visitDate <= data.from; });
        for (plans::PhaseSpan& span : spans)
            span.from = std::max(span.from, data.from);
    }
    std::vector<plans::PhaseDiary> phases = plans::diaryByPhase(spans, visits);
    if (clipped)
        std::erase_if(phases, [](const plans::PhaseDiary& phase) { return !phase.span; });
    if (std::ranges::none_of(phases, [](const plans::PhaseDiary& phase) { return phase.diaryDays > 0; }))
        return;

    Table table{{{_("Phase"), 1.5}, {_("Dates"), 1.9}, {_("Visits"), 0.55, TextAlign::Right}, {_("Headache diary"), 2.85}},
                {}};
    bool estimated = false;
    for (const plans::PhaseDiary& phase : phases) {
        estimated = estimated || (phase.span && phase.span->startEstimated);
        table.rows.push_back({phaseName(plan, phase), datesText(phase, plan.startDate),
                              phase.span ? std::to_string(phase.visits) : std::string("\u2014"), diaryText(phase)});
    }
    writer.heading(_("Headache days by phase of care"), writer.tableOpening(table));
    writer.table(table);
    std::string note = _("Each visit's diary covers the days since the visit before and counts in the phase those "
                         "days fell in; per 30 days is scaled from the days the diaries covered. The shaded "
                         "stretches of the headache days chart are these phases.");
    if (estimated)
        note.append(" ").append(_("The plan records when it began and when its current phase began; a phase "
                                    "in between is taken to begin at the visit after the planned visits of the "
                                    "phase before (start estimated)."));
    writer.paragraph(note, writer.style().small());
}

} // namespace knotwork::reports
