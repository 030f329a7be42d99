#include "app/gui/demo_practice_dialog.h"

#include <algorithm>
#include <wx/progdlg.h>

#include "app/gui/demo_practice_file.h"
#include "common/error.h"
#include "common/notifier.h"
#include "common/ui/work_area.h"
#include "common/ui/wx_text.h"

namespace knotwork::gui {

bool createDemoPracticeShowingProgress(wxWindow* parent, Notifier& notifier, const std::filesystem::path& file,
                                       int clients, const std::string& actor, const Date& today)
{
    wxProgressDialog progress(_("Creating the demo practice"), _("Writing made-up clients, their intake and screening…"),
                              clients, parent,
                              wxPD_APP_MODAL | wxPD_CAN_ABORT | wxPD_AUTO_HIDE | wxPD_ELAPSED_TIME | wxPD_REMAINING_TIME);
    progress.SetName("demo-progress");
    ui::keepWithinWorkArea(progress);
    try {
        return createDemoPractice(file, demoPracticeOptions(clients, today), actor, [&progress](int done, int total) {
            if (total != progress.GetRange())
                progress.SetRange(total);
            return progress.Update(std::min(done, total), wxString::Format(_("Writing client %d of %d…"), done, total));
        });
    } catch (const Error& error) {
        notifier.showError(ui::toUtf8(_("Could not create the demo practice")), error.what());
        return false;
    }
}

} // namespace knotwork::gui
