#pragma once

#include <functional>

#include "app/gui/today_warning_panel.h"

namespace knotwork::gui {

// Today's warning about the practice's records: problems the check found (with "Details…"), or
// the record key missing on this computer, so nothing can be saved (with "Record key…").
class RecordWarningPanel : public TodayWarningPanel {
public:
    RecordWarningPanel(wxWindow* parent, std::function<void()> showDetails, std::function<void()> askForKey);

    // Shows `warning` with the buttons that apply; an empty warning: nothing to warn of.
    void warnOf(const wxString& warning, bool findings, bool keyMissing);

private:
    wxButton* m_details;
    wxButton* m_key;
};

} // namespace knotwork::gui
