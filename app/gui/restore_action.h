#pragma once

#include <filesystem>
#include <functional>
#include <string>

namespace knotwork::gui {

class MainFrame;
class RestoreDialog;

// File › Restore…: a backup chosen in the practice's backup folder replaces the open practice
// once the person has seen what it holds and agreed.
void chooseBackupToRestore(MainFrame& frame);

// Shows the dialog and says whether the person agreed (the dialog's Restore); tests answer it.
using RestoreQuestion = std::function<bool(RestoreDialog&)>;
bool askInDialog(RestoreDialog& dialog);

// Reads what `candidate` holds (asking its passphrase when the open practice's does not open
// it), asks `question`, and restores it when the person agrees. A damaged candidate, or one that is
// not a practice, is refused with the reason and nothing changes. True when it was restored.
bool offerRestore(MainFrame& frame, const std::filesystem::path& candidate,
                  const RestoreQuestion& question = askInDialog);

// Replaces the open practice with `candidate` (app::restorePractice, the practice closed
// meanwhile) and says where the practice it replaced is kept; on failure, says why and keeps
// the practice as it was. True when it was restored.
bool restoreBackup(MainFrame& frame, const std::filesystem::path& candidate, const std::string& passphrase);

} // namespace knotwork::gui
