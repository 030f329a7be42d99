// knotwork-cli schedule book-plan|services|ics: a treatment plan's whole series previewed and
// booked in one action, the services visits are booked as, and the book as a calendar file for
// the therapist's phone. The book's settings are in schedule_settings_commands.h.
#include <memory>
#include <nlohmann/json.hpp>

#include "app/cli/appointment_text.h"
#include "app/cli/commands.h"
#include "app/cli/schedule_settings_commands.h"
#include "common/error.h"
#include "common/i18n.h"
#include "common/private_file.h"
#include "schedule/schedule_choices.h"
#include "schedule/schedule_json.h"

namespace knotwork::cli {

using namespace knotwork::schedule;
using boost::gregorian::days;

namespace {

struct BookPlanOptions {
    ClientId client = 0;
    plans::PlanId plan = 0;
    std::string weekday, time, from, until;
    ServiceId service = 0;
    bool yes = false, anyway = false;
};

SeriesRequest seriesRequest(PracticeAccess& practice, const BookPlanOptions& options)
{
    const int weekday = weekdayOption(options.weekday, "--weekday");
    const TimeOfDay time = parseTimeOfDay(options.time, "--time");
    ScheduleService& schedule = practice.schedule();
    const plans::TreatmentPlan plan = practice.plans().records().plan(options.plan);
    if (plan.clientId != options.client)
        throw ValidationError("--plan", "client",
                              formatMessage(_("Treatment plan {} is not client {}'s: `plan list --client {}` lists "
                                              "theirs."),
                                            plan.id, options.client, options.client));
    const Service service = chosenService(schedule, options.service, 60);
    SeriesRequest request;
    request.visit.clientId = options.client;
    request.visit.serviceId = service.id;
    request.visit.minutes = service.minutes;
    request.visit.bufferMinutes = service.bufferMinutes;
    request.visit.planId = plan.id;
    request.phases = plan.phases;
    request.fromPhase = plan.currentPhase;
    request.visitsDoneInPhase = practice.plans().progress(plan.id).visitsInPhase;
    const Date from = options.from.empty() ? schedule.clock().today() : dateOption(options.from, "--from");
    const LocalTime now(schedule.clock().today(), schedule.clock().timeOfDay());
    request.first = firstWeekdayAt(from, weekday, time, now);
    request.until = options.until.empty() ? plan.reviewDate : dateOption(options.until, "--until");
    return request;
}

void printProposals(const CliContext& context, const std::vector<ProposedVisit>& proposals, ScheduleStore& book)
{
    std::vector<std::vector<std::string>> table;
    int number = 0;
    for (const ProposedVisit& proposal : proposals) {
        std::string issues;
        for (const BookingIssue& issue : proposal.because)
            issues += (issues.empty() ? "" : "; ") + issueText(issue, book);
        table.push_back({std::to_string(++number), startText(proposal.asked),
                         proposal.booked ? startText(*proposal.booked) : "\u2014",
                         proposal.fate == ProposalFate::AsAsked ? std::string() : labelOf(proposal.fate),
                         std::to_string(proposal.phase + 1), issues});
    }
    context.printTable({_("#"), _("Asked"), _("Booked"), _("Changed"), _("Phase"), _("Why")}, table);
}

void runBookPlan(const CliContext& context, const BookPlanOptions& options)
{
    PracticeAccess practice(context, db::OpenMode::ExistingOnly);
    ScheduleService& schedule = practice.schedule();
    const SeriesRequest request = seriesRequest(practice, options);
    const std::vector<ProposedVisit> proposals = schedule.previewSeries(request);
    const auto booked = std::ranges::count_if(proposals, [](const ProposedVisit& p) { return p.booked.has_value(); });
    std::optional<SeriesId> series;
    if (options.yes && booked > 0) {
        try {
            series = schedule.bookSeries(proposals, request.visit, options.anyway ? Issues::Accepted : Issues::Refused);
        } catch (const ValidationError& refusal) {
            throw commandLineRefusal(refusal, {}, _("Nothing was booked. Add --anyway to book the series anyway."));
        }
    }
    if (context.json) {
        context.printJson({{"proposals", proposals},
                           {"visits", booked},
                           {"saved", series.has_value()},
                           {"series_id", series ? nlohmann::json(*series) : nlohmann::json()}});
        return;
    }
    printProposals(context, proposals, schedule.book());
    if (series)
        context.printLine(formatMessage(_("Booked {} visits as series {}."), booked, *series));
    else if (booked == 0)
        context.printLine(_("Nothing to book: the plan's visits are booked already, or its phases ask for none from "
                            "that day on."));
    else
        context.printLine(formatMessage(_("Nothing was saved: add --yes to book these {} visits."), booked));
}

void addBookPlan(CLI::App& schedule, CliContext& context)
{
    auto options = std::make_shared<BookPlanOptions>();
    CLI::App* book = schedule.add_subcommand(
        "book-plan", _("Preview a treatment plan's whole series at a weekday and time (shifted or skipped around "
                       "the book); --yes books it"));
    book->add_option("--client", options->client, _("The client's number"))->required();
    book->add_option("--plan", options->plan, _("The client's treatment plan: its frequency phases set the rhythm"))
        ->option_text("ID")
        ->required();
    book->add_option("--weekday", options->weekday, _("The day of the week: mon, tue, wed, thu, fri, sat or sun"))
        ->option_text("DAY")
        ->required();
    book->add_option("--time", options->time, _("The time of day: 10:00"))->option_text("HH:MM")->required();
    book->add_option("--from", options->from, _("The first visit is on or after this day (default: today)"))
        ->option_text("DATE");
    book->add_option("--until", options->until,
                     _("How far an open-ended phase is booked (default: the plan's review date)"))
        ->option_text("DATE");
    book->add_option("--service", options->service,
                     _("The service's number (see `schedule services`); default: the 60-minute treatment"))
        ->option_text("ID");
    book->add_flag("--yes", options->yes, _("Book the series as previewed, in one action"));
    book->add_flag("--anyway", options->anyway, _("With --yes: book it even though a time has issues"));
    book->callback([&context, options] { runBookPlan(context, *options); });
}

void addServices(CLI::App& schedule, CliContext& context)
{
    CLI::App* services = schedule.add_subcommand(
        "services", _("List the services visits are booked as; add, edit or retire one"));
    addServiceCommands(*services, context);
    services->callback([&context, services] {
        if (!services->get_subcommands().empty())
            return;
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        const std::vector<Service> all = practice.schedule().book().services();
        if (context.json) {
            context.printJson(all);
            return;
        }
        std::vector<std::vector<std::string>> table;
        for (const Service& service : all)
            table.push_back({std::to_string(service.id), service.name, std::to_string(service.minutes),
                             std::to_string(service.bufferMinutes), amountText(service.feeCents),
                             service.offered ? _("yes") : _("no")});
        context.printTable({_("ID"), _("Name"), _("Minutes"), _("Buffer"), _("Fee"), _("Offered")}, table);
    });
}

struct IcsOptions {
    std::string out, from, to;
    bool initials = false;
};

void runIcs(const CliContext& context, const IcsOptions& options)
{
    PracticeAccess practice(context, db::OpenMode::ExistingOnly);
    ScheduleService& schedule = practice.schedule();
    const Date today = schedule.clock().today();
    const Date from = options.from.empty() ? today - days(30) : dateOption(options.from, "--from");
    const Date to = options.to.empty() ? today + days(365) : dateOption(options.to, "--to");
    if (to < from)
        throw ValidationError("--to", "order", _("--to must be on or after --from."));
    const ScheduleService::CalendarFile calendar = schedule.calendarFile(from, to, options.initials);
    writePrivateFile(options.out, calendar.ics);  // names and times of visits: the owner's alone
    if (context.json) {
        context.printJson({{"file", options.out},
                           {"events", calendar.events},
                           {"from", isoDate(from)},
                           {"to", isoDate(to)},
                           {"initials_only", options.initials},
                           {"bytes", calendar.ics.size()}});
        return;
    }
    context.printLine(formatMessage(_("Wrote {}: {} appointments from {} to {}."), options.out, calendar.events,
                                    isoDate(from), isoDate(to)));
}

void addIcs(CLI::App& schedule, CliContext& context)
{
    auto options = std::make_shared<IcsOptions>();
    CLI::App* ics = schedule.add_subcommand(
        "ics", _("Write the book as an iCalendar file for a phone's calendar; importing a newer one updates it"));
    ics->add_option("--out", options->out, _("The .ics file to write (replaced when it exists)"))
        ->option_text("FILE")
        ->required();
    ics->add_option("--from", options->from, _("The first day (default: 30 days ago)"))->option_text("DATE");
    ics->add_option("--to", options->to, _("The last day (default: a year from today)"))->option_text("DATE");
    ics->add_flag("--initials", options->initials, _("Show the clients' initials only, never their names"));
    ics->callback([&context, options] { runIcs(context, *options); });
}

} // namespace

void addScheduleCommand(CLI::App& app, CliContext& context)
{
    CLI::App* schedule = app.add_subcommand(
        "schedule", _("The appointment book as a whole: book a plan's series, the calendar file, and the book's "
                      "settings: services, opening hours, the daily cap, time off, the cancellation policy"));
    schedule->require_subcommand(1);
    addBookPlan(*schedule, context);
    addServices(*schedule, context);
    addIcs(*schedule, context);
    addBookSettingsCommands(*schedule, context);
}

} // namespace knotwork::cli
