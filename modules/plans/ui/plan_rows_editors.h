#pragma once
// The two tables of the plan editor: the frequency phases and the goals, each row editing one
// record in place (common/ui/rows_editor.h), problems marked on their cells.

#include <functional>
#include <optional>
#include <vector>

#include "common/ui/rows_editor.h"
#include "plans/goal_progress.h"
#include "plans/treatment_plan.h"

class wxChoice;
class wxTextCtrl;

namespace knotwork::ui {
class NumberField;
class OptionalDateField;
}

namespace knotwork::plans::ui {

struct PhaseRowControls {
    knotwork::ui::NumberField* everyWeeks;
    knotwork::ui::NumberField* everyWeeksMost;
    knotwork::ui::NumberField* visits;
};

// "Every 2 (to —) weeks for 6 visits"; no visits for the open-ended last phase.
class PhaseEditor : public knotwork::ui::RecordRowsEditor<FrequencyPhase, PhaseRowControls> {
public:
    PhaseEditor(wxWindow* parent, knotwork::ui::FieldErrorMarkers& markers);
    std::vector<FrequencyPhase> rows() const override;

private:
    void createRow(std::size_t index) override;
};

struct GoalRowControls {
    wxChoice* measure;  // the metric, and for ROM the direction: one choice, one column
    wxTextCtrl* activity;
    knotwork::ui::NumberField* baseline;
    knotwork::ui::NumberField* target;
    knotwork::ui::OptionalDateField* targetDate;
    wxChoice* phase;
    // A new goal: the recorded value its baseline was filled with, while it still holds it.
    std::optional<double> prefilled;
};

// The latest value recorded for what a goal measures (a signed note's finding or a measure),
// with its date; none when nothing was recorded.
using LatestRecorded = std::function<std::optional<MetricPoint>(const Goal&)>;

// A goal per row: what it measures (each ROM direction is a measure of its own; an activity for
// PSFS and functional goals), baseline, target, by when, and the phase it concludes. Each keeps
// its number. A new goal's baseline starts from the latest value recorded for its measure, its
// date said beside it, and follows the measure (and activity) chosen until the therapist types
// another; with nothing recorded it stays empty.
class GoalEditor : public knotwork::ui::RecordRowsEditor<Goal, GoalRowControls> {
public:
    GoalEditor(wxWindow* parent, knotwork::ui::FieldErrorMarkers& markers, LatestRecorded latest);
    std::vector<Goal> rows() const override;
    // What is said beside row `index`'s baseline: "recorded 3 Nov 2026", "nothing recorded yet",
    // or nothing (a goal of the plan, or a number the therapist typed).
    wxString baselineNote(std::size_t index) const;

private:
    void createRow(std::size_t index) override;
    Goal newRow() const override;
    Goal goalIn(std::size_t index) const;
    // A new goal's measure or activity changed: its baseline follows, unless one was typed.
    void followMeasure(std::size_t index);
    void describeBaseline(std::size_t index);

    LatestRecorded m_latest;
};

} // namespace knotwork::plans::ui
