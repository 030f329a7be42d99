// Billing's store contract, on the SQL store and its in-memory stand-in alike
// (store_contract_test.h): numbers without gaps, one issued invoice per visit, a void once, lists
// in the same order, what was used of packages and certificates, who owes at a day's end, a year summed
// by month.
#include <algorithm>
#include <tuple>

#include "billing_records.h"
#include "store_contract_test.h"

namespace knotwork::db::contract {
namespace {

using namespace knotwork::billing;
using boost::gregorian::date;

template <typename Practice>
class BillingContract : public StoreContract<Practice> {
protected:
    BillingStore& store() { return this->m_practice.billing(); }

    AppointmentId visitOf(ClientId client, const std::string& start)
    {
        schedule::Appointment visit;
        visit.clientId = client;
        visit.serviceId = this->m_practice.schedule().services().at(3).id;
        visit.start = parseIsoLocalTime(start, "start");
        return this->m_practice.schedule().addAppointment(visit);
    }

    Invoice issue(ClientId client, Cents total, const Date& day, std::optional<AppointmentId> visit = {})
    {
        return store().issueInvoice(visitCharge(client, visit, total, day, 0));
    }

    PaymentId pay(const Invoice& invoice, Cents amount, const Date& day, PaymentMethod method = PaymentMethod::Cash,
                  std::optional<long long> prepaid = {})
    {
        Payment payment = paymentOf(invoice, amount, day, method);
        if (method == PaymentMethod::Package)
            payment.packageId = prepaid;
        if (method == PaymentMethod::GiftCertificate)
            payment.giftCertificateId = prepaid;
        return store().addPayment(payment);
    }

