#pragma once

#include <functional>
#include <wx/panel.h>

class wxStaticText;

namespace knotwork::gui {

// Today's warning that the practice has no recent backup: what the last one was and a button to
// back up now.
class BackupWarningPanel : public wxPanel {
public:
    BackupWarningPanel(wxWindow* parent, std::function<void()> backUpNow);

    // Shows `warning` ("The last backup was made 5 days ago…"); empty: nothing to warn of.
    void warn(const wxString& warning);
    bool warning() const { return m_warning; }
    wxString text() const;

private:
    wxStaticText* m_text;
    bool m_warning = false;
};

} // namespace knotwork::gui
