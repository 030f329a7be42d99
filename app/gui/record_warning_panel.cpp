#include "app/gui/record_warning_panel.h"

#include <wx/button.h>

namespace knotwork::gui {

RecordWarningPanel::RecordWarningPanel(wxWindow* parent, std::function<void()> showDetails,
                                       std::function<void()> askForKey)
    : TodayWarningPanel(parent, "record-warning", _("Records"), wxART_ERROR),
      m_details(addButton(_("&Details…"), "details", _("List every problem the check found"), std::move(showDetails))),
      m_key(addButton(_("Record &key…"), "key", _("Enter the recovery code, or start a new key"), std::move(askForKey)))
{
}

void RecordWarningPanel::warnOf(const wxString& warning, bool findings, bool keyMissing)
{
    m_details->Show(findings);
    m_key->Show(keyMissing);
    warn(warning);
}

} // namespace knotwork::gui
