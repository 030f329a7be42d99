// knotwork-cli user add|list|remove: the accounts of a practice on a clinic server (issue 26),
// each a login of its own, as a therapist or the front desk. Run by the practice's owner.
#include <memory>
#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "app/cli/passphrase_input.h"
#include "app/cli/practice_access.h"
#include "common/i18n.h"
#include "common/practice_user_json.h"
#include "db/practice_users.h"

namespace knotwork::cli {

namespace {

void addAdd(CLI::App& user, CliContext& context)
{
    struct Options {
        PracticeUser user;
        std::string role;
        std::string passwordFile;
    };
    auto options = std::make_shared<Options>();
    CLI::App* add = user.add_subcommand("add", _("Give a person a login of their own to the practice on the clinic "
                                                 "server, as a therapist or the front desk"));
    add->add_option("--login", options->user.login, _("Their login on the server, e.g. maya"))->required();
    add->add_option("--name", options->user.displayName, _("Their name as notes are signed, e.g. \"Maya Lindqvist\""))
        ->required();
    add->add_option("--role", options->role, formatMessage(_("Role: {}"), keyList<PracticeUser::Role>()))
        ->option_text("ROLE")
        ->required();
    add->add_option("--credentials", options->user.credentials, _("A therapist's credentials, e.g. RMT"));
    add->add_option("--licence", options->user.licenceNumber, _("A therapist's licence number"));
    add->add_option("--password-file", options->passwordFile,
                    _("Read the login's password from the first line of this file; without it, it is asked on "
                      "the terminal, or the login has none (the server lets it in another way)"))
        ->option_text("FILE");
    add->callback([&context, options] {
        PracticeUser account = options->user;
        account.role = choiceOption<PracticeUser::Role>(options->role, "--role");
        std::string password;
        if (!options->passwordFile.empty())
            password = readPassphraseFile(options->passwordFile, "--password-file", context.err);
        else if (standardInputIsTerminal())
            password = askHidden(formatMessage(_("Password for {}: "), account.login), context.err);
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        db::addPracticeUser(practice.practice().database(), account, password, practice.practice().actor());
        if (context.json)
            context.printJson({{"login", account.login}, {"role", keyOf(account.role)}, {"password", !password.empty()}});
        else
            context.printLine(formatMessage(_("Added {} ({}) as {}: they log in as {}."), account.displayName,
                                            account.login, labelOf(account.role), account.login));
    });
}

void addList(CLI::App& user, CliContext& context)
{
    CLI::App* list = user.add_subcommand("list", _("List the practice's accounts, removed ones too"));
    list->callback([&context] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        const std::vector<PracticeUser> users = db::practiceUsers(practice.practice().database());
        if (context.json) {
            context.printJson({{"users", users}});
            return;
        }
        std::vector<std::vector<std::string>> table;
        for (const PracticeUser& account : users)
            table.push_back({account.login, account.displayName, labelOf(account.role), account.credentials,
                             account.licenceNumber, account.active ? _("yes") : _("no (removed)")});
        context.printTable({_("Login"), _("Name"), _("Role"), _("Credentials"), _("Licence"), _("Active")}, table);
    });
}

void addRemove(CLI::App& user, CliContext& context)
{
    auto login = std::make_shared<std::string>();
    CLI::App* remove = user.add_subcommand(
        "remove", _("Take a login's access away; what the person wrote and signed stays, under their name"));
    remove->add_option("LOGIN", *login, _("The login to remove"))->required();
    remove->callback([&context, login] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        db::removePracticeUser(practice.practice().database(), *login, practice.practice().actor());
        if (context.json)
            context.printJson({{"login", *login}, {"active", false}});
        else
            context.printLine(formatMessage(_("Removed {}: it can no longer log in; its history is kept."), *login));
    });
}

} // namespace

void addUserCommand(CLI::App& app, CliContext& context)
{
    CLI::App* user = app.add_subcommand(
        "user", _("The accounts of a practice on a clinic server: each person's own login (the owner runs these)"));
    user->require_subcommand(1);
    addAdd(*user, context);
    addList(*user, context);
    addRemove(*user, context);
}

} // namespace knotwork::cli
