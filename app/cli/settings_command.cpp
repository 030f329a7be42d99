// knotwork-cli settings show|set: the practice's own details (the letterhead and signature reports
// print, the paper size, the flexion-rotation cut-off, the smallest meaningful range-of-motion
// change, where backups go and how many are kept, how long records are kept), kept by the same
// rules as the app's Practice settings (ClientService::saveSettings); the email reminders' keys
// and the mail account's password are in settings_mail.cpp.
#include <array>
#include <charconv>
#include <memory>
#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "app/cli/practice_access.h"
#include "app/cli/settings_mail.h"
#include "app/practice/practice_backups.h"
#include "clients/client_json.h"
#include "common/error.h"
#include "common/i18n.h"

namespace knotwork::cli {

using namespace knotwork::clients;

namespace {

// The settings `set` changes, by the keys of their JSON (and of validation's messages).
struct TextSetting {
    std::string_view key;
    const char* label;  // untranslated
    std::string PracticeSettings::*field;
};

constexpr std::array<TextSetting, 7> kTextSettings{{
    {"practice_name", N_("Practice name"), &PracticeSettings::practiceName},
    {"therapist_name", N_("Therapist's name"), &PracticeSettings::therapistName},
    {"credentials", N_("Credentials"), &PracticeSettings::credentials},
    {"licence_number", N_("Licence number"), &PracticeSettings::licenceNumber},
    {"address", N_("Address"), &PracticeSettings::address},
    {"phone", N_("Phone"), &PracticeSettings::phone},
    {"email", N_("Email"), &PracticeSettings::email},
}};
constexpr std::string_view kPaperSize = "paper_size";
constexpr std::string_view kCfrtCutoff = "cfrt_cutoff";
constexpr std::string_view kRomMeaningfulChange = "rom_meaningful_change";
constexpr std::string_view kLogo = "logo";
constexpr std::string_view kSignature = "signature";

// A folder, or none for the default (the backup folder) or no copy (the off-site folder).
struct FolderSetting {
    std::string_view key;
    const char* label;  // untranslated
    std::optional<std::string> BackupSettings::*field;
};

constexpr std::array<FolderSetting, 2> kFolderSettings{{
    {"backup_folder", N_("Backup folder"), &BackupSettings::folder},
    {"offsite_backup_folder", N_("Second backup folder"), &BackupSettings::offsiteFolder},
}};

// A whole number of backups or days.
struct CountSetting {
    std::string_view key;
    const char* label;   // untranslated
    int BackupSettings::*field;
};

constexpr std::array<CountSetting, 4> kCountSettings{{
    {"keep_daily_backups", N_("Daily backups kept"), &BackupSettings::keepDaily},
    {"keep_weekly_backups", N_("Weekly backups kept"), &BackupSettings::keepWeekly},
    {"keep_monthly_backups", N_("Monthly backups kept"), &BackupSettings::keepMonthly},
    {"backup_warning_days", N_("Warn after no backup for"), &BackupSettings::warningDays},
}};
constexpr std::string_view kRetentionRule = "retention_rule";
constexpr std::string_view kRetentionYears = "retention_years";

std::string settingKeys()
{
    std::string keys;
    for (const TextSetting& setting : kTextSettings)
        keys += std::string(setting.key) + ", ";
    for (const std::string_view key : {kPaperSize, kCfrtCutoff, kRomMeaningfulChange, kLogo, kSignature})
        keys += std::string(key) + ", ";
    for (const FolderSetting& setting : kFolderSettings)
        keys += std::string(setting.key) + ", ";
    for (const CountSetting& setting : kCountSettings)
        keys += std::string(setting.key) + ", ";
    return keys + std::string(kRetentionRule) + ", " + std::string(kRetentionYears) + ", " + reminderSettingKeys();
}

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

int numberOption(const std::string& text, const std::string& key)
{
    int number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error == std::errc() && end == text.data() + text.size())
        return number;
    throw ValidationError(key, "number",
                          formatMessage(_("{} must be a whole number, like 10; \"{}\" is not one."), key, text));
}

// The images `set` stores with the settings.
struct NewImages {
    std::optional<Attachment> logo;
    std::optional<Attachment> signature;
};

// An image setting: the file to store, or none ("") to print none.
std::optional<Attachment> imageOption(std::optional<long long>& stored, const std::string& value)
{
    if (value.empty()) {
        stored.reset();
        return std::nullopt;
    }
    return fileOption(value);
}

// Puts `value` into the setting `key`; the images to store are returned.
NewImages assign(PracticeSettings& settings, const std::string& key, const std::string& value)
{
    for (const TextSetting& setting : kTextSettings)
        if (setting.key == key) {
            // An address keeps its lines; a one-line field loses the spaces around it, as in the app.
            settings.*setting.field = key == "address" ? value : trimmed(value);
            return {};
        }
    for (const FolderSetting& setting : kFolderSettings)
        if (setting.key == key) {
            const std::string folder = trimmed(value);
            settings.backup.*setting.field = folder.empty()
                ? std::nullopt
                : std::optional<std::string>(std::filesystem::absolute(folder).string());
            return {};
        }
    for (const CountSetting& setting : kCountSettings)
        if (setting.key == key) {
            settings.backup.*setting.field = numberOption(trimmed(value), key);
            return {};
        }
    if (key == kRetentionRule) {
        settings.retention.rule = choiceOption<RetentionRule>(trimmed(value), std::string(kRetentionRule));
    } else if (key == kRetentionYears) {
        settings.retention.years = numberOption(trimmed(value), key);
    } else if (key == kPaperSize) {
        settings.paperSize = choiceOption<PaperSize>(trimmed(value), std::string(kPaperSize));
    } else if (key == kCfrtCutoff) {
        settings.cfrtCutoff = numberOption(trimmed(value), key);
    } else if (key == kRomMeaningfulChange) {
        settings.romMeaningfulChange = numberOption(trimmed(value), key);
    } else if (key == kLogo) {
        return {imageOption(settings.logoAttachmentId, value), std::nullopt};
    } else if (key == kSignature) {
        return {std::nullopt, imageOption(settings.signatureAttachmentId, value)};
    } else {
        throw ValidationError("key", "unknown-setting",
                              formatMessage(_("There is no setting \"{}\". Settings: {}."), key, settingKeys()));
    }
    return {};
}

// The stored image's file name; empty when there is none or it is gone.
std::string imageText(PracticeAccess& practice, const std::optional<long long>& id)
{
    if (!id)
        return {};
    try {
        return practice.clients().attachment(*id).fileName;
    } catch (const NotFoundError&) {
        return {};
    }
}

std::string paperText(const PracticeSettings& settings)
{
    if (settings.neverSaved())
        return formatMessage(_("{} (this computer's locale, until the settings are saved)"), labelOf(settings.paperSize));
    return labelOf(settings.paperSize);
}

struct ShownSetting {
    std::string_view key;
    std::string label;
    std::string value;
};

// Every setting in words, in the order of the app's Practice settings.
std::vector<ShownSetting> describe(PracticeAccess& practice, const PracticeSettings& settings)
{
    std::vector<ShownSetting> shown;
    for (const TextSetting& setting : kTextSettings)
        shown.push_back({setting.key, _(setting.label), settings.*setting.field});
    shown.push_back({kLogo, _("Logo"), imageText(practice, settings.logoAttachmentId)});
    shown.push_back({kSignature, _("Signature"), imageText(practice, settings.signatureAttachmentId)});
    shown.push_back({kPaperSize, _("Paper size"), paperText(settings)});
    shown.push_back({kCfrtCutoff, _("Flexion-rotation test restricted at"),
                     formatMessage(_("{}\u00b0 or less"), settings.cfrtCutoff)});
    shown.push_back({kRomMeaningfulChange, _("Smallest meaningful ROM change"),
                     formatMessage(_("{}\u00b0"), settings.romMeaningfulChange)});
    shown.push_back({kFolderSettings[0].key, _(kFolderSettings[0].label),
                     settings.backup.folder ? *settings.backup.folder
                                            : formatMessage(_("(the default: {})"),
                                                            app::defaultBackupFolder(practice.practice().database().path()).string())});
    shown.push_back({kFolderSettings[1].key, _(kFolderSettings[1].label), settings.backup.offsiteFolder.value_or("")});
    for (const CountSetting& setting : kCountSettings) {
        const int count = settings.backup.*setting.field;
        shown.push_back({setting.key, _(setting.label),
                         setting.key == "backup_warning_days"
                             ? formatMessage(P_("{} day", "{} days", count), count)
                             : std::to_string(count)});
    }
    shown.push_back({kRetentionRule, _("Records kept"), labelOf(settings.retention.rule)});
    shown.push_back({kRetentionYears, _("Years records are kept"), std::to_string(settings.retention.years)});
    for (ShownSetting& setting : shown)
        if (setting.value.empty())
            setting.value = _("(none)");
    return shown;
}

void addShow(CLI::App& command, CliContext& context)
{
    command.add_subcommand("show", _("Show the practice's details: letterhead, signature, paper size, clinical "
                                     "thresholds"))
        ->callback([&context] {
            PracticeAccess practice(context, db::OpenMode::ExistingOnly);
            const PracticeSettings settings = practice.service().settings();
            const schedule::ReminderSettings reminders = practice.practice().stores().reminders().reminderSettings();
            if (context.json) {
                nlohmann::json shown = settings;
                shown["reminders"] = reminderSettingsJson(reminders);
                context.printJson(shown);
                return;
            }
            std::vector<std::pair<std::string, std::string>> rows;
            for (const ShownSetting& setting : describe(practice, settings))
                rows.emplace_back(setting.label, setting.value);
            for (auto& row : reminderSettingRows(reminders))
                rows.push_back(std::move(row));
            context.printRows(rows);
        });
}

void addSet(CLI::App& command, CliContext& context)
{
    struct Options {
        std::string key;
        std::string value;
    };
    auto options = std::make_shared<Options>();
    CLI::App* set = command.add_subcommand("set", _("Change one of the practice's details, with the app's rules"));
    set->add_option("KEY", options->key, formatMessage(_("The setting: {}"), settingKeys()))->required();
    set->add_option("VALUE", options->value,
                    _("Its new value: text (\"\" for none); a4 or us_letter for paper_size; 30 or 32 for "
                      "cfrt_cutoff; degrees from 5 to 20 for rom_meaningful_change; a PNG or JPEG file for logo "
                      "and signature (\"\" for none); a folder for backup_folder (\"\" for the default) and "
                      "offsite_backup_folder (\"\" for none); 1-60 for keep_daily_backups, 0-104 for "
                      "keep_weekly_backups, 0-240 for keep_monthly_backups, 1-90 for backup_warning_days; ontario or "
                      "years_after_last_visit for retention_rule; 1-100 for retention_years; on or off for "
                      "reminder.enabled; starttls, tls or none for smtp.security; the template's text for "
                      "reminder.subject and reminder.body (\"\" for the default; placeholders such as {first_name}, "
                      "{date}, {time})"))
        ->required();
    set->callback([&context, options] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        if (isReminderSettingKey(options->key)) {
            setReminderSetting(practice, context, options->key, options->value);
            return;
        }
        PracticeSettings settings = practice.service().settings();
        const NewImages images = assign(settings, options->key, options->value);
        practice.service().saveSettings(settings, images.logo, images.signature);
        const PracticeSettings saved = practice.service().settings();
        if (context.json) {
            context.printJson(saved);
            return;
        }
        for (const ShownSetting& setting : describe(practice, saved))
            if (setting.key == options->key)
                context.printLine(formatMessage(_("Saved. {}: {}"), setting.label, setting.value));
    });
}

} // namespace

void addSettingsCommand(CLI::App& app, CliContext& context)
{
    CLI::App* settings = app.add_subcommand(
        "settings", _("The practice's details that reports print (name, therapist, licence, paper size), backups, "
                      "record retention and email reminders: show, set, mail-password"));
    settings->require_subcommand(1);
    addShow(*settings, context);
    addSet(*settings, context);
    addMailPasswordCommand(*settings, context);
}

} // namespace knotwork::cli
