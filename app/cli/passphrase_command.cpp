// knotwork-cli passphrase set|change|remove: encryption at rest, from a terminal or a script.
#include <memory>
#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "app/cli/passphrase_input.h"
#include "app/cli/practice_access.h"
#include "app/practice/practice_passphrase.h"
#include "common/error.h"
#include "common/i18n.h"
#include "common/user_directories.h"
#include "db/cipher.h"
#include "db/database.h"

namespace knotwork::cli {

namespace {

enum class Change { Set, Change, Remove };

struct PassphraseOptions {
    std::string newPassphraseFile;  // --new-passphrase-file
};

// The passphrase the practice will have: from --new-passphrase-file, or typed twice.
std::string newPassphrase(const CliContext& context, const PassphraseOptions& options)
{
    if (!options.newPassphraseFile.empty()) {
        const std::string passphrase =
            readPassphraseFile(options.newPassphraseFile, "--new-passphrase-file", context.err);
        app::validateNewPassphrase(passphrase, passphrase);
        return passphrase;
    }
    if (!standardInputIsTerminal())
        throw ValidationError("--new-passphrase-file", "required",
                              _("Without a terminal to type it in, give the new passphrase with "
                                "--new-passphrase-file FILE (the passphrase on the file's first line)."));
    context.printWarning(app::passphraseLossWarning());
    const std::string passphrase = askHidden(_("New passphrase:") + std::string(" "), context.err);
    const std::string repeated = askHidden(_("Type the new passphrase again:") + std::string(" "), context.err);
    app::validateNewPassphrase(passphrase, repeated);
    return passphrase;
}

// The passphrase that opens the practice now (empty for a plain one), checked by opening it.
std::string currentPassphrase(const CliContext& context, const std::filesystem::path& file)
{
    return withPracticePassphrase(context, file, [&](const std::string& passphrase) {
        db::Database::open(file, db::OpenMode::ExistingOnly, passphrase, db::FileCheck::BeforeFirstWrite);
    });
}

void requireEncryption(const std::filesystem::path& file, bool wanted)
{
    if (!std::filesystem::exists(file))
        throw noPracticeAt(file);
    if (db::looksEncrypted(file) == wanted)
        return;
    if (wanted)
        throw ValidationError("passphrase", "required",
                              formatMessage(_("{} has no passphrase to change or remove; set one with: "
                                              "knotwork-cli passphrase set"), file.string()));
    throw ValidationError("passphrase", "already_set",
                          formatMessage(_("{} already has a passphrase; change it with: knotwork-cli passphrase change"),
                                        file.string()));
}

void runPassphrase(const CliContext& context, Change change, const PassphraseOptions& options)
{
    const std::filesystem::path file = context.practicePath();
    requireEncryption(file, change != Change::Set);
    const std::string current = currentPassphrase(context, file);
    const std::string next = change == Change::Remove ? std::string() : newPassphrase(context, options);
    app::changePassphrase(file, current, next, currentLoginName());

    if (context.json) {
        context.printJson({{"path", file.string()}, {"encrypted", !next.empty()}});
        return;
    }
    if (change == Change::Remove) {
        context.printLine(formatMessage(_("{} has no passphrase any more: anyone who gets the file can read it."),
                                        file.string()));
        return;
    }
    context.printLine(formatMessage(change == Change::Set ? _("{} is now encrypted with the passphrase.")
                                                          : _("{} now opens with the new passphrase only."),
                                    file.string()));
    context.printLine(app::passphraseLossWarning());
}

} // namespace

void addPassphraseCommand(CLI::App& app, CliContext& context)
{
    CLI::App* passphrase = app.add_subcommand(
        "passphrase", _("Encrypt the practice with a passphrase, change it, or remove it"));
    passphrase->require_subcommand(1);
    auto options = std::make_shared<PassphraseOptions>();
    auto add = [&](const char* name, const std::string& description, Change change) {
        CLI::App* command = passphrase->add_subcommand(name, description);
        if (change != Change::Remove)
            command->add_option("--new-passphrase-file", options->newPassphraseFile,
                                _("Read the new passphrase from the first line of this file instead of "
                                  "asking for it twice"))
                ->option_text("FILE");
        command->callback([&context, options, change] { runPassphrase(context, change, *options); });
    };
    add("set", _("Encrypt a plain practice with a new passphrase"), Change::Set);
    add("change", _("Give an encrypted practice a new passphrase; the old one stops opening it"), Change::Change);
    add("remove", _("Store the practice unencrypted again"), Change::Remove);
}

} // namespace knotwork::cli
