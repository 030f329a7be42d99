#include "app/gui/client_record_export.h"

#include <wx/stdpaths.h>

#include "app/gui/export_dialog.h"
#include "app/gui/main_frame.h"
#include "app/practice/client_export_files.h"
#include "app/practice/practice_context.h"
#include "app/practice/practice_export.h"
#include "clients/ui/client_chart_panel.h"
#include "clients/ui/client_list_panel.h"
#include "common/error.h"
#include "common/notifier.h"
#include "common/ui/wx_text.h"
#include "reports/report_exporter.h"

namespace knotwork::gui {

namespace {

// Both files, or neither: the archive is removed when the PDF cannot be written.
app::ClientExportFiles writeRecord(app::PracticeContext& practice, const clients::Client& client,
                                   const std::filesystem::path& folder)
{
    const app::ClientExportFiles files = app::clientExportFiles(folder, client);
    for (const std::filesystem::path& file : {files.pdf, files.archive})
        if (std::filesystem::exists(file))
            throw ValidationError("destination", "exists",
                                  ui::toUtf8(wxString::Format(_("Folder: %s already holds %s. Choose another "
                                                                "folder, or move that file away first."),
                                                              ui::pathToWx(folder), ui::pathToWx(file.filename()))));
    // The client's own copy: they open it without the practice's passphrase.
    app::exportClientRecord(practice, client.id, files.archive, app::ExportOptions{});
    try {
        reports::ReportExporter(practice.sharingService()).clientRecord(client.id, files.pdf);
    } catch (const Error&) {
        std::filesystem::remove(files.archive);
        throw;
    }
    return files;
}

} // namespace

void exportChosenClientRecord(MainFrame& frame)
{
    app::PracticeContext* practice = frame.practice();
    const clients::ClientId id = frame.clients().chart().clientId();
    if (!practice || id == 0)
        return;
    const clients::Client client = practice->clientService().clients().chart(id).client;
    app::ClientExportFiles written;
    ExportDialog dialog(
        &frame,
        {.title = _("Export client record"),
         .name = "export-client-record-dialog",
         .intro = wxString::Format(
             _("The whole record of %s, for the client themself (the right of access): a readable PDF "
               "summary, logged among the documents that left the practice, and the same records in "
               "Knotwork's open format (a .zip archive) for them to take to another practice."),
             ui::toWx(clients::fullName(client))),
         .destinationLabel = _("&Folder"),
         .destination = ui::toPath(wxStandardPaths::Get().GetDocumentsDir()),
         .folder = true,
         .note = _("Neither file is encrypted: give them to the client only, as they hold their whole record."),
         .run = [&](const std::filesystem::path& folder, bool) { written = writeRecord(*practice, client, folder); }});
    if (dialog.ShowModal() != wxID_OK)
        return;
    frame.recordChanged({clients::ui::RecordKind::Report, id});  // the disclosure log gained the PDF
    frame.notifier().showInformation(
        ui::toUtf8(_("Client record exported")),
        ui::toUtf8(wxString::Format(_("Wrote %s and %s. Give them to the client only: they hold their whole "
                                      "record."),
                                    ui::pathToWx(written.pdf), ui::pathToWx(written.archive))));
}

} // namespace knotwork::gui
