// knotwork-cli settings show|set: the practice's own details (the letterhead reports print, the
// paper size, the flexion-rotation cut-off), kept by the same rules as the app's Practice
// settings (ClientService::saveSettings).
#include <array>
#include <charconv>
#include <memory>
#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "app/cli/practice_access.h"
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
constexpr std::string_view kLogo = "logo";

std::string settingKeys()
{
    std::string keys;
    for (const TextSetting& setting : kTextSettings)
        keys += std::string(setting.key) + ", ";
    return keys + std::string(kPaperSize) + ", " + std::string(kCfrtCutoff) + ", " + std::string(kLogo);
}

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

int cutoffOption(const std::string& text)
{
    int cutoff = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), cutoff);
    // Not a number: a cut-off no rule allows, so validation names the field and the choices.
    return error == std::errc() && end == text.data() + text.size() ? cutoff : -1;
}

// Puts `value` into the setting `key`; a new logo to store is returned.
std::optional<Attachment> assign(PracticeSettings& settings, const std::string& key, const std::string& value)
{
    for (const TextSetting& setting : kTextSettings)
        if (setting.key == key) {
            // An address keeps its lines; a one-line field loses the spaces around it, as in the app.
            settings.*setting.field = key == "address" ? value : trimmed(value);
            return std::nullopt;
        }
    if (key == kPaperSize) {
        settings.paperSize = choiceOption<PaperSize>(trimmed(value), std::string(kPaperSize));
    } else if (key == kCfrtCutoff) {
        settings.cfrtCutoff = cutoffOption(trimmed(value));
    } else if (key == kLogo) {
        if (value.empty()) {
            settings.logoAttachmentId.reset();
            return std::nullopt;
        }
        return fileOption(value);
    } else {
        throw ValidationError("key", "unknown-setting",
                              formatMessage(_("There is no setting \"{}\". Settings: {}."), key, settingKeys()));
    }
    return std::nullopt;
}

std::string logoText(PracticeAccess& practice, const PracticeSettings& settings)
{
    if (!settings.logoAttachmentId)
        return {};
    try {
        return practice.clients().attachment(*settings.logoAttachmentId).fileName;
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
    shown.push_back({kLogo, _("Logo"), logoText(practice, settings)});
    shown.push_back({kPaperSize, _("Paper size"), paperText(settings)});
    shown.push_back({kCfrtCutoff, _("Flexion-rotation test restricted at"),
                     formatMessage(_("{}\u00b0 or less"), settings.cfrtCutoff)});
    for (ShownSetting& setting : shown)
        if (setting.value.empty())
            setting.value = _("(none)");
    return shown;
}

void addShow(CLI::App& command, CliContext& context)
{
    command.add_subcommand("show", _("Show the practice's details: letterhead, paper size, flexion-rotation cut-off"))
        ->callback([&context] {
            PracticeAccess practice(context, db::OpenMode::ExistingOnly);
            const PracticeSettings settings = practice.service().settings();
            if (context.json) {
                context.printJson(settings);
                return;
            }
            std::vector<std::pair<std::string, std::string>> rows;
            for (const ShownSetting& setting : describe(practice, settings))
                rows.emplace_back(setting.label, setting.value);
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
                      "cfrt_cutoff; a PNG or JPEG file for logo (\"\" for none)"))
        ->required();
    set->callback([&context, options] {
        PracticeAccess practice(context, db::OpenMode::CreateIfMissing);
        PracticeSettings settings = practice.service().settings();
        const std::optional<Attachment> logo = assign(settings, options->key, options->value);
        practice.service().saveSettings(settings, logo);
        const PracticeSettings saved = practice.service().settings();
        if (context.json) {
            context.printJson(saved);
            return;
        }
        for (const ShownSetting& setting : describe(practice, saved))
            if (setting.key == options->key)
                context.out << formatMessage(_("Saved. {}: {}"), setting.label, setting.value) << '\n';
    });
}

} // namespace

void addSettingsCommand(CLI::App& app, CliContext& context)
{
    CLI::App* settings = app.add_subcommand(
        "settings", _("The practice's details that reports print (name, therapist, licence, paper size): show, set"));
    settings->require_subcommand(1);
    addShow(*settings, context);
    addSet(*settings, context);
}

} // namespace knotwork::cli
