#pragma once
// The two tables of the plan editor: the frequency phases and the goals, each row editing one
// record in place (common/ui/rows_editor.h), problems marked on their cells.

#include <vector>

#include "common/ui/rows_editor.h"
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
};

// A goal per row: what it measures (each ROM direction is a measure of its own; an activity for
// PSFS and functional goals), baseline, target, by when, and the phase it concludes. Each keeps
// its number.
class GoalEditor : public knotwork::ui::RecordRowsEditor<Goal, GoalRowControls> {
public:
    GoalEditor(wxWindow* parent, knotwork::ui::FieldErrorMarkers& markers);
    std::vector<Goal> rows() const override;

private:
    void createRow(std::size_t index) override;
};

} // namespace knotwork::plans::ui
