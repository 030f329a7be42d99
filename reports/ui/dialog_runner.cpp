#include "reports/ui/dialog_runner.h"

#include <wx/dialog.h>

namespace knotwork::reports::ui {

DialogRunner showModally()
{
    return [](wxDialog& dialog) { dialog.ShowModal(); };
}

} // namespace knotwork::reports::ui
