// The demo practice's year of billing, as a new user finds it: every visit of the last twelve
// months checked out, invoices numbered without gaps whose totals add up, nothing paid twice, and
// the less common cases there to look at (packages, gift certificates, a corrected invoice,
// cancellation fees, a few still owing).
#include <algorithm>
#include <array>

#include "billing/money.h"
#include "demo_practice_test.h"

namespace knotwork::db {
namespace {

using namespace knotwork::billing;
using boost::gregorian::days;

const Date kDay = kDemoDay;

class DemoBillingTest : public DemoPracticeTest {
protected:
    BillingStore& billing() { return m_practice->stores().billing(); }
    std::vector<Invoice> theYear() { return billing().invoicesIssuedBetween(kDay - days(400), kDay); }
};

TEST_F(DemoBillingTest, InvoicesAreNumberedWithoutGapsInDateOrderAndAddUp)
{
    const std::vector<Invoice> invoices = theYear();
    ASSERT_GT(invoices.size(), 300u);
    EXPECT_EQ(count("SELECT COUNT(*) FROM invoices"), static_cast<long long>(invoices.size()));
    for (std::size_t i = 0; i < invoices.size(); ++i) {
        const Invoice& invoice = invoices[i];
        ASSERT_EQ(invoice.number, static_cast<long long>(i) + 1);
        if (i > 0) {
            EXPECT_GE(invoice.issuedOn, invoices[i - 1].issuedOn) << invoiceNumberText(invoice.number);
        }
        Cents subtotal = 0, tax = 0;
        for (const InvoiceLine& line : invoice.lines) {
            subtotal += line.amountCents;
            tax += line.taxCents;
            if (line.kind == ChargeKind::Visit && !invoice.packageId) {
                EXPECT_EQ(line.taxCents, taxOn(line.amountCents, 1300)) << "13 % HST";
            }
            if (isPrepayment(line.kind)) {
                EXPECT_EQ(line.taxCents, 0) << "a prepayment is not taxed";
            }
        }
        EXPECT_EQ(invoice.subtotalCents, subtotal) << invoiceNumberText(invoice.number);
        EXPECT_EQ(invoice.taxCents, tax);
        EXPECT_EQ(invoice.totalCents, invoice.subtotalCents + invoice.taxCents);
        EXPECT_LT(invoice.issuedOn, kDay);
    }
    EXPECT_EQ(billing().settings().taxBasisPoints, 1300);
}

TEST_F(DemoBillingTest, EveryCompletedVisitOfTheYearIsCheckedOutAndNothingIsPaidTwice)
{
    EXPECT_EQ(count("SELECT COUNT(*) FROM appointments a WHERE a.status = 'completed' AND a.referral_only = 0 "
                    "AND a.starts_at >= '2025-11-23' AND a.starts_at < '2026-11-23' AND NOT EXISTS (SELECT 1 FROM "
                    "invoices i WHERE i.appointment_id = a.id AND i.status = 'issued')"),
              0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM invoices WHERE issued_on < '2025-11-23'"), 0) << "twelve months, no more";
    EXPECT_EQ(count("SELECT COUNT(*) FROM payments p LEFT JOIN invoices i ON i.id = p.invoice_id "
                    "WHERE i.id IS NULL OR i.client_id <> p.client_id"),
              0)
        << "every payment's invoice exists and is its client's";
    EXPECT_EQ(count("SELECT COUNT(*) FROM invoices i WHERE (SELECT COALESCE(SUM(amount_cents), 0) FROM payments "
                    "WHERE invoice_id = i.id) > i.total_cents"),
              0)
        << "nothing paid twice";
    EXPECT_EQ(count("SELECT COUNT(*) FROM payments p JOIN invoices i ON i.id = p.invoice_id WHERE i.status = 'void'"),
              0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM payments WHERE received_on >= '2026-11-23'"), 0) << "none in the future";
}

TEST_F(DemoBillingTest, TheYearHasEveryKindOfPaymentAndAFewStillOwing)
{
    for (const char* method : {"card", "e_transfer", "cash", "cheque", "package", "gift_certificate"})
        EXPECT_GT(count(std::string("SELECT COUNT(*) FROM payments WHERE method = '") + method + "'"), 0) << method;
    EXPECT_GT(count("SELECT COUNT(*) FROM payments WHERE method = 'card'"),
              count("SELECT COUNT(*) FROM payments WHERE method = 'cash'"));
    EXPECT_GT(count("SELECT COUNT(*) FROM payments WHERE tip_cents > 0"), 0);
    EXPECT_GT(count("SELECT COUNT(*) FROM invoice_lines WHERE kind IN ('late_cancellation', 'no_show')"), 0);
    const std::vector<ClientTotals> owing = billing().unbalancedClientsAsOf(kDay);
    EXPECT_FALSE(owing.empty()) << "a few still owe";
    EXPECT_LT(owing.size(), 60u);
    for (const ClientTotals& client : owing)
        EXPECT_GT(client.balanceCents(), 0) << client.name << " owes, never is owed";
}

TEST_F(DemoBillingTest, PackagesCertificatesAndACorrectedInvoiceAreThereToLookAt)
{
    const std::vector<Package> packages = billing().packagesAsOf(kDay);
    ASSERT_EQ(packages.size(), 2u);
    for (const Package& package : packages) {
        EXPECT_EQ(package.visits, 5);
        EXPECT_GT(package.visitsUsed, 0);
        EXPECT_EQ(billing().findInvoice(package.saleInvoiceId)->lines.at(0).kind, ChargeKind::PackageSale);
    }
    const std::vector<GiftCertificate> certificates = billing().giftCertificatesAsOf(kDay);
    ASSERT_EQ(certificates.size(), 3u);
    EXPECT_TRUE(std::ranges::any_of(certificates, [](const GiftCertificate& c) { return c.redeemedCents > 0; }));
    EXPECT_TRUE(std::ranges::any_of(certificates, [](const GiftCertificate& c) { return c.redeemedCents == 0; }))
        << "one still owed as a liability";
    for (const GiftCertificate& certificate : certificates)
        EXPECT_EQ(billing().findGiftCertificate(certificate.code)->id, certificate.id);

    ASSERT_EQ(count("SELECT COUNT(*) FROM invoices WHERE status = 'void'"), 1);
    const long long voided = count("SELECT id FROM invoices WHERE status = 'void'");
    const std::optional<Invoice> correction =
        billing().findInvoiceByNumber(billing().findInvoice(voided)->number + 1);
    ASSERT_TRUE(correction);
    EXPECT_EQ(correction->replaces, voided);
    EXPECT_EQ(correction->appointmentId, billing().findInvoice(voided)->appointmentId);
    EXPECT_LT(correction->totalCents, billing().findInvoice(voided)->totalCents);
}

// The year's report as the database sums it, beside the report added up from every invoice and
// payment of the year as the Billing view once did: the demo's year has voids, tips, packages and
// gift certificates sold and used.
TEST_F(DemoBillingTest, TheYearsReportSummedByTheDatabaseIsTheSumOfItsInvoicesAndPayments)
{
    int voidedInAll = 0;
    Cents tipsInAll = 0, prepaymentsInAll = 0;
    for (const int year : {2025, 2026}) {
        const Date first(static_cast<unsigned short>(year), 1, 1), last(static_cast<unsigned short>(year), 12, 31);
        std::array<MonthIncome, 12> months{};
        for (const Payment& payment : billing().paymentsReceivedBetween(first, last)) {
            MonthIncome& month = months[payment.receivedOn.month() - 1];
            if (isMoneyReceived(payment.method))
                month.receivedByMethod[static_cast<std::size_t>(payment.method)] += payment.amountCents;
            month.tipsCents += payment.tipCents;
        }
        int issued = 0, voided = 0;
        for (const Invoice& invoice : billing().invoicesIssuedBetween(first, last)) {
            ++issued;
            if (invoice.isVoid()) {
                ++voided;
                continue;
            }
            MonthIncome& month = months[invoice.issuedOn.month() - 1];
            (isPrepayment(invoice.lines.front().kind) ? month.prepaymentsCents : month.feesCents) += invoice.subtotalCents;
            month.taxCents += invoice.taxCents;
        }

        const YearReport report = m_practice->billingService().yearReport(year);
        EXPECT_EQ(report.invoicesIssued, issued) << year;
        EXPECT_EQ(report.invoicesVoided, voided) << year;
        for (std::size_t month = 0; month < 12; ++month) {
            const MonthIncome& summed = report.months[month];
            EXPECT_EQ(summed.receivedByMethod, months[month].receivedByMethod) << year << "-" << month + 1;
            EXPECT_EQ(summed.tipsCents, months[month].tipsCents) << year << "-" << month + 1;
            EXPECT_EQ(summed.feesCents, months[month].feesCents) << year << "-" << month + 1;
            EXPECT_EQ(summed.prepaymentsCents, months[month].prepaymentsCents) << year << "-" << month + 1;
            EXPECT_EQ(summed.taxCents, months[month].taxCents) << year << "-" << month + 1;
        }
        voidedInAll += report.invoicesVoided;
        tipsInAll += report.total().tipsCents;
        prepaymentsInAll += report.total().prepaymentsCents;
    }
    EXPECT_EQ(voidedInAll, 1);
    EXPECT_GT(tipsInAll, 0);
    EXPECT_GT(prepaymentsInAll, 0);
}

} // namespace
} // namespace knotwork::db
