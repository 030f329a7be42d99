// The receipt an insurer accepts: every field Ontario's college requires, read back from the PDF
// as the insurer's clerk would (pdftotext), DUPLICATE on a reprint, $0.00 paid by a client whose
// visit a gift certificate paid.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "billing/money.h"
#include "common/locale_date.h"
#include "pdf_reader.h"
#include "reports/billing_exporter.h"
#include "reports/billing_layouts.h"
#include "sample_billing.h"
#include "support/practice_files.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace knotwork::reports {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using billing::PaymentMethod;

// The pages of a PDF's text (pdftotext separates them by form feeds), the empty tail left out.
std::vector<std::string> pagesOf(const std::string& text)
{
    std::vector<std::string> pages;
    std::size_t start = 0;
    for (std::size_t feed = text.find('\f'); feed != std::string::npos; feed = text.find('\f', start)) {
        pages.push_back(text.substr(start, feed - start));
        start = feed + 1;
    }
    return pages;
}

class ReceiptTest : public ::testing::Test {
protected:
    WrittenPdf write(const std::string& name)
    {
        m_report = layoutReceipt(m_header, m_data, m_document);
        return writeAndRead(m_report, m_document, m_dir.path(), name);
    }

    knotwork::testing::TempDir m_dir;
    PdfDocument m_document;
    ReportPages m_report;
    sharing::ReportHeader m_header = knotwork::testing::sampleBillingHeader();
    billing::ReceiptData m_data = knotwork::testing::sampleReceipt();
};

TEST_F(ReceiptTest, AReceiptCarriesEveryFieldTheCollegeRequires)
{
    const WrittenPdf pdf = write("receipt");
    for (const std::string& text : std::vector<std::string>
         {"Receipt", "INV-000042", "Date of visit", mediumDate(Date(2026, 11, 24)), "Zoë Thị Nguyễn-Łukasiewicz",
          "Maya Lindqvist, RMT", "CMTO registration number", "M-4821", "Massage Therapy treatment", "60 minutes",
          "$95.00", "HST (13%)", "$12.35", "HST number", "81234 5678 RT0001", "$107.35", "Debit or credit card",
          "Visa 4242", "Paid by client", "Balance due", "$0.00", "$15.00",
          "Electronically signed by Maya Lindqvist, RMT"})
        EXPECT_THAT(pdf.text, HasSubstr(text)) << text;
    EXPECT_THAT(pdf.text, Not(HasSubstr("DUPLICATE")));
    EXPECT_THAT(textsOutsideMargins(m_report, m_document, 50), IsEmpty());
}

TEST_F(ReceiptTest, AReceiptWithoutTaxPrintsNoTaxNumber)
{
    m_data.invoice.lines.front().taxCents = 0;
    m_data.invoice.taxCents = 0;
    m_data.invoice.totalCents = knotwork::testing::kVisitFee;
    m_data.payments.front().amountCents = knotwork::testing::kVisitFee;
    const WrittenPdf pdf = write("receipt-untaxed");
    EXPECT_THAT(pdf.text, Not(HasSubstr("HST")));
    EXPECT_THAT(pdf.text, Not(HasSubstr("81234 5678 RT0001")));
    EXPECT_THAT(pdf.text, HasSubstr("$95.00"));
}

TEST_F(ReceiptTest, AFieldTheCollegeRequiresThatIsNotSetSaysSo)
{
    m_data.practice.licenceNumber.clear();
    m_data.billing.taxNumber.clear();
    const WrittenPdf pdf = write("receipt-fields-missing");
    EXPECT_THAT(pdf.text, HasSubstr("CMTO registration number"));
    EXPECT_THAT(pdf.text, HasSubstr("HST number"));
    EXPECT_THAT(pdf.text, HasSubstr("Not on file\nNot on file"));
}

TEST_F(ReceiptTest, AReprintIsMarkedDuplicateOnEveryPage)
{
    m_data.duplicate = true;
    m_data.printedOn = Date(2027, 2, 3);
    // Enough payments to take the receipt onto a second page.
    m_data.payments.assign(40, m_data.payments.front());
    const WrittenPdf pdf = write("receipt-duplicate");
    ASSERT_GE(pdf.pageCount, 2);
    for (const std::string& page : pagesOf(pdf.text))
        EXPECT_THAT(page, HasSubstr("DUPLICATE"));
    EXPECT_THAT(pdf.text, HasSubstr("a copy of a receipt given before, printed " + mediumDate(Date(2027, 2, 3))));
    EXPECT_THAT(textsOutsideMargins(m_report, m_document, 50), IsEmpty());
}

