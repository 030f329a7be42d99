// knotwork-cli client export: one client's whole record for the client themself (the right of
// access), a readable PDF logged in the disclosure log.
#include <memory>
#include <nlohmann/json.hpp>

#include "app/cli/client_export_files.h"
#include "app/cli/commands.h"
#include "app/cli/practice_access.h"
#include "app/cli/private_output.h"
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
    const ClientExportFiles files = clientExportFiles(options.out, client);
    refuseExisting(files.pdf);
    makePrivateFolder(options.out);
    const reports::ExportedReport pdf = reports::ReportExporter(practice.sharing()).clientRecord(options.client, files.pdf);
    if (context.json) {
        context.printJson({{"client", options.client},
                           {"pdf", pdf.file.string()},
                           {"pages", pdf.pageCount},
                           {"bytes", pdf.byteCount},
                           {"sha256", pdf.sha256},
                           {"disclosure", pdf.disclosureId}});
        return;
    }
    context.out << formatMessage(P_("Wrote {} ({} page), logged as disclosure {}.", "Wrote {} ({} pages), logged as disclosure {}.",
                                    pdf.pageCount),
                                 pdf.file.string(), pdf.pageCount, pdf.disclosureId)
                << '\n'
                << _("Only the client may receive it: it holds their whole record.") << '\n';
}

} // namespace

void addClientExportCommand(CLI::App& client, CliContext& context)
{
    auto options = std::make_shared<ExportOptions>();
    CLI::App* command = client.add_subcommand(
        "export", _("Write a client's whole record for the client themself (right of access): a readable PDF, logged"));
    command->add_option("--client", options->client, _("The client's number"))->required();
    command->add_option("--out", options->out, _("The folder to write into (made when missing)"))
        ->required()
        ->option_text("FOLDER");
    command->callback([&context, options] { runExport(context, *options); });
}

} // namespace knotwork::cli
