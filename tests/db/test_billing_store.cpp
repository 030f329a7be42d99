// Billing's SQL store: an invoice read back as issued, numbered 1, 2, 3 … without gaps even when
// two processes issue at once, voided once and never otherwise changed (the database refuses it
// too), one issued invoice per visit, gift certificates found by their code however typed, and
// who owes what at the end of a day. Also what a superbill needs kept on the records it names.
#include <algorithm>
#include <numeric>
#include <thread>
#include <gtest/gtest.h>

#include "billing/invoice.h"
#include "billing_records.h"
#include "common/error.h"
#include "db/sql_billing_store.h"
#include "schedule_store_test.h"

namespace knotwork::db {
namespace {

using namespace knotwork::billing;
using boost::gregorian::date;

class Billing : public Schedule {
protected:
    BillingStore& m_billing = m_context.stores().billing();
    ClientId m_client = addClient("Martin");

    AppointmentId bookedVisit(ClientId client, const std::string& start)
    {
        return m_book.addAppointment(visit(client, start));
    }

    static Invoice charge(ClientId client, std::optional<AppointmentId> visit, Cents amount, const Date& day)
    {
        return visitCharge(client, visit, amount, day, 1300);
    }

    Invoice issued(Cents amount, const Date& day = kScheduleToday)
    {
        return m_billing.issueInvoice(charge(m_client, std::nullopt, amount, day));
    }

    PaymentId pay(const Invoice& invoice, Cents amount, const Date& day, PaymentMethod method = PaymentMethod::Card)
    {
        return m_billing.addPayment(paymentOf(invoice, amount, day, method));
    }

