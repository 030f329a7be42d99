#include "app/gui/report_batch_dialog.h"

#include <algorithm>
#include <wx/progdlg.h>
#include <wx/utils.h>

#include "app/gui/main_frame.h"
#include "app/gui/report_batch.h"
#include "app/practice/practice_context.h"
#include "common/notifier.h"
#include "common/ui/work_area.h"
#include "common/ui/wx_text.h"
#include "reports/ui/report_files.h"

namespace knotwork::gui {

void writeReportBatchShowingProgress(MainFrame& frame, const clients::Provider& provider,
                                     const std::vector<clients::CareTeamClient>& clients,
                                     const std::filesystem::path& folder)
{
    if (!frame.practice() || clients.empty())
        return;
    const wxString day = ui::toWx(isoDate(frame.clock().today()));
    std::vector<ReportBatch::Job> jobs;
    for (const clients::CareTeamClient& client : clients)
        jobs.push_back({client, folder / ui::toUtf8(reports::ui::reportFileName(_("Progress report"),
                                                                               ui::toWx(client.name), day))});
    ReportBatch batch(frame.practice()->database().path(), frame.actor(), frame.clock(), provider.id, std::move(jobs));
    batch.start();
    {
        wxProgressDialog progress(_("Writing progress reports"),
                                  wxString::Format(_("Reports for %s…"), ui::toWx(provider.name)), batch.total(), &frame,
                                  wxPD_APP_MODAL | wxPD_CAN_ABORT | wxPD_AUTO_HIDE | wxPD_ELAPSED_TIME
                                      | wxPD_REMAINING_TIME);
        progress.SetName("report-batch-progress");
        ui::keepWithinWorkArea(progress);
        while (!batch.finished()) {
            const wxString message = wxString::Format(_("Report %d of %d for %s…"), std::min(batch.done() + 1, batch.total()),
                                                      batch.total(), ui::toWx(provider.name));
            if (!progress.Update(batch.done(), message))
                batch.cancel();
            wxMilliSleep(30);
        }
    }
    int written = 0;
    wxString problems;
    for (const ReportBatch::Result& result : batch.results()) {
        if (!result.problem)
            ++written;
        else
            problems += wxString::Format("\n• %s: %s", ui::toWx(result.client), ui::toWx(*result.problem));
    }
    wxString summary = wxString::Format(wxPLURAL("%d of %d report written to %s and logged in each client's chart.",
                                                 "%d of %d reports written to %s and logged in each client's chart.",
                                                 batch.total()),
                                        written, batch.total(), ui::pathToWx(folder));
    if (!problems.empty())
        summary += "\n\n" + _("Not written:") + problems;
    frame.notifier().showInformation(ui::toUtf8(_("Progress reports")), ui::toUtf8(summary));
}

} // namespace knotwork::gui
