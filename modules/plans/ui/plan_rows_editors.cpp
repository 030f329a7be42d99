#include "plans/ui/plan_rows_editors.h"

#include <algorithm>
#include <wx/choice.h>
#include <wx/textctrl.h>

#include "common/ui/choice_controls.h"
#include "common/ui/form_grid.h"
#include "common/ui/number_field.h"
#include "common/ui/optional_date_field.h"
#include "common/number_text.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"
#include "plans/plan_choices.h"
#include "plans/plan_service.h"
#include "sessions/session_choices.h"

namespace knotwork::plans::ui {

using knotwork::ui::NumberField;

namespace {

// What the field holds, or nothing; text that is not a number is left to the plan's rules,
// which name the cell.
std::optional<int> wholeIn(const NumberField& field)
{
    Validator ignored;
    return field.readWhole(ignored);
}

std::optional<double> numberIn(const NumberField& field)
{
    Validator ignored;
    return field.read(ignored);
}

std::optional<double> asDouble(const std::optional<int>& value)
{
    return value ? std::optional<double>(*value) : std::nullopt;
}

// A goal's number the form left empty: the plan's rules name the cell ("Baseline: 0 to 10").
constexpr double kEmpty = -1;

std::optional<double> orEmpty(double value)
{
    return value == kEmpty ? std::nullopt : std::optional<double>(value);
}

// A goal concludes one of the plan's phases; the rules say when the plan has fewer.
constexpr int kPhasesOffered = 6;

// What a goal's Measure choice offers: every metric, range of motion once per direction, the
// flexion-rotation test once per side.
struct MeasureOption {
    GoalMetric metric;
    std::optional<sessions::RomDirection> direction;
};

std::vector<MeasureOption> measureOptions()
{
    std::vector<MeasureOption> options;
    for (const auto& metric : choices<GoalMetric>()) {
        if (metric.value == GoalMetric::Rom) {
            for (const auto& direction : choices<sessions::RomDirection>())
                options.push_back({metric.value, direction.value});
        } else if (metric.value == GoalMetric::Cfrt) {
            options.push_back({metric.value, sessions::RomDirection::RotationLeft});
            options.push_back({metric.value, sessions::RomDirection::RotationRight});
        } else {
            options.push_back({metric.value, std::nullopt});
        }
    }
    return options;
}

wxArrayString measureLabels()
{
    wxArrayString labels;
    for (const MeasureOption& option : measureOptions()) {
        Goal goal;
        goal.metric = option.metric;
        goal.direction = option.direction;
        labels.Add(knotwork::ui::toWx(option.direction ? describeGoal(goal) : labelOf(option.metric)));
    }
    return labels;
}

int measureIndex(const Goal& goal)
{
    const std::vector<MeasureOption> options = measureOptions();
    for (std::size_t i = 0; i < options.size(); ++i)
        if (options[i].metric == goal.metric && (!options[i].direction || options[i].direction == goal.direction))
            return static_cast<int>(i);
    return 0;
}

} // namespace

PhaseEditor::PhaseEditor(wxWindow* parent, knotwork::ui::FieldErrorMarkers& markers)
    : RecordRowsEditor(parent, markers, "phases",
                       {{_("Every (weeks)"), 0}, {_("Up to (weeks)"), 0}, {_("Visits"), 1}},
                       _("No frequency yet: add a phase, e.g. weekly for 6 visits."), _("Add p&hase"))
{
    nameRows(_("Phase %d"));
}

void PhaseEditor::createRow(std::size_t index)
{
    const FrequencyPhase& phase = rowAt(index);
    PhaseRowControls row{};
    row.everyWeeks = new NumberField(parent(), cellName(index, "every_weeks").utf8_string(), {1, 26, 1, 0}, wxString());
    row.everyWeeks->setValue(double(phase.everyWeeks));
    addCell(index, row.everyWeeks, "every_weeks");
    row.everyWeeksMost = new NumberField(parent(), cellName(index, "every_weeks_most").utf8_string(), {1, 26, 1, 0},
                                         _("for a range"));
    row.everyWeeksMost->setValue(asDouble(phase.everyWeeksMost));
    addCell(index, row.everyWeeksMost, "every_weeks_most");
    row.visits = new NumberField(parent(), cellName(index, "visits").utf8_string(), {1, 52, 1, 0},
                                 _("empty: ongoing"));
    row.visits->setValue(asDouble(phase.visits));
    addCell(index, row.visits, "visits");
    m_controls.push_back(row);
}

std::vector<FrequencyPhase> PhaseEditor::rows() const
{
    std::vector<FrequencyPhase> phases;
    for (const PhaseRowControls& row : m_controls)
        phases.push_back({wholeIn(*row.everyWeeks).value_or(0), wholeIn(*row.everyWeeksMost), wholeIn(*row.visits)});
    return phases;
}

GoalEditor::GoalEditor(wxWindow* parent, knotwork::ui::FieldErrorMarkers& markers, LatestRecorded latest)
    : RecordRowsEditor(parent, markers, "goals",
                       {{_("Measure"), 0}, {_("Activity"), 2}, {_("Baseline"), 0},
                        {_("Target"), 0}, {_("By"), 0}, {_("Phase"), 0}},
                       _("No goals yet: add one the client and you can measure."), _("Add &goal")),
      m_latest(std::move(latest))
{
    nameRows(_("Goal %d"));
}

Goal GoalEditor::newRow() const
{
    Goal goal;
    goal.target = kEmpty;
    const std::optional<MetricPoint> latest = m_latest(goal);
    goal.baseline = latest ? roundedNumber(latest->value) : kEmpty;
    return goal;
}

void GoalEditor::createRow(std::size_t index)
{
    const Goal& goal = rowAt(index);
    GoalRowControls row{};
    row.measure = new wxChoice(parent(), wxID_ANY, wxDefaultPosition, wxDefaultSize, measureLabels(), 0,
                               wxDefaultValidator, cellName(index, "metric"));
    row.measure->SetSelection(measureIndex(goal));
    addCell(index, row.measure, "metric");
    markOnCell(index, "direction", "metric");

    row.activity = new wxTextCtrl(parent(), wxID_ANY, knotwork::ui::toWx(goal.activity), wxDefaultPosition,
                                  wxDefaultSize, 0, wxDefaultValidator, cellName(index, "activity"));
    row.activity->SetHint(_("PSFS activity or functional goal"));
    addCell(index, row.activity, "activity");

    row.baseline = new NumberField(parent(), cellName(index, "baseline").utf8_string(), {0, 100, 1, 1}, wxString());
    row.baseline->setValue(orEmpty(goal.baseline));
    addCell(index, row.baseline, "baseline");
    row.target = new NumberField(parent(), cellName(index, "target").utf8_string(), {0, 100, 1, 1}, wxString());
    row.target->setValue(orEmpty(goal.target));
    addCell(index, row.target, "target");
    row.targetDate = new knotwork::ui::OptionalDateField(parent(), cellName(index, "target_date"), _("Set"));
    row.targetDate->setDate(goal.targetDate);
    addCell(index, row.targetDate, "target_date");
    wxArrayString phases;
    for (int phase = 1; phase <= kPhasesOffered; ++phase)
        phases.Add(wxString::Format("%d", phase));
    row.phase = new wxChoice(parent(), wxID_ANY, wxDefaultPosition, wxDefaultSize, phases, 0, wxDefaultValidator,
                             cellName(index, "phase"));
    row.phase->SetSelection(std::clamp(goal.phase, 0, kPhasesOffered - 1));
    addCell(index, row.phase, "phase");
    markOnCell(index, "id", "metric");
    row.activity->SetMinSize(wxSize(parent()->FromDIP(150), -1));

    if (goal.id == 0) {
        if (const auto latest = m_latest(goal); latest && roundedNumber(latest->value) == goal.baseline)
            row.prefilled = goal.baseline;
        row.measure->Bind(wxEVT_CHOICE, [this, index](wxCommandEvent& event) {
            followMeasure(index);
            event.Skip();
        });
        row.activity->Bind(wxEVT_TEXT, [this, index](wxCommandEvent& event) {
            followMeasure(index);
            event.Skip();
        });
        row.baseline->text()->Bind(wxEVT_TEXT, [this, index](wxCommandEvent& event) {
            describeBaseline(index);
            event.Skip();
        });
    }
    m_controls.push_back(row);
    describeBaseline(index);
}

Goal GoalEditor::goalIn(std::size_t index) const
{
    const std::vector<MeasureOption> options = measureOptions();
    const GoalRowControls& row = m_controls[index];
    Goal goal;
    goal.id = rowAt(index).id;  // 0 for a row added here: the service numbers it
    const MeasureOption chosen = options[static_cast<std::size_t>(std::max(0, row.measure->GetSelection()))];
    goal.metric = chosen.metric;
    goal.direction = chosen.direction;
    goal.activity = knotwork::ui::trimmedText(*row.activity);
    goal.baseline = numberIn(*row.baseline).value_or(kEmpty);
    goal.target = numberIn(*row.target).value_or(kEmpty);
    goal.targetDate = row.targetDate->date();
    goal.phase = row.phase->GetSelection();
    return goal;
}

std::vector<Goal> GoalEditor::rows() const
{
    std::vector<Goal> goals;
    for (std::size_t i = 0; i < m_controls.size(); ++i)
        goals.push_back(goalIn(i));
    return goals;
}

void GoalEditor::followMeasure(std::size_t index)
{
    GoalRowControls& row = m_controls[index];
    const std::optional<double> shown = numberIn(*row.baseline);
    if (shown && shown != row.prefilled)
        return;  // the therapist's own number
    const std::optional<MetricPoint> latest = m_latest(goalIn(index));
    row.prefilled = latest ? std::optional<double>(roundedNumber(latest->value)) : std::nullopt;
    row.baseline->setValue(row.prefilled);
    describeBaseline(index);
}

wxString GoalEditor::baselineNote(std::size_t index) const
{
    const GoalRowControls& row = m_controls[index];
    if (rowAt(index).id != 0)
        return wxString();
    const Goal goal = goalIn(index);
    const std::optional<MetricPoint> latest = m_latest(goal);
    if (!latest)
        return numberIn(*row.baseline) ? wxString() : wxString(_("nothing recorded yet"));
    if (goal.baseline != roundedNumber(latest->value))
        return wxString();
    return wxString::Format(_("recorded %s"), knotwork::ui::formatDate(latest->date));
}

void GoalEditor::describeBaseline(std::size_t index)
{
    m_controls[index].baseline->setUnit(baselineNote(index));
}

} // namespace knotwork::plans::ui
