// Billing's screens over a week booked by the test (Monday 23 November 2026, noon), with HST at
// 13 % and every service at $95: checking a visit out from Today with the payment split across
// two methods and a tip, a refused amount kept on screen, the client's Billing tab with its
// invoices, payments and balance, and the practice's Billing view of the month and the year;
// screenshots of each.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <stdexcept>
#include <wx/button.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "billing/ui/billing_view.h"
#include "billing/ui/checkout_dialog.h"
#include "billing_test.h"
#include "client_views.h"
#include "common/ui/accessibility.h"
#include "common/ui/text_table.h"
#include "common/ui/wx_text.h"
#include "form_driver.h"
#include "screenshot.h"

namespace knotwork::gui {
namespace {

using billing::Cents;
using billing::PaymentMethod;
using ::testing::HasSubstr;
using testing::processEvents;
using testing::RunningApp;

TEST_F(Billing, ChecksOutTodaysVisitWithThePaymentSplitAcrossTwoMethodsAndATip)
{
    arrive(m_week.mondayMorning);
    const billing::Invoice charge = billingService().chargeForVisit(m_week.mondayMorning);
    ASSERT_GT(charge.taxCents, 0);
    frame().showView(View::Today);
    testing::windowNamed<ui::TextTable>("todays-visit-list").selectRow(0);
    auto& checkOut = testing::windowNamed<wxButton>("check-out-visit");
    ASSERT_TRUE(checkOut.IsEnabled()) << "the client arrived";
    EXPECT_EQ(ui::toUtf8(ui::accessibleName(checkOut)), "Check out");

    std::string outcome;
    testing::answerNextDialog([&](wxDialog& dialog) {
        EXPECT_EQ(labelOf(dialog, "checkout-total"), money(charge.totalCents));
        EXPECT_THAT(labelOf(dialog, "checkout-tax"), HasSubstr("HST " + money(charge.taxCents)));
        EXPECT_EQ(ui::toUtf8(testing::child<wxTextCtrl>(dialog, "payments[0].amount").GetValue()),
                  billing::plainMoney(charge.totalCents))
            << "the amount starts as the balance";
        testing::type(dialog, "payments[0].amount", "50");
        testing::type(dialog, "payments[0].tip", "10");
        testing::click(dialog, "payments.add");
        EXPECT_EQ(ui::toUtf8(testing::child<wxTextCtrl>(dialog, "payments[1].amount").GetValue()),
                  billing::plainMoney(charge.totalCents - 5000))
            << "another method starts with what is left";
        testing::choose(dialog, "payments[1].method", 1);  // cash
        testing::click(dialog, "checkout-confirm");
        outcome = labelOf(dialog, "checkout-outcome");
        testing::saveScreenshot(dialog, "billing-checkout-done");
        testing::click(closeButton(dialog));
    });
    testing::click(checkOut);

    EXPECT_EQ(outcome, "Checked out: INV-000001, " + money(charge.totalCents) + " paid, " + money(0) + " owing.");
    const std::optional<billing::PaidInvoice> invoice = billingService().invoiceForVisit(m_week.mondayMorning);
    ASSERT_TRUE(invoice);
    EXPECT_EQ(invoice->invoice.totalCents, charge.totalCents);
    ASSERT_EQ(invoice->payments.size(), 2U);
    EXPECT_EQ(invoice->payments[0].method, PaymentMethod::Card);
    EXPECT_EQ(invoice->payments[0].amountCents, 5000);
    EXPECT_EQ(invoice->payments[0].tipCents, 1000);
    EXPECT_EQ(invoice->payments[1].method, PaymentMethod::Cash);
    EXPECT_EQ(invoice->payments[1].amountCents, charge.totalCents - 5000);
    EXPECT_EQ(invoice->balanceDueCents(), 0);
}

TEST_F(Billing, PrintingAReceiptLogsItAndOpensItInThePdfViewerAReprintAsADuplicate)
{
    arrive(m_week.mondayMorning);
    const billing::PaidInvoice paid = billingService().checkOut(m_week.mondayMorning, {});
    std::vector<std::filesystem::path> opened;
    const billing::ui::BillingDocuments documents = documentsPrintingInto(opened);
    documents.receipts.print(&frame(), paid.invoice.id);
    documents.receipts.print(&frame(), paid.invoice.id);

    ASSERT_EQ(opened.size(), 2U);
    EXPECT_NE(opened[0], opened[1]) << "each print has a file of its own";
    for (const std::filesystem::path& file : opened) {
        ASSERT_TRUE(std::filesystem::exists(file)) << file;
        EXPECT_EQ(std::filesystem::status(file.parent_path()).permissions() & std::filesystem::perms::all,
                  std::filesystem::perms::owner_all)
            << "a receipt names the client: only its owner reads the folder";
    }
    EXPECT_EQ(receiptsLogged(paid), 2) << "each printed copy is in the disclosure log, which makes the second a duplicate";
    for (const std::filesystem::path& file : opened)
        std::filesystem::remove_all(file.parent_path());
}

TEST_F(Billing, AnAmountThatIsNoAmountIsMarkedAndKeptWithNothingSaved)
{
    arrive(m_week.mondayMorning);
    std::string message;
    wxString kept;
    testing::answerNextDialog([&](wxDialog& dialog) {
        auto& checkout = dynamic_cast<billing::ui::CheckoutDialog&>(dialog);
        testing::type(dialog, "payments[0].amount", "eighty");
        testing::click(dialog, "checkout-confirm");
        message = ui::toUtf8(checkout.markers().messageFor("payments[0].amount"));
        kept = testing::child<wxTextCtrl>(dialog, "payments[0].amount").GetValue();
        EXPECT_TRUE(testing::child<wxButton>(dialog, "checkout-confirm").IsEnabled());
        testing::saveScreenshot(dialog, "billing-checkout-refused");
        checkout.setDiscardQuestion([] { return true; });
        testing::click(closeButton(dialog));
    });
    frame().showView(View::Today);
    testing::windowNamed<ui::TextTable>("todays-visit-list").selectRow(0);
    testing::click(frame(), "check-out-visit");

    EXPECT_FALSE(message.empty());
    EXPECT_EQ(kept, "eighty");
    EXPECT_FALSE(billingService().invoiceForVisit(m_week.mondayMorning)) << "nothing is issued on a refusal";
}

TEST_F(Billing, TheClientsBillingTabListsInvoicesWithTheirPaymentsAndTheBalance)
{
    arrive(m_week.mondayMorning);
    const billing::PaidInvoice partly =
        billingService().checkOut(m_week.mondayMorning, {payment(PaymentMethod::Card, 2000)});
    const Cents owing = partly.invoice.totalCents - 2000;
    frame().openClient(m_week.odile, "chart-billing");
    processEvents();

    auto& invoices = testing::windowNamed<ui::TextTable>("billing-invoices");
    ASSERT_EQ(ui::accessibleRowCount(invoices), 1);
    EXPECT_EQ(cellOf("billing-invoices", 0, 0), "INV-000001");
    EXPECT_EQ(cellOf("billing-invoices", 0, 3), money(partly.invoice.totalCents));
    EXPECT_EQ(cellOf("billing-invoices", 0, 4), money(owing));
    EXPECT_EQ(labelOf(frame(), "billing-balance"), "Owes " + money(owing));
    invoices.selectRow(0);
    ASSERT_EQ(ui::accessibleRowCount(testing::windowNamed<ui::TextTable>("billing-payments")), 1);
    EXPECT_EQ(cellOf("billing-payments", 0, 1), "Debit or credit card");
    EXPECT_FALSE(testing::windowNamed<wxButton>("billing-void").IsEnabled()) << "a payment remains on it";

    testing::answerNextDialog([&](wxDialog& dialog) {
        EXPECT_EQ(ui::toUtf8(testing::child<wxTextCtrl>(dialog, "payments[0].amount").GetValue()),
                  billing::plainMoney(owing));
        testing::choose(dialog, "payments[0].method", 1);  // cash
        testing::clickSave(dialog);
    });
    testing::click(frame(), "billing-take-payment");
    EXPECT_EQ(billingService().invoice(partly.invoice.id).balanceDueCents(), 0);
    EXPECT_EQ(labelOf(frame(), "billing-balance"), "Nothing owing");
    EXPECT_EQ(cellOf("billing-invoices", 0, 4), money(0));
    ASSERT_EQ(ui::accessibleRowCount(testing::windowNamed<ui::TextTable>("billing-payments")), 2)
        << "the invoice stays chosen, its payments beneath";
    EXPECT_EQ(cellOf("billing-payments", 1, 1), "Cash");

    const schedule::Appointment visit = *practice().scheduleService().book().findAppointment(m_week.mondayMorning);
    billingService().sellPackage(m_week.odile, visit.serviceId, 5, 45000, {payment(PaymentMethod::Card, 45000)});
    frame().recordChanged({clients::ui::RecordKind::Billing, m_week.odile});
    processEvents();
    ASSERT_EQ(ui::accessibleRowCount(testing::windowNamed<ui::TextTable>("billing-prepaid")), 1);
    EXPECT_EQ(cellOf("billing-prepaid", 0, 1), "5 visits of 5");
    EXPECT_EQ(cellOf("billing-prepaid", 0, 2), money(45000));
    EXPECT_EQ(ui::accessibleRowCount(invoices), 2) << "the package's sale is an invoice of its own";
    testing::saveScreenshot(frame(), "billing-tab");
}

TEST_F(Billing, TheBillingViewListsTheMonthsInvoicesWithTotalsAndTheYearByMethod)
{
    arrive(m_week.mondayMorning);
    arrive(m_week.mondayAfternoon);
    const Cents odile = billingService().chargeForVisit(m_week.mondayMorning).totalCents;
    billingService().checkOut(m_week.mondayMorning, {payment(PaymentMethod::Card, odile)});
    const billing::PaidInvoice zoe = billingService().checkOut(m_week.mondayAfternoon, {});
    const Cents tax = billingService().invoiceForVisit(m_week.mondayMorning)->invoice.taxCents + zoe.invoice.taxCents;
    frame().recordChanged({clients::ui::RecordKind::Billing});
    frame().showView(View::Billing);
    processEvents();

    auto& view = testing::windowNamed<billing::ui::BillingView>("billing");
    EXPECT_EQ(labelOf(view, "billing-month"), "Invoices of November 2026");
    ASSERT_EQ(ui::accessibleRowCount(view.invoiceList()), 2);
    EXPECT_EQ(cellOf("billing-month-invoices", 0, 2), "Odile Quarrington");
    EXPECT_EQ(cellOf("billing-month-invoices", 1, 2), "Zoë Martin");
    EXPECT_EQ(cellOf("billing-month-invoices", 1, 5), money(zoe.invoice.totalCents));
    EXPECT_EQ(labelOf(view, "billing-totals"), "2 invoices: " + money(odile + zoe.invoice.totalCents) + " invoiced (tax "
                                                   + money(tax) + "), " + money(odile) + " paid, "
                                                   + money(zoe.invoice.totalCents) + " owing.");
    ASSERT_EQ(ui::accessibleRowCount(view.yearList()), 13) << "twelve months and the year";
    EXPECT_EQ(cellOf("billing-year", 10, 2), money(odile)) << "November's card payments";
    EXPECT_EQ(cellOf("billing-year", 10, 1), money(0)) << "no cash";
    EXPECT_EQ(cellOf("billing-year", 12, 0), "Year");
    EXPECT_EQ(cellOf("billing-year", 12, 5), money(odile)) << "received in the year";
    testing::saveScreenshot(frame(), "billing-view");

    testing::click(view, "billing-previous-month");
    EXPECT_EQ(labelOf(view, "billing-month"), "Invoices of October 2026");
    EXPECT_EQ(ui::accessibleRowCount(view.invoiceList()), 0);
    testing::click(view, "billing-next-month");
    EXPECT_EQ(ui::accessibleRowCount(view.invoiceList()), 2);
}

TEST_F(Billing, AHiddenBillingViewReadsWhatChangedWhenItIsShownAgain)
{
    frame().showView(View::Billing);
    processEvents();
    auto& view = testing::windowNamed<billing::ui::BillingView>("billing");
    ASSERT_EQ(ui::accessibleRowCount(view.invoiceList()), 0);

    frame().showView(View::Today);
    processEvents();
    arrive(m_week.mondayMorning);
    billingService().checkOut(m_week.mondayMorning, {});
    frame().recordChanged({clients::ui::RecordKind::Billing});
    processEvents();
    EXPECT_EQ(ui::accessibleRowCount(view.invoiceList()), 0)
        << "a hidden view does not read the month and the year at every change of a record";

    frame().showView(View::Billing);
    processEvents();
    EXPECT_EQ(ui::accessibleRowCount(view.invoiceList()), 1);
    EXPECT_EQ(cellOf("billing-year", 12, 0), "Year");
    const Cents fee = billingService().invoiceForVisit(m_week.mondayMorning)->invoice.subtotalCents;
    EXPECT_EQ(cellOf("billing-year", 12, 7), money(fee)) << "the year's fees, read again with the month";
}

} // namespace
} // namespace knotwork::gui
