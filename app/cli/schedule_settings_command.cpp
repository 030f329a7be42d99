// knotwork-cli schedule hours|cap|time-off|policy: the working week's opening hours and daily
// cap, time off (a day, days, or part of a day, saying which booked visits fall in it) and the
// cancellation policy, kept by the same rules as the app's Appointment book settings
// (BookSettingsService).
#include <charconv>
#include <memory>
#include <optional>
#include <nlohmann/json.hpp>

#include "app/cli/appointment_text.h"
#include "app/cli/practice_access.h"
#include "app/cli/schedule_settings_commands.h"
#include "common/error.h"
#include "common/i18n.h"
#include "common/number_text.h"
#include "schedule/book_settings_service.h"
#include "schedule/opening_hours_text.h"
#include "schedule/schedule_json.h"
#include "schedule/schedule_validation.h"

namespace knotwork::cli {

using namespace knotwork::schedule;

namespace {

std::string stretchesText(const std::vector<OpeningHours>& stretches)
{
    return stretches.empty() ? _("closed") : openingHoursText(stretches);
}

std::string capText(const std::optional<int>& cap)
{
    return cap ? std::to_string(*cap) : _("no cap");
}

void printWeek(const CliContext& context, const WorkingWeek& week)
{
    if (context.json) {
        context.printJson(week);
        return;
    }
    std::vector<std::pair<std::string, std::string>> rows;
    for (int weekday : {1, 2, 3, 4, 5, 6, 0})
        rows.emplace_back(weekdayName(weekday), stretchesText(week.days[static_cast<std::size_t>(weekday)]));
    rows.emplace_back(_("Most visits in a day"), capText(week.dailyCap));
    context.printRows(rows);
}

void addHours(CLI::App& schedule, CliContext& context)
{
    CLI::App* hours = schedule.add_subcommand("hours", _("Show or set the opening hours of each weekday"));
    CLI::App* show = hours->add_subcommand("show", _("Show the opening hours and the daily cap (the default)"));
    auto weekday = std::make_shared<std::string>();
    auto stretches = std::make_shared<std::string>();
    CLI::App* set = hours->add_subcommand("set", _("Set one weekday's opening hours"));
    set->add_option("WEEKDAY", *weekday, _("mon, tue, wed, thu, fri, sat or sun"))->required();
    set->add_option("HOURS", *stretches, _("09:00-17:00, several as 09:00-12:00,13:00-17:00, or closed"))
        ->required();
    set->callback([&context, weekday, stretches] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        printWeek(context, practice.bookSettings().setOpeningHours(weekdayOption(*weekday, "WEEKDAY"),
                                                                   parseOpeningHours(*stretches, "HOURS", "HOURS")));
    });
    hours->callback([&context, hours, show] {
        if (!hours->get_subcommands().empty() && !show->parsed())
            return;
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        printWeek(context, practice.bookSettings().workingWeek());
    });
}

void addCap(CLI::App& schedule, CliContext& context)
{
    auto cap = std::make_shared<std::string>();
    CLI::App* command = schedule.add_subcommand("cap", _("Show or set the most visits booked in one day"));
    command->add_option("N", *cap, _("1 to 20, or none for no cap; without it, the cap is shown"));
    command->callback([&context, cap] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        BookSettingsService& settings = practice.bookSettings();
        std::optional<int> daily = settings.workingWeek().dailyCap;
        if (!cap->empty()) {
            daily = std::nullopt;
            if (*cap != "none") {
                int most = 0;
                const auto [end, error] = std::from_chars(cap->data(), cap->data() + cap->size(), most);
                if (error != std::errc() || end != cap->data() + cap->size())
                    throw ValidationError("N", "number",
                                          formatMessage(_("N must be a number of visits or none; not \"{}\"."), *cap));
                daily = most;
            }
            settings.setDailyCap(daily);
        }
        if (context.json)
            context.printJson({{"daily_cap", daily ? nlohmann::json(*daily) : nlohmann::json()}});
        else
            context.printRows({{_("Most visits in a day"), capText(daily)}});
    });
}

struct TimeOffOptions {
    std::string from, to, reason;
};

// A day ("2026-12-24"), days (--to a later day, included) or part of a day ("2026-12-24 13:00").
TimeOff timeOffOf(const TimeOffOptions& options)
{
    const bool wholeDays = options.from.size() == 10 && (options.to.empty() || options.to.size() == 10);
    if (wholeDays) {
        const Date first = dateOption(options.from, "--from");
        return timeOffDays(first, options.to.empty() ? first : dateOption(options.to, "--to"), options.reason);
    }
    if (options.to.empty())
        throw ValidationError("--to", "required", _("--to is required when --from has a time of day."));
    TimeOff timeOff;
    timeOff.from = localTimeOption(options.from, "--from");
    timeOff.to = localTimeOption(options.to, "--to");
    timeOff.reason = options.reason;
    return timeOff;
}

std::vector<std::string> timeOffRow(const TimeOff& timeOff)
{
    return {std::to_string(timeOff.id), startText(timeOff.from), startText(timeOff.to), timeOff.reason};
}

