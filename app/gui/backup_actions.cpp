#include "app/gui/backup_actions.h"

#include <chrono>
#include <wx/statusbr.h>

#include "app/gui/backup_run.h"
#include "app/gui/backup_status.h"
#include "app/gui/backup_warning_panel.h"
#include "app/gui/main_frame.h"
#include "app/gui/restore_action.h"
#include "app/gui/status_fields.h"
#include "app/practice/practice_backups.h"
#include "app/practice/practice_context.h"
#include "clients/client_service.h"
#include "common/error.h"
#include "common/notifier.h"
#include "common/ui/wx_text.h"

namespace knotwork::gui {

namespace {

using namespace std::chrono_literals;
constexpr auto kFirstCheck = 2min;  // after opening, once the person has started working
constexpr auto kCheckEvery = 1h;

int milliseconds(std::chrono::milliseconds span)
{
    return static_cast<int>(span.count());
}

} // namespace

BackupActions::BackupActions(MainFrame& frame) : m_frame(frame)
{
    auto mayBackUp = [this] { return this->mayBackUp(); };
    auto whyNot = [this] {
        return m_frame.onClinicServer()
            ? _("A practice on a clinic server is backed up on the server by whoever looks after it (pg_dump; "
                "see the clinic server guide), not by Knotwork")
            : wxString();
    };
    frame.addMenuItem({.place = clients::ui::MenuPlace::File,
                       .label = _("&Back up now…"),
                       .help = _("Write a backup of the practice to its backup folder now"),
                       .run = [this] { backUpNow(); },
                       .enabled = mayBackUp,
                       .whyDisabled = whyNot,
                       .separatorBefore = true,
                       .accelerator = "Ctrl+Shift+B"});
    frame.addMenuItem({.place = clients::ui::MenuPlace::File,
                       .label = _("&Restore from a backup…"),
                       .help = _("Replace the practice with one of its backups, keeping the practice you have now"),
                       .run = [this] { chooseBackupToRestore(m_frame); },
                       .enabled = mayBackUp,
                       .whyDisabled = whyNot,
                       .accelerator = "Ctrl+Shift+R"});

    m_warning = new BackupWarningPanel(frame.todayParent(), [this] { backUpNow(); });
    frame.addTodayPanel({m_warning, [this] { return m_warning->warning(); }});
    // The settings say how old a backup may be before Today warns.
    frame.listen({clients::ui::RecordKind::Practice}, [this](const clients::ui::RecordChange&) { showStatus(); });

    m_check.Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        if (!m_check.IsRunning())
            m_check.Start(milliseconds(kCheckEvery));  // the check after opening was once only
        showStatus();  // "today" becomes "yesterday" at midnight
        backUpIfDue();
    });
}

bool BackupActions::mayBackUp() const
{
    return m_frame.practice() && !m_frame.showingDemo() && !m_frame.onClinicServer();
}

void BackupActions::practiceChanged()
{
    showStatus();
    m_check.Stop();
    if (mayBackUp())
        m_check.StartOnce(milliseconds(kFirstCheck));
}

void BackupActions::showStatus()
{
    makeStatusFields(m_frame);
    wxString status;
    wxString warning;
    if (m_frame.onClinicServer()) {
        // No warning ever: the server's own backups are not Knotwork's to see.
        status = _("Backed up by the clinic server");
    } else if (mayBackUp()) {
        try {
            app::PracticeContext& practice = *m_frame.practice();
            const std::optional<app::BackupFile> last = app::lastBackup(practice);
            const int warningDays = practice.clientService().settings().backup.warningDays;
            status = lastBackupStatus(last, m_frame.clock());
            warning = backupWarning(last, warningDays, m_frame.clock());
        } catch (const Error& error) {
            status = _("Backups could not be read");
            warning = wxString::Format(_("The backups of this practice could not be read: %s"), ui::toWx(error.what()));
        }
    }
    if (m_frame.GetStatusBar())
        m_frame.SetStatusText(status, BackupStatus);
    m_warning->warn(warning);
}

void BackupActions::backUpNow()
{
    if (!mayBackUp())
        return;
    try {
        const std::optional<app::BackupOutcome> outcome = backUpShowingProgress(
            &m_frame, *m_frame.practice(), {_("Backing up"), _("Writing a backup of the practice…")});
        m_frame.recordChanged({clients::ui::RecordKind::Practice});  // the status bar and Today
        if (outcome)
            reportBackup(m_frame.notifier(), *outcome, BackupReport::Always);
    } catch (const Error& error) {
        m_frame.notifier().showError(ui::toUtf8(_("The backup failed")), error.what());
    }
}

void BackupActions::backUpIfDue()
{
    if (!mayBackUp())
        return;
    try {
        if (!app::automaticBackupDue(*m_frame.practice()))
            return;
        const std::optional<app::BackupOutcome> outcome = backUpShowingProgress(
            &m_frame, *m_frame.practice(), {_("Backing up"), _("Writing the daily backup of the practice…")});
        m_frame.recordChanged({clients::ui::RecordKind::Practice});
        if (outcome)
            reportBackup(m_frame.notifier(), *outcome, BackupReport::ProblemsOnly);
    } catch (const Error& error) {
        m_frame.notifier().showError(ui::toUtf8(_("The daily backup failed")), error.what());
    }
}

void BackupActions::quitting()
{
    m_check.Stop();
    if (!mayBackUp())
        return;
    try {
        const std::optional<app::BackupOutcome> outcome = backUpShowingProgress(
            &m_frame, *m_frame.practice(),
            {_("Backing up before quitting"),
             _("Writing a backup of the practice before Knotwork closes…\nCancel closes without waiting for it."),
             true});
        if (outcome)
            reportBackup(m_frame.notifier(), *outcome, BackupReport::ProblemsOnly);
    } catch (const Error& error) {
        m_frame.notifier().showError(ui::toUtf8(_("The backup before quitting failed")), error.what());
    }
}

} // namespace knotwork::gui
