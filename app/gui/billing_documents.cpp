#include "app/gui/billing_documents.h"

#include <cstdlib>
#include <optional>
#include <wx/filedlg.h>
#include <wx/intl.h>
#include <wx/utils.h>

#include "app/gui/background_wait.h"
#include "app/gui/receipt_email_dialog.h"
#include "app/mail/password_store.h"
#include "app/practice/practice_context.h"
#include "app/practice/receipt_mail.h"
#include "common/error.h"
#include "common/ui/file_dialogs.h"
#include "common/ui/report_errors.h"
#include "common/ui/wx_notifier.h"
#include "common/ui/wx_text.h"
#include "reports/billing_exporter.h"

namespace knotwork::gui {

namespace {

// The file the therapist chose to write, with `extension` when they typed none.
std::optional<std::filesystem::path> chooseFile(wxWindow* parent, const wxString& title, const wxString& name,
                                                const wxString& wildcard, const char* extension)
{
    ui::FileDialog dialog(parent, title, wxString(), name, wildcard, wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK)
        return std::nullopt;
    std::filesystem::path file = ui::toPath(dialog.GetPath());
    if (file.extension().empty())
        file += extension;
    return file;
}

wxString pdfWildcard()
{
    return wxString::Format("%s (*.pdf)|*.pdf", _("PDF documents"));
}

// Runs `write` with the exporter of the practice open now, showing what went wrong under `failure`.
void withExporter(const std::function<app::PracticeContext*()>& openPractice, const wxString& failure,
                  const std::function<void(reports::BillingDocumentExporter&)>& write)
{
    app::PracticeContext* practice = openPractice();
    auto* billing = practice ? practice->services().find<billing::BillingService>() : nullptr;
    if (!billing)
        return;
    ui::WxNotifier notifier;
    ui::reportErrors(notifier, failure, [&] {
        reports::BillingDocumentExporter exporter(practice->sharingService(), *billing);
        write(exporter);
    });
}

// A new folder only its owner can read or enter, in the computer's temporary folder: where a
// receipt waits for the PDF viewer to print it.
std::filesystem::path newPrintFolder()
{
    std::string pattern = (std::filesystem::temp_directory_path() / "knotwork-receipt-XXXXXX").string();
    if (!mkdtemp(pattern.data()))
        throw StorageError(ui::toUtf8(wxString::Format(_("Could not make a folder in %s to print from."),
                                                       ui::pathToWx(std::filesystem::temp_directory_path()))));
    return pattern;
}

// The receipt rendered as Save writes it (a DUPLICATE when given before), sent to `address`.
void sendReceipt(app::PracticeContext& practice, billing::InvoiceId invoice, const std::string& address)
{
    reports::BillingDocumentExporter exporter(practice.sharingService(), practice.billingService());
    reports::RenderedPdf pdf = exporter.receiptPdf(invoice);
    const std::unique_ptr<mail::PasswordStore> passwords = mail::openPasswordStore();
    app::emailReceipt(practice, *passwords, address, std::move(pdf.bytes), std::move(pdf.disclosure), {},
                      waitInBackground);
}

// Email receipt…: asks for the address (the client's on file to start with) and sends the receipt,
// rendered as Save writes it, logged once the server took it; or says where to set up a mail
// account when there is none.
void emailReceipt(const std::function<app::PracticeContext*()>& openPractice, wxWindow* parent,
                  billing::InvoiceId invoice)
{
    app::PracticeContext* practice = openPractice();
    if (!practice)
        return;
    ui::WxNotifier notifier;
    ui::reportErrors(notifier, _("Could not email the receipt"), [&] {
        std::string fromAddress;
        wxString noAccount;
        try {
            fromAddress = app::receiptMailAccount(*practice).fromAddress;
        } catch (const ValidationError& error) {
            noAccount = ui::toWx(error.what());
        }
        const long long number = practice->billingService().invoice(invoice).invoice.number;
        ReceiptEmailDialog dialog(parent, ui::toWx(billing::invoiceNumberText(number)),
                                  app::receiptEmailAddress(*practice, invoice), fromAddress, noAccount,
                                  [&](const std::string& address) { sendReceipt(*practice, invoice, address); });
        dialog.ShowModal();
    });
}

// A client's document for a period: a statement or a superbill, logged as given to the client.
using PeriodExport = reports::ExportedReport (reports::BillingDocumentExporter::*)(
    clients::ClientId, const Date&, const Date&, const std::filesystem::path&, const std::string&);

billing::ui::BillingDocuments::PeriodDocument periodDocument(const std::function<app::PracticeContext*()>& openPractice,
                                                             const wxString& title, const wxString& fileName,
                                                             const wxString& failure, PeriodExport write)
{
    return [=](wxWindow* parent, billing::ClientId client, const Date& from, const Date& to) {
        const auto file = chooseFile(parent, title, fileName, pdfWildcard(), ".pdf");
        if (file)
            withExporter(openPractice, failure, [&](reports::BillingDocumentExporter& exporter) {
                (exporter.*write)(client, from, to, *file, {});
            });
    };
}

} // namespace

bool openWithDefaultApplication(const std::filesystem::path& file)
{
    return wxLaunchDefaultApplication(ui::pathToWx(file));
}

billing::ui::BillingDocuments billingDocuments(std::function<app::PracticeContext*()> openPractice, OpenFile openFile)
{
    billing::ui::BillingDocuments documents;
    documents.receipts.print = [openPractice, openFile](wxWindow*, billing::InvoiceId invoice) {
        withExporter(openPractice, _("Could not print the receipt"), [&](reports::BillingDocumentExporter& exporter) {
            const std::filesystem::path file = newPrintFolder() / "Receipt.pdf";
            exporter.receipt(invoice, file);
            if (!openFile(file))
                throw Error(ui::toUtf8(wxString::Format(
                    _("No program on this computer opens PDF files to print them. The receipt is in %s."),
                    ui::pathToWx(file))));
        });
    };
    documents.receipts.save = [openPractice](wxWindow* parent, billing::InvoiceId invoice) {
        const auto file = chooseFile(parent, _("Save the receipt"), _("Receipt.pdf"), pdfWildcard(), ".pdf");
        if (file)
            withExporter(openPractice, _("Could not save the receipt"),
                         [&](reports::BillingDocumentExporter& exporter) { exporter.receipt(invoice, *file); });
    };
    documents.receipts.email = [openPractice](wxWindow* parent, billing::InvoiceId invoice) {
        emailReceipt(openPractice, parent, invoice);
    };
    documents.saveYearPdf = [openPractice](wxWindow* parent, int year) {
        const auto file = chooseFile(parent, _("Save the year's report"),
                                     wxString::Format(_("Income %d.pdf"), year), pdfWildcard(), ".pdf");
        if (file)
            withExporter(openPractice, _("Could not save the year's report"),
                         [&](reports::BillingDocumentExporter& exporter) { exporter.yearReport(year, *file); });
    };
    documents.saveYearCsv = [openPractice](wxWindow* parent, int year) {
        const auto file = chooseFile(parent, _("Save the year's income for the accountant"),
                                     wxString::Format(_("Income %d.csv"), year),
                                     wxString::Format("%s (*.csv)|*.csv", _("CSV files")), ".csv");
        if (file)
            withExporter(openPractice, _("Could not save the year's income"),
                         [&](reports::BillingDocumentExporter& exporter) { exporter.yearReportCsv(year, *file); });
    };
    documents.saveStatement = periodDocument(openPractice, _("Save the statement"), _("Statement.pdf"),
                                             _("Could not save the statement"),
                                             &reports::BillingDocumentExporter::statement);
    documents.saveSuperbill = periodDocument(openPractice, _("Save the superbill"), _("Superbill.pdf"),
                                             _("Could not save the superbill"),
                                             &reports::BillingDocumentExporter::superbill);
    return documents;
}

} // namespace knotwork::gui
