#include "app/gui/restore_action.h"

#include <optional>

#include "app/gui/main_frame.h"
#include "app/gui/passphrase_prompt.h"
#include "app/gui/restore_dialog.h"
#include "app/practice/practice_backups.h"
#include "app/practice/practice_context.h"
#include "app/practice/practice_restore.h"
#include "common/error.h"
#include "common/notifier.h"
#include "common/ui/file_dialogs.h"
#include "common/ui/wx_text.h"

namespace knotwork::gui {

namespace {

wxString backupWildcard()
{
    return wxString::Format("%s (*.knotwork-backup)|*.knotwork-backup|%s (*.sqlite)|*.sqlite|%s (*)|*",
                            _("Knotwork backups"), _("Knotwork practices"), _("All files"));
}

// What the candidate holds, read with the passphrase that opens it (the open practice's first,
// as its own backups have it); nothing when the person cancelled the passphrase.
std::optional<app::RestoreCandidate> inspect(MainFrame& frame, const std::filesystem::path& candidate,
                                             std::string& passphrase)
{
    passphrase = frame.practice()->database().passphrase();
    try {
        return app::inspectRestoreCandidate(candidate, passphrase);
    } catch (const PassphraseError&) {
        // Asked below until one opens it.
    }
    std::optional<app::RestoreCandidate> inspected;
    askPassphrase(&frame, candidate, [&](const std::string& typed) {
        try {
            inspected = app::inspectRestoreCandidate(candidate, typed);
            passphrase = typed;
            return true;
        } catch (const PassphraseError&) {
            return false;
        }
    });
    return inspected;
}

// When the backup was made, as its name in the backup folder says; nothing for another file.
std::optional<Timestamp> takenAt(const std::filesystem::path& candidate, const std::filesystem::path& practice)
{
    try {
        for (const app::BackupFile& backup : app::listBackups(candidate.parent_path(), practice))
            if (backup.path == candidate)
                return backup.takenAt;
    } catch (const Error&) {
        // Not a folder of backups: the dialog says when the file was written.
    }
    return std::nullopt;
}

} // namespace

void chooseBackupToRestore(MainFrame& frame)
{
    if (!frame.practice())
        return;
    ui::FileDialog dialog(&frame, _("Restore from a backup"),
                          ui::pathToWx(app::backupFolderOf(*frame.practice())), wxEmptyString, backupWildcard(),
                          wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() == wxID_OK)
        offerRestore(frame, ui::toPath(dialog.GetPath()));
}

bool askInDialog(RestoreDialog& dialog)
{
    return dialog.ShowModal() == wxID_OK;
}

bool offerRestore(MainFrame& frame, const std::filesystem::path& candidate, const RestoreQuestion& question)
{
    if (!frame.practice())
        return false;
    std::string passphrase;
    std::optional<app::RestoreCandidate> inspected;
    try {
        inspected = inspect(frame, candidate, passphrase);
    } catch (const Error& error) {
        frame.notifier().showError(ui::toUtf8(_("This backup cannot be restored")),
                                   ui::toUtf8(wxString::Format(_("%s: %s\n\nYour practice was not changed."),
                                                               ui::pathToWx(candidate), ui::toWx(error.what()))));
        return false;
    }
    if (!inspected)
        return false;  // the passphrase was cancelled: nothing to say
    const std::filesystem::path practice = frame.practice()->database().path();
    RestoreDialog dialog(&frame, *inspected, takenAt(candidate, practice), practice,
                         app::backupFolderOf(*frame.practice()));
    if (!question(dialog))
        return false;
    return restoreBackup(frame, candidate, passphrase);
}

bool restoreBackup(MainFrame& frame, const std::filesystem::path& candidate, const std::string& passphrase)
{
    std::optional<app::RestoreOutcome> outcome;
    const bool restored = frame.changePracticeFile([&](const std::filesystem::path& file, const std::string& current) {
        outcome = app::restorePractice(file, current, candidate, passphrase, frame.actor());
        return passphrase;  // the practice is now the backup, which opens with its own passphrase
    });
    if (!restored || !outcome)
        return false;
    frame.notifier().showInformation(
        ui::toUtf8(_("Practice restored")),
        ui::toUtf8(wxString::Format(_("Your practice is now as it was in %s. The practice it replaced is kept at %s."),
                                    ui::pathToWx(candidate.filename()), ui::pathToWx(outcome->replacedKeptAt))));
    return true;
}

} // namespace knotwork::gui
