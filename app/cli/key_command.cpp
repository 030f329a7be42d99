// knotwork-cli key code|restore|replace: the record chain's key of a plain practice.
#include <memory>
#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "app/cli/passphrase_input.h"
#include "app/cli/practice_access.h"
#include "app/cli/recovery_code_text.h"
#include "common/error.h"
#include "common/i18n.h"

namespace knotwork::cli {

namespace {

struct KeyOptions {
    std::string codeFile;  // --code-file
    bool yes = false;      // --yes
};

void runCode(const CliContext& context)
{
    PracticeAccess access(context, db::OpenMode::ExistingOnly);
    app::PracticeContext& practice = access.practice();
    if (practice.recordKeyMissing())
        throw RecordKeyMissingError(
            _("This practice's record key is not on this computer, so there is no recovery code to show. Enter "
              "the code you wrote down with: knotwork-cli key restore"));
    const integrity::ChainKey* key = practice.database().chainKeys().current();
    const bool encrypted = practice.database().encrypted();
    if (context.json) {
        context.printJson({{"path", practice.database().where()},
                           {"encrypted", encrypted},
                           {"recovery_code", key && !encrypted ? nlohmann::json(key->recoveryCode()) : nlohmann::json()}});
    } else if (encrypted) {
        context.out << _("This practice is encrypted: its record key is kept inside it under the passphrase, so "
                         "the passphrase is all you need to keep. There is no separate recovery code.")
                    << '\n';
    } else if (key) {
        printRecoveryCode(context, key->recoveryCode());
    }
    practice.markRecoveryCodeShown();
}

// The code from --code-file's first line, else typed on the terminal without being shown.
std::string recoveryCodeFrom(const CliContext& context, const KeyOptions& options)
{
    if (!options.codeFile.empty())
        return readPassphraseFile(options.codeFile, "--code-file", context.err);
    if (!standardInputIsTerminal())
        throw ValidationError("--code-file", "required",
                              _("Without a terminal to type it in, give the recovery code with --code-file FILE "
                                "(the code on the file's first line)."));
    return askHidden(_("Recovery code:") + std::string(" "), context.err);
}

void runRestore(const CliContext& context, const KeyOptions& options)
{
    PracticeAccess access(context, db::OpenMode::ExistingOnly);
    access.practice().restoreRecordKey(recoveryCodeFrom(context, options));
    if (context.json)
        context.printJson({{"path", access.practice().database().where()}, {"restored", true}});
    else
        context.out << _("The record key is restored: the practice can be written to on this computer again.")
                    << '\n';
}

void runReplace(const CliContext& context, const KeyOptions& options)
{
    if (!options.yes)
        throw ValidationError(
            "--yes", "required",
            _("Starting a new record key is for a key that is lost for good: the records sealed under the old key "
              "can then no longer be checked on this computer. If you have the recovery code, use knotwork-cli "
              "key restore instead. To start a new key anyway, add --yes."));
    PracticeAccess access(context, db::OpenMode::ExistingOnly);
    app::PracticeContext& practice = access.practice();
    const std::string code = practice.replaceRecordKey();
    const int number = practice.database().chainKeys().currentNumber;
    const bool encrypted = practice.database().encrypted();
    if (context.json) {
        context.printJson({{"path", practice.database().where()},
                           {"key_number", number},
                           {"recovery_code", encrypted ? nlohmann::json() : nlohmann::json(code)}});
        return;
    }
    context.out << formatMessage(_("Started record key {}. Records sealed under the earlier key stay as they are; "
                                   "they can be checked only where that key is."),
                                 number)
                << '\n';
    if (!encrypted)
        printRecoveryCode(context, code);
}

} // namespace

void addKeyCommand(CLI::App& app, CliContext& context)
{
    CLI::App* key = app.add_subcommand(
        "key", _("The record key that seals the practice's records: show its recovery code, restore it, or "
                 "start a new one"));
    key->require_subcommand(1);
    auto options = std::make_shared<KeyOptions>();
    key->add_subcommand("code", _("Show the recovery code of a plain practice's record key, to write down"))
        ->callback([&context] { runCode(context); });
    CLI::App* restore = key->add_subcommand(
        "restore", _("Put back the record key from its recovery code (a practice moved to this computer)"));
    restore
        ->add_option("--code-file", options->codeFile,
                     _("Read the recovery code from the first line of this file instead of asking for it"))
        ->option_text("FILE");
    restore->callback([&context, options] { runRestore(context, *options); });
    CLI::App* replace = key->add_subcommand(
        "replace", _("Start a new record key when the old one is lost for good (records sealed before stay "
                     "unchecked here)"));
    replace->add_flag("--yes", options->yes, _("Start the new key: required, as the old records can no longer be "
                                                "checked on this computer"));
    replace->callback([&context, options] { runReplace(context, *options); });
}

} // namespace knotwork::cli
