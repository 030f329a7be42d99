// Billing's documents written to files: a receipt, a statement or a superbill only with its
// disclosure-log entry, the first copy of a receipt the original and every later one DUPLICATE;
// the year's report and CSV the practice's own, written whole, with no log entry.
#include <algorithm>
#include <filesystem>
#include <gmock/gmock.h>

#include "billing/billing_fixture.h"
#include "reports/billing_exporter.h"
#include "support/practice_files.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace knotwork::reports {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;
using billing::PaymentMethod;
using disclosures::Disclosure;
using disclosures::DocumentKind;

std::string textOf(const fs::path& pdf)
{
    const auto text = knotwork::testing::runProcess({"/usr/bin/pdftotext", pdf.string(), "-"});
    EXPECT_EQ(text.exitCode, 0) << text.err;
    return text.out;
}

class BillingExporterTest : public billing::Billing {
protected:
    BillingExporterTest()
    {
        setToday(Date(2026, 11, 24));
        m_invoice = m_service.checkOut(visit(Date(2026, 11, 24)), {billing::pay(PaymentMethod::Card, 10735)})
                        .invoice.id;
    }
    // The client's disclosure log in the order written (the store gives the newest first).
    std::vector<Disclosure> log()
    {
        std::vector<Disclosure> entries = m_practice.sharingService.disclosures(m_client);
        std::reverse(entries.begin(), entries.end());
        return entries;
    }

    knotwork::testing::TempDir m_dir;
    BillingDocumentExporter m_exporter{m_practice.sharingService, m_service};
    billing::InvoiceId m_invoice = 0;
};

TEST_F(BillingExporterTest, TheFirstReceiptIsTheOriginalAndEveryLaterCopyADuplicate)
{
    const ExportedReport first = m_exporter.receipt(m_invoice, m_dir / "receipt.pdf");
    EXPECT_THAT(textOf(first.file), Not(HasSubstr("DUPLICATE")));
    EXPECT_THAT(textOf(first.file), HasSubstr("Massage Therapy treatment"));
    ASSERT_EQ(log().size(), 1u);
    EXPECT_EQ(log()[0].kind, DocumentKind::Receipt);
    EXPECT_EQ(log()[0].invoiceId, m_invoice);
    EXPECT_EQ(log()[0].recipientName, "Zoë Martin") << "given to the client unless someone else is named";
    EXPECT_EQ(log()[0].sha256, first.sha256);
    EXPECT_EQ(log()[0].fileName, "receipt.pdf");

    const ExportedReport reprint = m_exporter.receipt(m_invoice, m_dir / "receipt-again.pdf", "Sun Life Financial");
    EXPECT_THAT(textOf(reprint.file), HasSubstr("DUPLICATE"));
    ASSERT_EQ(log().size(), 2u);
    EXPECT_EQ(log()[1].recipientName, "Sun Life Financial");
}

TEST_F(BillingExporterTest, TheTherapistMayMarkEvenAFirstCopyDuplicate)
{
    const ExportedReport copy = m_exporter.receipt(m_invoice, m_dir / "receipt.pdf", {}, true);
    EXPECT_THAT(textOf(copy.file), HasSubstr("DUPLICATE"));
    const billing::InvoiceId other =
        m_service.checkOut(visit(Date(2026, 11, 24)), {billing::pay(PaymentMethod::Cash, 10735)}).invoice.id;
    EXPECT_THAT(textOf(m_exporter.receipt(other, m_dir / "other.pdf").file), Not(HasSubstr("DUPLICATE")))
        << "another invoice's receipt is no copy of this one";
}

TEST_F(BillingExporterTest, AStatementAndASuperbillAreLoggedWithTheirPeriod)
{
    m_exporter.statement(m_client, Date(2026, 11, 1), Date(2026, 11, 30), m_dir / "statement.pdf");
    m_exporter.superbill(m_client, Date(2026, 11, 1), Date(2026, 11, 30), m_dir / "superbill.pdf", "Aetna");
    ASSERT_EQ(log().size(), 2u);
    EXPECT_EQ(log()[0].kind, DocumentKind::Statement);
    EXPECT_EQ(log()[0].periodFrom, Date(2026, 11, 1));
    EXPECT_EQ(log()[0].periodTo, Date(2026, 11, 30));
    EXPECT_EQ(log()[1].kind, DocumentKind::Superbill);
    EXPECT_EQ(log()[1].recipientName, "Aetna");
    EXPECT_THAT(textOf(m_dir / "superbill.pdf"), HasSubstr("97124"));
}

TEST_F(BillingExporterTest, NoReceiptFileIsLeftWithoutItsLogEntry)
{
    EXPECT_THROW(m_exporter.receipt(m_invoice, m_dir / "missing-folder" / "receipt.pdf"), Error);
    EXPECT_TRUE(log().empty());
    EXPECT_FALSE(fs::exists(m_dir / "missing-folder"));
}

TEST_F(BillingExporterTest, TheYearsReportAndCsvAreThePracticesOwnAndWrittenWhole)
{
    EXPECT_EQ(m_exporter.yearReport(2026, m_dir / "2026.pdf"), 2);
    m_exporter.yearReportCsv(2026, m_dir / "2026.csv");
    EXPECT_THAT(textOf(m_dir / "2026.pdf"), HasSubstr("Year report 2026"));
    EXPECT_THAT(knotwork::testing::readBytes(m_dir / "2026.csv"), HasSubstr("Total,0.00,107.35,"));
    EXPECT_TRUE(log().empty()) << "not a disclosure";
    for (const auto& entry : fs::directory_iterator(m_dir.path()))
        EXPECT_NE(entry.path().extension(), ".partial");
}

} // namespace
} // namespace knotwork::reports
