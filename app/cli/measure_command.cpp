// knotwork-cli measure add|list|void: outcome measures as the client answered them on paper,
// scored by the same rules as the chart.
#include <memory>
#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "app/cli/practice_access.h"
#include "common/error.h"
#include "common/i18n.h"
#include "common/strict_json.h"
#include <fmt/format.h>

#include "sessions/diary_summary.h"
#include "sessions/medication_overuse.h"
#include "plans/measure_scoring.h"
#include "plans/plan_choices.h"
#include "plans/plan_json.h"

namespace knotwork::cli {

using namespace knotwork::plans;

namespace {

struct AddOptions {
    ClientId client = 0;
    std::string kind, date, answers, notes, from;
    std::vector<std::string> activities;
    std::optional<int> total;
};

// "2,1,0,3,-,2": answers by position, "-" (or nothing) where the client skipped one.
std::vector<std::optional<int>> answersOption(const std::string& text)
{
    std::vector<std::optional<int>> answers;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        std::string item = text.substr(start, comma - start);
        item.erase(0, item.find_first_not_of(' '));
        item.erase(item.find_last_not_of(' ') + 1);
        if (item.empty() || item == "-") {
            answers.emplace_back();
        } else {
            try {
                std::size_t used = 0;
                answers.emplace_back(std::stoi(item, &used));
                if (used != item.size())
                    throw std::invalid_argument(item);
            } catch (const std::logic_error&) {
                throw ValidationError("--answers", "number",
                                      formatMessage(_("--answers: \"{}\" is not a whole number; "
                                                      "write the answers like 2,1,0,-,3 (- for a "
                                                      "skipped one)."),
                                                    item));
            }
        }
        start = comma + 1;
    }
    return answers;
}

// "Reading for an hour=4": an activity and its 0–10 rating.
ActivityRating activityOption(const std::string& text)
{
    const std::size_t equals = text.rfind('=');
    try {
        if (equals == std::string::npos)
            throw std::invalid_argument(text);
        std::size_t used = 0;
        const std::string rating = text.substr(equals + 1);
        ActivityRating activity{text.substr(0, equals), std::stoi(rating, &used)};
        if (used != rating.size())
            throw std::invalid_argument(text);
        return activity;
    } catch (const std::logic_error&) {
        throw ValidationError("--activity", "format",
                              formatMessage(_("--activity: write the activity and its rating like "
                                              "\"Reading for an hour=4\"; not \"{}\"."),
                                            text));
    }
}

OutcomeMeasure measureFromOptions(const AddOptions& options, const Date& today)
{
    OutcomeMeasure measure;
    if (!options.from.empty()) {
        measure = strict_json::readDocument<OutcomeMeasure>(readFileOption(options.from), options.from);
    } else {
        measure.kind = choiceOption<MeasureKind>(options.kind, "--kind");
        measure.takenOn = options.date.empty() ? today : dateOption(options.date, "--date");
        if (!options.answers.empty())
            measure.answers = answersOption(options.answers);
        for (const std::string& activity : options.activities)
            measure.activities.push_back(activityOption(activity));
        measure.total = options.total;
        measure.notes = options.notes;
    }
    measure.clientId = options.client;
    return measure;
}

void addAdd(CLI::App& measure, CliContext& context)
{
    auto options = std::make_shared<AddOptions>();
    CLI::App* add = measure.add_subcommand("add", _("Record a completed measure: NDI and HDI answers by number, PSFS activities, NPRS or HIT-6 totals"));
    add->add_option("--client", options->client, _("The client's number"))->required();
    auto* kind = add->add_option("--kind", options->kind,
                                 formatMessage(_("One of: {}"), keyList<MeasureKind>()));
    add->add_option("--date", options->date, _("The day the client answered (default: today)"))
        ->option_text("DATE");
    add->add_option("--answers", options->answers,
                    _("NDI: 10 section scores 0–5; HDI: 25 item scores 4 (yes), 2 (sometimes) or "
                      "0 (no); comma-separated, - for a skipped one"))
        ->option_text("LIST");
    add->add_option("--activity", options->activities,
                    _("A PSFS activity or functional goal with its rating 0–10: \"Reading=4\" (repeat for each)"))
        ->option_text("TEXT=N");
    add->add_option("--total", options->total, _("NPRS 0–10 or HIT-6 36–78"));
    add->add_option("--notes", options->notes, _("Notes"));
    add->add_option("--from", options->from, _("The measure as JSON"))->option_text("FILE")->excludes(kind);
    add->callback([&context, options] {
        if (options->from.empty() && options->kind.empty())
            throw ValidationError("--kind", "required", _("--kind: say which measure, or give --from."));
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        const OutcomeMeasure entered = measureFromOptions(*options, practice.plans().today());
        const MeasureId id = practice.plans().addMeasure(entered);
        if (context.json) {
            OutcomeMeasure stored = entered;
            stored.id = id;
            context.printJson(stored);
            return;
        }
        context.printLine(formatMessage(_("Recorded measure {}: {}."), id, describeScore(entered)));
    });
}

void addList(CLI::App& measure, CliContext& context)
{
    auto client = std::make_shared<ClientId>(0);
    CLI::App* list = measure.add_subcommand("list", _("List a client's measures, oldest first, with their scores"));
    list->add_option("--client", *client, _("The client's number"))->required();
    list->callback([&context, client] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        practice.clients().chart(*client);  // NotFoundError for an unknown client
        const std::vector<OutcomeMeasure> measures = practice.plans().measures(*client);
        if (context.json) {
            context.printJson(measures);
            return;
        }
        std::vector<std::vector<std::string>> table;
        for (const OutcomeMeasure& measure : measures)
            table.push_back({std::to_string(measure.id), isoDate(measure.takenOn),
                             describeScore(measure),
                             measure.voided() ? formatMessage(_("voided: {}"), measure.voidReason)
                                              : measure.notes});
        context.printTable({_("ID"), _("Date"), _("Score"), _("Notes")}, table);
        context.printLine(formatMessage(_("{} measures."), measures.size()));
    });
}

