// The measured part of the progress report: the outcomes table and the goals (the charts are
// progress_charts_section.cpp).
#include <algorithm>
#include <cmath>
#include <map>

#include "clients/client_choices.h"
#include "common/i18n.h"
#include "common/locale_date.h"
#include "plans/plan_evidence.h"
#include "plans/plan_text.h"
#include "reports/outcome_table.h"
#include "reports/progress_sections.h"
#include "sessions/session_choices.h"
#include "sharing/outcome_sources.h"
#include "sharing/outcome_summary.h"
#include "common/number_text.h"

namespace knotwork::reports {

using sharing::OutcomeRow;
using sharing::ProgressReportData;

namespace {

// The medication the intake names (its words and the kinds ticked) and the notes name, and what
// the range of motion was measured with.
std::vector<Field> sourceFields(const ProgressReportData& data)
{
    std::vector<Field> fields;
    const clients::HeadacheProfile& intake = data.chart.intake.headache;
    std::string atIntake = intake.medications;
    if (!intake.acuteMedications.empty())
        atIntake = atIntake.empty() ? labelList(intake.acuteMedications)
                                    : formatMessage(_("{} ({})"), atIntake, labelList(intake.acuteMedications));
    if (!atIntake.empty())
        fields.push_back({_("Medication at intake"), atIntake});
    const sharing::OutcomeSources sources = sharing::outcomeSourcesOf(data.notes);
    std::string named;
    for (const sharing::NamedMedication& medication : sources.medications)
        named += (named.empty() ? "" : ", ")
                 + formatMessage(P_("{} ({} visit)", "{} ({} visits)", medication.visits), medication.name,
                                 medication.visits);
    if (!named.empty())
        fields.push_back({_("Medication named at visits"), named});
    std::string instruments;
    auto add = [&](const std::string& what, int visits) {
        instruments += (instruments.empty() ? "" : ", ")
                       + formatMessage(P_("{} at {} visit", "{} at {} visits", visits), what, visits);
    };
    for (const auto& [instrument, visits] : sources.romInstruments)
        add(labelOf(instrument), visits);
    if (sources.romInstrumentNotRecorded > 0)
        add(_("not recorded"), sources.romInstrumentNotRecorded);
    if (!instruments.empty())
        fields.push_back({_("Range of motion measured with"), instruments});
    return fields;
}

std::string earlierReportText(const ProgressReportData& data)
{
    if (!data.header.recipient)
        return {};
    if (!data.lastReport)
        return formatMessage(_("This is the first progress report to {} about this client."),
                             data.header.recipient->name);
    return formatMessage(_("The last report to {} was sent on {} and covered {} to {}; its column gives the values "
                           "as of its end, summarised the same way, from the last visits before it unless dated."),
                         data.header.recipient->name, mediumDate(data.lastReport->sent),
                         mediumDate(data.lastReport->periodFrom), mediumDate(data.lastReport->periodTo));
}

} // namespace

void writeOutcomes(DocumentWriter& writer, const ProgressReportData& data)
{
    const std::vector<OutcomeRow> rows = sharing::outcomesOf(
        data.progress, data.from, data.to,
        data.lastReport ? std::optional<Date>(data.lastReport->periodTo) : std::nullopt);
    if (rows.empty()) {
        writer.heading(_("Outcomes"));
        writer.paragraph(_("Nothing was measured in this period."));
        return;
    }
    const Table table = outcomeTable(data, rows);
    writer.heading(_("Outcomes"), writer.tableOpening(table));
    writer.table(table);
    if (const std::vector<Field> fields = sourceFields(data); !fields.empty())
        writer.fields(fields, 170);
    std::string notes = earlierReportText(data);
    notes.append(notes.empty() ? "" : " ")
        .append(formatMessage(
            _("Baseline is the first value on record (the start of care): for the diary, the first visit's, "
              "beside the intake's estimate where it differs. Now summarises the period's last {} visits: "
              "their diaries' counts added up over the days they cover, intensity and range of motion as "
              "their mean; a questionnaire gives its latest score. Diary counts are given as recorded with "
              "the days they cover; figures per 30 days are scaled and marked so. Neck range of motion is "
              "measured actively, in degrees, at the start of each visit. The PSFS is compared over the "
              "activities the client named at baseline."),
            sharing::kRecentVisits));
    writer.paragraph(notes + " " + plans::rulesText(data.progress.thresholds), writer.style().small());
}

namespace {

// The status on the report's last day.
plans::GoalProgress asOfReport(plans::GoalProgress goal, const ProgressReportData& data)
{
    goal.status = plans::statusOn(goal, data.to, data.plan->plan.status);
    return goal;
}

} // namespace

// A goal's baseline is printed as measured only when it is a value on record; one typed into the
// plan (or left at the form's default) is marked "not measured", and no progress is computed
// from it. The status is met, met late (after the target date), not met or in progress; the
// trend beside it follows the measure's threshold.
void writeGoals(DocumentWriter& writer, const ProgressReportData& data)
{
    if (!data.plan || data.plan->goals.empty())
        return;
    const clients::HeadacheProfile& history = data.chart.intake.headache;
    const plans::IntakeBaselines intake{history.headacheDaysPerMonth, history.usualIntensity};
    Table table{{{_("Goal"), 2}, {_("Baseline"), 1.1}, {_("Latest"), 1.4}, {_("Target"), 1.5}, {_("Status"), 1.7}},
                {}};
    bool anyUnrecorded = false;
    for (const plans::GoalProgress& computed : data.plan->goals) {
        const plans::GoalProgress goal = asOfReport(computed, data);
        const plans::GoalRow row = plans::describeGoalProgress(goal, &mediumDate);
        const bool recorded = plans::baselineOnRecord(goal.goal, data.progress, data.plan->plan.startDate, intake);
        anyUnrecorded = anyUnrecorded || !recorded;
        std::string status = row.status;
        const bool open = goal.status == plans::GoalStatus::InProgress || goal.status == plans::GoalStatus::NotMet;
        if (open && recorded)
            status = formatMessage(_("{}: {} of the way, {}"), status, row.way, row.trend);
        else if (goal.status == plans::GoalStatus::InProgress || goal.trend == plans::Trend::Worsening)
            status = formatMessage(_("{}; {}"), status, row.trend);
        if (recorded && !row.responder.empty())
            status += "; " + row.responder;
        table.rows.push_back({row.goal,
                              recorded ? row.baseline : formatMessage(_("{}\nnot measured"), row.baseline),
                              row.latest, row.target, status});
    }
    writer.heading(_("Goals"), writer.tableOpening(table));
    writer.table(table);
    std::string notes = _("Met: the latest values meet the target, first reached by its target date; met late: first "
                          "reached after it; not met: the target date passed, or the plan ended, without it. A "
                          "goal's trend compares its latest value with the mean of up to three before, by the "
                          "thresholds under Outcomes.");
    if (anyUnrecorded)
        notes.append(" ").append(_("A baseline marked \u201cnot measured\u201d was set in the plan without a "
                                     "measurement on record; no progress is computed from it."));
    writer.paragraph(notes, writer.style().small());
}

} // namespace knotwork::reports
