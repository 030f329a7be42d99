// Email receipt… and Print receipt… as a therapist uses them (issue 24): from the check-out dialog
// and from the client's Billing tab, the receipt goes to the test's mail server on loopback as a PDF
// holding its invoice number and is logged once the server took it; a server that refuses the
// address is said in the dialog, which stays open, and nothing is logged; with no mail account set
// up the message says where to set it up. Print on the tab opens the receipt in the PDF viewer.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/textctrl.h>

#include "app/gui/receipt_email_dialog.h"
#include "app/practice/reminder_run.h"
#include "billing/ui/billing_tab.h"
#include "billing_test.h"
#include "client_views.h"
#include "common/ui/wx_notifier.h"
#include "mail/smtp_test_server.h"
#include "screenshot.h"
#include "support/process.h"
#include "support/temp_dir.h"

namespace knotwork::gui {
namespace {

using ::testing::HasSubstr;
using knotwork::testing::SmtpTestServer;

// Answers the modal dialog named `name` once it shows, over any other modal dialog (the check-out).
void answerDialog(const wxString& name, std::function<void(wxDialog&)> answer)
{
    wxTheApp->CallAfter([name, answer = std::move(answer)] {
        for (wxWindow* window : wxTopLevelWindows)
            if (auto* dialog = dynamic_cast<wxDialog*>(window); dialog && dialog->IsModal() && dialog->GetName() == name)
                return answer(*dialog);
        ADD_FAILURE() << "no dialog " << name << " was showing";
    });
}

class BillingReceiptEmail : public Billing {
protected:
    // Receipts go out by the mail server at `port` on this computer, reminders left off.
    static void mailThrough(int port)
    {
        schedule::ReminderSettings settings = practice().stores().reminders().reminderSettings();
        settings.account.host = "127.0.0.1";
        settings.account.port = port;
        settings.account.security = "none";
        settings.account.fromAddress = "ana@harbourside.example.com";
        app::saveReminderSettings(practice(), settings);
    }

    // Types `address` in the open Email receipt dialog and presses Send.
    static void send(wxDialog& dialog, const char* address)
    {
        EXPECT_EQ(ui::toUtf8(ui::accessibleName(testing::child<wxTextCtrl>(dialog, mail::kMailToAddressField))),
                  "Email address");
        testing::type(dialog, mail::kMailToAddressField, address);
        testing::clickSave(dialog);
    }

    static std::string attachedPdfText(const SmtpTestServer& server, int n)
    {
        const nlohmann::json attachment = server.decoded(n)["attachments"].at(0);
        return knotwork::testing::runProcess({"/usr/bin/pdftotext", attachment["file"].get<std::string>(), "-"}).out;
    }

