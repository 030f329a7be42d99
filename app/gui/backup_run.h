#pragma once

#include <optional>
#include <wx/string.h>

#include "app/practice/practice_backups.h"

class wxWindow;

namespace knotwork::gui {

// What the progress window says while a backup is written.
struct BackupProgress {
    wxString title;
    wxString message;
    // The person may stop waiting (when quitting): the backup goes on until the app ends, and is
    // neither reported nor recorded.
    bool mayStopWaiting = false;
};

// Backs up the practice the way app::BackupJob asks: prepared here, written on a thread of its own
// (a 2 GB practice takes seconds) while a progress window keeps the app painting, and recorded
// here. Nothing shows for a backup done at once. Throws knotwork::Error when it failed; nothing
// when the person stopped waiting.
std::optional<app::BackupOutcome> backUpShowingProgress(wxWindow* parent, app::PracticeContext& practice,
                                                        const BackupProgress& progress);

} // namespace knotwork::gui
