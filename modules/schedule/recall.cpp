#include "schedule/recall.h"

#include <algorithm>

#include "common/choice_table.h"
#include "common/i18n.h"
#include "plans/plan_choices.h"
#include "plans/plan_reminders.h"

namespace knotwork::schedule {

// A named namespace, since the module is compiled as unity sources with its neighbours.
namespace recall_rules {
namespace {

using boost::gregorian::days;
using boost::gregorian::weeks;
using plans::FrequencyPhase;
using plans::MeasureKind;
using plans::PlanStatus;
using plans::TreatmentPlan;

int upperWeeks(const FrequencyPhase& phase)
{
    return std::max(phase.everyWeeks, phase.everyWeeksMost.value_or(phase.everyWeeks));
}

// The day care resumed after a hold: an active plan's last status change.
std::optional<Date> resumedOn(const TreatmentPlan& plan)
{
    if (plan.status == PlanStatus::Active && plan.statusChangedOn && !plan.statusChangedOn->is_special())
        return plan.statusChangedOn;
    return std::nullopt;
}

Date planStart(const TreatmentPlan& plan)
{
    return plan.startDate.is_special() ? plan.phaseStartedOn : plan.startDate;
}

// Where "not seen" counts from: the later of the last visit, the day the plan began (a returning
// client's visits under an earlier plan are not this plan's lapse) and the day care resumed.
std::optional<Date> seenOrResumed(const TreatmentPlan& plan, const std::optional<Date>& lastVisit)
{
    if (!lastVisit)
        return std::nullopt;
    Date since = *lastVisit;
    if (const Date start = planStart(plan); !start.is_special())
        since = std::max(since, start);
    if (const std::optional<Date> resumed = resumedOn(plan))
        since = std::max(since, *resumed);
    return since;
}

// The booked visit recall counts: still to happen, today or later.
std::optional<LocalTime> countedBooking(const RecallFacts& facts, const Date& today)
{
    const std::optional<Appointment>& next = facts.nextAppointment;
    if (next && isUpcoming(next->status) && !next->start.is_special() && next->start.date() >= today)
        return next->start;
    return std::nullopt;
}

std::optional<DueMeasure> measureDue(const RecallFacts& facts, MeasureKind kind, const Date& nextVisit)
{
    const TreatmentPlan& plan = *facts.openPlan;
    const auto found = facts.lastTaken.find(kind);
    if (found == facts.lastTaken.end())
        return DueMeasure{kind, RemeasureCause::NeverTaken, planStart(plan), std::nullopt};
    const Date taken = found->second;
    const Date intervalDue = taken + weeks(kRemeasureEveryWeeks);
    if (intervalDue <= nextVisit)
        return DueMeasure{kind, RemeasureCause::Interval, intervalDue, taken};
    const FrequencyPhase* phase = plan.phase();
    const bool phaseEnds = phase && phase->visits && facts.visitsInPhase + 1 >= *phase->visits;
    if (phaseEnds && taken + days(kEndOfPhaseFreshDays) <= nextVisit)
        return DueMeasure{kind, RemeasureCause::EndOfPhase, nextVisit, taken};
    return std::nullopt;
}

std::string bookingText(const LocalTime& booked, DateFormatter formatDate)
{
    return formatMessage(_("{} at {}"), dateText(booked.date(), formatDate),
                         timeText(booked.time_of_day(), formatDate));
}

std::string joined(const std::vector<std::string>& parts)
{
    std::string text;
    for (const std::string& part : parts)
        text += (text.empty() ? "" : " ") + part;
    return text;
}

std::string rhythmText(const TreatmentPlan& plan)
{
    return formatMessage(_("Plan: {}."), plans::describePhase(*plan.phase()));
}

// "The next visit is booked for …" (with `bookedMessage`) or "Nothing is booked."
std::string bookingClause(const RecallItem& item, const char* bookedMessage, DateFormatter formatDate)
{
    return item.nextBooked ? formatMessage(bookedMessage, bookingText(*item.nextBooked, formatDate))
                           : std::string(_("Nothing is booked."));
}

std::string visitDueSentence(const RecallFacts& facts, const RecallItem& item,
                             DateFormatter formatDate)
{
    const bool first = !facts.lastVisit;
    const int overdue = item.daysOverdue;
    std::string due;
    if (overdue == 0)
        due = first ? _("The plan's first visit is due today.") : _("A visit is due today.");
    else
        due = formatMessage(first ? P_("The plan's first visit has been due for {} day, since {}.",
                                       "The plan's first visit has been due for {} days, since {}.",
                                       overdue)
                                  : P_("A visit has been due for {} day, since {}.",
                                       "A visit has been due for {} days, since {}.", overdue),
                            overdue, dateText(item.dueOn, formatDate));
    return joined({due, rhythmText(*facts.openPlan),
                   bookingClause(item, _("The next booked visit, {}, is later than the plan allows."),
                                 formatDate)});
}

std::string notSeenSentence(const RecallFacts& facts, const RecallItem& item, const Date& since,
                            DateFormatter formatDate)
{
    const int beyond = item.daysOverdue + 1;  // days past the last day the phase allows
    const char* message =
        since == *facts.lastVisit
            ? P_("Not seen since {}: {} day longer than the plan allows.",
                 "Not seen since {}: {} days longer than the plan allows.", beyond)
        : since == resumedOn(*facts.openPlan)
            ? P_("No visit since care resumed on {}: {} day longer than the plan allows.",
                 "No visit since care resumed on {}: {} days longer than the plan allows.", beyond)
            : P_("No visit since the plan began on {}: {} day longer than the plan allows.",
                 "No visit since the plan began on {}: {} days longer than the plan allows.", beyond);
    return joined({formatMessage(message, dateText(since, formatDate), beyond),
                   rhythmText(*facts.openPlan),
                   bookingClause(item, _("The next visit is booked for {}."), formatDate)});
}

std::string remeasureSentence(const RecallItem& item, DateFormatter formatDate)
{
    std::string list;
    for (const DueMeasure& measure : item.measures) {
        const std::string label = labelOf(measure.kind);
        std::string entry;
        switch (measure.cause) {
        case RemeasureCause::NeverTaken:
            entry = formatMessage(_("{} (not taken yet)"), label);
            break;
        case RemeasureCause::Interval:
            entry = formatMessage(_("{} (last taken {})"), label, dateText(*measure.lastTaken, formatDate));
            break;
        case RemeasureCause::EndOfPhase:
            entry = formatMessage(_("{} (the phase ends)"), label);
            break;
        }
        list = list.empty() ? entry : formatMessage(_("{}, {}"), list, entry);
    }
    return item.nextBooked ? formatMessage(_("Re-take at the visit on {}: {}."),
                                           bookingText(*item.nextBooked, formatDate), list)
                           : formatMessage(_("Re-take at the next visit: {}."), list);
}

} // namespace
} // namespace recall_rules

std::vector<plans::MeasureKind> recalledMeasuresOf(const plans::TreatmentPlan& plan)
{
    std::set<plans::MeasureKind> used;
    for (const plans::Goal& goal : plan.goals) {
        if (goal.metric == plans::GoalMetric::NdiPercent)
            used.insert(plans::MeasureKind::Ndi);
        else if (goal.metric == plans::GoalMetric::HdiTotal)
            used.insert(plans::MeasureKind::Hdi);
        else if (goal.metric == plans::GoalMetric::PsfsActivity)
            used.insert(plans::MeasureKind::Psfs);
    }
    std::vector<plans::MeasureKind> kinds;
    for (const plans::MeasureKind kind : kRecalledMeasures)
        if (used.contains(kind))
            kinds.push_back(kind);
    return kinds;
}

std::optional<Date> visitDueOn(const plans::TreatmentPlan& plan, const std::optional<Date>& lastVisit)
{
    const plans::FrequencyPhase* phase = plan.phase();
    if (!phase)
        return std::nullopt;
    Date due = lastVisit ? *lastVisit + boost::gregorian::weeks(phase->everyWeeks) : plan.phaseStartedOn;
    if (due.is_special())
        due = recall_rules::planStart(plan);
    if (!plan.phaseStartedOn.is_special())
        due = std::max(due, plan.phaseStartedOn);
    if (const std::optional<Date> resumed = recall_rules::resumedOn(plan))
        due = std::max(due, *resumed);
    return due;
}

std::optional<Date> lastDayAllowed(const plans::TreatmentPlan& plan, const std::optional<Date>& lastVisit)
{
    const plans::FrequencyPhase* phase = plan.phase();
    const std::optional<Date> since = recall_rules::seenOrResumed(plan, lastVisit);
    if (!phase || !since)
        return std::nullopt;
    return *since + boost::gregorian::weeks(recall_rules::upperWeeks(*phase));
}

bool bookingClearsVisitDue(const plans::TreatmentPlan& plan, const std::optional<Date>& lastVisit,
                           const Date& booked, const Date& today)
{
    const plans::FrequencyPhase* phase = plan.phase();
    const std::optional<Date> due = visitDueOn(plan, lastVisit);
    if (!phase || !due)
        return true;
    if (lastVisit)
        return booked <= *lastDayAllowed(plan, lastVisit);
    return booked <= std::max(*due, today) + boost::gregorian::weeks(recall_rules::upperWeeks(*phase));
}

std::vector<DueMeasure> measuresDue(const RecallFacts& facts, const Date& today)
{
    std::vector<DueMeasure> due;
    if (!facts.openPlan || facts.openPlan->status != plans::PlanStatus::Active)
        return due;
    const std::optional<LocalTime> booked = recall_rules::countedBooking(facts, today);
    const std::optional<Date> visitDue = visitDueOn(*facts.openPlan, facts.lastVisit);
    const Date nextVisit = booked ? booked->date() : std::max(today, visitDue.value_or(today));
    for (const plans::MeasureKind kind : recalledMeasuresOf(*facts.openPlan))
        if (std::optional<DueMeasure> measure = recall_rules::measureDue(facts, kind, nextVisit))
            due.push_back(*measure);
    return due;
}

std::vector<RecallItem> recallItems(const RecallFacts& facts, const Date& today, DateFormatter formatDate)
{
    std::vector<RecallItem> items;
    if (!facts.openPlan || facts.openPlan->status != plans::PlanStatus::Active)
        return items;
    const plans::TreatmentPlan& plan = *facts.openPlan;
    const std::optional<LocalTime> booked = recall_rules::countedBooking(facts, today);
    const auto item = [&](RecallReason reason, const Date& dueOn) {
        RecallItem row;
        row.clientId = facts.clientId;
        row.planId = plan.id;
        row.reason = reason;
        row.dueOn = dueOn;
        row.daysOverdue = static_cast<int>((today - dueOn).days());
        row.nextBooked = booked;
        return row;
    };

    const std::optional<Date> allowed = lastDayAllowed(plan, facts.lastVisit);
    const std::optional<Date> visitDue = visitDueOn(plan, facts.lastVisit);
    if (allowed && today > *allowed) {
        RecallItem row = item(RecallReason::NotSeen, *allowed + boost::gregorian::days(1));
        const Date since = *recall_rules::seenOrResumed(plan, facts.lastVisit);
        row.sentence = recall_rules::notSeenSentence(facts, row, since, formatDate);
        items.push_back(std::move(row));
    } else if (visitDue && today >= *visitDue
               && !(booked && bookingClearsVisitDue(plan, facts.lastVisit, booked->date(), today))) {
        RecallItem row = item(RecallReason::VisitDue, *visitDue);
        row.sentence = recall_rules::visitDueSentence(facts, row, formatDate);
        items.push_back(std::move(row));
    }

    std::vector<DueMeasure> measures = measuresDue(facts, today);
    if (!measures.empty()) {
        const Date earliest = std::ranges::min(measures, {}, &DueMeasure::dueOn).dueOn;
        RecallItem row = item(RecallReason::RemeasureDue, earliest);
        row.measures = std::move(measures);
        row.sentence = recall_rules::remeasureSentence(row, formatDate);
        items.push_back(std::move(row));
    }
    return items;
}

std::vector<RecallItem> recallList(const std::vector<RecallFacts>& clients, const Date& today,
                                   DateFormatter formatDate)
{
    std::vector<RecallItem> list;
    for (const RecallFacts& facts : clients)
        for (RecallItem& item : recallItems(facts, today, formatDate))
            list.push_back(std::move(item));
    std::ranges::stable_sort(list, [](const RecallItem& a, const RecallItem& b) {
        if (a.dueOn != b.dueOn)
            return a.dueOn < b.dueOn;
        if (a.reason != b.reason)
            return a.reason < b.reason;  // RecallReason lists the strongest first
        return a.clientId < b.clientId;
    });
    return list;
}

} // namespace knotwork::schedule

namespace knotwork {

namespace {

using schedule::RecallReason;
using schedule::RemeasureCause;

constexpr Choice<RecallReason> kRecallReasons[] = {
    {RecallReason::NotSeen, "not_seen", N_("Not seen for too long")},
    {RecallReason::VisitDue, "visit_due", N_("Visit due")},
    {RecallReason::RemeasureDue, "remeasure_due", N_("Re-measure due")},
};

constexpr Choice<RemeasureCause> kRemeasureCauses[] = {
    {RemeasureCause::NeverTaken, "never_taken", N_("Not taken yet")},
    {RemeasureCause::Interval, "interval", N_("Re-take interval passed")},
    {RemeasureCause::EndOfPhase, "end_of_phase", N_("End of the phase")},
};

} // namespace

KNOTWORK_CHOICES(RecallReason, kRecallReasons)
KNOTWORK_CHOICES(RemeasureCause, kRemeasureCauses)

} // namespace knotwork
