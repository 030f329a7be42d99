#include "app/cli/settings_mail.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <iostream>
#include <memory>
#include <span>
#include <CLI/App.hpp>
#include <nlohmann/json.hpp>

#include "app/cli/passphrase_input.h"
#include "app/mail/password_store.h"
#include "app/practice/reminder_run.h"
#include "common/error.h"
#include "common/i18n.h"

namespace knotwork::cli {

using schedule::MailAccount;
using schedule::ReminderSettings;

namespace {

// The account's text settings, by their keys (those of app/mail's validation messages).
struct AccountSetting {
    std::string_view key;
    const char* label;  // untranslated
    std::string MailAccount::*field;
};

constexpr std::array<AccountSetting, 5> kAccountSettings{{
    {mail::kSmtpHostField, N_("Mail server"), &MailAccount::host},
    {mail::kSmtpSecurityField, N_("Mail server's security"), &MailAccount::security},
    {mail::kSmtpUsernameField, N_("Mail account's user name"), &MailAccount::username},
    {mail::kSmtpFromAddressField, N_("Reminders' sender address"), &MailAccount::fromAddress},
    {mail::kSmtpFromNameField, N_("Reminders' sender name"), &MailAccount::fromName},
}};

struct TemplateSetting {
    std::string_view key;
    const char* label;  // untranslated
    std::string schedule::ReminderTemplate::*field;
};

constexpr std::array<TemplateSetting, 2> kTemplateSettings{{
    {schedule::kReminderSubjectField, N_("Reminder's subject"), &schedule::ReminderTemplate::subject},
    {schedule::kReminderBodyField, N_("Reminder's message"), &schedule::ReminderTemplate::body},
}};

bool switchOption(const std::string& value)
{
    if (value == "on")
        return true;
    if (value == "off")
        return false;
    throw ValidationError(schedule::kReminderEnabledField, "choice",
                          formatMessage(_("{} must be on or off, not \"{}\"."), schedule::kReminderEnabledField, value));
}

int portOption(const std::string& value)
{
    int port = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), port);
    if (error == std::errc() && end == value.data() + value.size())
        return port;
    throw ValidationError(mail::kSmtpPortField, "number",
                          formatMessage(_("{} must be a whole number, like 587; \"{}\" is not one."),
                                        mail::kSmtpPortField, value));
}

void assign(ReminderSettings& settings, const std::string& key, const std::string& value)
{
    if (key == schedule::kReminderEnabledField) {
        settings.enabled = switchOption(value);
        return;
    }
    if (key == mail::kSmtpPortField) {
        settings.account.port = portOption(value);
        return;
    }
    for (const AccountSetting& setting : kAccountSettings)
        if (setting.key == key) {
            settings.account.*setting.field = value;
            return;
        }
    for (const TemplateSetting& setting : kTemplateSettings)
        if (setting.key == key) {
            settings.message.*setting.field = value;
            return;
        }
}

std::string orNone(const std::string& value)
{
    return value.empty() ? _("(none)") : value;
}

std::string orDefault(const std::string& value)
{
    return value.empty() ? _("(the default)") : value;
}

// The password from the first line of `file`, or of standard input (asked without echo on a terminal).
std::string passwordInput(const CliContext& context, const std::string& file)
{
    if (!file.empty())
        return readPassphraseFile(file, "--file", context.err);
    if (standardInputIsTerminal())
        return askHidden(_("The mail account's password: "), context.err);
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    if (line.empty())
        throw ValidationError("smtp.password", "required",
                              _("The mail account's password is read from the first line of standard input, which "
                                "was empty."));
    return line;
}

struct ShownSetting {
    std::string_view key;
    std::string label;
    std::string value;
};

