#include "clients/ui/chart_intake_page.h"

#include <algorithm>
#include <wx/intl.h>

#include "clients/ui/chart_text.h"
#include "common/ui/choice_text.h"
#include "clients/ui/letter_actions.h"
#include "common/number_text.h"
#include "common/ui/accessibility.h"
#include "common/ui/wx_date.h"

namespace knotwork::clients::ui {

using namespace knotwork::ui;

using knotwork::ui::toWx;

namespace {

// "6 / 10", "8 hours a night": a recorded number in its unit's sentence, empty when not recorded.
template <typename Number>
wxString measured(const std::optional<Number>& value, const wxString& format)
{
    return value ? wxString::Format(format, numberText(value)) : wxString();
}

// The count that picks the plural form of a recorded number's unit (wxPLURAL).
template <typename Number>
unsigned long countOf(const std::optional<Number>& value)
{
    return value ? pluralCount(static_cast<double>(*value)) : 0;
}

} // namespace

ChartIntakePage::ChartIntakePage(wxWindow* parent, Notifier& notifier)
    : FactSheet(parent, "chart-intake"), m_notifier(notifier)
{
    knotwork::ui::setAccessibleName(*this, _("Intake and screening"));
}

void ChartIntakePage::show(const ChartContext& context)
{
    Freeze();
    clear();
    addHeadacheHistory(context);
    addHealthAndLifestyle(context.chart.intake);
    addScreenings(context);
    addClearances(context);
    finish();
    Thaw();
}

void ChartIntakePage::addHeadacheHistory(const ChartContext& context)
{
    const HeadacheProfile& headache = context.chart.intake.headache;
    beginGroup(_("Headache history"));
    wxArrayString diagnoses;
    for (const Diagnosis& diagnosis : context.chart.diagnoses)
        diagnoses.Add(diagnosisText(context, diagnosis));
    addFact(_("Diagnosis on file"), diagnoses.empty() ? wxString(_("Not diagnosed — refer to a provider"))
                                                      : joinText(diagnoses, "\n"));
    addFact(_("Onset"), toWx(headache.onset));
    addFact(_("Mechanism"), headache.mechanismDate
                                ? wxString::Format(_("%s (%s)"), toWx(headache.mechanism),
                                                   formatDate(*headache.mechanismDate))
                                : toWx(headache.mechanism));
    addFact(_("Imaging findings"), toWx(headache.imagingFindings));
    addFact(_("Headache days"), measured(headache.headacheDaysPerMonth, _("%s a month")));
    addFact(_("Usual intensity"), measured(headache.usualIntensity, _("%s / 10")));
    addFact(_("Usual duration"), measured(headache.usualDurationHours,
                                                   wxPLURAL("%s hour", "%s hours", countOf(headache.usualDurationHours))));

    beginGroup(_("Triggers"));
    addFact(_("Reported triggers"), labelsText(headache.triggers));
    addFact(_("Other triggers"), toWx(headache.otherTriggers));

    beginGroup(_("Movements and posture"));
    addFact(_("Aggravating neck movements"), labelsText(headache.aggravatingMovements));
    addFact(_("Posture"), labelsText(headache.posture));

    beginGroup(_("Medications"));
    addFact(_("Medications"), toWx(headache.medications));
    addFact(_("Days taken"), measured(headache.medicationDaysPerMonth, _("%s a month")));
}

void ChartIntakePage::addHealthAndLifestyle(const Intake& intake)
{
    beginGroup(_("Health history"));
    addFact(_("Conditions"), toWx(intake.health.conditions));
    addFact(_("Allergies"), toWx(intake.health.allergies));
    addFact(_("Precautions"), labelsText(intake.health.flags));
    addFact(_("Surgery"), toWx(intake.health.surgeryDetails));

    const Lifestyle& lifestyle = intake.lifestyle;
    beginGroup(_("Lifestyle"));
    addFact(_("Sleep"), measured(lifestyle.sleepHours, wxPLURAL("%s hour a night", "%s hours a night",
                                                                countOf(lifestyle.sleepHours))));
    addFact(_("Water"), measured(lifestyle.waterLitresPerDay, wxPLURAL("%s litre a day", "%s litres a day",
                                                                       countOf(lifestyle.waterLitresPerDay))));
    addFact(_("Caffeine"), measured(lifestyle.caffeineServingsPerDay,
                                    wxPLURAL("%s serving a day", "%s servings a day",
                                             countOf(lifestyle.caffeineServingsPerDay))));
    addFact(_("Physical activity"), measured(lifestyle.activityMinutesPerWeek,
                                             wxPLURAL("%s minute a week", "%s minutes a week",
                                                      countOf(lifestyle.activityMinutesPerWeek))));
    addFact(_("Stress"), measured(lifestyle.stress, _("%s / 10")));

    beginGroup(_("Treatment preferences and goals"));
    addFact(_("Preferred pressure"),
            intake.preferredPressure ? labelText(*intake.preferredPressure) : wxString());
    addFact(_("Goals"), toWx(intake.goals));
}

void ChartIntakePage::addScreenings(const ChartContext& context)
{
    beginGroup(_("Screening history"));
    if (context.chart.screenings.empty()) {
        addText(_("Not screened yet."));
        return;
    }
    std::for_each(context.chart.screenings.rbegin(), context.chart.screenings.rend(), [this](const Screening& screening) {
        wxString findings = issuesText(screening.issues);
        if (!screening.notes.empty())
            findings += "\n" + toWx(screening.notes);
        if (!screening.screenedBy.empty())
            findings += "\n" + wxString::Format(_("Screened by %s"), toWx(screening.screenedBy));
        addFact(formatDate(screening.screenedAt), findings);
    });
}

void ChartIntakePage::addClearances(const ChartContext& context)
{
    beginGroup(_("Medical clearances"));
    if (context.chart.clearances.empty()) {
        addText(_("No clearance on file."));
        return;
    }
    std::for_each(context.chart.clearances.rbegin(), context.chart.clearances.rend(), [&](const Clearance& clearance) {
        wxSizer* row = addFact(formatDate(clearance.clearedOn), clearanceText(context, clearance));
        if (clearance.letterAttachmentId)
            addLetterButtons(this, row, context.service->clients(), m_notifier, *clearance.letterAttachmentId);
    });
}

} // namespace knotwork::clients::ui
