#pragma once

#include <functional>

#include "app/gui/today_warning_panel.h"

namespace knotwork::gui {

// Today's warning that the practice has no recent backup: what the last one was and a button to
// back up now.
class BackupWarningPanel : public TodayWarningPanel {
public:
    BackupWarningPanel(wxWindow* parent, std::function<void()> backUpNow);
};

} // namespace knotwork::gui