TEST_F(ReceiptTest, AVisitPaidByGiftCertificateShowsNothingPaidByTheClient)
{
    m_data.payments.front().method = PaymentMethod::GiftCertificate;
    m_data.payments.front().reference = "GC-7K3M-Q9TX";
    m_data.payments.front().tipCents = 0;
    const WrittenPdf pdf = write("receipt-gift-certificate");
    EXPECT_THAT(pdf.text, HasSubstr("Paid by gift certificate"));
    EXPECT_EQ(m_data.paidByClientCents(), 0);
    // The totals' labels and amounts are read in their order: the client paid $0.00.
    const std::size_t paidByClient = pdf.text.find("Paid by client");
    ASSERT_NE(paidByClient, std::string::npos);
    EXPECT_THAT(pdf.text.substr(paidByClient), HasSubstr("$107.35\n$0.00\n$0.00"));
}

TEST_F(ReceiptTest, AVoidInvoiceSaysSoWithItsReason)
{
    m_data.invoice.status = billing::InvoiceStatus::Void;
    m_data.invoice.voidedAt = Timestamp::fromIso8601("2026-11-25T14:00:00Z");
    m_data.invoice.voidReason = "Charged the 90-minute fee for a 60-minute visit";
    const WrittenPdf pdf = write("receipt-void");
    EXPECT_THAT(pdf.text, HasSubstr("VOID since " + mediumDate(Date(2026, 11, 25))));
    EXPECT_THAT(pdf.text, HasSubstr("Charged the 90-minute fee for a 60-minute visit"));
}

TEST_F(ReceiptTest, AGiftCertificateSaleIsAReceiptForAPrepaymentNotForTreatment)
{
    billing::InvoiceLine sale;
    sale.kind = billing::ChargeKind::GiftCertificateSale;
    sale.description = "Gift certificate";
    sale.amountCents = 10000;
    m_data.invoice.lines = {sale};
    m_data.invoice.subtotalCents = m_data.invoice.totalCents = 10000;
    m_data.invoice.taxCents = 0;
    m_data.payments.front().amountCents = 10000;
    billing::GiftCertificate certificate;
    certificate.code = "GC-7K3M-Q9TX";
    certificate.recipientName = "Amara Okafor";
    certificate.amountCents = 10000;
    m_data.giftCertificate = certificate;
    const WrittenPdf pdf = write("receipt-gift-certificate-sale");
    EXPECT_THAT(pdf.text, HasSubstr("Receipt for a prepayment, not for treatment"));
    EXPECT_THAT(pdf.text, HasSubstr("GC-7K3M-Q9TX"));
    EXPECT_THAT(pdf.text, Not(HasSubstr("Massage Therapy treatment")));
    EXPECT_THAT(pdf.text, Not(HasSubstr("Date of visit")));
}

TEST_F(ReceiptTest, AVisitFromAPackageNamesThePackage)
{
    billing::Package package;
    package.name = "5 × Treatment, 60 min";
    package.visits = 5;
    package.priceCents = 47500;
    package.soldOn = Date(2026, 10, 2);
    m_data.package = package;
    m_data.payments.front().method = PaymentMethod::Package;
    const WrittenPdf pdf = write("receipt-package-visit");
    EXPECT_THAT(pdf.text, HasSubstr("5 × Treatment, 60 min, bought " + mediumDate(Date(2026, 10, 2))));
    EXPECT_THAT(pdf.text, HasSubstr("Massage Therapy treatment"));
}

TEST_F(ReceiptTest, TheTherapistsSignatureImageSignsTheReceipt)
{
    const auto signature = m_dir / "signature.png";
    const auto drawn =
        knotwork::testing::runProcess({"/usr/bin/convert", "-size", "300x90", "xc:#0b2545", signature.string()});
    ASSERT_EQ(drawn.exitCode, 0) << drawn.err;
    m_header.signature = knotwork::testing::readBytes(signature);
    const WrittenPdf pdf = write("receipt-signed");
    const auto images = knotwork::testing::runProcess({"/usr/bin/pdfimages", "-list", pdf.file.string()});
    EXPECT_THAT(images.out, HasSubstr("   1     0 image     300    90"));
    EXPECT_THAT(pdf.text, HasSubstr("Maya Lindqvist, RMT · Licence M-4821\nSigned "));
    EXPECT_THAT(pdf.text, Not(HasSubstr("Electronically signed")));
}

TEST(ReceiptLog, AReceiptOfAnInvoiceIsADuplicateOnceTheLogHoldsOneOfIt)
{
    disclosures::Disclosure statement;
    statement.kind = disclosures::DocumentKind::Statement;
    disclosures::Disclosure otherReceipt;
    otherReceipt.kind = disclosures::DocumentKind::Receipt;
    otherReceipt.invoiceId = 41;
    EXPECT_FALSE(receiptGivenBefore({statement, otherReceipt}, 42));
    disclosures::Disclosure given = otherReceipt;
    given.invoiceId = 42;
    EXPECT_TRUE(receiptGivenBefore({statement, otherReceipt, given}, 42));
}

} // namespace
} // namespace knotwork::reports
