#pragma once

#include <functional>
#include <string>
#include <wx/panel.h>

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

class EmptyStatePanel : public wxPanel {
public:
    EmptyStatePanel(wxWindow* parent, const EmptyState& state, const wxString& name);
};

} // namespace knotwork::ui
