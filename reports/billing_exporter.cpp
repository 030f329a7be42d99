#include "reports/billing_exporter.h"

#include <algorithm>

#include "billing/year_report_csv.h"
#include "reports/billing_layouts.h"

namespace knotwork::reports {

namespace fs = std::filesystem;
using disclosures::Disclosure;
using disclosures::DocumentKind;

bool receiptGivenBefore(const std::vector<Disclosure>& log, billing::InvoiceId invoice)
{
    return std::any_of(log.begin(), log.end(), [&](const Disclosure& entry) {
        return entry.kind == DocumentKind::Receipt && entry.invoiceId == invoice;
    });
}

// Lays out `data` with `layout` under the practice's letterhead and renders it with its log entry,
// addressed to `givenTo`, else to the client.
template <typename Data, typename Layout>
RenderedPdf BillingDocumentExporter::render(const Data& data, Layout layout, Disclosure disclosure,
                                            const std::string& givenTo, const std::string& clientName)
{
    disclosure.recipientName = givenTo.empty() ? clientName : givenTo;
    PdfDocument document;
    const ReportPages pages = layout(m_sharing.letterhead(), data, document);
    return renderPdf(pages, document, std::move(disclosure));
}

RenderedPdf BillingDocumentExporter::receiptPdf(billing::InvoiceId invoice, const std::string& givenTo,
                                                bool duplicate)
{
    const clients::ClientId client = m_billing.invoice(invoice).invoice.clientId;
    duplicate = duplicate || receiptGivenBefore(m_sharing.disclosures(client), invoice);
    const billing::ReceiptData data = m_billing.receipt(invoice, duplicate);
    Disclosure disclosure;
    disclosure.kind = DocumentKind::Receipt;
    disclosure.clientId = client;
    disclosure.invoiceId = invoice;
    return render(data, &layoutReceipt, disclosure, givenTo, data.invoice.billedTo);
}

ExportedReport BillingDocumentExporter::receipt(billing::InvoiceId invoice, const fs::path& destination,
                                                const std::string& givenTo, bool duplicate)
{
    return publishPdf(m_sharing, receiptPdf(invoice, givenTo, duplicate), destination);
}

namespace {

// The log entry of a document about a client's period.
Disclosure periodDisclosure(DocumentKind kind, clients::ClientId client, const Date& from, const Date& to)
{
    Disclosure disclosure;
    disclosure.kind = kind;
    disclosure.clientId = client;
    disclosure.periodFrom = from;
    disclosure.periodTo = to;
    return disclosure;
}

} // namespace

ExportedReport BillingDocumentExporter::statement(clients::ClientId client, const Date& from, const Date& to,
                                                  const fs::path& destination, const std::string& givenTo)
{
    const billing::StatementData data = m_billing.statement(client, from, to);
    return publishPdf(m_sharing,
                      render(data, &layoutStatement, periodDisclosure(DocumentKind::Statement, client, from, to),
                             givenTo, data.clientName),
                      destination);
}

ExportedReport BillingDocumentExporter::superbill(clients::ClientId client, const Date& from, const Date& to,
                                                  const fs::path& destination, const std::string& givenTo)
{
    const billing::SuperbillData data = m_billing.superbill(client, from, to);
    return publishPdf(m_sharing,
                      render(data, &layoutSuperbill, periodDisclosure(DocumentKind::Superbill, client, from, to),
                             givenTo, data.clientName),
                      destination);
}

int BillingDocumentExporter::yearReport(int year, const fs::path& destination)
{
    PdfDocument document;
    const ReportPages pages = layoutYearReport(m_sharing.letterhead(), m_billing.yearReport(year), document);
    writeFileAtomically(destination, writePdf(pages, document));
    return static_cast<int>(pages.pages.size());
}

void BillingDocumentExporter::yearReportCsv(int year, const fs::path& destination)
{
    writeFileAtomically(destination, billing::yearReportCsv(m_billing.yearReport(year)));
}

} // namespace knotwork::reports
