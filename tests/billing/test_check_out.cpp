// Check-out: a visit's charge comes from its appointment (the service's fee with tax, the policy's
// fee for a late cancellation or a no-show), and is issued with its payments in one action.
#include "billing_fixture.h"

namespace knotwork::billing {
namespace {

using schedule::AppointmentStatus;

TEST_F(Billing, AVisitIsChargedItsServicesFeeWithTheTaxRoundedToTheCent)
{
    const Invoice charge = m_service.chargeForVisit(visit(Date(2026, 3, 10)));
    ASSERT_EQ(charge.lines.size(), 1u);
    EXPECT_EQ(charge.lines[0].kind, ChargeKind::Visit);
    EXPECT_EQ(charge.lines[0].description, "Massage Therapy treatment, 60 min");
    EXPECT_EQ(charge.lines[0].minutes, 60);
    EXPECT_EQ(charge.lines[0].serviceDate, Date(2026, 3, 10));
    EXPECT_EQ(charge.subtotalCents, 9500);
    EXPECT_EQ(charge.taxCents, 1235);
    EXPECT_EQ(charge.totalCents, 10735);
    EXPECT_EQ(charge.taxName, "HST");
    EXPECT_EQ(charge.billedTo, "Zoë Martin");
    EXPECT_EQ(charge.number, 0) << "a charge is not an invoice until checked out";
    EXPECT_TRUE(m_service.account(m_client).invoices.empty());
}

TEST_F(Billing, AnUntaxedServiceIsChargedNoTax)
{
    for (schedule::Service service : m_practice.scheduleStore.services())
        if (service.id == m_treatment) {
            service.taxable = false;
            m_practice.scheduleStore.updateService(service);
        }
    const Invoice charge = m_service.chargeForVisit(visit(Date(2026, 3, 10)));
    EXPECT_EQ(charge.taxCents, 0);
    EXPECT_EQ(charge.totalCents, 9500);
}

TEST_F(Billing, LateCancellationAndNoShowFeesIncludeTheirTax)
{
    const Invoice late = m_service.chargeForVisit(visit(Date(2026, 3, 9), AppointmentStatus::LateCancelled));
    EXPECT_EQ(late.lines[0].kind, ChargeKind::LateCancellation);
    EXPECT_EQ(late.totalCents, 4000) << "the policy's fee is what the client pays";
    EXPECT_EQ(late.taxCents, 460);
    EXPECT_EQ(late.subtotalCents, 3540);
    const Invoice missed = m_service.chargeForVisit(visit(Date(2026, 3, 8), AppointmentStatus::NoShow));
    EXPECT_EQ(missed.lines[0].kind, ChargeKind::NoShow);
    EXPECT_EQ(missed.totalCents, 6000);
}

TEST_F(Billing, OnlyAVisitThatHappenedOrWasMissedIsCharged)
{
    EXPECT_EQ(refusalOf([&] { m_service.chargeForVisit(visit(Date(2026, 3, 12), AppointmentStatus::Booked)); }),
              "visit not-chargeable");
    EXPECT_EQ(refusalOf([&] { m_service.chargeForVisit(visit(Date(2026, 3, 12), AppointmentStatus::Cancelled)); }),
              "visit not-chargeable");
    schedule::CancellationPolicy free;
    m_practice.scheduleStore.setCancellationPolicy(free);
    EXPECT_EQ(refusalOf([&] { m_service.chargeForVisit(visit(Date(2026, 3, 9), AppointmentStatus::NoShow)); }),
              "visit no-fee");
    EXPECT_THROW(m_service.chargeForVisit(999), NotFoundError);
}

TEST_F(Billing, CheckOutIssuesTheNextNumberWithASplitPaymentInOneAction)
{
    const PaidInvoice first = m_service.checkOut(visit(Date(2026, 3, 10)),
                                                 {pay(PaymentMethod::Card, 8000, 1500), pay(PaymentMethod::Cash, 2735)});
    EXPECT_EQ(first.invoice.number, 1);
    EXPECT_EQ(first.invoice.issuedOn, Date(2026, 3, 10));
    ASSERT_EQ(first.payments.size(), 2u);
    EXPECT_EQ(first.paidCents(), 10735);
    EXPECT_EQ(first.balanceDueCents(), 0);
    EXPECT_EQ(first.payments[0].tipCents, 1500) << "the tip is kept on its payment, apart from the invoice";
    EXPECT_EQ(first.invoice.totalCents, 10735);

    const PaidInvoice second = m_service.checkOut(visit(Date(2026, 3, 11)), {});
    EXPECT_EQ(second.invoice.number, 2);
    EXPECT_EQ(second.balanceDueCents(), 10735) << "paid later";
    EXPECT_EQ(m_service.account(m_client).balanceCents, 10735);
}

TEST_F(Billing, AVisitIsCheckedOutOnce)
{
    const schedule::AppointmentId id = visit(Date(2026, 3, 10));
    m_service.checkOut(id, {pay(PaymentMethod::Card, 10735)});
    EXPECT_EQ(refusalOf([&] { m_service.checkOut(id, {}); }), "visit invoiced");
    EXPECT_EQ(m_service.account(m_client).invoices.size(), 1u);
}

TEST_F(Billing, PaymentsBeyondTheTotalAreRefusedAndNothingIsIssued)
{
    const schedule::AppointmentId id = visit(Date(2026, 3, 10));
    EXPECT_EQ(refusalOf([&] {
                  m_service.checkOut(id, {pay(PaymentMethod::Card, 10000), pay(PaymentMethod::Cash, 1000)});
              }),
              "payments[1].amount more-than-due");
    EXPECT_EQ(refusalOf([&] { m_service.checkOut(id, {pay(PaymentMethod::Card, 0)}); }), "payments[0].amount range");
    EXPECT_EQ(refusalOf([&] { m_service.checkOut(id, {pay(PaymentMethod::Card, 100, -5)}); }), "payments[0].tip range");
    EXPECT_EQ(refusalOf([&] { m_service.checkOut(id, {pay(PaymentMethod::Package, 100)}); }),
              "payments[0].method package-at-check-out");
    EXPECT_FALSE(m_service.invoiceForVisit(id));
    EXPECT_EQ(m_service.settings().nextInvoiceNumber, 1) << "no number was used up";
}

TEST_F(Billing, APartialPaymentLeavesABalanceThatALaterPaymentSettles)
{
    const PaidInvoice checkedOut = m_service.checkOut(visit(Date(2026, 3, 10)), {pay(PaymentMethod::Cash, 5000)});
    EXPECT_EQ(checkedOut.balanceDueCents(), 5735);
    setToday(Date(2026, 3, 17));
    const PaidInvoice settled =
        m_service.takePayments(checkedOut.invoice.id, {pay(PaymentMethod::ETransfer, 5735)});
    EXPECT_EQ(settled.balanceDueCents(), 0);
    EXPECT_EQ(settled.payments.back().receivedOn, Date(2026, 3, 17));
    EXPECT_EQ(refusalOf([&] { m_service.takePayments(checkedOut.invoice.id, {pay(PaymentMethod::Cash, 1)}); }),
              "payments[0].amount more-than-due");
}

TEST_F(Billing, AMonthsInvoicesComeWithTheirPaymentsEvenThoseOfTheNextMonth)
{
    setToday(Date(2026, 3, 30));
    const PaidInvoice owing = m_service.checkOut(visit(Date(2026, 3, 30)), {pay(PaymentMethod::Cash, 5000)});
    setToday(Date(2026, 3, 31));
    const ClientId ada = addClient("Ada", "Adams");
    const PaidInvoice paid = m_service.checkOut(visit(Date(2026, 3, 31), schedule::AppointmentStatus::Completed, ada),
                                                {pay(PaymentMethod::Card, 10735)});
    setToday(Date(2026, 4, 2));
    m_service.takePayments(owing.invoice.id, {pay(PaymentMethod::ETransfer, 5735)});
    m_service.checkOut(visit(Date(2026, 4, 2)), {pay(PaymentMethod::Card, 10735)});

    const std::vector<PaidInvoice> march = m_service.invoicesIssuedBetween(Date(2026, 3, 1), Date(2026, 3, 31));
    ASSERT_EQ(march.size(), 2u);
    EXPECT_EQ(march[0].invoice.id, owing.invoice.id);
    ASSERT_EQ(march[0].payments.size(), 2u) << "settled in April, still shown with March's invoice";
    EXPECT_EQ(march[0].payments[1].method, PaymentMethod::ETransfer);
    EXPECT_EQ(march[0].balanceDueCents(), 0);
    EXPECT_EQ(march[1].invoice.clientId, ada);
    EXPECT_EQ(march[1].payments, paid.payments);
}

TEST_F(Billing, ARefundGivesBackNoMoreThanWasPaidByThatMethod)
{
    const PaidInvoice paid = m_service.checkOut(visit(Date(2026, 3, 10)),
                                                {pay(PaymentMethod::Card, 8000), pay(PaymentMethod::Cash, 2735)});
    EXPECT_EQ(refusalOf([&] { m_service.refund(paid.invoice.id, PaymentMethod::Cash, 3000, "overcharged"); }),
              "amount more-than-paid");
    EXPECT_EQ(refusalOf([&] { m_service.refund(paid.invoice.id, PaymentMethod::Card, 1000, ""); }), "reason required");
    const PaidInvoice refunded = m_service.refund(paid.invoice.id, PaymentMethod::Card, 1000, "overcharged");
    EXPECT_EQ(refunded.payments.back().amountCents, -1000);
    EXPECT_EQ(refunded.payments.back().reason, "overcharged");
    EXPECT_EQ(refunded.balanceDueCents(), 1000);
}

} // namespace
} // namespace knotwork::billing
