// Prepaid packages of visits and gift certificates: sold on a prepayment invoice, used visit by
// visit or redeemed in part, with their balances.
#include "billing_fixture.h"

namespace knotwork::billing {
namespace {

TEST_F(Billing, APackageIsSoldAsAPrepaymentWithoutTax)
{
    const PackageSold sold = m_service.sellPackage(m_client, m_treatment, 3, 40000, {pay(PaymentMethod::Card, 40000)});
    EXPECT_EQ(sold.package.visits, 3);
    EXPECT_EQ(sold.package.visitsLeft(), 3);
    EXPECT_EQ(sold.package.name, "3 × Treatment, 60 min");
    EXPECT_EQ(sold.sale.invoice.lines[0].kind, ChargeKind::PackageSale);
    EXPECT_EQ(sold.sale.invoice.taxCents, 0);
    EXPECT_EQ(sold.sale.invoice.totalCents, 40000);
    EXPECT_EQ(sold.sale.balanceDueCents(), 0);
    EXPECT_EQ(sold.package.saleInvoiceId, sold.sale.invoice.id);
}

TEST_F(Billing, EachVisitFromAPackageIsInvoicedAtItsShareTaxIncludedUntilItIsUsedUp)
{
    const PackageSold sold = m_service.sellPackage(m_client, m_treatment, 3, 40000, {pay(PaymentMethod::Card, 40000)});
    Cents invoiced = 0;
    for (int day = 10; day < 13; ++day) {
        const schedule::AppointmentId id = visit(Date(2026, 3, day));
        ASSERT_EQ(m_service.packagesFor(id).size(), 1u);
        const PaidInvoice paid = m_service.checkOut(id, {}, sold.package.id);
        EXPECT_EQ(paid.balanceDueCents(), 0);
        EXPECT_EQ(paid.payments[0].method, PaymentMethod::Package);
        EXPECT_EQ(paid.invoice.packageId, sold.package.id);
        EXPECT_EQ(paid.invoice.subtotalCents + paid.invoice.taxCents, paid.invoice.totalCents);
        EXPECT_GT(paid.invoice.taxCents, 0) << "the tax is charged as the treatment is given";
        invoiced += paid.invoice.totalCents;
    }
    EXPECT_EQ(invoiced, 40000) << "the shares add up to the price";
    const schedule::AppointmentId fourth = visit(Date(2026, 3, 13));
    EXPECT_TRUE(m_service.packagesFor(fourth).empty());
    EXPECT_EQ(refusalOf([&] { m_service.checkOut(fourth, {}, sold.package.id); }), "package used-up");
    EXPECT_EQ(m_service.account(m_client).packages[0].visitsLeft(), 0);
}

TEST_F(Billing, APackageServesOnlyItsClientAndService)
{
    const PackageSold sold = m_service.sellPackage(m_client, m_treatment, 5, 45000, {});
    const ClientId other = addClient("Liam", "Nguyen");
    EXPECT_EQ(refusalOf([&] { m_service.checkOut(visit(Date(2026, 3, 10), schedule::AppointmentStatus::Completed, other), {}, sold.package.id); }),
              "package other-visit");
    EXPECT_EQ(refusalOf([&] { m_service.sellPackage(m_client, m_treatment, 0, 45000, {}); }), "visits range");
    EXPECT_EQ(refusalOf([&] { m_service.sellPackage(m_client, m_treatment, 5, 45000, {payByCertificate("x", 100)}); }),
              "payments[0].method money-only");
}

TEST_F(Billing, AGiftCertificateIsRedeemedInPartsUntilItsBalanceIsSpent)
{
    const ClientId buyer = addClient("Ana", "Nakamura");
    const GiftCertificateSold sold =
        m_service.sellGiftCertificate(buyer, "Zoë Martin", 15000, {pay(PaymentMethod::Cash, 15000)});
    EXPECT_EQ(sold.certificate.code.size(), 12u);
    EXPECT_TRUE(sold.certificate.code.starts_with("GC-"));
    EXPECT_EQ(sold.sale.invoice.lines[0].kind, ChargeKind::GiftCertificateSale);
    EXPECT_EQ(sold.sale.invoice.taxCents, 0);
    EXPECT_EQ(sold.sale.invoice.clientId, buyer);

    const PaidInvoice first = m_service.checkOut(visit(Date(2026, 3, 10)), {payByCertificate(sold.certificate.code, 10735)});
    EXPECT_EQ(first.balanceDueCents(), 0);
    EXPECT_EQ(m_service.giftCertificate(sold.certificate.code).balanceCents(), 4265);

    std::string typed = sold.certificate.code;
    std::erase(typed, '-');
    for (char& c : typed)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const schedule::AppointmentId second = visit(Date(2026, 3, 17));
    EXPECT_EQ(refusalOf([&] { m_service.checkOut(second, {payByCertificate(typed, 5000)}); }),
              "payments[0].amount gift-balance");
    const PaidInvoice rest =
        m_service.checkOut(second, {payByCertificate(typed, 4265), pay(PaymentMethod::Card, 6470)});
    EXPECT_EQ(rest.balanceDueCents(), 0);
    EXPECT_EQ(m_service.giftCertificate(sold.certificate.code).balanceCents(), 0);
    EXPECT_EQ(refusalOf([&] { m_service.checkOut(visit(Date(2026, 3, 24)), {payByCertificate("GC-NONE-NONE", 100)}); }),
              "payments[0].code not-found");
}

TEST_F(Billing, AVisitPaidByGiftCertificateGetsAReceiptOfNothingPaidByTheClient)
{
    const ClientId buyer = addClient("Ana", "Nakamura");
    const GiftCertificateSold sold = m_service.sellGiftCertificate(buyer, "Zoë", 20000, {pay(PaymentMethod::Card, 20000)});
    const PaidInvoice paid = m_service.checkOut(visit(Date(2026, 3, 10)), {payByCertificate(sold.certificate.code, 10735)});
    const ReceiptData receipt = m_service.receipt(paid.invoice.id, false);
    EXPECT_EQ(receipt.paidByClientCents(), 0);
    EXPECT_EQ(receipt.balanceDueCents(), 0);
    EXPECT_EQ(receipt.invoice.totalCents, 10735);
    const ReceiptData sale = m_service.receipt(sold.sale.invoice.id, true);
    ASSERT_TRUE(sale.giftCertificate);
    EXPECT_EQ(sale.giftCertificate->code, sold.certificate.code);
    EXPECT_TRUE(sale.duplicate);
}

} // namespace
} // namespace knotwork::billing
