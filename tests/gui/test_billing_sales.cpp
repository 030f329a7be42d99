// Prepayments sold from the client's Billing tab over a week booked by the test (Monday 23
// November 2026, noon), with HST at 13 % and every service at $95: a package sold through its
// dialog and a visit checked out from it, a gift certificate sold with its code shown, and
// refusals that keep what was typed with nothing sold; the period a statement covers and a
// superbill refused for what it lacks; screenshots of each.
#include <algorithm>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <optional>
#include <stdexcept>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "app/gui/main_frame.h"
#include "app/practice/practice_context.h"
#include "billing/billing_service.h"
#include "billing/ui/billing_tab.h"
#include "billing/ui/prepaid_sale_dialogs.h"
#include "billing_test.h"
#include "client_views.h"
#include "common/ui/text_table.h"
#include "common/ui/wx_text.h"
#include "form_driver.h"
#include "gui_test_support.h"
#include "reports/billing_exporter.h"
#include "schedule_book.h"
#include "screenshot.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace knotwork::gui {
namespace {

using billing::Cents;
using ::testing::HasSubstr;
using ::testing::MatchesRegex;
using testing::processEvents;
using testing::RunningApp;

std::string typedIn(wxWindow& root, const char* name)
{
    return ui::toUtf8(testing::child<wxTextCtrl>(root, name).GetValue());
}

class BillingSales : public Billing {
protected:
    void SetUp() override
    {
        Billing::SetUp();
        frame().openClient(m_week.odile, "chart-billing");
        processEvents();
    }

    // The receipt's text as pdftotext reads it, on one line.
    std::string receiptText(billing::InvoiceId invoice)
    {
        const std::filesystem::path file = m_dir / "receipt.pdf";
        reports::BillingDocumentExporter(practice().sharingService(), billingService()).receipt(invoice, file);
        std::string text = knotwork::testing::runProcess({"/usr/bin/pdftotext", file.string(), "-"}).out;
        std::replace(text.begin(), text.end(), '\n', ' ');
        return text;
    }

