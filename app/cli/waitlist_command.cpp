// knotwork-cli waitlist add|list|close: the clients who would like an earlier time, through the
// same ScheduleService as the app's waitlist. `appointment cancel` lists the entries a freed time
// could serve.
#include <memory>
#include <nlohmann/json.hpp>

#include "app/cli/appointment_text.h"
#include "app/cli/commands.h"
#include "common/i18n.h"
#include "schedule/schedule_json.h"

namespace knotwork::cli {

using namespace knotwork::schedule;

namespace {

struct AddOptions {
    ClientId client = 0;
    ServiceId service = 0;
    std::string from, until, note;
    std::optional<AppointmentId> instead;
};

void runAdd(const CliContext& context, const AddOptions& options)
{
    PracticeAccess practice(context, db::OpenMode::ExistingOnly);
    ScheduleService& schedule = practice.schedule();
    WaitlistEntry entry;
    entry.clientId = options.client;
    entry.serviceId = options.service;
    entry.from = options.from.empty() ? schedule.clock().today() : dateOption(options.from, "--from");
    entry.until = optionalDateOption(options.until, "--until");
    entry.instead = options.instead;
    entry.preferences = options.note;
    practice.clients().chart(entry.clientId);  // NotFoundError for an unknown client
    const WaitlistEntry added = schedule.addToWaitlist(entry);
    VisitNames names(practice);
    if (context.json)
        return context.printJson(waitlistJson(added, names));
    context.printLine(
        formatMessage(_("Added {} to the waitlist as entry {}."), names.client(added.clientId), added.id));
}

void addAdd(CLI::App& waitlist, CliContext& context)
{
    auto options = std::make_shared<AddOptions>();
    CLI::App* add = waitlist.add_subcommand("add", _("Put a client on the waitlist for an earlier time"));
    add->add_option("--client", options->client, _("The client's number"))->required();
    add->add_option("--service", options->service, _("The service they would like (see `schedule services`)"))
        ->option_text("ID")
        ->required();
    add->add_option("--from", options->from, _("The first day that suits (default: today)"))->option_text("DATE");
    add->add_option("--until", options->until, _("The last day that suits (default: any day after --from)"))
        ->option_text("DATE");
    add->add_option("--instead", options->instead,
                    _("The appointment they would move from: an offered time moves it rather than booking another"))
        ->option_text("ID");
    add->add_option("--note", options->note, _("What suits, in one line: \"mornings, not Wednesdays\""));
    add->callback([&context, options] { runAdd(context, *options); });
}

void addList(CLI::App& waitlist, CliContext& context)
{
    CLI::App* list = waitlist.add_subcommand("list", _("List the open waitlist entries, oldest first"));
    list->callback([&context] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        const std::vector<WaitlistEntry> entries = practice.schedule().book().waitlist();
        VisitNames names(practice);
        if (context.json) {
            nlohmann::json shown = nlohmann::json::array();
            for (const WaitlistEntry& entry : entries)
                shown.push_back(waitlistJson(entry, names));
            return context.printJson(shown);
        }
        printWaitlist(context, entries, names);
        context.printLine(formatMessage(_("{} entries."), entries.size()));
    });
}

void addClose(CLI::App& waitlist, CliContext& context)
{
    auto id = std::make_shared<WaitlistId>(0);
    CLI::App* close = waitlist.add_subcommand("close", _("Close a waitlist entry that is no longer wanted"));
    close->add_option("ID", *id, _("The entry's number"))->required();
    close->callback([&context, id] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        practice.schedule().closeWaitlistEntry(*id);
        if (context.json)
            return context.printJson({{"id", *id}, {"closed", true}});
        context.printLine(formatMessage(_("Closed waitlist entry {}."), *id));
    });
}

} // namespace

void addWaitlistCommand(CLI::App& app, CliContext& context)
{
    CLI::App* waitlist = app.add_subcommand("waitlist", _("The clients who would like an earlier time"));
    waitlist->require_subcommand(1);
    addAdd(*waitlist, context);
    addList(*waitlist, context);
    addClose(*waitlist, context);
}

} // namespace knotwork::cli
