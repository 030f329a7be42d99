#pragma once

#include <wx/panel.h>

#include "sessions/soap_note.h"

class wxStaticText;

namespace knotwork::clients::ui {
class FactSheet;
}

namespace knotwork::ui {
class WrappingText;
}

namespace knotwork::sessions::ui {

// One note read-only, as describeNote puts it into words: the visit and its signature on top,
// then S, O, A and P as titled label–value rows, and the addenda under the original with their
// time and author. Values carried forward into a draft and not yet confirmed say so.
class NoteView : public wxPanel {
public:
    NoteView(wxWindow* parent, const wxString& name);

    void show(const SoapNote& note);
    // Shows no note, with a hint what to do.
    void clear(const wxString& hint);

private:
    knotwork::ui::WrappingText* m_title;
    knotwork::ui::WrappingText* m_signature;
    clients::ui::FactSheet* m_sheet;
};

} // namespace knotwork::sessions::ui
