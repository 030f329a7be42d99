#pragma once

#include <vector>
#include <wx/dialog.h>

#include "sessions/soap_note.h"

class wxDataViewListCtrl;

namespace knotwork::sessions::ui {

// Which of the practice's unsigned notes to open: client, visit and when each was last saved,
// newest first. Several can be chosen; all are chosen at first.
class DraftChooserDialog : public wxDialog {
public:
    DraftChooserDialog(wxWindow* parent, const std::vector<DraftRef>& drafts);

    std::vector<NoteId> chosen() const;
    void choose(const std::vector<NoteId>& notes);

private:
    std::vector<DraftRef> m_drafts;
    wxDataViewListCtrl* m_list;
};

} // namespace knotwork::sessions::ui
