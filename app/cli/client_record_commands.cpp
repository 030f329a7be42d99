// knotwork-cli client screen|withdraw-flag|clear|extend-clearance|consent|revoke-consent|archive|
// restore|attachment: what happens to a client's record after intake.
#include <memory>
#include <nlohmann/json.hpp>

#include "app/cli/client_text.h"
#include "app/cli/commands.h"
#include "app/cli/practice_access.h"
#include "common/private_file.h"
#include "clients/client_json.h"
#include "common/error.h"
#include "common/i18n.h"

namespace knotwork::cli {

using namespace knotwork::clients;

namespace {

// Prints the client's status after a change to their screening or clearances.
void printStatus(const CliContext& context, PracticeAccess& practice, ClientId id)
{
    const SafetyAssessment assessment = practice.service().assess(practice.clients().chart(id));
    if (context.json)
        context.printJson({{"id", id}, {"safety", assessment}});
    else
        context.printLine(formatMessage(_("Safety: {}"), statusLine(assessment)));
}

struct ScreenOptions {
    ClientId id = 0;
    std::vector<std::string> issues;
    std::string notes;
};

void addScreen(CLI::App& client, CliContext& context)
{
    auto options = std::make_shared<ScreenOptions>();
    CLI::App* screen = client.add_subcommand("screen", _("Record a visit's re-screen: the current flags present today; every other one was answered no"));
    screen->add_option("ID", options->id, _("The client's number"))->required();
    std::string currentKeys;
    for (const SafetyIssue flag : currentFlags())
        currentKeys += (currentKeys.empty() ? "" : ", ") + std::string(keyOf(flag));
    screen->add_option("--issue", options->issues, formatMessage(_("A flag present today; one of: {}"), currentKeys))->option_text("KEY");
    screen->add_option("--notes", options->notes, _("Notes on the screening"));
    screen->callback([&context, options] {
        std::set<SafetyIssue> issues;
        for (const std::string& key : options->issues)
            issues.insert(choiceOption<SafetyIssue>(key, "--issue"));
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        practice.service().rescreen(options->id, issues, options->notes);
        printStatus(context, practice, options->id);
    });
}

struct ClearOptions {
    ClientId id = 0;
    std::string date, providerName, conditions, expires, letter;
    long long provider = 0;
};

void addClear(CLI::App& client, CliContext& context)
{
    auto options = std::make_shared<ClearOptions>();
    CLI::App* clear = client.add_subcommand("clear", _("Record a provider's medical clearance for the issues open now"));
    clear->add_option("ID", options->id, _("The client's number"))->required();
    clear->add_option("--date", options->date, _("The day the clearance was given"))->option_text("YYYY-MM-DD")->required();
    clear->add_option("--provider", options->provider, _("The clearing provider's number"))->option_text("PROVIDER_ID");
    clear->add_option("--provider-name", options->providerName, _("The clearing provider's name, when not on file"));
    clear->add_option("--conditions", options->conditions, _("Conditions, e.g. \"no neck manipulation\""));
    clear->add_option("--expires", options->expires, _("The last day the clearance holds"))->option_text("YYYY-MM-DD");
    clear->add_option("--letter", options->letter, _("The scanned letter (PDF, PNG or JPEG), copied into the practice"))->option_text("FILE");
    clear->callback([&context, options] {
        Clearance clearance;
        if (options->provider != 0)
            clearance.providerId = options->provider;
        clearance.providerName = options->providerName;
        clearance.clearedOn = dateOption(options->date, "--date");
        clearance.conditions = options->conditions;
        clearance.expiresOn = optionalDateOption(options->expires, "--expires");
        std::optional<Attachment> letter;
        if (!options->letter.empty())
            letter = fileOption(options->letter);
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        practice.service().recordClearance(options->id, clearance, letter);
        printStatus(context, practice, options->id);
    });
}

void addWithdrawFlag(CLI::App& client, CliContext& context)
{
    struct Options {
        ClientId id = 0;
        std::string issue, reason, details;
    };
    auto options = std::make_shared<Options>();
    CLI::App* withdraw = client.add_subcommand("withdraw-flag", _("Take a flag off the client's record, with the reason (a clearance is recorded with \"clear\")"));
    withdraw->add_option("ID", options->id, _("The client's number"))->required();
    withdraw->add_option("ISSUE", options->issue, formatMessage(_("The flag; one of: {}"), keyList<SafetyIssue>()))->required();
    withdraw->add_option("--reason", options->reason, formatMessage(_("Why; one of: {}"), keyList<WithdrawalReason>()))->option_text("KEY")->required();
    withdraw->add_option("--details", options->details, _("Who confirmed it, or what was entered wrongly"))->required();
    withdraw->callback([&context, options] {
        FlagWithdrawal withdrawal;
        withdrawal.issue = choiceOption<SafetyIssue>(options->issue, "ISSUE");
        withdrawal.reason = choiceOption<WithdrawalReason>(options->reason, "--reason");
        withdrawal.details = options->details;
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        practice.service().withdrawFlag(options->id, withdrawal);
        printStatus(context, practice, options->id);
    });
}

void addExtendClearance(CLI::App& client, CliContext& context)
{
    struct Options {
        ClientId id = 0;
        long long clearance = 0;
        std::string to, reason;
    };
    auto options = std::make_shared<Options>();
    CLI::App* extend = client.add_subcommand("extend-clearance", _("Extend a lapsed clearance once, when nothing new was found, with the reason"));
    extend->add_option("ID", options->id, _("The client's number"))->required();
    extend->add_option("CLEARANCE_ID", options->clearance, _("The clearance's number (see client show)"))->required();
    extend->add_option("--to", options->to, _("The new last day, at most 90 days ahead"))->option_text("YYYY-MM-DD")->required();
    extend->add_option("--reason", options->reason, _("Why it is safe to go on until a new clearance comes"))->required();
    extend->callback([&context, options] {
        ClearanceExtension extension;
        extension.extendedTo = dateOption(options->to, "--to");
        extension.reason = options->reason;
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        practice.service().extendClearance(options->id, options->clearance, extension);
        printStatus(context, practice, options->id);
    });
}

struct ConsentOptions {
    ClientId id = 0;
    bool treatment = false;
    bool cancellationPolicy = false;
    long long shareWith = 0;
    std::string version, date;
};

ConsentKind chosenKind(const ConsentOptions& options)
{
    if (options.treatment)
        return ConsentKind::Treatment;
    return options.cancellationPolicy ? ConsentKind::CancellationPolicy : ConsentKind::ShareRecords;
}

void addConsent(CLI::App& client, CliContext& context)
{
    auto options = std::make_shared<ConsentOptions>();
    CLI::App* consent = client.add_subcommand("consent", _("Record informed consent to treatment, acceptance of the cancellation policy, or consent to share records with a provider"));
    consent->add_option("ID", options->id, _("The client's number"))->required();
    auto* treatment = consent->add_flag("--treatment", options->treatment, _("Informed consent to treatment"));
    auto* policy = consent->add_flag("--cancellation-policy", options->cancellationPolicy,
                                     _("The client accepted the practice's cancellation policy"));
    auto* share = consent->add_option("--share-with", options->shareWith, _("Consent to share records with this provider"))->option_text("PROVIDER_ID");
    treatment->excludes(share)->excludes(policy);
    policy->excludes(share);
    consent->add_option("--version", options->version,
                        _("The version of the consent form signed (for the cancellation policy, default the current policy's)"));
    consent->add_option("--date", options->date, _("The day consent was given"))->option_text("YYYY-MM-DD")->required();
    consent->callback([&context, options] {
        if (!options->treatment && !options->cancellationPolicy && options->shareWith == 0)
            throw ValidationError("--treatment", "required",
                                  _("Say which consent: --treatment, --cancellation-policy or --share-with PROVIDER_ID."));
        Consent given;
        given.kind = chosenKind(*options);
        if (given.kind == ConsentKind::ShareRecords)
            given.providerId = options->shareWith;
        given.givenOn = dateOption(options->date, "--date");
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        given.wordingVersion =
            options->version.empty() ? practice.service().currentWordingVersion(given.kind) : options->version;
        const long long consentId = practice.service().recordConsent(options->id, given);
        if (context.json)
            context.printJson({{"id", consentId}});
        else
            context.printLine(formatMessage(_("Recorded consent {}."), consentId));
    });
}

void addRevokeConsent(CLI::App& client, CliContext& context)
{
    struct Options {
        ClientId id = 0;
        long long consent = 0;
        std::string date;
    };
    auto options = std::make_shared<Options>();
    CLI::App* revoke = client.add_subcommand("revoke-consent", _("Record that the client revoked a consent"));
    revoke->add_option("ID", options->id, _("The client's number"))->required();
    revoke->add_option("CONSENT_ID", options->consent, _("The consent's number (see client show)"))->required();
    revoke->add_option("--date", options->date, _("The day it was revoked (default today)"))->option_text("YYYY-MM-DD");
    revoke->callback([&context, options] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        const Date on = options->date.empty() ? practice.service().today() : dateOption(options->date, "--date");
        practice.service().revokeConsent(options->id, options->consent, on);
        if (context.json)
            context.printJson({{"id", options->consent}, {"revoked_on", isoDate(on)}});
        else
            context.printLine(formatMessage(_("Consent {} revoked on {}."), options->consent, isoDate(on)));
    });
}

void addArchiving(CLI::App& client, CliContext& context)
{
    auto id = std::make_shared<ClientId>(0);
    auto reason = std::make_shared<std::string>();
    CLI::App* archive = client.add_subcommand("archive", _("Archive a client: kept with every record, out of the active list"));
    archive->add_option("ID", *id, _("The client's number"))->required();
    archive->add_option("--reason", *reason, _("Why, e.g. \"moved away\""));
    archive->callback([&context, id, reason] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        practice.service().archive(*id, *reason);
        if (context.json)
            context.printJson({{"id", *id}, {"archived", true}});
        else
            context.printLine(formatMessage(_("Client {} archived."), *id));
    });
    auto restoredId = std::make_shared<ClientId>(0);
    CLI::App* restore = client.add_subcommand("restore", _("Bring an archived client back to the active list"));
    restore->add_option("ID", *restoredId, _("The client's number"))->required();
    restore->callback([&context, restoredId] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        practice.service().restore(*restoredId);
        if (context.json)
            context.printJson({{"id", *restoredId}, {"archived", false}});
        else
            context.printLine(formatMessage(_("Client {} restored."), *restoredId));
    });
}

void addAttachment(CLI::App& client, CliContext& context)
{
    auto id = std::make_shared<long long>(0);
    auto out = std::make_shared<std::string>();
    CLI::App* attachment = client.add_subcommand("attachment", _("Save a file kept in the practice (a clearance letter) back to disk"));
    attachment->add_option("ATTACHMENT_ID", *id, _("The attachment's number (see client show)"))->required();
    attachment->add_option("--out", *out, _("Where to write it"))->option_text("FILE")->required();
    attachment->callback([&context, id, out] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        const Attachment stored = practice.clients().attachment(*id);
        writePrivateFile(*out, stored.content);  // a clearance letter holds health information
        if (context.json)
            context.printJson({{"path", *out}, {"bytes", stored.content.size()}});
        else
            context.printLine(formatMessage(_("Wrote {} ({} bytes)."), *out, stored.content.size()));
    });
}

} // namespace

void addClientRecordCommands(CLI::App& client, CliContext& context)
{
    addScreen(client, context);
    addWithdrawFlag(client, context);
    addClear(client, context);
    addExtendClearance(client, context);
    addConsent(client, context);
    addRevokeConsent(client, context);
    addArchiving(client, context);
    addAttachment(client, context);
}

} // namespace knotwork::cli
