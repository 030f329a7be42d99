#pragma once

#include <vector>
#include <wx/dialog.h>

#include "sessions/soap_note.h"
#include "sessions/ui/note_comparison.h"

class wxCheckBox;

namespace knotwork::sessions::ui {

class NoteComparisonView;

// Two of a client's notes side by side, the older on the left: what changed between the visits
// (headache days, intensity, range of motion…) with the difference, and optionally only that.
class NoteComparisonDialog : public wxDialog {
public:
    // The notes in either order; the older visit is shown first.
    NoteComparisonDialog(wxWindow* parent, const wxString& clientName, const SoapNote& first,
                         const SoapNote& second);

    const std::vector<ComparedSection>& sections() const { return m_sections; }
    void showOnlyChanged(bool only);

private:
    void refresh();

    std::vector<ComparedSection> m_sections;
    wxString m_olderTitle;
    wxString m_newerTitle;
    wxCheckBox* m_onlyChanged;
    NoteComparisonView* m_view;
};

} // namespace knotwork::sessions::ui
