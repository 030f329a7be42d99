#pragma once
// The one list of JSON keys for plans, templates and measures, walked by plan_json.cpp's writer
// and reader alike (common/json_field_io.h). Internal to plan_json.cpp. `Self` is const for the
// writer.

#include "plans/plan_choices.h"
#include "plans/plan_template.h"
#include "sessions/session_choices.h"

namespace knotwork::plans {

template <typename Io, typename Self>
void phaseFields(Io& io, Self& phase)
{
    io("every_weeks", phase.everyWeeks);
    io("every_weeks_most", phase.everyWeeksMost);
    io("visits", phase.visits);
}

template <typename Io, typename Self>
void goalFields(Io& io, Self& goal)
{
    io("id", goal.id);
    io("metric", goal.metric);
    io("direction", goal.direction);
    io("activity", goal.activity);
    io("baseline", goal.baseline);
    io("target", goal.target);
    io("target_date", goal.targetDate);
    io("phase", goal.phase);
}

template <typename Io, typename Self>
void goalTemplateFields(Io& io, Self& goal)
{
    io("metric", goal.metric);
    io("direction", goal.direction);
    io("activity", goal.activity);
    io("relative_change", goal.relativeChange);
    io("points_change", goal.pointsChange);
    io("weeks", goal.weeks);
    io("phase", goal.phase);
}

// What a plan and a template share: the treatment and the schedule.
template <typename Io, typename Self>
void treatmentFields(Io& io, Self& t)
{
    io("focus", t.focus);
    io("target_muscles", t.targetMuscles);
    io("regions", t.regions);
    io("techniques", t.techniques);
    io("precautions", t.precautions);
    io("home_programme", t.homeProgramme);
    io("home_programme_notes", t.homeProgrammeNotes);
    io.list("phases", "phases", t.phases, [](auto& e, auto& phase) { phaseFields(e, phase); });
}

// What a person may write of a plan (`plan add --from`, the editor).
template <typename Io, typename Self>
void planInputFields(Io& io, Self& plan)
{
    io("client_id", plan.clientId);
    io("template_id", plan.templateId);
    io("start_date", plan.startDate);
    io("review_date", plan.reviewDate);
    io("status", plan.status);
    io("status_reason", plan.statusReason);
    treatmentFields(io, plan);
    io("current_phase", plan.currentPhase);
    io("phase_started_on", plan.phaseStartedOn);
    io.list("goals", "goals", plan.goals, [](auto& e, auto& goal) { goalFields(e, goal); });
}

template <typename Io, typename Self>
void templateInputFields(Io& io, Self& t)
{
    io("name", t.name);
    io("review_after_weeks", t.reviewAfterWeeks);
    treatmentFields(io, t);
    io.list("goals", "goals", t.goals, [](auto& e, auto& goal) { goalTemplateFields(e, goal); });
}

template <typename Io, typename Self>
void activityFields(Io& io, Self& activity)
{
    io("activity", activity.activity);
    io("rating", activity.rating);
}

// What the client answered: the stored answers document of a measure.
template <typename Io, typename Self>
void answerFields(Io& io, Self& measure)
{
    io("answers", measure.answers);
    io.list("activities", "activities", measure.activities,
            [](auto& e, auto& activity) { activityFields(e, activity); });
    io("total", measure.total);
}

template <typename Io, typename Self>
void measureInputFields(Io& io, Self& measure)
{
    io("client_id", measure.clientId);
    io("kind", measure.kind);
    io("taken_on", measure.takenOn);
    answerFields(io, measure);
    io("notes", measure.notes);
}

} // namespace knotwork::plans
