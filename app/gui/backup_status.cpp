#include "app/gui/backup_status.h"

#include "common/notifier.h"
#include "common/ui/wx_date.h"
#include "common/ui/wx_text.h"
#include "common/ui/wx_time.h"

namespace knotwork::gui {

namespace {

// Whole days from the backup to now, on the practice's clock.
long daysSince(const app::BackupFile& backup, const Clock& clock)
{
    return static_cast<long>((clock.now().utc() - backup.takenAt.utc()).hours() / 24);
}

} // namespace

wxString lastBackupStatus(const std::optional<app::BackupFile>& last, const Clock& clock)
{
    if (!last)
        return _("No backup yet");
    const Date day = last->takenAt.local().date();
    const wxString time = ui::formatTime(last->takenAt);
    if (day == clock.today())
        return wxString::Format(_("Last backup today at %s"), time);
    if (day == clock.today() - boost::gregorian::days(1))
        return wxString::Format(_("Last backup yesterday at %s"), time);
    return wxString::Format(_("Last backup %s at %s"), ui::formatDate(last->takenAt), time);
}

wxString backupWarning(const std::optional<app::BackupFile>& last, int warningDays, const Clock& clock)
{
    const wxString advice = _("A backup in another folder, better on another drive, is what brings the "
                              "records back when this computer fails or is lost.");
    if (!last)
        return _("This practice has never been backed up.") + " " + advice;
    const long days = daysSince(*last, clock);
    if (days < warningDays)
        return wxString();
    return wxString::Format(wxPLURAL("The last backup was made %ld day ago, on %s.",
                                     "The last backup was made %ld days ago, on %s.", days),
                            days, ui::formatDate(last->takenAt))
           + " " + advice;
}

void reportBackup(Notifier& notifier, const app::BackupOutcome& outcome, BackupReport report)
{
    const wxString written = ui::pathToWx(outcome.written.path);
    if (!outcome.offsiteProblem.empty()) {
        notifier.showError(
            ui::toUtf8(_("No second copy of the backup was made")),
            ui::toUtf8(wxString::Format(_("The backup was written to %s, but not copied to the second (off-site) "
                                          "folder: %s\n\nCheck that the drive or synced folder is there, or "
                                          "change the second folder in Practice settings."),
                                        written, ui::toWx(outcome.offsiteProblem))));
        return;
    }
    if (report == BackupReport::ProblemsOnly)
        return;
    wxString text = wxString::Format(_("The backup was written to %s."), written);
    if (outcome.offsiteCopy)
        text += "\n\n" + wxString::Format(_("A second copy is in %s."), ui::pathToWx(*outcome.offsiteCopy));
    notifier.showInformation(ui::toUtf8(_("Backup written")), ui::toUtf8(text));
}

} // namespace knotwork::gui
