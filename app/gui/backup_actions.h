#pragma once

#include <wx/timer.h>

namespace knotwork::gui {

class BackupWarningPanel;
class MainFrame;

// The backups of the open practice as the main window offers them (issue 21): File › Back up
// now… and Restore…, a backup when the window closes and at most daily while it is open (never
// of the demo practice), the last good backup in the status bar, and Today's warning when it is
// older than the practice's settings allow. Every backup says where it went wrong, a missing
// second folder included.
class BackupActions {
public:
    // Adds the menu items and Today's panel: before the main window builds its menus.
    explicit BackupActions(MainFrame& frame);

    // Another practice opened (or none): the status bar, Today and the daily check follow it.
    void practiceChanged();
    // The main window is closing: backs the practice up, a progress window showing, and reports
    // a failure. The person may stop waiting.
    void quitting();
    // File › Back up now…: backs up and says where the backup went.
    void backUpNow();
    // Backs up when none was made in the last day (the timer's check, also after opening).
    void backUpIfDue();

private:
    bool mayBackUp() const;  // a practice of one's own is open
    void showStatus();

    MainFrame& m_frame;
    BackupWarningPanel* m_warning;
    wxTimer m_check;
};

} // namespace knotwork::gui
