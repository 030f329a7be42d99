// knotwork-cli report progress|note|intake|handout|log: PDF documents about a client, each one
// addressed to a provider checked against the client's consent to share, and every one written
// to the disclosure log.
#include <memory>
#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "app/cli/exported_report_text.h"
#include "app/cli/practice_access.h"
#include "common/error.h"
#include "common/i18n.h"
#include "reports/report_exporter.h"
#include "disclosures/disclosure_choices.h"

namespace knotwork::cli {

using reports::ExportedReport;
using reports::ReportExporter;

namespace {

struct ReportOptions {
    long long subject = 0;  // the client or the note
    std::optional<clients::ProviderId> recipient;
    std::string from, to, recommendations, questions, out;
    sharing::AssessmentBlock assessment;
};

CLI::App* addDocument(CLI::App& report, const char* name, const std::string& help, ReportOptions& options)
{
    CLI::App* command = report.add_subcommand(name, help);
    command->add_option("--out", options.out, _("The PDF file to write"))->required()->option_text("FILE.pdf");
    return command;
}

void addProgress(CLI::App& report, CliContext& context)
{
    auto options = std::make_shared<ReportOptions>();
    CLI::App* progress = addDocument(report, "progress",
                                     _("A progress report to a provider the client has consented to share with"),
                                     *options);
    progress->add_option("--client", options->subject, _("The client's number"))->required();
    progress->add_option("--recipient", options->recipient, _("The provider's number"))->required();
    progress->add_option("--from", options->from, _("The period's first day (default: the first visit)"))
        ->option_text("DATE");
    progress->add_option("--to", options->to, _("The period's last day (default: today)"))->option_text("DATE");
    progress->add_option("--progress", options->assessment.progress,
                         _("Required: the client's progress in your words (the assessment)"));
    progress->add_option("--goals-comment", options->assessment.goalsComment,
                         _("Your comment on the goals met and not met"));
    progress->add_option("--goals-or-criteria", options->assessment.goalsOrCriteria,
                         _("New goals, or the criteria for ending care; needed when every goal is met and visits "
                           "continue, unless --reason says why"));
    progress->add_option("--reason", options->assessment.reason,
                         _("Why care continues (required while the plan is active or on hold), or why it ends"));
    progress->add_option("--recommendations", options->recommendations, _("Your recommendations, in your words"));
    progress->add_option("--questions", options->questions, _("Questions for the recipient"));
    progress->callback([&context, options] {
        sharing::ProgressReportRequest request;
        request.client = options->subject;
        request.recipient = *options->recipient;
        request.from = optionalDateOption(options->from, "--from");
        request.to = optionalDateOption(options->to, "--to");
        request.recommendations = options->recommendations;
        request.questions = options->questions;
        request.assessment = options->assessment;
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        ReportExporter exporter(practice.sharing());
        printExported(context, exporter.progressReport(request, options->out));
    });
}

// A document about one record, a note or a client, for the client's file or for a provider.
using RecordExport = ExportedReport (ReportExporter::*)(long long, const std::optional<clients::ProviderId>&,
                                                        const std::filesystem::path&);

void addRecordDocument(CLI::App& report, CliContext& context, const char* name, const std::string& help,
                       const char* subjectOption, const std::string& subjectHelp, RecordExport write)
{
    auto options = std::make_shared<ReportOptions>();
    CLI::App* document = addDocument(report, name, help, *options);
    document->add_option(subjectOption, options->subject, subjectHelp)->required();
    document->add_option("--recipient", options->recipient,
                         _("The provider it is for (needs the client's consent to share with them)"));
    document->callback([&context, options, write] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        ReportExporter exporter(practice.sharing());
        printExported(context, (exporter.*write)(options->subject, options->recipient, options->out));
    });
}

// The home care a signed note gave, on one page for the client: it goes to the client, so it
// takes no recipient and needs no consent to share; the log records it as given to the client.
void addHandout(CLI::App& report, CliContext& context)
{
    auto options = std::make_shared<ReportOptions>();
    CLI::App* handout = addDocument(report, "handout",
                                    _("A one-page home-care handout for the client, from a signed note"), *options);
    handout->add_option("--session", options->subject, _("The note's number"))->required();
    handout->callback([&context, options] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        ReportExporter exporter(practice.sharing());
        printExported(context, exporter.homeCareHandout(options->subject, options->out));
    });
}

void addLog(CLI::App& report, CliContext& context)
{
    auto client = std::make_shared<clients::ClientId>(0);
    CLI::App* log = report.add_subcommand("log", _("What has been sent about a client: the disclosure log, newest first"));
    log->add_option("--client", *client, _("The client's number"))->required();
    log->callback([&context, client] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        practice.clients().chart(*client);  // NotFoundError for an unknown client
        const std::vector<disclosures::Disclosure> entries = practice.sharing().disclosures(*client);
        if (context.json) {
            nlohmann::json list = nlohmann::json::array();
            for (const disclosures::Disclosure& entry : entries)
                list.push_back({{"id", entry.id},
                                {"document", keyOf(entry.kind)},
                                {"recipient_id", entry.recipientId ? nlohmann::json(*entry.recipientId) : nlohmann::json()},
                                {"recipient", entry.recipientName},
                                {"file", entry.fileName},
                                {"sha256", entry.sha256},
                                {"bytes", entry.byteCount},
                                {"at", entry.disclosedAt.iso8601()},
                                {"by", entry.disclosedBy}});
            context.printJson(list);
            return;
        }
        std::vector<std::vector<std::string>> table;
        for (const disclosures::Disclosure& entry : entries)
            table.push_back({std::to_string(entry.id), entry.disclosedAt.iso8601(), labelOf(entry.kind),
                             entry.recipientName.empty() ? std::string(_("(no recipient)")) : entry.recipientName,
                             entry.fileName, entry.sha256.substr(0, 12)});
        context.printTable({_("ID"), _("When"), _("Document"), _("For"), _("File"), _("SHA-256")}, table);
        context.printLine(formatMessage(_("{} documents sent."), entries.size()));
    });
}

} // namespace

void printExported(const CliContext& context, const ExportedReport& exported)
{
    if (context.json) {
        context.printJson({{"file", exported.file.string()},
                           {"pages", exported.pageCount},
                           {"bytes", exported.byteCount},
                           {"sha256", exported.sha256},
                           {"disclosure", exported.disclosureId}});
        return;
    }
    context.printLine(formatMessage(P_("Wrote {} ({} page, {} KB), logged as disclosure {}.\nSHA-256 {}",
                                       "Wrote {} ({} pages, {} KB), logged as disclosure {}.\nSHA-256 {}",
                                       exported.pageCount),
                                    exported.file.string(), exported.pageCount, (exported.byteCount + 1023) / 1024,
                                    exported.disclosureId, exported.sha256));
}

void addReportCommand(CLI::App& app, CliContext& context)
{
    CLI::App* report = app.add_subcommand(
        "report", _("PDF documents for a client: progress reports, notes, intake summaries, home-care handouts"));
    report->require_subcommand(1);
    addProgress(*report, context);
    addRecordDocument(*report, context, "note", _("A signed SOAP note with its body chart"), "--session",
                      _("The note's number"), &ReportExporter::note);
    addRecordDocument(*report, context, "intake", _("The client's intake summary"), "--client",
                      _("The client's number"), &ReportExporter::intake);
    addHandout(*report, context);
    addLog(*report, context);
}

} // namespace knotwork::cli
