#pragma once

#include <wx/dataview.h>

#include "sessions/ui/note_history_model.h"

namespace knotwork::sessions::ui {

// The session history list over `model`: visit, headache days, intensity, rotation, addenda and
// status, several rows selectable (two are compared). Fixed widths that fit beside the client list.
wxDataViewCtrl* createNoteHistoryView(wxWindow* parent, NoteHistoryModel* model, const wxString& name);

} // namespace knotwork::sessions::ui
