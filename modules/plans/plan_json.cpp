#include "plans/plan_json.h"

#include "common/json_field_io.h"
#include "common/stored_json.h"
#include "plans/measure_scoring.h"
#include "plans/plan_json_fields.h"

namespace knotwork::plans {

using nlohmann::json;
using json_io::Writer;

void to_json(json& out, const TreatmentPlan& plan)
{
    Writer io(out);
    io("id", plan.id);
    planInputFields(io, plan);
    io("row_version", plan.rowVersion);
    io("created_at", plan.createdAt);
    io("updated_at", plan.updatedAt);
}

void from_json(const json& in, TreatmentPlan& plan)
{
    json_io::read(in, plan, [](auto& io, auto& p) {
        planInputFields(io, p);
        io.ignore({"id", "row_version", "created_at", "updated_at"});
    });
}

void to_json(json& out, const PlanSummary& summary)
{
    Writer io(out);
    io("id", summary.id);
    io("focus", summary.focus);
    io("start_date", summary.startDate);
    io("review_date", summary.reviewDate);
    io("status", summary.status);
    io("current_phase", summary.currentPhase);
    io("phase_count", summary.phaseCount);
    io("goal_count", summary.goalCount);
}

void to_json(json& out, const PlanTemplate& planTemplate)
{
    Writer io(out);
    io("id", planTemplate.id);
    templateInputFields(io, planTemplate);
    io("row_version", planTemplate.rowVersion);
}

void from_json(const json& in, PlanTemplate& planTemplate)
{
    json_io::read(in, planTemplate, [](auto& io, auto& t) {
        templateInputFields(io, t);
        io.ignore({"id", "row_version"});
    });
}

void to_json(json& out, const OutcomeMeasure& measure)
{
    Writer io(out);
    io("id", measure.id);
    measureInputFields(io, measure);
    io("score", headlineScore(measure));
    io("score_text", describeScore(measure));
    io("entered_at", measure.enteredAt);
    io("entered_by", measure.enteredBy);
    io("voided_at", measure.voidedAt);
    io("void_reason", measure.voidReason);
}

void from_json(const json& in, OutcomeMeasure& measure)
{
    json_io::read(in, measure, [](auto& io, auto& m) {
        measureInputFields(io, m);
        io.ignore({"id", "score", "score_text", "entered_at", "entered_by", "voided_at", "void_reason"});
    });
}

void to_json(json& out, const GoalProgress& progress)
{
    Writer io(out);
    goalFields(io, progress.goal);
    io("latest", progress.latest ? std::optional<double>(progress.latest->value) : std::nullopt);
    io("latest_on", progress.latest ? std::optional<Date>(progress.latest->date) : std::nullopt);
    io("fraction_of_way", progress.fractionOfWay);
    io("met", progress.met);
    io("trend", progress.trend);
    io("headache_day_reduction", progress.reduction);
    io("responder", progress.responder);
    io("points", static_cast<int>(progress.series.size()));
}

namespace {

// A stored plan body: the plan's content, its goals and when its status last changed.
constexpr auto kPlanBodyFields = [](auto& io, auto& plan) {
    treatmentFields(io, plan);
    io.list("goals", "goals", plan.goals, [](auto& e, auto& goal) { goalFields(e, goal); });
    io("status_changed_on", plan.statusChangedOn);
};
constexpr auto kAnswerFields = [](auto& io, auto& measure) { answerFields(io, measure); };
constexpr auto kTemplateBodyFields = [](auto& io, auto& planTemplate) { templateInputFields(io, planTemplate); };

template <typename T, typename Fields>
json writtenThrough(const T& value, Fields fields)
{
    json body;
    json_io::write(body, value, fields);
    return body;
}

} // namespace

json planBody(const TreatmentPlan& plan)
{
    return writtenThrough(plan, kPlanBodyFields);
}

void readPlanBody(const json& body, TreatmentPlan& plan)
{
    json_io::read(body, plan, kPlanBodyFields);
}

void readPlanBody(std::string_view body, TreatmentPlan& plan)
{
    json_io::readStored(body, plan, kPlanBodyFields);
}

json measureAnswers(const OutcomeMeasure& measure)
{
    return writtenThrough(measure, kAnswerFields);
}

void readMeasureAnswers(const json& answers, OutcomeMeasure& measure)
{
    json_io::read(answers, measure, kAnswerFields);
}

void readMeasureAnswers(std::string_view answers, OutcomeMeasure& measure)
{
    json_io::readStored(answers, measure, kAnswerFields);
}

json templateBody(const PlanTemplate& planTemplate)
{
    return writtenThrough(planTemplate, kTemplateBodyFields);
}

void readTemplateBody(const json& body, PlanTemplate& planTemplate)
{
    json_io::read(body, planTemplate, kTemplateBodyFields);
}

void readTemplateBody(std::string_view body, PlanTemplate& planTemplate)
{
    json_io::readStored(body, planTemplate, kTemplateBodyFields);
}

} // namespace knotwork::plans
