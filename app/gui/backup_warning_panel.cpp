#include "app/gui/backup_warning_panel.h"

namespace knotwork::gui {

BackupWarningPanel::BackupWarningPanel(wxWindow* parent, std::function<void()> backUpNow)
    : TodayWarningPanel(parent, "backup-warning", _("Backup"), wxART_WARNING)
{
    addButton(_("&Back up now"), "back-up-now", wxString(), std::move(backUpNow));
}

} // namespace knotwork::gui