void addVoid(CLI::App& measure, CliContext& context)
{
    auto id = std::make_shared<MeasureId>(0);
    auto reason = std::make_shared<std::string>();
    CLI::App* voiding = measure.add_subcommand("void", _("Void a measure entered in error (it stays on record, struck out)"));
    voiding->add_option("ID", *id, _("The measure's number"))->required();
    voiding->add_option("--reason", *reason, _("Why it is voided"))->required();
    voiding->callback([&context, id, reason] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        practice.plans().voidMeasure(*id, *reason);
        if (context.json)
            context.printJson({{"id", *id}, {"voided", true}});
        else
            context.printLine(formatMessage(_("Voided measure {}."), *id));
    });
}

std::string oneDecimal(const std::optional<double>& value)
{
    return value ? fmt::format("{:.1f}", *value) : "\u2014";
}

void addDiary(CLI::App& measure, CliContext& context)
{
    auto client = std::make_shared<ClientId>(0);
    CLI::App* diary = measure.add_subcommand("diary", _("The headache diary month by month, drawn from the signed notes"));
    diary->add_option("--client", *client, _("The client's number"))->required();
    diary->callback([&context, client] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        practice.clients().chart(*client);  // NotFoundError for an unknown client
        const ProgressData data = practice.plans().progressData(*client);
        const std::vector<sessions::DiaryMonth> months = sessions::monthlyDiary(data.visits);
        const auto overuse = sessions::medicationOveruse(months, data.acuteMedications);
        if (context.json) {
            nlohmann::json list = nlohmann::json::array();
            const auto number = [](const std::optional<double>& value) {
                return value ? nlohmann::json(*value) : nlohmann::json();
            };
            for (const sessions::DiaryMonth& month : months)
                list.push_back({{"month", isoDate(month.month).substr(0, 7)}, {"visits", month.visits},
                                {"diary_days", month.diaryDays},
                                {"headache_days_per_month", number(month.headacheDaysPerMonth)},
                                {"average_intensity", number(month.averageIntensity)},
                                {"medication_days_per_month", number(month.medicationDaysPerMonth)}});
            context.printJson({{"months", list},
                               {"medication_overuse", overuse ? nlohmann::json(sessions::overuseAdvice(*overuse))
                                                              : nlohmann::json()}});
            return;
        }
        std::vector<std::vector<std::string>> table;
        for (const sessions::DiaryMonth& month : months)
            table.push_back({isoDate(month.month).substr(0, 7), std::to_string(month.visits),
                             oneDecimal(month.headacheDaysPerMonth), oneDecimal(month.averageIntensity),
                             oneDecimal(month.medicationDaysPerMonth)});
        context.printTable({_("Month"), _("Visits"), _("Headache days /30"), _("Average intensity"),
                            _("Medication days /30")},
                           table);
        if (overuse)
            context.printLine(sessions::overuseAdvice(*overuse));
    });
}

} // namespace

void addMeasureCommand(CLI::App& app, CliContext& context)
{
    CLI::App* measure = app.add_subcommand("measure", _("Outcome measures: add, list, void; the monthly headache diary"));
    measure->require_subcommand(1);
    addAdd(*measure, context);
    addList(*measure, context);
    addVoid(*measure, context);
    addDiary(*measure, context);
}

} // namespace knotwork::cli
