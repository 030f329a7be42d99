#pragma once

#include <functional>
#include <wx/artprov.h>
#include <wx/panel.h>

class wxBoxSizer;
class wxButton;
class wxStaticText;

namespace knotwork::gui {

// A warning on the Today view: a titled box with an icon, the warning's text and the buttons that
// act on it. Shown only while it has something to warn of (hasItems: warning()).
class TodayWarningPanel : public wxPanel {
public:
    // `name` names the panel; its text is "<name>.text" and each button "<name>.<buttonName>".
    TodayWarningPanel(wxWindow* parent, const wxString& name, const wxString& title, const wxArtID& icon);

    // Shows `warning`; empty: nothing to warn of.
    void warn(const wxString& warning);
    bool warning() const { return m_warning; }
    wxString text() const;

protected:
    wxButton* addButton(const wxString& label, const wxString& buttonName, const wxString& tooltip,
                        std::function<void()> action);

private:
    wxStaticText* m_text;
    wxBoxSizer* m_buttons;
    bool m_warning = false;
};

} // namespace knotwork::gui