// Every reminder setting in words, in the order of the app's reminder settings.
std::vector<ShownSetting> describe(const ReminderSettings& settings)
{
    std::vector<ShownSetting> shown;
    shown.push_back({schedule::kReminderEnabledField, _("Reminders by email"),
                     settings.enabled ? _("on, the day before each visit") : _("off")});
    shown.push_back({kAccountSettings[0].key, _(kAccountSettings[0].label), orNone(settings.account.host)});
    shown.push_back({mail::kSmtpPortField, _("Mail server's port"), std::to_string(settings.account.port)});
    for (const AccountSetting& setting : std::span(kAccountSettings).subspan(1))
        shown.push_back({setting.key, _(setting.label), orNone(settings.account.*setting.field)});
    for (const TemplateSetting& setting : kTemplateSettings)
        shown.push_back({setting.key, _(setting.label), orDefault(settings.message.*setting.field)});
    return shown;
}

} // namespace

std::string reminderSettingKeys()
{
    std::string keys;
    for (const ShownSetting& setting : describe({}))
        keys += (keys.empty() ? "" : ", ") + std::string(setting.key);
    return keys;
}

bool isReminderSettingKey(std::string_view key)
{
    return key.starts_with("smtp.") || key.starts_with("reminder.");
}

void setReminderSetting(PracticeAccess& practice, const CliContext& context, const std::string& key,
                        const std::string& value)
{
    const std::vector<ShownSetting> keys = describe({});
    if (std::none_of(keys.begin(), keys.end(), [&](const ShownSetting& setting) { return setting.key == key; }))
        throw ValidationError("key", "unknown-setting",
                              formatMessage(_("There is no setting \"{}\". Reminder settings: {}."), key,
                                            reminderSettingKeys()));
    schedule::ReminderStore& store = practice.practice().stores().reminders();
    ReminderSettings settings = store.reminderSettings();
    assign(settings, key, value);
    app::saveReminderSettings(practice.practice(), settings);
    const ReminderSettings saved = store.reminderSettings();
    if (context.json) {
        context.printJson(reminderSettingsJson(saved));
        return;
    }
    for (const ShownSetting& setting : describe(saved))
        if (setting.key == key)
            context.printLine(formatMessage(_("Saved. {}: {}"), setting.label, setting.value));
}

std::vector<std::pair<std::string, std::string>> reminderSettingRows(const ReminderSettings& settings)
{
    std::vector<std::pair<std::string, std::string>> rows;
    for (const ShownSetting& setting : describe(settings))
        rows.emplace_back(setting.label, setting.value);
    return rows;
}

nlohmann::json reminderSettingsJson(const ReminderSettings& settings)
{
    const MailAccount& account = settings.account;
    return {{"enabled", settings.enabled},
            {"smtp",
             {{"host", account.host},
              {"port", account.port},
              {"security", account.security},
              {"username", account.username},
              {"from_address", account.fromAddress},
              {"from_name", account.fromName}}},
            {"subject", settings.message.subject},
            {"body", settings.message.body}};
}

void addMailPasswordCommand(CLI::App& settings, CliContext& context)
{
    struct Options {
        std::string file;
        bool forget = false;
    };
    auto options = std::make_shared<Options>();
    CLI::App* command = settings.add_subcommand(
        "mail-password", _("Keep the mail account's password for reminders, read from standard input or a file, in "
                           "the desktop keyring or a file only you can read (never in the practice)"));
    command->add_option("--file", options->file, _("Read the password from this file's first line"))
        ->option_text("FILE");
    command->add_flag("--forget", options->forget, _("Forget the kept password"));
    command->callback([&context, options] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        const MailAccount account = practice.practice().stores().reminders().reminderSettings().account;
        if (account.host.empty() || account.username.empty())
            throw ValidationError(mail::kSmtpUsernameField, "required",
                                  _("Set the mail server and the account's user name first (settings set smtp.host, "
                                    "settings set smtp.username): the password is kept for them."));
        const std::unique_ptr<mail::PasswordStore> passwords = mail::openPasswordStore();
        if (options->forget) {
            passwords->forget(account.host, account.username);
            context.printLine(formatMessage(_("Forgot the password of {} on {}."), account.username, account.host));
            return;
        }
        passwords->store(account.host, account.username, passwordInput(context, options->file));
        context.printLine(formatMessage(_("Kept the password of {} on {} in {}."), account.username, account.host,
                                        passwords->whereKept()));
    });
}

} // namespace knotwork::cli
