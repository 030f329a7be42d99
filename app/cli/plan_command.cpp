// knotwork-cli plan add|show|list|status|advance|templates: treatment plans from scripts, through
// the same PlanService and validation as the chart.
#include <memory>
#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "app/cli/practice_access.h"
#include "common/error.h"
#include "common/i18n.h"
#include "common/strict_json.h"
#include "plans/plan_choices.h"
#include "plans/plan_json.h"
#include "plans/plan_text.h"

namespace knotwork::cli {

using namespace knotwork::plans;

namespace {

nlohmann::json progressJson(const PlanProgress& progress)
{
    nlohmann::json json = progress.plan;
    json["goal_progress"] = progress.goals;
    json["visits_in_phase"] = progress.visitsInPhase;
    json["reminders"] = describeReminders(progress);
    if (progress.reminders.suggestedPhase)
        json["suggested_phase"] = *progress.reminders.suggestedPhase;
    return json;
}

void printProgress(const CliContext& context, const PlanProgress& progress)
{
    if (context.json) {
        context.printJson(progressJson(progress));
        return;
    }
    const TreatmentPlan& plan = progress.plan;
    context.printLine(formatMessage(_("Treatment plan {} \u00b7 client {}"), plan.id, plan.clientId));
    for (const sessions::NoteSection& section : describePlan(plan)) {
        context.out << '\n';
        context.printLine(section.title);
        std::vector<std::pair<std::string, std::string>> rows;
        for (const sessions::NoteLine& line : section.lines)
            rows.emplace_back("  " + line.label, line.value);
        context.printRows(rows);
    }
    context.printLine("  " + phaseLine(progress) + "\n\n" + _("Goals"));
    std::vector<std::vector<std::string>> table;
    for (const GoalProgress& goal : progress.goals) {
        const GoalRow row = describeGoalProgress(goal);
        std::string status = row.met || row.notMet ? row.status : row.trend;
        if (!row.responder.empty())
            status += "; " + row.responder;
        table.push_back({std::to_string(goal.goal.id), row.goal, row.baseline, row.latest,
                         row.target, row.way, status});
    }
    context.printTable({_("#"), _("Goal"), _("Baseline"), _("Latest"), _("Target"), _("Way"),
                        _("Status")},
                       table);
    for (const std::string& reminder : describeReminders(progress))
        context.printLine("! " + reminder);
}

struct AddOptions {
    ClientId client = 0;
    TemplateId templateId = 0;
    std::string start, from;
};

InstantiatedPlan planFromOptions(PlanService& plans, const AddOptions& options)
{
    if (!options.from.empty()) {
        InstantiatedPlan read;
        // The keys progressJson adds to the plan: `plan show --json` reads back.
        read.plan = strict_json::readDocument<TreatmentPlan>(
            readFileOption(options.from), options.from,
            {"goal_progress", "visits_in_phase", "reminders", "suggested_phase"});
        read.plan.clientId = options.client;
        return read;
    }
    const Date start = options.start.empty() ? plans.today() : dateOption(options.start, "--start");
    const TemplateId templateId = options.templateId != 0 ? options.templateId : plans.builtInTemplateFor(options.client);
    return plans.planFromTemplate(options.client, templateId, start);
}

void addAdd(CLI::App& plan, CliContext& context)
{
    auto options = std::make_shared<AddOptions>();
    CLI::App* add = plan.add_subcommand(
        "add", _("Start a client's plan from a template (baselines from the chart) or a JSON file"));
    add->add_option("--client", options->client, _("The client's number"))->required();
    auto* templateOption = add->add_option(
        "--template", options->templateId,
        _("Template number (see `plan templates`); default: the built-in one for the diagnosis on file"));
    add->add_option("--start", options->start, _("The day the plan starts (default: today)"))
        ->option_text("DATE");
    add->add_option("--from", options->from, _("The plan as JSON (as `plan show --json` prints it)"))
        ->option_text("FILE")
        ->excludes(templateOption);
    add->callback([&context, options] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        const InstantiatedPlan started = planFromOptions(practice.plans(), *options);
        const PlanId id = practice.plans().addPlan(started.plan);
        if (context.json) {
            context.printJson(progressJson(practice.plans().progress(id)));
            return;
        }
        context.printLine(formatMessage(_("Started treatment plan {}."), id));
        for (const SkippedGoal& skipped : started.skipped)
            context.printLine(formatMessage(_("Goal not added: {}"), skipped.reason));
    });
}

void addShow(CLI::App& plan, CliContext& context)
{
    auto id = std::make_shared<PlanId>(0);
    CLI::App* show = plan.add_subcommand("show", _("Show a plan with each goal's progress and what it asks for"));
    show->add_option("ID", *id, _("The plan's number"))->required();
    show->callback([&context, id] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        printProgress(context, practice.plans().progress(*id));
    });
}

