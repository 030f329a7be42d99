// A mistake on an invoice: voided with its reason (kept, marked void) and the visit checked out
// again with the next number, or corrected in one action that carries the payments over.
#include "billing_fixture.h"

namespace knotwork::billing {
namespace {

TEST_F(Billing, AnUnpaidInvoiceIsVoidedWithItsReasonAndTheVisitCheckedOutAgain)
{
    const schedule::AppointmentId id = visit(Date(2026, 3, 10));
    const PaidInvoice first = m_service.checkOut(id, {});
    EXPECT_EQ(refusalOf([&] { m_service.voidInvoice(first.invoice.id, " "); }), "reason required");
    const Invoice voided = m_service.voidInvoice(first.invoice.id, "Wrong client");
    EXPECT_TRUE(voided.isVoid());
    EXPECT_EQ(voided.voidReason, "Wrong client");
    EXPECT_EQ(voided.voidedAt, m_now);
    EXPECT_EQ(refusalOf([&] { m_service.voidInvoice(first.invoice.id, "again"); }), "invoice void");

    const PaidInvoice again = m_service.checkOut(id, {pay(PaymentMethod::Card, 10735)});
    EXPECT_EQ(again.invoice.number, 2) << "the void one keeps its number: no gap, no reuse";
    const ClientAccount account = m_service.account(m_client);
    ASSERT_EQ(account.invoices.size(), 2u);
    EXPECT_EQ(account.balanceCents, 0) << "a void invoice is not owed";
}

TEST_F(Billing, APaidInvoiceIsNotVoidedUntilItsPaymentsAreRefunded)
{
    const PaidInvoice paid = m_service.checkOut(visit(Date(2026, 3, 10)), {pay(PaymentMethod::Cash, 10735)});
    EXPECT_EQ(refusalOf([&] { m_service.voidInvoice(paid.invoice.id, "Duplicate"); }), "invoice paid");
    m_service.refund(paid.invoice.id, PaymentMethod::Cash, 10735, "Duplicate");
    EXPECT_TRUE(m_service.voidInvoice(paid.invoice.id, "Duplicate").isVoid());
}

TEST_F(Billing, ACorrectionVoidsTheOldInvoiceAndCarriesItsPaymentsToTheNewOne)
{
    const PaidInvoice paid = m_service.checkOut(visit(Date(2026, 3, 10)), {pay(PaymentMethod::Card, 5000, 1000)});
    setToday(Date(2026, 3, 12));
    std::vector<InvoiceLine> lines = paid.invoice.lines;
    lines[0].amountCents = 8500;
    lines[0].description = "Massage Therapy treatment, 60 min (returning-client rate)";
    const PaidInvoice corrected = m_service.correctInvoice(paid.invoice.id, "Wrong rate", lines);

    EXPECT_EQ(corrected.invoice.number, 2);
    EXPECT_EQ(corrected.invoice.replaces, paid.invoice.id);
    EXPECT_EQ(corrected.invoice.subtotalCents, 8500);
    EXPECT_EQ(corrected.invoice.taxCents, 1105);
    EXPECT_EQ(corrected.invoice.totalCents, 9605);
    EXPECT_EQ(corrected.invoice.lines[0].appointmentId, paid.invoice.lines[0].appointmentId);
    ASSERT_EQ(corrected.payments.size(), 1u);
    EXPECT_EQ(corrected.payments[0].amountCents, 5000);
    EXPECT_EQ(corrected.payments[0].receivedOn, Date(2026, 3, 10)) << "the money came in when it came in";
    EXPECT_EQ(corrected.balanceDueCents(), 4605);

    const PaidInvoice old = m_service.invoice(paid.invoice.id);
    EXPECT_TRUE(old.invoice.isVoid());
    EXPECT_EQ(old.invoice.voidReason, "Wrong rate");
    EXPECT_EQ(old.paidCents(), 0);
    EXPECT_EQ(m_service.account(m_client).balanceCents, 4605);
    const YearReport year = m_service.yearReport(2026);
    EXPECT_EQ(year.total().receivedCents(), 5000) << "moving a payment is not income";
    EXPECT_EQ(year.total().tipsCents, 1000) << "nor is its tip counted twice";
}

TEST_F(Billing, ACorrectionBelowWhatWasPaidIsRefusedAndChangesNothing)
{
    const PaidInvoice paid = m_service.checkOut(visit(Date(2026, 3, 10)), {pay(PaymentMethod::Card, 10735)});
    std::vector<InvoiceLine> lines = paid.invoice.lines;
    lines[0].amountCents = 5000;
    EXPECT_EQ(refusalOf([&] { m_service.correctInvoice(paid.invoice.id, "Wrong rate", lines); }),
              "lines less-than-paid");
    lines.push_back(lines[0]);
    EXPECT_EQ(refusalOf([&] { m_service.correctInvoice(paid.invoice.id, "Wrong rate", lines); }),
              "lines same-lines");
    EXPECT_FALSE(m_service.invoice(paid.invoice.id).invoice.isVoid());
}

} // namespace
} // namespace knotwork::billing
