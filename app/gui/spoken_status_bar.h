#pragma once

#include <wx/statusbr.h>

namespace knotwork::gui {

// The window's status line, which wx draws itself under GTK: a screen reader finds it as a
// status bar whose name is its current text, kept up to date as the text changes.
class SpokenStatusBar : public wxStatusBar {
public:
    explicit SpokenStatusBar(wxWindow* parent);

protected:
    void DoUpdateStatusText(int number) override;
};

} // namespace knotwork::gui
