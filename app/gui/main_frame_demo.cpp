// MainFrame's "Explore a demo practice": generate it once, with a progress dialog that can be
// cancelled, then open it.
#include <wx/progdlg.h>

#include "common/error.h"
#include "common/notifier.h"
#include "common/ui/wx_text.h"
#include "app/gui/demo_practice_file.h"
#include "app/gui/main_frame.h"

namespace knotwork::gui {

namespace {
// The same demo practice for everyone, so a screenshot or a question about it can be compared.
constexpr std::uint32_t kDemoSeed = 1;
}

bool MainFrame::exploreDemoPractice(int clientCount)
{
    const std::filesystem::path file = demoPracticePath();
    if (!std::filesystem::exists(file)) {
        wxProgressDialog progress(_("Creating the demo practice"),
                                  _("Writing made-up clients, their intake and screening…"), clientCount, this,
                                  wxPD_APP_MODAL | wxPD_CAN_ABORT | wxPD_AUTO_HIDE | wxPD_ELAPSED_TIME
                                      | wxPD_REMAINING_TIME);
        progress.SetName("demo-progress");
        demo::DemoOptions options;
        options.clients = clientCount;
        options.seed = kDemoSeed;
        options.referenceDay = m_clock.today();
        try {
            const bool written = createDemoPractice(file, options, m_actor, [&progress](int done, int total) {
                if (total != progress.GetRange())
                    progress.SetRange(total);
                return progress.Update(std::min(done, total),
                                       wxString::Format(_("Writing client %d of %d…"), done, total));
            });
            if (!written)
                return false;
        } catch (const Error& error) {
            m_notifier.showError(ui::toUtf8(_("Could not create the demo practice")), error.what());
            return false;
        }
    }
    if (!openPractice(file, db::OpenMode::ExistingOnly))
        return false;
    showView(View::Clients);
    return true;
}

} // namespace knotwork::gui
