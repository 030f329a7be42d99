// knotwork-cli receipt --email, against a mail server the test starts on loopback: the receipt
// arrives as a PDF holding its invoice number, to the client's address on file or the one given,
// with words that say nothing clinical, and is in the disclosure log; a second one is a DUPLICATE.
// A server that refuses the address or cannot be reached leaves the log as it was.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli_billing_test.h"
#include "mail/smtp_test_server.h"
#include "support/process.h"

namespace knotwork::cli {
namespace {

using knotwork::testing::ProcessResult;
using knotwork::testing::runProcess;
using knotwork::testing::SmtpTestServer;
using nlohmann::json;
using ::testing::HasSubstr;
using ::testing::Not;

class ReceiptEmailCommands : public CliBillingTest {
protected:
    void SetUp() override
    {
        CliBillingTest::SetUp();
        for (const auto& [key, value] : std::vector<std::pair<std::string, std::string>>{
                 {"practice_name", "Harbourside Massage"},
                 {"smtp.host", "127.0.0.1"},
                 {"smtp.security", "none"},
                 {"smtp.from_address", "ana@harbourside.example.com"}})
            ASSERT_EQ(cli({"settings", "set", key, value}).exitCode, 0) << key;
        const long long helene = addTreatedClient(
            {"--family-name", "Côté", "--given-names", "Hélène", "--email", "helene@example.net"});
        m_invoice = idOf(checkout(arrivedVisit("2026-11-24 10:00", helene), {"card:96.05"}));
        m_helene = std::to_string(helene);
    }

    void useServer(int port) { ASSERT_EQ(cli({"settings", "set", "smtp.port", std::to_string(port)}).exitCode, 0); }

    ProcessResult emailReceipt(std::vector<std::string> extra = {})
    {
        std::vector<std::string> arguments{"receipt", "--invoice", m_invoice, "--email"};
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        return cli(arguments);
    }

    std::size_t receiptsLogged() { return cliJson({"report", "log", "--client", m_helene}).size(); }

    // The text of the n-th message's attached file, read as a PDF.
    static std::string attachedPdfText(const SmtpTestServer& server, int n)
    {
        const json attachment = server.decoded(n)["attachments"].at(0);
        return runProcess({"/usr/bin/pdftotext", attachment["file"].get<std::string>(), "-"}).out;
    }

    std::string m_invoice, m_helene;
};

TEST_F(ReceiptEmailCommands, TheReceiptArrivesAsAPdfAtTheClientsAddressAndIsLoggedASecondIsADuplicate)
{
    SmtpTestServer server(m_dir / "inbox", {});
    useServer(server.port());
    const ProcessResult sent = emailReceipt({"--json"});
    ASSERT_EQ(sent.exitCode, 0) << sent.err;
    EXPECT_EQ(json::parse(sent.out)["sent_to"], "helene@example.net");

    ASSERT_EQ(server.receivedCount(), 1);
    const json message = server.decoded(1);
    EXPECT_EQ(message["rcpt_tos"], json::array({"helene@example.net"}));
    EXPECT_EQ(message["subject"], "Receipt INV-000001 from Harbourside Massage");
    EXPECT_THAT(message["body"].get<std::string>(), HasSubstr("receipt INV-000001 for the visit of"));
    EXPECT_THAT(message["body"].get<std::string>(), HasSubstr("November 24, 2026"));
    ASSERT_EQ(message["attachments"].size(), 1u);
    EXPECT_EQ(message["attachments"][0]["file_name"], "Receipt INV-000001.pdf");
    EXPECT_EQ(message["attachments"][0]["content_type"], "application/pdf");
    const std::string pdf = attachedPdfText(server, 1);
    EXPECT_THAT(pdf, HasSubstr("INV-000001"));
    EXPECT_THAT(pdf, HasSubstr("Hélène Côté"));
    EXPECT_THAT(pdf, Not(HasSubstr("DUPLICATE")));

    const json log = cliJson({"report", "log", "--client", m_helene});
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log[0]["document"], "receipt");
    EXPECT_EQ(log[0]["recipient"], "helene@example.net");

    ASSERT_EQ(emailReceipt({"accounts@insurer.example.com"}).exitCode, 0);
    ASSERT_EQ(server.receivedCount(), 2);
    EXPECT_EQ(server.decoded(2)["rcpt_tos"], json::array({"accounts@insurer.example.com"}));
    EXPECT_THAT(attachedPdfText(server, 2), HasSubstr("DUPLICATE")) << "a copy was given before, as when printed";
    EXPECT_EQ(receiptsLogged(), 2u);
}

TEST_F(ReceiptEmailCommands, AReceiptTheServerDidNotTakeIsNotLoggedAndTheReasonIsSaid)
{
    SmtpTestServer server(m_dir / "inbox", {"", "", "helene@example.net"});
    useServer(server.port());
    const ProcessResult refused = emailReceipt();
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_THAT(refused.err, HasSubstr("helene@example.net"));
    EXPECT_EQ(server.receivedCount(), 0);
    EXPECT_EQ(receiptsLogged(), 0u) << "the receipt was not given";

    useServer(knotwork::testing::freeLoopbackPort());
    const ProcessResult unreachable = emailReceipt();
    EXPECT_EQ(unreachable.exitCode, 1);
    EXPECT_THAT(unreachable.err, HasSubstr("127.0.0.1"));
    EXPECT_EQ(receiptsLogged(), 0u);
}

TEST_F(ReceiptEmailCommands, AnAddressThatIsNoneOrNoMailAccountIsRefusedBeforeAnythingIsSent)
{
    const ProcessResult noAddress = cli({"receipt", "--invoice", idOf(checkout(arrivedVisit("2026-11-24 14:00"))),
                                         "--email"});
    EXPECT_EQ(noAddress.exitCode, 1);
    EXPECT_THAT(noAddress.err, HasSubstr("no email address on file"));
    const ProcessResult badAddress = emailReceipt({"helene at example"});
    EXPECT_EQ(badAddress.exitCode, 1);
    EXPECT_THAT(badAddress.err, HasSubstr("recipient's address"));

    ASSERT_EQ(cli({"settings", "set", "smtp.host", ""}).exitCode, 0);
    const ProcessResult noAccount = emailReceipt();
    EXPECT_EQ(noAccount.exitCode, 1);
    EXPECT_THAT(noAccount.err, HasSubstr("No mail account is set up"));
    EXPECT_THAT(noAccount.err, HasSubstr("Reminder email"));
    EXPECT_EQ(receiptsLogged(), 0u);
}

} // namespace
} // namespace knotwork::cli
