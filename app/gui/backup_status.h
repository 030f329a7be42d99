#pragma once

#include <optional>
#include <wx/string.h>

#include "app/practice/practice_backups.h"
#include "common/clock.h"

namespace knotwork {
class Notifier;
}

namespace knotwork::gui {

// The status bar's words for the last good backup: "Last backup today at 12:03", "No backup yet".
wxString lastBackupStatus(const std::optional<app::BackupFile>& last, const Clock& clock);
// Today's warning when the last backup is older than `warningDays` days, or there is none; empty
// when it is recent enough.
wxString backupWarning(const std::optional<app::BackupFile>& last, int warningDays, const Clock& clock);

enum class BackupReport {
    Always,        // the person asked for the backup: say where it went
    ProblemsOnly,  // an automatic backup: only what went wrong
};
// Tells the person where the backup was written and where its second copy went; a second copy
// that could not be made is always an error they see, never silent.
void reportBackup(Notifier& notifier, const app::BackupOutcome& outcome, BackupReport report);

} // namespace knotwork::gui
