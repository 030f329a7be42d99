// knotwork-cli provider add|list|show: the care-team directory.
#include <memory>
#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "app/cli/practice_access.h"
#include "clients/client_json.h"
#include "common/i18n.h"

namespace knotwork::cli {

using namespace knotwork::clients;

namespace {

constexpr int kListLimit = 1000;

void addAdd(CLI::App& provider, CliContext& context)
{
    struct Options {
        Provider provider;
        std::string role = "physician";
    };
    auto options = std::make_shared<Options>();
    CLI::App* add = provider.add_subcommand("add", _("Add a provider to the care-team directory"));
    add->add_option("--name", options->provider.name, _("Name, e.g. \"Dr Amara Okafor\""))->required();
    add->add_option("--role", options->role, formatMessage(_("Role: {}"), keyList<ProviderRole>()))->option_text("ROLE");
    add->add_option("--clinic", options->provider.clinic, _("Clinic"));
    add->add_option("--phone", options->provider.phone, _("Phone"));
    add->add_option("--email", options->provider.email, _("Email"));
    add->add_option("--fax", options->provider.fax, _("Fax"));
    add->add_option("--address", options->provider.address, _("Postal address"));
    add->add_option("--notes", options->provider.notes, _("Notes"));
    add->callback([&context, options] {
        Provider provider = options->provider;
        provider.role = choiceOption<ProviderRole>(options->role, "--role");
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        const ProviderId id = practice.service().saveProvider(provider);
        if (context.json)
            context.printJson({{"id", id}});
        else
            context.printLine(formatMessage(_("Added provider {}: {}."), id, provider.name));
    });
}

void addList(CLI::App& provider, CliContext& context)
{
    auto search = std::make_shared<std::string>();
    CLI::App* list = provider.add_subcommand("list", _("List providers, optionally searching name, clinic, phone and email"));
    list->add_option("--search", *search, _("Text to find, ignoring case and accents"))->option_text("TEXT");
    list->callback([&context, search] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        const std::vector<Provider> providers = practice.providers().search(*search, kListLimit);
        if (context.json) {
            context.printJson({{"providers", providers}});
            return;
        }
        std::vector<std::vector<std::string>> table;
        for (const Provider& p : providers)
            table.push_back({std::to_string(p.id), p.name, labelOf(p.role), p.clinic, p.phone});
        context.printTable({_("ID"), _("Name"), _("Role"), _("Clinic"), _("Phone")}, table);
    });
}

void addShow(CLI::App& provider, CliContext& context)
{
    auto id = std::make_shared<ProviderId>(0);
    CLI::App* show = provider.add_subcommand("show", _("Show a provider's details"));
    show->add_option("ID", *id, _("The provider's number"))->required();
    show->callback([&context, id] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        const Provider p = practice.providers().get(*id);
        if (context.json) {
            context.printJson(p);
            return;
        }
        context.printRows({{_("Provider"), formatMessage("{} ({})", p.name, p.id)}, {_("Role"), labelOf(p.role)},
                           {_("Clinic"), p.clinic}, {_("Phone"), p.phone}, {_("Email"), p.email},
                           {_("Fax"), p.fax}, {_("Address"), p.address}, {_("Notes"), p.notes}});
    });
}

} // namespace

void addProviderCommand(CLI::App& app, CliContext& context)
{
    CLI::App* provider = app.add_subcommand("provider", _("The care-team directory: add, list, show"));
    provider->require_subcommand(1);
    addAdd(*provider, context);
    addList(*provider, context);
    addShow(*provider, context);
}

} // namespace knotwork::cli
