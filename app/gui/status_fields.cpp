#include "app/gui/status_fields.h"

#include <wx/statusbr.h>

#include "app/gui/main_frame.h"

namespace knotwork::gui {

void makeStatusFields(MainFrame& frame)
{
    wxStatusBar* bar = frame.GetStatusBar();
    if (!bar || bar->GetFieldsCount() == StatusFieldCount)
        return;
    const int widths[StatusFieldCount] = {-3, -2, -2, -2};
    bar->SetFieldsCount(StatusFieldCount, widths);
}

} // namespace knotwork::gui
