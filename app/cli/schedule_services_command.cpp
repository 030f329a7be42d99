// knotwork-cli schedule services add|edit|retire: the services visits are booked as, kept by the
// same rules as the app's Appointment book settings (BookSettingsService). A retired service is
// no longer offered for new visits; the visits booked with it keep it.
#include <memory>
#include <optional>
#include <nlohmann/json.hpp>

#include "app/cli/appointment_text.h"
#include "app/cli/practice_access.h"
#include "app/cli/schedule_settings_commands.h"
#include "common/i18n.h"
#include "common/number_text.h"
#include "schedule/book_settings_service.h"
#include "schedule/schedule_choices.h"
#include "schedule/schedule_json.h"

namespace knotwork::cli {

using namespace knotwork::schedule;

namespace {

struct ServiceOptions {
    ServiceId id = 0;
    std::optional<std::string> name, kind, fee, taxable, cpt;
    std::optional<int> minutes, buffer;
};

void addValueOptions(CLI::App& command, ServiceOptions& options)
{
    command.add_option("--name", options.name, _("The name visits show: \"Treatment, 75 min\""))->option_text("TEXT");
    command.add_option("--minutes", options.minutes, _("How long the visit is, 5 to 480 minutes"))->option_text("N");
    command.add_option("--buffer", options.buffer, _("Minutes kept free after it (turnover), 0 to 120"))
        ->option_text("N");
    command.add_option("--fee", options.fee, _("The default fee: 95 or 95.50"))->option_text("AMOUNT");
    command.add_option("--kind", options.kind,
                       _("initial_assessment, treatment or follow_up (reports count visits by kind)"))
        ->option_text("KIND");
    command.add_option("--taxable", options.taxable, _("Whether the practice's sales tax is charged on it: yes or no"))
        ->option_text("yes|no");
    command.add_option("--cpt", options.cpt, _("The US superbill's procedure code: 97124 massage, 97140 manual therapy"))
        ->option_text("CODE");
}

bool yesNoOption(const std::string& text, const std::string& option)
{
    if (text == "yes" || text == "no")
        return text == "yes";
    throw ValidationError(option, "choice", formatMessage(_("{} must be yes or no; not \"{}\"."), option, text));
}

// The options given, over `service`.
Service withOptions(Service service, const ServiceOptions& options)
{
    if (options.name)
        service.name = *options.name;
    if (options.minutes)
        service.minutes = *options.minutes;
    if (options.buffer)
        service.bufferMinutes = *options.buffer;
    if (options.fee)
        service.feeCents = parseAmountCents(*options.fee, "--fee", _("Fee"));
    if (options.kind)
        service.kind = choiceOption<ServiceKind>(*options.kind, "--kind");
    if (options.taxable)
        service.taxable = yesNoOption(*options.taxable, "--taxable");
    if (options.cpt)
        service.cptCode = *options.cpt;
    return service;
}

void printService(const CliContext& context, const Service& service, const char* said)
{
    if (context.json) {
        context.printJson(service);
        return;
    }
    context.printLine(formatMessage(said, service.id, service.name));
    context.printRows({{_("Minutes"), std::to_string(service.minutes)},
                       {_("Buffer"), std::to_string(service.bufferMinutes)},
                       {_("Fee"), amountText(service.feeCents)},
                       {_("Taxable"), service.taxable ? _("yes") : _("no")},
                       {_("CPT code"), service.cptCode},
                       {_("Offered"), service.offered ? _("yes") : _("no")}});
}

void addAdd(CLI::App& services, CliContext& context)
{
    auto options = std::make_shared<ServiceOptions>();
    CLI::App* add = services.add_subcommand("add", _("Add a service visits can be booked as"));
    addValueOptions(*add, *options);
    add->get_option("--name")->required();
    add->get_option("--minutes")->required();
    add->callback([&context, options] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        Service fresh;
        fresh.bufferMinutes = 15;
        const Service added = practice.bookSettings().addService(withOptions(fresh, *options));
        printService(context, added, _("Added service {}: {}."));
    });
}

void addEdit(CLI::App& services, CliContext& context)
{
    auto options = std::make_shared<ServiceOptions>();
    CLI::App* edit = services.add_subcommand(
        "edit", _("Change a service's name, length, buffer, fee, kind, tax or CPT code (visits already booked keep theirs)"));
    edit->add_option("ID", options->id, _("The service's number (see `schedule services`)"))->required();
    addValueOptions(*edit, *options);
    edit->callback([&context, options] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        BookSettingsService& settings = practice.bookSettings();
        const Service edited = settings.editService(withOptions(settings.service(options->id), *options));
        printService(context, edited, _("Saved service {}: {}."));
    });
}

void addRetire(CLI::App& services, CliContext& context)
{
    auto id = std::make_shared<ServiceId>(0);
    CLI::App* retire = services.add_subcommand(
        "retire", _("Stop offering a service for new visits; the visits booked with it keep it"));
    retire->add_option("ID", *id, _("The service's number (see `schedule services`)"))->required();
    retire->callback([&context, id] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        BookSettingsService& settings = practice.bookSettings();
        const Service retired = settings.retireService(*id, settings.service(*id).rowVersion);
        printService(context, retired, _("Retired service {}: {}."));
    });
}

} // namespace

void addServiceCommands(CLI::App& services, CliContext& context)
{
    addAdd(services, context);
    addEdit(services, context);
    addRetire(services, context);
}

} // namespace knotwork::cli
