#include "app/practice/practice_passphrase.h"

#include <algorithm>
#include <vector>

#include "app/practice/practice_files.h"
#include "common/error.h"
#include "common/i18n.h"
#include "common/durable_file.h"
#include "db/practice_opener.h"
#include "db/practice_swap.h"
#include "common/private_file.h"
#include "db/record_keys.h"
#include "db/rekeyed_copy.h"
#include "db/write_transaction.h"

namespace knotwork::app {

namespace fs = std::filesystem;

namespace {

// Characters, not bytes: "é" counts once.
std::size_t characterCount(const std::string& text)
{
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

void requireLongEnough(const std::string& passphrase)
{
    if (characterCount(passphrase) < kMinimumPassphraseLength)
        throw ValidationError("passphrase", "min_length",
                              formatMessage(_("The passphrase must be at least {} characters long."),
                                            kMinimumPassphraseLength));
}

// What the change does, for the audit trail.
const char* auditAction(bool wasEncrypted, const std::string& newPassphrase)
{
    if (!wasEncrypted)
        return "passphrase_set";
    return newPassphrase.empty() ? "passphrase_removed" : "passphrase_changed";
}

struct Replacement {
    std::string action;           // for the audit trail
    integrity::ChainKeyring keys;  // the practice's record chain keys: the copy keeps the same ones
};

// The practice made anew at `replacement` from the open practice, then closed.
Replacement writeReplacement(const fs::path& practiceFile, const std::string& currentPassphrase,
                             const std::string& newPassphrase, const std::string& actor, const fs::path& replacement)
{
    db::OpenedPractice opened = db::openPractice(practiceFile, db::OpenMode::ExistingOnly, actor, currentPassphrase);
    const bool wasEncrypted = opened.database->encrypted();
    if (!wasEncrypted && newPassphrase.empty())
        throw ValidationError("passphrase", "required",
                              formatMessage(_("The practice {} has no passphrase to remove."), practiceFile.string()));
    createPrivateFile(replacement);
    db::writeRekeyedCopy(*opened.database, newPassphrase, replacement);
    return {auditAction(wasEncrypted, newPassphrase), opened.database->chainKeys()};
}

// Keeps the record chain's keys the way the practice now keeps them (wrapped under the new
// passphrase, or in key files once it has none), records the change inside the replacement itself
// (sealed with the same key) and checks it whole, opening it as the practice will be opened from
// now on. RecordKeyMissingError when this computer lacks the chain's key.
void auditAndCheck(const fs::path& replacement, const std::string& newPassphrase, const std::string& actor,
                   const Replacement& made)
{
    const std::unique_ptr<db::Database> copy =
        db::Database::open(replacement, db::OpenMode::ExistingOnly, newPassphrase);
    copy->setChainKeys(made.keys);
    db::WriteTransaction transaction(*copy, actor);
    db::storeChainKeysFor(*copy, made.keys, newPassphrase);
    transaction.audit({"practice", "", made.action, std::nullopt,
                       newPassphrase.empty() ? "{\"encrypted\":false}" : "{\"encrypted\":true}"});
    transaction.commit();
    const std::string verdict = copy->integrityCheck();
    if (verdict != "ok")
        throw StorageError(formatMessage(_("The practice written with the new passphrase failed its check ({}); "
                                           "nothing was changed."), verdict));
}

} // namespace

std::string passphraseLossWarning()
{
    return _("Forgetting the passphrase loses the practice: no one, not even Knotwork, can open it without it. "
             "Write it down and keep it somewhere safe.");
}

void validateNewPassphrase(const std::string& passphrase, const std::string& repeated)
{
    std::vector<FieldProblem> problems;
    try {
        requireLongEnough(passphrase);
    } catch (const ValidationError& error) {
        problems.push_back(error.problems().front());
    }
    if (repeated != passphrase)
        problems.push_back({"repeated", "matches",
                            _("The repeated passphrase is not the same as the passphrase; type it again.")});
    if (!problems.empty())
        throw ValidationError(std::move(problems));
}

void changePassphrase(const fs::path& practiceFile, const std::string& currentPassphrase,
                      const std::string& newPassphrase, const std::string& actor)
{
    if (!newPassphrase.empty())
        requireLongEnough(newPassphrase);
    const fs::path replacement = partialPathFor(practiceFile);
    try {
        removePracticeFiles(replacement);  // what an earlier attempt left, WAL included
        const Replacement made = writeReplacement(practiceFile, currentPassphrase, newPassphrase, actor, replacement);
        auditAndCheck(replacement, newPassphrase, actor, made);
        syncFile(replacement);
        db::swapInPractice(replacement, practiceFile);
    } catch (...) {
        removePracticeFiles(replacement);
        throw;
    }
}

} // namespace knotwork::app
