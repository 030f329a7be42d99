// knotwork-cli receipt|statement|superbill: billing's documents as PDFs, each written with its
// disclosure-log entry (given to the client unless --to names someone else); a receipt printed
// again is marked DUPLICATE. A receipt can instead be emailed through the reminders' account.
#include <memory>
#include <nlohmann/json.hpp>

#include "app/cli/billing_text.h"
#include "app/cli/commands.h"
#include "app/cli/exported_report_text.h"
#include "app/mail/password_store.h"
#include "app/practice/receipt_mail.h"
#include "common/error.h"
#include "common/i18n.h"
#include "reports/billing_exporter.h"

namespace knotwork::cli {

using reports::BillingDocumentExporter;
using reports::ExportedReport;

namespace {

struct ReceiptOptions {
    std::string invoice, out, to, email;
    bool duplicate = false;
};

// Emails the receipt to `address`, the client's on file when empty; logged once the server took it.
void emailReceipt(CliContext& context, PracticeAccess& practice, billing::InvoiceId invoice, const ReceiptOptions& options)
{
    const std::string address =
        options.email.empty() ? app::receiptEmailAddress(practice.practice(), invoice) : options.email;
    if (address.empty())
        throw ValidationError("--email", "required",
                              _("The client has no email address on file: give the address after --email."));
    BillingDocumentExporter exporter(practice.sharing(), practice.billing());
    reports::RenderedPdf pdf = exporter.receiptPdf(invoice, options.to, options.duplicate);
    const std::unique_ptr<mail::PasswordStore> passwords = mail::openPasswordStore();
    const long long logged =
        app::emailReceipt(practice.practice(), *passwords, address, std::move(pdf.bytes), std::move(pdf.disclosure));
    if (context.json)
        context.printJson({{"sent_to", address}, {"disclosure", logged}});
    else
        context.printLine(formatMessage(_("Receipt sent to {}."), address));
}

void addReceipt(CLI::App& app, CliContext& context)
{
    auto options = std::make_shared<ReceiptOptions>();
    CLI::App* receipt = app.add_subcommand(
        "receipt", _("Write an invoice's receipt as a PDF with the college's fields; a copy given before is marked "
                     "DUPLICATE"));
    receipt->add_option("--invoice", options->invoice, _("The invoice: its ID or its number (INV-000042)"))
        ->option_text("ID")
        ->required();
    CLI::Option* out = receipt->add_option("--out", options->out, _("The PDF file to write"))->option_text("FILE.pdf");
    CLI::Option* emailed = receipt->add_option("--email", options->email,
                        _("Email it instead, through the reminders' mail account: to ADDRESS, else to the client's "
                          "address on file"))
        ->option_text("[ADDRESS]")
        ->expected(0, 1)
        ->excludes(out);
    receipt->add_flag("--duplicate", options->duplicate, _("Mark it DUPLICATE even if no copy was given before"));
    receipt->add_option("--to", options->to,
                        _("Whom it is given to, when not the client (an insurer): the disclosure log names them"))
        ->option_text("NAME");
    receipt->callback([&context, options, emailed] {
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        billing::BillingService& billing = practice.billing();
        const billing::InvoiceId invoice = invoiceOption(billing, options->invoice, "--invoice").invoice.id;
        if (emailed->count() > 0)
            return emailReceipt(context, practice, invoice, *options);
        if (options->out.empty())
            throw ValidationError("--out", "required", _("Give the PDF file to write with --out, or --email."));
        BillingDocumentExporter exporter(practice.sharing(), billing);
        printExported(context, exporter.receipt(invoice, options->out, options->to, options->duplicate));
    });
}

struct PeriodOptions {
    clients::ClientId client = 0;
    std::string from, to, out;
};

// A client's document for a period: a statement or a superbill.
using PeriodExport = ExportedReport (BillingDocumentExporter::*)(clients::ClientId, const Date&, const Date&,
                                                                 const std::filesystem::path&, const std::string&);

void addPeriodDocument(CLI::App& app, CliContext& context, const char* name, const std::string& help,
                       PeriodExport write)
{
    auto options = std::make_shared<PeriodOptions>();
    CLI::App* document = app.add_subcommand(name, help);
    document->add_option("--client", options->client, _("The client's number"))->required();
    document->add_option("--from", options->from, _("The period's first day"))->option_text("DATE")->required();
    document->add_option("--to", options->to, _("The period's last day"))->option_text("DATE")->required();
    document->add_option("--out", options->out, _("The PDF file to write"))->option_text("FILE.pdf")->required();
    document->callback([&context, options, write] {
        const Date from = dateOption(options->from, "--from");
        const Date to = dateOption(options->to, "--to");
        if (to < from)
            throw ValidationError("--to", "order", _("--to must be on or after --from."));
        PracticeAccess practice(context, db::OpenMode::ExistingOnly);
        BillingDocumentExporter exporter(practice.sharing(), practice.billing());
        printExported(context, (exporter.*write)(options->client, from, to, options->out, {}));
    });
}

} // namespace

void addBillingDocumentCommands(CLI::App& app, CliContext& context)
{
    addReceipt(app, context);
    addPeriodDocument(app, context, "statement",
                      _("Write a client's statement for a period as a PDF: each charge and payment with the balance"),
                      &BillingDocumentExporter::statement);
    addPeriodDocument(app, context, "superbill",
                      _("Write a client's US superbill for a period as a PDF: CPT codes and units, the provider's "
                        "ICD-10 codes, the therapist's NPI"),
                      &BillingDocumentExporter::superbill);
}

} // namespace knotwork::cli
