// The demo practice's year of billing, as a new user finds it: every visit of the last twelve
// months checked out, invoices numbered without gaps whose totals add up, nothing paid twice, and
// the less common cases there to look at (packages, gift certificates, a corrected invoice,
// cancellation fees, a few still owing).
#include <gtest/gtest.h>
#include <memory>

#include "app/practice/practice_context.h"
#include "billing/money.h"
#include "db/practice_opener.h"
#include "demo/demo_practice.h"
#include "support/practice_files.h"
#include "support/temp_dir.h"

namespace knotwork::db {
namespace {

using namespace knotwork::billing;
using boost::gregorian::days;
using testing::sqliteQuery;

const Date kDay(2026, 11, 23);

class DemoBillingTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = new knotwork::testing::TempDir;
        s_file = s_dir->path() / "billing.sqlite";
        auto database = openPractice(s_file, OpenMode::CreateIfMissing, "demo").database;
        app::PracticeContext practice(*database, "demo", Clock::stoppedOn(kDay));
        ASSERT_TRUE(demo::fillDemoPractice(practice.demoStores(), {300, 5, kDay}));
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    void SetUp() override
    {
        m_database = openPractice(s_file, OpenMode::ExistingOnly, "demo").database;
        m_practice = std::make_unique<app::PracticeContext>(*m_database, "demo", Clock::stoppedOn(kDay));
    }

    BillingStore& billing() { return m_practice->stores().billing(); }
    std::vector<Invoice> theYear() { return billing().invoicesIssuedBetween(kDay - days(400), kDay); }
    static long long count(const std::string& sql) { return std::stoll(sqliteQuery(s_file, sql)); }

    static knotwork::testing::TempDir* s_dir;
    static std::filesystem::path s_file;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<app::PracticeContext> m_practice;
};

knotwork::testing::TempDir* DemoBillingTest::s_dir = nullptr;
std::filesystem::path DemoBillingTest::s_file;

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

} // namespace
} // namespace knotwork::db