    // Raw SQL through the practice's own connection, behind the store's back.
    void raw(const std::string& statement)
    {
        m_database->session() << statement;
    }
};

TEST_P(Billing, AnInvoiceReadsBackAsIssuedWithItsLinesAndIsAudited)
{
    const AppointmentId visit = bookedVisit(m_client, "2026-11-23T10:00");
    Invoice invoice = charge(m_client, visit, 9500, kScheduleToday);
    invoice.lines.push_back({ChargeKind::NoShow, "Missed visit fee", std::nullopt, std::nullopt, 0, 4000, 520, ""});
    invoice.subtotalCents += 4000;
    invoice.taxCents += 520;
    invoice.totalCents += 4520;
    const Invoice stored = m_billing.issueInvoice(invoice);

    EXPECT_GT(stored.id, 0);
    EXPECT_EQ(stored.number, 1);
    ASSERT_TRUE(stored.issuedAt);
    EXPECT_EQ(m_billing.findInvoice(stored.id), stored);
    EXPECT_EQ(m_billing.findInvoiceByNumber(1), stored);
    EXPECT_EQ(m_billing.invoiceForVisit(visit), stored);
    EXPECT_EQ(m_billing.invoicesOf(m_client), std::vector<Invoice>{stored});
    EXPECT_EQ(m_billing.invoicesIssuedBetween(kScheduleToday, kScheduleToday), std::vector<Invoice>{stored});
    EXPECT_TRUE(m_billing.invoicesIssuedBetween(date(2026, 11, 24), date(2026, 12, 31)).empty());
    EXPECT_FALSE(m_billing.findInvoice(stored.id + 1));
    EXPECT_EQ(auditActions("invoice", stored.id), "create");
}

TEST_P(Billing, InvoicesAreNumberedOneToNAndTheSettingsSayWhichComesNext)
{
    EXPECT_EQ(m_billing.settings().nextInvoiceNumber, 1);
    std::vector<long long> numbers;
    for (int i = 0; i < 5; ++i)
        numbers.push_back(issued(1000 + i).number);
    EXPECT_EQ(numbers, (std::vector<long long>{1, 2, 3, 4, 5}));
    EXPECT_EQ(m_billing.settings().nextInvoiceNumber, 6);
    const std::vector<Invoice> newestFirst = m_billing.invoicesOf(m_client);
    ASSERT_EQ(newestFirst.size(), 5u);
    EXPECT_EQ(newestFirst.front().number, 5);
}

// Two desks on a clinic server, or two windows on a practice file.
TEST_P(Billing, TwoProcessesIssuingAtOnceTakeEveryNumberOnce)
{
    constexpr int kEach = 25;
    std::vector<std::unique_ptr<Database>> connections;
    for (int i = 0; i < 2; ++i)
        connections.push_back(m_practice.open("setup", OpenMode::ExistingOnly).database);
    std::vector<long long> numbers[2];
    std::vector<std::thread> writers;
    for (int i = 0; i < 2; ++i)
        writers.emplace_back([&, i] {
            SqlBillingStore store(*connections[static_cast<std::size_t>(i)], "Maya");
            for (int n = 0; n < kEach; ++n)
                numbers[i].push_back(store.issueInvoice(charge(m_client, std::nullopt, 100 * n, kScheduleToday)).number);
        });
    for (std::thread& writer : writers)
        writer.join();

    std::vector<long long> all = numbers[0];
    all.insert(all.end(), numbers[1].begin(), numbers[1].end());
    std::sort(all.begin(), all.end());
    std::vector<long long> expected(2 * kEach);
    std::iota(expected.begin(), expected.end(), 1);
    EXPECT_EQ(all, expected) << "no gap, no duplicate";
    EXPECT_TRUE(std::is_sorted(numbers[0].begin(), numbers[0].end()));
    EXPECT_EQ(sql("SELECT COUNT(*) FROM invoices"), std::to_string(2 * kEach));
}

TEST_P(Billing, AnInvoiceIsVoidedOnceAndItsVisitCanThenBeInvoicedAgain)
{
    const AppointmentId visit = bookedVisit(m_client, "2026-11-23T10:00");
    const Invoice first = m_billing.issueInvoice(charge(m_client, visit, 9500, kScheduleToday));
    EXPECT_THROW(m_billing.issueInvoice(charge(m_client, visit, 9000, kScheduleToday)), ConflictError)
        << "one issued invoice per visit";
    EXPECT_EQ(m_billing.settings().nextInvoiceNumber, 2) << "a refused invoice takes no number";

    const Timestamp at = Timestamp::fromIso8601("2026-11-23T16:00:00Z");
    EXPECT_THROW(m_billing.voidInvoice(first.id, at, ""), ValidationError);
    m_billing.voidInvoice(first.id, at, "Wrong length charged");
    const Invoice voided = *m_billing.findInvoice(first.id);
    EXPECT_TRUE(voided.isVoid());
    EXPECT_EQ(voided.voidedAt, at);
    EXPECT_EQ(voided.voidReason, "Wrong length charged");
    EXPECT_EQ(voided.totalCents, first.totalCents) << "kept as issued";
    EXPECT_THROW(m_billing.voidInvoice(first.id, at, "Again"), ConflictError);
    EXPECT_THROW(m_billing.voidInvoice(first.id + 100, at, "None"), NotFoundError);
    EXPECT_FALSE(m_billing.invoiceForVisit(visit));

    Invoice correction = charge(m_client, visit, 7000, kScheduleToday);
    correction.replaces = first.id;
    const Invoice second = m_billing.issueInvoice(correction);
    EXPECT_EQ(second.number, 2);
    EXPECT_EQ(second.replaces, first.id);
    EXPECT_EQ(m_billing.invoiceForVisit(visit), second);
    EXPECT_EQ(auditActions("invoice", first.id), "create,void");
}

TEST_P(Billing, TheDatabaseRefusesASecondIssuedInvoiceForAVisit)
{
    const AppointmentId visit = bookedVisit(m_client, "2026-11-23T10:00");
    m_billing.issueInvoice(charge(m_client, visit, 9500, kScheduleToday));
    EXPECT_THROW(raw("INSERT INTO invoices (number, client_id, billed_to, issued_on, currency, tax_name, "
                     "tax_basis_points, subtotal_cents, tax_cents, total_cents, appointment_id, status, void_reason, "
                     "issued_at) VALUES (2, " + std::to_string(m_client) + ", 'Zoë Martin', '2026-11-23', 'CAD', '', 0, "
                     "100, 0, 100, " + std::to_string(visit) + ", 'issued', '', '2026-11-23T16:00:00Z')"),
                 std::runtime_error);
}

TEST_P(Billing, TheDatabaseRefusesChangingOrDeletingWhatWasBilled)
{
    const Invoice invoice = issued(9500);
    pay(invoice, 5000, kScheduleToday);
    const Invoice sale = issued(45000);
    Package package{0, m_client, serviceNamed("Treatment, 60 min"), "5 × Treatment, 60 min", 5, 45000, sale.id,
                    kScheduleToday};
    m_billing.addPackage(package);
    m_billing.addGiftCertificate({0, "GC-7K3M-Q9TX", m_client, "Ana", 10000, sale.id, kScheduleToday});

    for (const char* statement :
         {"UPDATE invoices SET total_cents = 1, subtotal_cents = 1, tax_cents = 0", "UPDATE invoices SET billed_to = 'X'",
          "UPDATE invoices SET status = 'void', voided_at = '2026-11-23T16:00:00Z', void_reason = ''",
          "UPDATE invoices SET status = 'void', voided_at = '2026-11-23T16:00:00Z', void_reason = 'x', number = 9",
          "DELETE FROM invoices", "UPDATE invoice_lines SET amount_cents = 1", "DELETE FROM invoice_lines",
          "UPDATE payments SET amount_cents = 1", "DELETE FROM payments", "UPDATE packages SET visits = 10",
          "DELETE FROM packages", "UPDATE gift_certificates SET amount_cents = 1", "DELETE FROM gift_certificates"})
        EXPECT_THROW(raw(statement), std::runtime_error) << statement;

    const std::string id = std::to_string(invoice.id);
    raw("UPDATE invoices SET status = 'void', voided_at = '2026-11-23T16:00:00Z', void_reason = 'x' WHERE id = " + id);
    EXPECT_TRUE(m_billing.findInvoice(invoice.id)->isVoid()) << "the one change allowed";
    EXPECT_THROW(raw("UPDATE invoices SET void_reason = 'y' WHERE id = " + id), std::runtime_error) << "voided once";
    EXPECT_THROW(raw("UPDATE invoices SET status = 'issued', voided_at = NULL, void_reason = '' WHERE id = " + id),
                 std::runtime_error);
    EXPECT_EQ(m_billing.paymentsOn(invoice.id).size(), 1u);
}

TEST_P(Billing, GiftCertificateCodesAreUniqueAndFoundHoweverTyped)
{
    const Invoice sale = issued(10000);
    const GiftCertificate sold{0, "GC-7K3M-Q9TX", m_client, "Ana Silva", 10000, sale.id, date(2026, 3, 1)};
    const GiftCertificateId id = m_billing.addGiftCertificate(sold);
    EXPECT_THROW(m_billing.addGiftCertificate({0, "gc 7k3m-q9tx", m_client, "Bo", 5000, sale.id, kScheduleToday}),
                 ConflictError);

    const Invoice visit = issued(9500, date(2026, 6, 1));
    Payment redeemed = paymentOf(visit, 6000, date(2026, 6, 1), PaymentMethod::GiftCertificate);
    redeemed.giftCertificateId = id;
    m_billing.addPayment(redeemed);

    for (const char* typed : {"GC-7K3M-Q9TX", "gc7k3mq9tx", "Gc-7k3m-Q9tx"}) {
        const std::optional<GiftCertificate> found = m_billing.findGiftCertificate(typed);
        ASSERT_TRUE(found) << typed;
        EXPECT_EQ(found->id, id);
        EXPECT_EQ(found->redeemedCents, 6000);
        EXPECT_EQ(found->balanceCents(), 4000);
    }
    EXPECT_FALSE(m_billing.findGiftCertificate("GC-7K3M-Q9TY"));
    EXPECT_EQ(m_billing.giftCertificatesBoughtBy(m_client).size(), 1u);
    ASSERT_EQ(m_billing.giftCertificatesAsOf(date(2026, 5, 31)).size(), 1u);
    EXPECT_EQ(m_billing.giftCertificatesAsOf(date(2026, 5, 31))[0].redeemedCents, 0) << "redeemed after that day";
    EXPECT_TRUE(m_billing.giftCertificatesAsOf(date(2026, 2, 28)).empty()) << "not sold yet";
}

TEST_P(Billing, APackageCountsTheVisitsPaidFromItAndGivenBack)
{
    const Invoice sale = issued(45000, date(2026, 1, 5));
    const PackageId id = m_billing.addPackage(
        {0, m_client, serviceNamed("Treatment, 60 min"), "5 × Treatment, 60 min", 5, 45000, sale.id, date(2026, 1, 5)});
    for (const Date& day : {date(2026, 1, 12), date(2026, 2, 9), date(2026, 3, 9)}) {
        Invoice visit = charge(m_client, std::nullopt, 7965, day);
        visit.packageId = id;
        const Invoice stored = m_billing.issueInvoice(visit);
        Payment fromPackage = paymentOf(stored, stored.totalCents, day, PaymentMethod::Package);
        fromPackage.packageId = id;
        m_billing.addPayment(fromPackage);
    }
    Payment givenBack = paymentOf(sale, -9000, date(2026, 3, 10), PaymentMethod::Package);
    givenBack.packageId = id;
    givenBack.reason = "Charged twice";
    m_billing.addPayment(givenBack);

    EXPECT_EQ(m_billing.findPackage(id)->visitsUsed, 2);
    EXPECT_EQ(m_billing.packagesOf(m_client).at(0).visitsLeft(), 3);
    ASSERT_EQ(m_billing.packagesAsOf(date(2026, 2, 28)).size(), 1u);
    EXPECT_EQ(m_billing.packagesAsOf(date(2026, 2, 28))[0].visitsUsed, 2);
    EXPECT_TRUE(m_billing.packagesAsOf(date(2026, 1, 4)).empty());
    EXPECT_EQ(m_billing.paymentsOf(m_client).size(), 4u);
    EXPECT_EQ(m_billing.paymentsReceivedBetween(date(2026, 2, 1), date(2026, 2, 28)).size(), 1u);
}

TEST_P(Billing, WhoOwesAndWhoIsOwedAtTheEndOfADay)
{
    const ClientId nowak = addClient("Nowak");
    const Invoice owed = issued(10000, date(2026, 3, 1));  // 11,300 with HST
    pay(owed, 5000, date(2026, 3, 1), PaymentMethod::Cash);
    pay(owed, 6300, date(2026, 4, 2));
    const Invoice overpaid = m_billing.issueInvoice(charge(nowak, std::nullopt, 5000, date(2026, 3, 5)));
    pay(overpaid, 6000, date(2026, 3, 5));
    const Invoice voided = issued(2000, date(2026, 3, 6));
    m_billing.voidInvoice(voided.id, Timestamp::fromIso8601("2026-03-06T15:00:00Z"), "Booked in error");

    const std::vector<ClientTotals> march = m_billing.unbalancedClientsAsOf(date(2026, 3, 31));
    ASSERT_EQ(march.size(), 2u);
    EXPECT_EQ(march[0], (ClientTotals{m_client, "Martin, Test", 11300, 5000}));
    EXPECT_EQ(march[0].balanceCents(), 6300);
    EXPECT_EQ(march[1], (ClientTotals{nowak, "Nowak, Test", 5650, 6000}));
    EXPECT_EQ(march[1].balanceCents(), -350) << "owed to the client";

    const std::vector<ClientTotals> april = m_billing.unbalancedClientsAsOf(date(2026, 4, 30));
    ASSERT_EQ(april.size(), 1u);
    EXPECT_EQ(april[0].clientId, nowak);
    EXPECT_TRUE(m_billing.unbalancedClientsAsOf(date(2026, 2, 28)).empty());
}

TEST_P(Billing, TheSettingsAreSavedOnTheirOwnAndAChangeElsewhereIsRefused)
{
    BillingSettings settings = m_billing.settings();
    EXPECT_EQ(settings, BillingSettings{}) << "CAD, no tax charged yet, Ontario's receipts";
    settings.taxBasisPoints = 1300;
    settings.taxNumber = "123456789 RT0001";
    settings.rules = ReceiptRules::UnitedStates;
    settings.npi = "1234567893";
    const int version = m_billing.setSettings(settings);
    settings.rowVersion = version;
    EXPECT_EQ(m_billing.settings(), settings);
    settings.rowVersion = 0;
    EXPECT_THROW(m_billing.setSettings(settings), ConflictError);
    EXPECT_EQ(sql("SELECT COUNT(*) FROM audit_log WHERE entity = 'billing_settings'"), "1");
}

TEST_P(Billing, AClientWithInvoicesIsKeptAndWhatASuperbillNeedsIsStored)
{
    issued(9500);
    clients::ClientStore& charts = m_context.stores().clients();
    EXPECT_THROW(charts.remove(m_client, charts.chart(m_client).client.rowVersion), ConflictError);

    clients::IntakeRecord referred = knotwork::testing::newClient("Okafor", "Ada");
    referred.diagnoses.push_back({clients::HeadacheType::TensionType, std::nullopt, "Dr. Lee", std::nullopt, "",
                                  "G44.209"});
    const ClientId okafor = m_context.clientService().saveIntake(referred);
    ASSERT_EQ(charts.chart(okafor).diagnoses.size(), 1u);
    EXPECT_EQ(charts.chart(okafor).diagnoses[0].icd10Code, "G44.209");

    Service service;
    service.name = "Manual therapy, 30 min";
    service.minutes = 30;
    service.taxable = false;
    service.cptCode = "97140";
    service.id = m_book.addService(service);
    const std::vector<Service> services = m_book.services();
    const auto stored = std::find_if(services.begin(), services.end(), [&](const Service& s) { return s.id == service.id; });
    ASSERT_NE(stored, services.end());
    EXPECT_FALSE(stored->taxable);
    EXPECT_EQ(stored->cptCode, "97140");
    EXPECT_TRUE(services.front().taxable) << "a practice's services are taxable until said otherwise";
    EXPECT_EQ(services.front().cptCode, "97124");
}

KNOTWORK_ON_BOTH_BACKENDS(Billing);

} // namespace
} // namespace knotwork::db
