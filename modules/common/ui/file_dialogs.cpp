#include "common/ui/file_dialogs.h"

#include <algorithm>

#include "common/ui/work_area.h"

namespace knotwork::ui {

namespace {
const wxSize kComfortable(900, 640);
}

wxRect fileChooserRect(const wxWindow& dialog)
{
    const wxSize area = workAreaOf(dialog).GetSize();
    const wxSize wanted = dialog.FromDIP(kComfortable);
    return placeInWorkArea(dialog, wxSize(std::min(wanted.x, area.x), std::min(wanted.y, area.y)));
}

} // namespace knotwork::ui