void addList(CLI::App& plan, CliContext& context)
{
    auto client = std::make_shared<ClientId>(0);
    CLI::App* list = plan.add_subcommand("list", _("List a client's plans, latest first"));
    list->add_option("--client", *client, _("The client's number"))->required();
    list->callback([&context, client] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        practice.clients().chart(*client);  // NotFoundError for an unknown client
        const std::vector<PlanSummary> plans = practice.plans().records().plans(*client);
        if (context.json) {
            context.printJson(plans);
            return;
        }
        std::vector<std::vector<std::string>> table;
        for (const PlanSummary& plan : plans)
            table.push_back({std::to_string(plan.id), labelOf(plan.focus), isoDate(plan.startDate),
                             isoDate(plan.reviewDate), labelOf(plan.status),
                             formatMessage(_("{} of {}"), plan.currentPhase + 1, plan.phaseCount),
                             std::to_string(plan.goalCount)});
        context.printTable({_("ID"), _("Focus"), _("Start"), _("Review"), _("Status"), _("Phase"),
                            _("Goals")},
                           table);
        context.printLine(formatMessage(_("{} plans."), plans.size()));
    });
}

void addStatus(CLI::App& plan, CliContext& context)
{
    auto id = std::make_shared<PlanId>(0);
    auto status = std::make_shared<std::string>();
    auto reason = std::make_shared<std::string>();
    CLI::App* change = plan.add_subcommand("status", _("Put a plan on hold, complete or discontinue it, or make it active again"));
    change->add_option("ID", *id, _("The plan's number"))->required();
    change->add_option("--to", *status, formatMessage(_("One of: {}"), keyList<PlanStatus>()))
        ->required();
    change->add_option("--reason", *reason, _("Why (required for on hold and discontinued)"));
    change->callback([&context, id, status, reason] {
        const PlanStatus to = choiceOption<PlanStatus>(*status, "--to");
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        const TreatmentPlan current = practice.plans().records().plan(*id);
        practice.plans().changeStatus(*id, current.rowVersion, to, *reason);
        printProgress(context, practice.plans().progress(*id));
    });
}

void addAdvance(CLI::App& plan, CliContext& context)
{
    auto id = std::make_shared<PlanId>(0);
    auto on = std::make_shared<std::string>();
    CLI::App* advance = plan.add_subcommand("advance", _("Move an active plan to its next frequency phase"));
    advance->add_option("ID", *id, _("The plan's number"))->required();
    advance->add_option("--on", *on, _("The day the next phase starts (default: today)"))->option_text("DATE");
    advance->callback([&context, id, on] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        const Date day = on->empty() ? practice.plans().today() : dateOption(*on, "--on");
        const TreatmentPlan current = practice.plans().records().plan(*id);
        practice.plans().advancePhase(*id, current.rowVersion, day);
        printProgress(context, practice.plans().progress(*id));
    });
}

void addTemplates(CLI::App& plan, CliContext& context)
{
    CLI::App* templates = plan.add_subcommand("templates", _("List the plan templates: built-in and the practice's own"));
    templates->callback([&context] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        const std::vector<PlanTemplate> all = practice.plans().templates();
        if (context.json) {
            context.printJson(all);
            return;
        }
        std::vector<std::vector<std::string>> table;
        for (const PlanTemplate& planTemplate : all)
            table.push_back({std::to_string(planTemplate.id), planTemplate.name,
                             labelOf(planTemplate.focus), describePhases(planTemplate.phases),
                             std::to_string(planTemplate.goals.size())});
        context.printTable({_("ID"), _("Name"), _("Focus"), _("Frequency"), _("Goals")}, table);
    });
}

} // namespace

void addPlanCommand(CLI::App& app, CliContext& context)
{
    CLI::App* plan = app.add_subcommand("plan", _("Treatment plans: add, show, list, status, advance, templates"));
    plan->require_subcommand(1);
    addAdd(*plan, context);
    addShow(*plan, context);
    addList(*plan, context);
    addStatus(*plan, context);
    addAdvance(*plan, context);
    addTemplates(*plan, context);
}

} // namespace knotwork::cli