    static std::vector<long long> numbers(const std::vector<Invoice>& invoices)
    {
        std::vector<long long> found;
        for (const Invoice& invoice : invoices)
            found.push_back(invoice.number);
        return found;
    }
};
TYPED_TEST_SUITE(BillingContract, Practices, PracticeNames);

TYPED_TEST(BillingContract, InvoicesAreNumberedListedAndVoidedAlike)
{
    BillingStore& store = this->store();
    const ClientId zoe = this->addClient("Martin");
    const AppointmentId visit = this->visitOf(zoe, "2026-11-23T10:00");
    const Invoice first = this->issue(zoe, 9500, date(2026, 11, 2), visit);
    this->issue(zoe, 4000, date(2026, 11, 20));
    EXPECT_EQ(first.number, 1);
    EXPECT_EQ(store.settings().nextInvoiceNumber, 3);
    EXPECT_THROW(this->issue(zoe, 9500, kToday, visit), ConflictError);
    EXPECT_THROW(this->issue(999, 100, kToday), NotFoundError);
    EXPECT_EQ(this->numbers(store.invoicesOf(zoe)), (std::vector<long long>{2, 1})) << "newest first";
    EXPECT_EQ(this->numbers(store.invoicesIssuedBetween(date(2026, 11, 1), date(2026, 11, 30))),
              (std::vector<long long>{1, 2}));
    EXPECT_EQ(store.findInvoiceByNumber(1)->lines, first.lines);

    store.voidInvoice(first.id, Timestamp::fromIso8601("2026-11-23T15:00:00Z"), "Wrong visit");
    EXPECT_THROW(store.voidInvoice(first.id, Timestamp::fromIso8601("2026-11-23T15:00:00Z"), "Again"), ConflictError);
    EXPECT_THROW(store.voidInvoice(999, Timestamp::fromIso8601("2026-11-23T15:00:00Z"), "None"), NotFoundError);
    EXPECT_FALSE(store.invoiceForVisit(visit));
    EXPECT_EQ(this->issue(zoe, 9000, kToday, visit).number, 3);
    Invoice unknown = first;
    unknown.id = 999;
    EXPECT_THROW(this->pay(unknown, 100, kToday), NotFoundError);
}

TYPED_TEST(BillingContract, PrepaidUseAndBalancesAreCountedAlike)
{
    BillingStore& store = this->store();
    const ClientId zoe = this->addClient("Martin");
    const ClientId ada = this->addClient("Adams");
    const Invoice sale = this->issue(zoe, 45000, date(2026, 1, 5));
    this->pay(sale, 45000, date(2026, 1, 5));
    const PackageId package = store.addPackage({0, zoe, this->m_practice.schedule().services().at(3).id,
                                                "5 × Treatment", 5, 45000, sale.id, date(2026, 1, 5)});
    const GiftCertificateId certificate =
        store.addGiftCertificate({0, "GC-AAAA-BBBB", zoe, "Ada", 10000, sale.id, date(2026, 1, 5)});
    const Invoice visit = this->issue(zoe, 9000, date(2026, 2, 2));
    this->pay(visit, 9000, date(2026, 2, 2), PaymentMethod::Package, package);
    const Invoice adas = this->issue(ada, 12000, date(2026, 3, 2));
    this->pay(adas, 10000, date(2026, 3, 2), PaymentMethod::GiftCertificate, certificate);
    this->pay(adas, -1000, date(2026, 3, 3), PaymentMethod::GiftCertificate, certificate);

    EXPECT_EQ(store.findPackage(package)->visitsUsed, 1);
    EXPECT_EQ(store.packagesAsOf(date(2026, 1, 31)).at(0).visitsUsed, 0);
    EXPECT_EQ(store.findGiftCertificate("gcaaaabbbb")->redeemedCents, 9000);
    EXPECT_EQ(store.giftCertificatesAsOf(date(2026, 3, 2)).at(0).redeemedCents, 10000);
    EXPECT_EQ(store.giftCertificatesBoughtBy(zoe).size(), 1u);
    EXPECT_THROW(store.addGiftCertificate({0, "gc-aaaa-bbbb", zoe, "Bo", 100, sale.id, kToday}), ConflictError);

    std::vector<PaymentId> zoes;
    for (const Payment& payment : store.paymentsOf(zoe))
        zoes.push_back(payment.id);
    EXPECT_EQ(zoes.size(), 2u);
    EXPECT_LT(zoes[0], zoes[1]);
    EXPECT_EQ(store.paymentsReceivedBetween(date(2026, 3, 1), date(2026, 3, 31)).size(), 2u);
    const std::vector<ClientTotals> owing = store.unbalancedClientsAsOf(date(2026, 12, 31));
    ASSERT_EQ(owing.size(), 1u);
    EXPECT_EQ(owing[0], (ClientTotals{ada, "Adams, Zoë", 12000, 9000}));
}

TYPED_TEST(BillingContract, AMonthsInvoicesPaymentsAreReadAlikeWheneverReceived)
{
    BillingStore& store = this->store();
    const ClientId zoe = this->addClient("Martin");
    const ClientId ada = this->addClient("Adams");
    const Invoice october = this->issue(zoe, 5000, date(2026, 10, 30));
    this->pay(october, 5000, date(2026, 11, 2));
    const Invoice first = this->issue(zoe, 9500, date(2026, 11, 2));
    const PaymentId part = this->pay(first, 4000, date(2026, 11, 2));
    const Invoice second = this->issue(ada, 4000, date(2026, 11, 20));
    const PaymentId whole = this->pay(second, 4000, date(2026, 11, 20), PaymentMethod::Card);
    const PaymentId rest = this->pay(first, 5500, date(2026, 12, 7));
    this->pay(this->issue(ada, 3000, date(2026, 12, 1)), 3000, date(2026, 12, 1));

    std::vector<std::pair<InvoiceId, PaymentId>> found;
    for (const Payment& payment : store.paymentsOnInvoicesIssuedBetween(date(2026, 11, 1), date(2026, 11, 30)))
        found.emplace_back(payment.invoiceId, payment.id);
    const std::vector<std::pair<InvoiceId, PaymentId>> expected{{first.id, part}, {first.id, rest}, {second.id, whole}};
    EXPECT_EQ(found, expected) << "by invoice, then as recorded; a later payment too, another month's invoices' not";
    EXPECT_TRUE(store.paymentsOnInvoicesIssuedBetween(date(2026, 9, 1), date(2026, 9, 30)).empty());
}

// The sums in a fixed order, whatever order the store gives them in.
std::vector<PaymentSums> sorted(std::vector<PaymentSums> sums)
{
    std::ranges::sort(sums, {}, [](const PaymentSums& s) { return std::pair(s.month, s.method); });
    return sums;
}

std::vector<InvoiceSums> sorted(std::vector<InvoiceSums> sums)
{
    std::ranges::sort(sums, {}, [](const InvoiceSums& s) { return std::tuple(s.month, s.status, s.firstLineKind); });
    return sums;
}

TYPED_TEST(BillingContract, AYearsPaymentsAndInvoicesAreSummedAlikeByMonth)
{
    BillingStore& store = this->store();
    const ClientId zoe = this->addClient("Martin");
    const ClientId ada = this->addClient("Adams");
    const auto sale = [&](ChargeKind kind, Cents amount, const Date& day) {
        Invoice invoice = visitCharge(zoe, std::nullopt, amount, day, 0);
        invoice.lines[0].kind = kind;
        invoice.lines[0].minutes = 0;
        return store.issueInvoice(invoice);
    };
    const Invoice lastYears = this->issue(zoe, 5000, date(2025, 12, 30));
    this->pay(lastYears, 5000, date(2026, 1, 2), PaymentMethod::Card);
    const Invoice january = store.issueInvoice(visitCharge(zoe, std::nullopt, 10000, date(2026, 1, 10), 1300));
    Payment tipped = paymentOf(january, 11300, date(2026, 1, 10), PaymentMethod::Cash);
    tipped.tipCents = 1500;
    store.addPayment(tipped);
    this->pay(january, -2000, date(2026, 2, 3));
    const Invoice voided = this->issue(zoe, 5000, date(2026, 1, 20));
    store.voidInvoice(voided.id, Timestamp::fromIso8601("2026-01-21T15:00:00Z"), "Wrong visit");

    const Invoice packageSale = sale(ChargeKind::PackageSale, 45000, date(2026, 2, 1));
    this->pay(packageSale, 45000, date(2026, 2, 1), PaymentMethod::Card);
    const PackageId package = store.addPackage({0, zoe, this->m_practice.schedule().services().at(3).id,
                                                "5 × Treatment", 5, 45000, packageSale.id, date(2026, 2, 1)});
    this->pay(this->issue(zoe, 9000, date(2026, 2, 2)), 9000, date(2026, 2, 2), PaymentMethod::Package, package);
    const Invoice certificateSale = sale(ChargeKind::GiftCertificateSale, 10000, date(2026, 3, 1));
    this->pay(certificateSale, 10000, date(2026, 3, 1), PaymentMethod::ETransfer);
    const GiftCertificateId certificate =
        store.addGiftCertificate({0, "GC-AAAA-BBBB", zoe, "Ada", 10000, certificateSale.id, date(2026, 3, 1)});
    const Invoice adas = store.issueInvoice(visitCharge(ada, std::nullopt, 12000, date(2026, 3, 2), 1300));
    this->pay(adas, 10000, date(2026, 3, 2), PaymentMethod::GiftCertificate, certificate);
    this->pay(adas, -1000, date(2026, 3, 3), PaymentMethod::GiftCertificate, certificate);
    this->pay(adas, 4560, date(2026, 3, 3), PaymentMethod::Cheque);
    this->pay(this->issue(ada, 4000, date(2026, 12, 31)), 4000, date(2027, 1, 1));

    const Date first(2026, 1, 1), last(2026, 12, 31);
    using M = PaymentMethod;
    EXPECT_EQ(sorted(store.paymentSumsByMonth(first, last)),
              (std::vector<PaymentSums>{{1, M::Cash, 11300, 1500},
                                        {1, M::Card, 5000, 0},
                                        {2, M::Cash, -2000, 0},
                                        {2, M::Card, 45000, 0},
                                        {2, M::Package, 9000, 0},
                                        {3, M::ETransfer, 10000, 0},
                                        {3, M::Cheque, 4560, 0},
                                        {3, M::GiftCertificate, 9000, 0}}))
        << "refunds taken off, tips apart, last year's invoice's payment in this year's January, next year's out";
    using K = ChargeKind;
    const InvoiceStatus issued = InvoiceStatus::Issued;
    EXPECT_EQ(sorted(store.invoiceSumsByMonth(first, last)),
              (std::vector<InvoiceSums>{{1, issued, K::Visit, 1, 10000, 1300},
                                        {1, InvoiceStatus::Void, K::Visit, 1, 5000, 0},
                                        {2, issued, K::Visit, 1, 9000, 0},
                                        {2, issued, K::PackageSale, 1, 45000, 0},
                                        {3, issued, K::Visit, 1, 12000, 1560},
                                        {3, issued, K::GiftCertificateSale, 1, 10000, 0},
                                        {12, issued, K::Visit, 1, 4000, 0}}))
        << "by the first line's kind, void ones apart, last year's out";
    EXPECT_TRUE(store.paymentSumsByMonth(date(2026, 4, 1), date(2026, 11, 30)).empty());
}

} // namespace
} // namespace knotwork::db::contract
