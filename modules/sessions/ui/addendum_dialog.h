#pragma once

#include "common/ui/record_dialog.h"
#include "sessions/session_service.h"

class wxTextCtrl;

namespace knotwork::sessions::ui {

// Adds a correction to a signed note: the note stays as it was signed and the addendum is
// appended under it, stamped with the time and the practice's therapist.
class AddendumDialog : public knotwork::ui::RecordDialog {
public:
    AddendumDialog(wxWindow* parent, SessionService& service, const SoapNote& note);

    wxTextCtrl& textField() { return *m_text; }

private:
    void save() override;

    SessionService& m_service;
    NoteId m_note;
    wxTextCtrl* m_text;
};

} // namespace knotwork::sessions::ui
