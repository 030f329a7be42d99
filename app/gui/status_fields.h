#pragma once

#include <wx/string.h>

namespace knotwork::gui {

// The main window's status bar fields, left to right: the practice (file, clients), the last
// backup (BackupActions), the check of the records (RecordChecks), the reminders sent while the
// app is open (ReminderSending).
enum StatusField { PracticeStatus, BackupStatus, RecordsStatus, RemindersStatus, StatusFieldCount };

class MainFrame;

// Gives the status bar its fields once; a no-op when it has them.
void makeStatusFields(MainFrame& frame);
// Says `text` in the reminders' field, which takes room only while it says something.
void showRemindersStatus(MainFrame& frame, const wxString& text);

} // namespace knotwork::gui