void addTimeOffAdd(CLI::App& timeOff, CliContext& context)
{
    auto options = std::make_shared<TimeOffOptions>();
    CLI::App* add = timeOff.add_subcommand(
        "add", _("Add time off: a day, several days, or part of a day; says which booked visits fall in it"));
    add->add_option("--from", options->from, _("The first day (2026-12-24), or a start (\"2026-12-24 13:00\")"))
        ->option_text("DATE[ TIME]")
        ->required();
    add->add_option("--to", options->to, _("The last day (included), or an end (\"2026-12-24 17:00\")"))
        ->option_text("DATE[ TIME]");
    add->add_option("--reason", options->reason, _("What it is: \"Holidays\", \"Course\""))->option_text("TEXT");
    add->callback([&context, options] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        const TimeOffAdded added = practice.bookSettings().addTimeOff(timeOffOf(*options));
        VisitNames names(practice);
        if (context.json) {
            nlohmann::json visits = nlohmann::json::array();
            for (const Appointment& visit : added.bookedVisits)
                visits.push_back(visitJson(visit, names));
            context.printJson({{"time_off", added.timeOff}, {"booked_visits", visits}});
            return;
        }
        context.printLine(formatMessage(_("Added time off {} from {} to {}."), added.timeOff.id,
                                        startText(added.timeOff.from), startText(added.timeOff.to)));
        if (added.bookedVisits.empty())
            return;
        context.printWarning(formatMessage(_("{} booked visits fall in it; they stay booked until you move or "
                                             "cancel them:"),
                                           added.bookedVisits.size()));
        printVisits(context, added.bookedVisits, names);
    });
}

void addTimeOff(CLI::App& schedule, CliContext& context)
{
    CLI::App* timeOff = schedule.add_subcommand("time-off", _("Holidays, courses and hours away from the practice"));
    timeOff->require_subcommand(1);
    addTimeOffAdd(*timeOff, context);

    auto from = std::make_shared<std::string>();
    CLI::App* list = timeOff->add_subcommand("list", _("List the time off from a day on"));
    list->add_option("--from", *from, _("The first day (default: today)"))->option_text("DATE");
    list->callback([&context, from] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        BookSettingsService& settings = practice.bookSettings();
        const Date first = from->empty() ? practice.schedule().clock().today() : dateOption(*from, "--from");
        const std::vector<TimeOff> found = settings.timeOffFrom(first);
        if (context.json) {
            context.printJson(found);
            return;
        }
        std::vector<std::vector<std::string>> table;
        for (const TimeOff& one : found)
            table.push_back(timeOffRow(one));
        context.printTable({_("ID"), _("From"), _("Until"), _("Reason")}, table);
    });

    auto id = std::make_shared<long long>(0);
    CLI::App* remove = timeOff->add_subcommand("remove", _("Remove time off: its hours are open for booking again"));
    remove->add_option("ID", *id, _("The time off's number (see `schedule time-off list`)"))->required();
    remove->callback([&context, id] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        practice.bookSettings().removeTimeOff(*id);
        if (context.json)
            context.printJson({{"removed", *id}});
        else
            context.printLine(formatMessage(_("Removed time off {}."), *id));
    });
}

struct PolicyOptions {
    std::optional<std::string> textFile, fee, noShowFee;
    std::optional<int> windowHours;
};

void printPolicy(const CliContext& context, const CancellationPolicy& policy)
{
    if (context.json) {
        context.printJson(policy);
        return;
    }
    context.printRows({{_("Version"), policy.version},
                       {_("Late-cancel window"), formatMessage(_("{} hours"), policy.lateWindowHours)},
                       {_("Late-cancel fee"), amountText(policy.lateFeeCents)},
                       {_("No-show fee"), amountText(policy.noShowFeeCents)}});
    context.printLine(policy.text);
}

void addPolicy(CLI::App& schedule, CliContext& context)
{
    CLI::App* policy = schedule.add_subcommand(
        "policy", _("Show or set the cancellation policy clients accept at intake"));
    CLI::App* show = policy->add_subcommand("show", _("Show the policy (the default)"));
    auto options = std::make_shared<PolicyOptions>();
    CLI::App* set = policy->add_subcommand(
        "set", _("Change the policy; a new wording gets a new version, which acceptances from now on record"));
    set->add_option("--text-file", options->textFile, _("The policy as clients read it (UTF-8 text)"))
        ->option_text("FILE");
    set->add_option("--window-hours", options->windowHours, _("Less notice than this is a late cancellation, 0 to 168"))
        ->option_text("N");
    set->add_option("--fee", options->fee, _("The fee for a late cancellation: 40 or 40.00"))->option_text("AMOUNT");
    set->add_option("--no-show-fee", options->noShowFee, _("The fee for a no-show"))->option_text("AMOUNT");
    set->callback([&context, options] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        BookSettingsService& settings = practice.bookSettings();
        CancellationPolicy changed = settings.cancellationPolicy();
        if (options->textFile) {
            changed.text = readFileOption(*options->textFile);
            while (changed.text.ends_with('\n') || changed.text.ends_with('\r'))
                changed.text.pop_back();  // an editor's last line break is not part of the wording
        }
        if (options->windowHours)
            changed.lateWindowHours = *options->windowHours;
        if (options->fee)
            changed.lateFeeCents = parseAmountCents(*options->fee, "--fee", _("Late-cancel fee"));
        if (options->noShowFee)
            changed.noShowFeeCents = parseAmountCents(*options->noShowFee, "--no-show-fee", _("No-show fee"));
        printPolicy(context, settings.setCancellationPolicy(changed));
    });
    policy->callback([&context, policy, show] {
        if (!policy->get_subcommands().empty() && !show->parsed())
            return;
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        printPolicy(context, practice.bookSettings().cancellationPolicy());
    });
}

} // namespace

void addBookSettingsCommands(CLI::App& schedule, CliContext& context)
{
    addHours(schedule, context);
    addCap(schedule, context);
    addTimeOff(schedule, context);
    addPolicy(schedule, context);
}

} // namespace knotwork::cli
