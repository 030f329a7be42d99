#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "billing/billing_service.h"
#include "reports/report_exporter.h"

namespace knotwork::reports {

// Whether the disclosure log holds a receipt of `invoice` given before: a copy printed now is a
// DUPLICATE.
bool receiptGivenBefore(const std::vector<disclosures::Disclosure>& log, billing::InvoiceId invoice);

// Writes billing's documents. A receipt, a statement or a superbill leaves the practice: each is
// written with its disclosure-log entry in one action (SharingService::publish), given to the
// client unless `givenTo` names someone else. The year's report and its CSV are the practice's
// own: written whole or not at all, with no log entry.
class BillingDocumentExporter {
public:
    BillingDocumentExporter(sharing::SharingService& sharing, billing::BillingService& billing)
        : m_sharing(sharing), m_billing(billing)
    {
    }

    // The invoice's receipt: DUPLICATE when the log holds a receipt of it already, or when
    // `duplicate` asks for it.
    ExportedReport receipt(billing::InvoiceId invoice, const std::filesystem::path& destination,
                           const std::string& givenTo = {}, bool duplicate = false);
    // The same receipt as bytes, with no file on disk and nothing logged yet: for an email, whose
    // sender logs it once the mail server has taken it.
    RenderedPdf receiptPdf(billing::InvoiceId invoice, const std::string& givenTo = {}, bool duplicate = false);
    ExportedReport statement(clients::ClientId client, const Date& from, const Date& to,
                             const std::filesystem::path& destination, const std::string& givenTo = {});
    ExportedReport superbill(clients::ClientId client, const Date& from, const Date& to,
                             const std::filesystem::path& destination, const std::string& givenTo = {});

    // The year's report as a PDF; returns its page count.
    int yearReport(int year, const std::filesystem::path& destination);
    void yearReportCsv(int year, const std::filesystem::path& destination);

private:
    template <typename Data, typename Layout>
    RenderedPdf render(const Data& data, Layout layout, disclosures::Disclosure disclosure,
                       const std::string& givenTo, const std::string& clientName);

    sharing::SharingService& m_sharing;
    billing::BillingService& m_billing;
};

} // namespace knotwork::reports
