#pragma once

#include <memory>
#include <optional>
#include <wx/string.h>
#include <wx/timer.h>

#include "integrity/integrity_report.h"

namespace knotwork::gui {

class MainFrame;
class RecordCheckRun;
class RecordWarningPanel;

// The record chain of the open practice as the main window shows it (issue 22): a check of the
// records on a thread of its own soon after opening (never of the window's connection, never
// blocking it, stopped when the practice closes), its result in the status bar and, when
// something was found, on Today with "Details…"; File › Check records… runs it again with a
// progress window. The file's own check, which the database runs in the background from the
// open on (db::FileCheck), is said the same way when it finds the file damaged: nothing can be
// saved then. At opening, asks for the recovery code when the record key is not on this
// computer, and shows a new plain practice's recovery code once.
class RecordChecks {
public:
    // Adds the menu item and Today's panel: before the main window builds its menus.
    explicit RecordChecks(MainFrame& frame);
    ~RecordChecks();

    // Another practice opened (or none): stops a check of the one before, shows the key's state
    // and starts the background check after a moment.
    void practiceChanged();
    // The window shows the practice the person chose: asks for a missing key. Before the
    // features' questions, which may save.
    void askForMissingKey();
    // After the features' questions: the recovery code of a chain just started, once.
    void showNewRecoveryCode();
    // The window is closing: stops the check.
    void quitting();

    // File › Check records…: checks with a progress window and shows what was found.
    void checkNow();
    // Starts the background check at once (the timer's work).
    void checkInBackground();
    bool checking() const { return m_background != nullptr; }
    // The last finished check of the open practice; nullopt before one finished or when it failed.
    const std::optional<integrity::IntegrityReport>& lastReport() const { return m_report; }
    // Why nothing can be saved to the open practice's damaged file; empty while it is not known
    // to be damaged.
    const wxString& fileDamage() const { return m_fileDamage; }
    void showDetails();
    // Asks for the recovery code, or a new key (Today's "Record key…").
    void askForKey();

private:
    bool keyMissing() const;
    void stopChecking();
    void finishBackgroundCheck();
    void finishFileCheck();
    void checked(const integrity::IntegrityReport& report);
    void failed(const wxString& reason);
    void showStatus(const wxString& status);
    void showWarning();

    MainFrame& m_frame;
    RecordWarningPanel* m_warning;
    std::unique_ptr<RecordCheckRun> m_background;
    wxTimer m_start;
    wxTimer m_poll;
    wxTimer m_filePoll;
    std::optional<integrity::IntegrityReport> m_report;
    wxString m_failure;
    wxString m_fileDamage;
};

} // namespace knotwork::gui
