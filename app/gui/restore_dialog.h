#pragma once

#include <filesystem>
#include <optional>
#include <wx/dialog.h>

#include "app/practice/practice_restore.h"

namespace knotwork::gui {

// Asks before a backup replaces the practice: what the backup holds (its file, when it was
// written, how many clients, notes and plans, the newest signed note, the last change, whether it
// is encrypted) and what will happen (the practice there is now is kept as a backup in
// `keptIn`). `written`: when the backup was made, if its folder says (else its file's time).
// Restore gives wxID_OK.
class RestoreDialog : public wxDialog {
public:
    RestoreDialog(wxWindow* parent, const app::RestoreCandidate& candidate, std::optional<Timestamp> written,
                  const std::filesystem::path& practice, const std::filesystem::path& keptIn);

    bool Show(bool show = true) override;
    // Everything the dialog says, for tests.
    wxString text() const;
};

} // namespace knotwork::gui
