#pragma once

#include <functional>
#include <string>
#include <wx/scrolwin.h>

class wxStaticText;

namespace knotwork::ui {

// What a view shows before it has anything to list: what will appear here, and the next step.
struct EmptyState {
    std::string iconName;
    wxString title;
    wxString explanation;
    wxString actionLabel;
    std::function<void()> action;
    wxString secondaryLabel{};  // a second way on, beside the first; optional
    std::function<void()> secondaryAction{};
};

// The icon, title and explanation centred, the title and explanation wrapped to the pane's width
// (at most a comfortable line), and the actions under them; on a pane too short for them all it
// scrolls, so the actions are never out of reach.
class EmptyStatePanel : public wxScrolledWindow {
public:
    EmptyStatePanel(wxWindow* parent, const EmptyState& state, const wxString& name);

private:
    void wrapTexts(int width);

    wxString m_titleText;
    wxString m_explanationText;
    wxStaticText* m_title;
    wxStaticText* m_explanation;
    int m_wrappedTo = 0;
};

} // namespace knotwork::ui
