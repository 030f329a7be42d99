// Billing's windows on the demo practice fit a laptop's screen: the check-out of a visit with a
// split payment, taking the rest of a payment and a refund, the sale of a package and of a gift
// certificate, and the period of a statement (the suite is instantiated in
// test_window_fit.cpp; the main window's Billing view is checked with the other views there).
#include <stdexcept>
#include <gtest/gtest.h>

#include "billing/billing_service.h"
#include "billing/ui/checkout_dialog.h"
#include "billing/ui/payment_dialogs.h"
#include "billing/ui/payment_rows_editor.h"
#include "billing/ui/period_dialog.h"
#include "billing/ui/prepaid_sale_dialogs.h"
#include "window_fit_test.h"

namespace knotwork::gui {
namespace {

using testing::WindowFit;

billing::BillingService& billingOf(app::PracticeContext& practice)
{
    auto* billing = practice.services().find<billing::BillingService>();
    if (!billing)
        throw std::runtime_error("the practice offers no billing service");
    return *billing;
}

// A visit of the demo practice in the last two months that took place and is not invoiced yet.
schedule::Appointment visitToCheckOut(app::PracticeContext& practice)
{
    billing::BillingService& billing = billingOf(practice);
    schedule::ScheduleService& book = practice.scheduleService();
    const Date today = book.clock().today();
    for (const schedule::Appointment& visit : book.book().appointmentsBetween(
             localTimeOn(today - boost::gregorian::days(60), {}), localTimeOn(today + boost::gregorian::days(1), {})))
        if (schedule::mayCheckOut(visit.status) && !billing.invoiceForVisit(visit.id))
            return visit;
    throw std::runtime_error("the demo practice has no visit to check out");
}

TEST_P(WindowFit, BillingsDialogs)
{
    billing::BillingService& billing = billingOf(practice());
    const schedule::Appointment visit = visitToCheckOut(practice());
    const billing::Invoice charge = billing.chargeForVisit(visit.id);
    auto& checkOut = show(new billing::ui::CheckoutDialog(&frame(), billing, visit.id, charge, {}, {}));
    checkOut.payments().addRow();  // a split: a second method
    expectFits(checkOut, "checkout");

    billing::PaymentDraft part;
    part.method = billing::PaymentMethod::Card;
    part.amountCents = charge.totalCents / 2;
    const billing::PaidInvoice partly = billing.checkOut(visit.id, {part});
    expectFits(show(new billing::ui::TakePaymentDialog(&frame(), billing, partly)), "take_payment");
    expectFits(show(new billing::ui::RefundDialog(&frame(), billing, partly)), "refund");

    auto& package = show(new billing::ui::SellPackageDialog(&frame(), billing, visit.clientId,
                                                            practice().scheduleService().book().services(), {}));
    package.payments().addRow();
    expectFits(package, "sell_package");
    expectFits(show(new billing::ui::SellGiftCertificateDialog(&frame(), billing, visit.clientId, {})), "sell_gift");
    const Date today = practice().scheduleService().clock().today();
    expectFits(show(new billing::ui::PeriodDialog(&frame(), "Save a statement", "&Save", today, today)), "period");
}

} // namespace
} // namespace knotwork::gui
