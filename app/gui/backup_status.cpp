#include "app/gui/backup_status.h"

#include "common/notifier.h"
#include "common/ui/wx_text.h"
#include "common/ui/wx_time.h"
#include "safekeeping/backup_age.h"

namespace knotwork::gui {

namespace {

std::optional<Timestamp> takenAt(const std::optional<app::BackupFile>& last)
{
    return last ? std::optional<Timestamp>(last->takenAt) : std::nullopt;
}

} // namespace

wxString lastBackupStatus(const std::optional<app::BackupFile>& last, const Clock& clock)
{
    return ui::toWx(safekeeping::backupAgeText(takenAt(last), clock.now(), ui::localeDateText));
}

wxString backupWarning(const std::optional<app::BackupFile>& last, int warningDays, const Clock& clock)
{
    const safekeeping::BackupAge age = safekeeping::backupAge(takenAt(last), clock.now(), warningDays);
    if (age == safekeeping::BackupAge::Fresh)
        return wxString();
    const wxString advice = _("A backup in another folder, better on another drive, is what brings the "
                              "records back when this computer fails or is lost.");
    if (age == safekeeping::BackupAge::Never)
        return _("This practice has never been backed up.") + " " + advice;
    return wxString::Format(_("%s: the practice has not been backed up for more than %s."),
                            lastBackupStatus(last, clock),
                            wxString::Format(wxPLURAL("%d day", "%d days", warningDays), warningDays))
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