    knotwork::testing::TempDir m_mail;
};

TEST_F(BillingReceiptEmail, TheCheckOutDialogEmailsTheReceiptAsAPdfLoggedOnceTheServerTookIt)
{
    SmtpTestServer server(m_mail.path(), {});
    mailThrough(server.port());
    arrive(m_week.mondayMorning);
    frame().showView(View::Today);
    testing::windowNamed<ui::TextTable>("todays-visit-list").selectRow(0);
    wxSize checkOutSize;
    testing::answerNextDialog([&](wxDialog& checkout) {
        testing::click(checkout, "checkout-confirm");
        auto& email = testing::child<wxButton>(checkout, "checkout-email-receipt");
        ASSERT_TRUE(email.IsShown());
        EXPECT_EQ(ui::toUtf8(ui::accessibleName(email)), "Email receipt…");
        checkOutSize = checkout.GetSize();
        testing::saveScreenshot(checkout, "billing-checkout-email-receipt");
        answerDialog("receipt-email-dialog", [&](wxDialog& dialog) {
            EXPECT_EQ(ui::toUtf8(dialog.GetTitle()), "Email receipt INV-000001");
            send(dialog, "odile@example.net");
        });
        testing::click(email);
        testing::click(closeButton(checkout));
    });
    testing::click(testing::windowNamed<wxButton>("check-out-visit"));

    EXPECT_LE(checkOutSize.GetWidth(), 1024);
    EXPECT_LE(checkOutSize.GetHeight(), 600);
    ASSERT_EQ(server.receivedCount(), 1);
    EXPECT_EQ(server.decoded(1)["rcpt_tos"], nlohmann::json::array({"odile@example.net"}));
    EXPECT_EQ(server.decoded(1)["attachments"][0]["file_name"], "Receipt INV-000001.pdf");
    EXPECT_THAT(attachedPdfText(server, 1), HasSubstr("INV-000001"));
    const std::optional<billing::PaidInvoice> paid = billingService().invoiceForVisit(m_week.mondayMorning);
    ASSERT_TRUE(paid);
    EXPECT_EQ(receiptsLogged(*paid), 1);
}

TEST_F(BillingReceiptEmail, AnAddressTheServerRefusesIsSaidInTheDialogWhichStaysOpenAndNothingIsLogged)
{
    SmtpTestServer server(m_mail.path(), {"", "", "odile@example.net"});
    mailThrough(server.port());
    arrive(m_week.mondayMorning);
    const billing::PaidInvoice paid = billingService().checkOut(m_week.mondayMorning, {});
    frame().openClient(m_week.odile, "chart-billing");
    testing::windowNamed<ui::TextTable>("billing-invoices").selectRow(0);
    auto& email = testing::windowNamed<wxButton>("billing-email-receipt");
    ASSERT_TRUE(email.IsEnabled());
    EXPECT_EQ(ui::toUtf8(ui::accessibleName(email)), "Email receipt…");

    std::string refusal;
    int loggedAfterRefusal = -1;
    answerDialog("receipt-email-dialog", [&](wxDialog& dialog) {
        send(dialog, "odile@example.net");
        ASSERT_TRUE(dialog.IsShown()) << "the dialog stays open to try again";
        refusal = ui::toUtf8(dynamic_cast<ReceiptEmailDialog&>(dialog).topMessage());
        loggedAfterRefusal = receiptsLogged(paid);
        testing::saveScreenshot(dialog, "billing-receipt-email-refused");
        send(dialog, "odile.q@example.net");
    });
    testing::click(email);

    EXPECT_THAT(refusal, HasSubstr("odile@example.net"));
    EXPECT_EQ(loggedAfterRefusal, 0) << "a receipt the server did not take was not given";
    ASSERT_EQ(server.receivedCount(), 1);
    EXPECT_EQ(server.decoded(1)["rcpt_tos"], nlohmann::json::array({"odile.q@example.net"}));
    EXPECT_EQ(receiptsLogged(paid), 1);
}

TEST_F(BillingReceiptEmail, WithNoMailAccountTheDialogSaysWhereToSetItUpAndSendsNothing)
{
    arrive(m_week.mondayMorning);
    const billing::PaidInvoice paid = billingService().checkOut(m_week.mondayMorning, {});
    frame().openClient(m_week.odile, "chart-billing");
    testing::windowNamed<ui::TextTable>("billing-invoices").selectRow(0);
    std::string message;
    bool sendEnabled = true;
    answerDialog("receipt-email-dialog", [&](wxDialog& dialog) {
        message = ui::toUtf8(dynamic_cast<ReceiptEmailDialog&>(dialog).topMessage());
        sendEnabled = dialog.FindWindow(wxID_OK)->IsEnabled();
        testing::click(closeButton(dialog));
    });
    testing::click(testing::windowNamed<wxButton>("billing-email-receipt"));
    EXPECT_THAT(message, HasSubstr("No mail account is set up"));
    EXPECT_THAT(message, HasSubstr("Reminder email"));
    EXPECT_FALSE(sendEnabled);
    EXPECT_EQ(receiptsLogged(paid), 0);
}

TEST_F(BillingReceiptEmail, PrintReceiptOnTheBillingTabOpensTheReceiptInThePdfViewerAsCheckOutDoes)
{
    arrive(m_week.mondayMorning);
    const billing::PaidInvoice paid = billingService().checkOut(m_week.mondayMorning, {});
    std::vector<std::filesystem::path> opened;
    const billing::ui::BillingDocuments documents = documentsPrintingInto(opened);
    ui::WxNotifier notifier;
    auto* tab = new billing::ui::BillingTab(&frame(), notifier, documents.receipts, {});
    tab->setService(&billingService());
    tab->show(clients::ui::loadChartContext(practice().clientService(), m_week.odile));
    tab->invoices().selectRow(0);
    auto& print = testing::child<wxButton>(*tab, "billing-print-receipt");
    EXPECT_EQ(ui::toUtf8(ui::accessibleName(print)), "Print receipt…");
    testing::click(print);
    tab->Destroy();

    ASSERT_EQ(opened.size(), 1U);
    EXPECT_TRUE(std::filesystem::exists(opened[0]));
    EXPECT_EQ(receiptsLogged(paid), 1);
    std::filesystem::remove_all(opened[0].parent_path());
}

} // namespace
} // namespace knotwork::gui
