// knotwork-cli client export: one client's whole record for the client themself (the right of
// access): a readable PDF, logged in the disclosure log, and the same records in the open export
// format (docs/EXPORT-FORMAT.md), for the client to take to another practice.
#include <memory>
#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "app/cli/practice_access.h"
#include "common/private_file.h"
#include "app/practice/client_export_files.h"
#include "app/practice/practice_export.h"
#include "common/error.h"
#include "common/i18n.h"
#include "reports/report_exporter.h"

namespace knotwork::cli {

namespace fs = std::filesystem;

namespace {

struct ExportOptions {
    clients::ClientId client = 0;
    std::string out;
};

// Never over a file already there: an earlier export stays as it was given.
void refuseExisting(const fs::path& file)
{
    std::error_code error;
    if (fs::exists(file, error) || fs::exists(fs::path(file) += ".partial", error))
        throw ConflictError(formatMessage(_("{} already exists; choose another folder with --out, or move that file "
                                            "away first."),
                                          file.string()));
}

void runExport(const CliContext& context, const ExportOptions& options)
{
    PracticeAccess practice(context, db::OpenMode::ExistingOnly);
    const clients::Client client = practice.clients().chart(options.client).client;
    const app::ClientExportFiles files = app::clientExportFiles(options.out, client);
    refuseExisting(files.pdf);
    refuseExisting(files.archive);
    makePrivateFolder(options.out);
    const reports::ExportedReport pdf = reports::ReportExporter(practice.sharing()).clientRecord(options.client, files.pdf);
    // The client's own copy: they open it without the practice's passphrase.
    app::exportClientRecord(practice.practice(), options.client, files.archive, app::ExportOptions{});
    if (context.json) {
        context.printJson({{"client", options.client},
                           {"pdf", pdf.file.string()},
                           {"archive", files.archive.string()},
                           {"pages", pdf.pageCount},
                           {"bytes", pdf.byteCount},
                           {"sha256", pdf.sha256},
                           {"disclosure", pdf.disclosureId}});
        return;
    }
    context.printLine(formatMessage(P_("Wrote {} ({} page), logged as disclosure {}.",
                                       "Wrote {} ({} pages), logged as disclosure {}.", pdf.pageCount),
                                    pdf.file.string(), pdf.pageCount, pdf.disclosureId));
    context.printLine(formatMessage(_("Wrote {}: the same records in the open export format."), files.archive.string()));
    context.printLine(_("Neither file is encrypted: give them to the client only, as they hold their whole record."));
}

} // namespace

void addClientExportCommand(CLI::App& client, CliContext& context)
{
    auto options = std::make_shared<ExportOptions>();
    CLI::App* command = client.add_subcommand(
        "export", _("Write a client's whole record for the client themself (right of access): a readable PDF, logged, "
          "and the same records as an open archive"));
    command->add_option("--client", options->client, _("The client's number"))->required();
    command->add_option("--out", options->out, _("The folder to write into (made when missing)"))
        ->required()
        ->option_text("FOLDER");
    command->callback([&context, options] { runExport(context, *options); });
}

} // namespace knotwork::cli