    knotwork::testing::TempDir m_dir;
};

TEST_F(BillingSales, APackageSoldFromTheTabPaysAVisitCheckedOutFromIt)
{
    const Cents perVisit = 9500 + billing::taxOn(9500, 1300);
    std::string offered;
    std::string outcome;
    schedule::ScheduleStore& book = practice().scheduleService().book();
    const schedule::ServiceId visitService = book.findAppointment(m_week.mondayMorning)->serviceId;
    const std::vector<schedule::Service> services = book.services();
    const auto service = std::ranges::find(services, visitService, &schedule::Service::id);
    ASSERT_NE(service, services.end());
    testing::answerNextDialog([&](wxDialog& dialog) {
        offered = typedIn(dialog, "price");
        auto& choice = testing::child<wxChoice>(dialog, "service");
        for (unsigned i = 0; i < choice.GetCount(); ++i)
            if (choice.GetString(i).StartsWith(ui::toWx(service->name)))
                testing::choose(dialog, "service", static_cast<int>(i));  // the service of the visit to come
        testing::type(dialog, "visits", "4");
        EXPECT_EQ(typedIn(dialog, "price"), billing::plainMoney(4 * perVisit)) << "the price follows the visits";
        testing::type(dialog, "price", "400");
        EXPECT_EQ(typedIn(dialog, "payments[0].amount"), "400.00") << "the payment starts as the price";
        testing::click(dialog, "sale-confirm");
        outcome = labelOf(dialog, "sale-outcome");
        testing::saveScreenshot(dialog, "billing-sell-package");
        testing::click(closeButton(dialog));
    });
    testing::click(frame(), "billing-sell-package");

    EXPECT_EQ(offered, billing::plainMoney(5 * perVisit)) << "five visits at the fee with its tax";
    const billing::ClientAccount account = billingService().account(m_week.odile);
    ASSERT_EQ(account.packages.size(), 1U);
    const billing::Package package = account.packages.front();
    EXPECT_EQ(package.visits, 4);
    EXPECT_EQ(package.priceCents, 40000);
    EXPECT_EQ(outcome, "Sold the package " + package.name + ": INV-000001, " + money(40000) + " paid, " + money(0)
                           + " owing.");
    EXPECT_EQ(cellOf("billing-prepaid", 0, 1), "4 visits of 4");

    arrive(m_week.mondayMorning);
    std::string charged;
    testing::answerNextDialog([&](wxDialog& dialog) {
        testing::choose(dialog, "checkout-package", 1);
        charged = labelOf(dialog, "checkout-total");
        testing::click(dialog, "checkout-confirm");
        testing::click(closeButton(dialog));
    });
    frame().showView(View::Today);
    testing::windowNamed<ui::TextTable>("todays-visit-list").selectRow(0);
    testing::click(frame(), "check-out-visit");

    EXPECT_EQ(charged, money(package.nextVisitValue())) << "the visit is the package's share, tax included";
    const std::optional<billing::PaidInvoice> visit = billingService().invoiceForVisit(m_week.mondayMorning);
    ASSERT_TRUE(visit);
    ASSERT_EQ(visit->payments.size(), 1U);
    EXPECT_EQ(visit->payments[0].method, billing::PaymentMethod::Package);
    EXPECT_EQ(visit->balanceDueCents(), 0);
    frame().openClient(m_week.odile, "chart-billing");
    processEvents();
    EXPECT_EQ(cellOf("billing-prepaid", 0, 1), "3 visits of 4") << "the visit is taken from the package";
    testing::saveScreenshot(frame(), "billing-tab-package");
    EXPECT_THAT(receiptText(visit->invoice.id), HasSubstr("Prepaid package"));
}

TEST_F(BillingSales, AGiftCertificateSoldFromTheTabShowsItsNewCode)
{
    std::string outcome;
    testing::answerNextDialog([&](wxDialog& dialog) {
        testing::type(dialog, "amount", "75");
        testing::type(dialog, "recipient", "Maya Lin");
        testing::choose(dialog, "payments[0].method", 1);  // cash
        testing::click(dialog, "sale-confirm");
        outcome = labelOf(dialog, "sale-outcome");
        EXPECT_TRUE(testing::child<wxButton>(dialog, "sale-save-receipt").IsShown());
        testing::saveScreenshot(dialog, "billing-sell-gift");
        testing::click(closeButton(dialog));
    });
    testing::click(frame(), "billing-sell-gift");

    const billing::ClientAccount account = billingService().account(m_week.odile);
    ASSERT_EQ(account.giftCertificatesBought.size(), 1U);
    const billing::GiftCertificate certificate = account.giftCertificatesBought.front();
    EXPECT_THAT(certificate.code, MatchesRegex("GC-....-...."));
    EXPECT_EQ(certificate.recipientName, "Maya Lin");
    EXPECT_EQ(certificate.amountCents, 7500);
    EXPECT_EQ(outcome, "Gift certificate " + certificate.code + " for Maya Lin: " + money(7500) + " (" + money(7500)
                           + " paid)");
    EXPECT_EQ(cellOf("billing-prepaid", 0, 1), money(7500)) << "its balance";
    EXPECT_THAT(receiptText(account.invoices.front().invoice.id), HasSubstr(certificate.code));
}

TEST_F(BillingSales, ARefusedSaleKeepsWhatWasTypedAndSellsNothing)
{
    std::string visitsProblem;
    std::string keptVisits;
    testing::answerNextDialog([&](wxDialog& dialog) {
        auto& sale = dynamic_cast<billing::ui::PrepaidSaleDialog&>(dialog);
        testing::type(dialog, "visits", "0");
        testing::type(dialog, "price", "300");
        testing::click(dialog, "sale-confirm");
        visitsProblem = ui::toUtf8(sale.markers().messageFor("visits"));
        keptVisits = typedIn(dialog, "visits");
        EXPECT_EQ(typedIn(dialog, "price"), "300");
        EXPECT_TRUE(testing::child<wxButton>(dialog, "sale-confirm").IsEnabled());
        sale.setDiscardQuestion([] { return true; });
        testing::click(closeButton(dialog));
    });
    testing::click(frame(), "billing-sell-package");
    EXPECT_FALSE(visitsProblem.empty());
    EXPECT_EQ(keptVisits, "0");

    std::string amountProblem;
    std::string keptAmount;
    testing::answerNextDialog([&](wxDialog& dialog) {
        auto& sale = dynamic_cast<billing::ui::PrepaidSaleDialog&>(dialog);
        testing::type(dialog, "amount", "fifty");
        testing::type(dialog, "recipient", "Maya Lin");
        testing::click(dialog, "sale-confirm");
        amountProblem = ui::toUtf8(sale.markers().messageFor("amount"));
        keptAmount = typedIn(dialog, "amount");
        EXPECT_EQ(typedIn(dialog, "recipient"), "Maya Lin");
        testing::saveScreenshot(dialog, "billing-sell-gift-refused");
        sale.setDiscardQuestion([] { return true; });
        testing::click(closeButton(dialog));
    });
    testing::click(frame(), "billing-sell-gift");
    EXPECT_FALSE(amountProblem.empty());
    EXPECT_EQ(keptAmount, "fifty");

    const billing::ClientAccount account = billingService().account(m_week.odile);
    EXPECT_TRUE(account.packages.empty());
    EXPECT_TRUE(account.giftCertificatesBought.empty());
    EXPECT_TRUE(account.invoices.empty()) << "nothing is issued on a refusal";
}

// The period the tab asked the writer for, once it was asked.
struct PeriodAsked {
    clients::ClientId client = 0;
    std::optional<Date> from;
    std::optional<Date> to;
};

billing::ui::BillingDocuments::PeriodDocument recordPeriod(PeriodAsked& asked)
{
    return [&asked](wxWindow*, clients::ClientId client, const Date& from, const Date& to) {
        asked = {client, from, to};
    };
}

void acceptPeriod(wxDialog& dialog, const char* shot)
{
    testing::saveScreenshot(dialog, shot);
    testing::click(*dynamic_cast<wxButton*>(dialog.FindWindow(wxID_OK)));
}

TEST_F(BillingSales, AStatementCoversTheYearToDateOrTheChosenInvoicesVisit)
{
    PeriodAsked statement;
    PeriodAsked superbill;
    auto& tab = testing::windowNamed<billing::ui::BillingTab>("chart-billing");
    tab.setPeriodDocuments(recordPeriod(statement), recordPeriod(superbill));
    testing::answerNextDialog([](wxDialog& dialog) { acceptPeriod(dialog, "billing-statement-period"); });
    testing::click(frame(), "billing-statement");
    EXPECT_EQ(statement.client, m_week.odile);
    EXPECT_EQ(statement.from, Date(2026, 1, 1)) << "this year to date";
    EXPECT_EQ(statement.to, Date(2026, 11, 23));

    arrive(m_week.mondayMorning);
    billingService().checkOut(m_week.mondayMorning, {});
    frame().recordChanged({clients::ui::RecordKind::Billing, m_week.odile});
    processEvents();
    tab.invoices().selectRow(0);
    testing::answerNextDialog([](wxDialog& dialog) {
        testing::choose(dialog, "period-preset", 4);  // last month
        acceptPeriod(dialog, "billing-statement-last-month");
    });
    testing::click(frame(), "billing-statement");
    EXPECT_EQ(statement.from, Date(2026, 10, 1));
    EXPECT_EQ(statement.to, Date(2026, 10, 31));
    testing::answerNextDialog([](wxDialog& dialog) { acceptPeriod(dialog, "billing-superbill-period"); });
    const std::size_t told = RunningApp::notifier().information.size();
    testing::click(frame(), "billing-superbill");

    EXPECT_FALSE(superbill.from) << "nothing is saved without the codes an insurer needs";
    ASSERT_EQ(RunningApp::notifier().information.size(), told + 1);
    const std::string message = RunningApp::notifier().information.back().text;
    EXPECT_THAT(message, HasSubstr("ICD-10"));
    EXPECT_THAT(message, HasSubstr("NPI"));
    EXPECT_THAT(message, ::testing::Not(HasSubstr("a visit invoiced"))) << "the chosen invoice's visit is its period";
}

} // namespace
} // namespace knotwork::gui
